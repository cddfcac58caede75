import Foundation
import Testing

@testable import Recruitment

/// Deadlines are instants in Brussels time, summer (UTC+2) and winter (UTC+1) alike.
@Suite("Reading a deadline in Brussels time")
struct NoticeDateTests {
    @Test("23:59 on a summer date is 21:59:59 UTC, the last second of the day in Brussels")
    func summer() throws {
        let deadline = try #require(NoticeDate.deadline(in: "27 July 2025 (23:59 Brussels time)"))
        #expect(deadline == (try Fixture.utc("2025-07-27T21:59:59Z")))
        #expect(BrusselsTime.rfc3339(deadline) == "2025-07-27T23:59:59+02:00")
        // one second later it is the next day in Brussels
        #expect(BrusselsTime.rfc3339(deadline.addingTimeInterval(1)) == "2025-07-28T00:00:00+02:00")
    }

    @Test("23:59 on a winter date is 22:59:59 UTC")
    func winter() throws {
        let deadline = try #require(NoticeDate.deadline(in: "14 January 2026 (23:59 Brussels time)"))
        #expect(deadline == (try Fixture.utc("2026-01-14T22:59:59Z")))
        #expect(BrusselsTime.rfc3339(deadline) == "2026-01-14T23:59:59+01:00")
        #expect(BrusselsTime.rfc3339(deadline.addingTimeInterval(1)) == "2026-01-15T00:00:00+01:00")
    }

    @Test("the offset follows the date across the changes of time: last Sunday of March and of October")
    func aroundTheChanges() throws {
        #expect(NoticeDate.deadline(in: "28 March 2026") == (try Fixture.utc("2026-03-28T22:59:59Z")))
        #expect(NoticeDate.deadline(in: "29 March 2026") == (try Fixture.utc("2026-03-29T21:59:59Z")))
        #expect(NoticeDate.deadline(in: "24 October 2026") == (try Fixture.utc("2026-10-24T21:59:59Z")))
        #expect(NoticeDate.deadline(in: "25 October 2026") == (try Fixture.utc("2026-10-25T22:59:59Z")))
    }

    @Test(
        "the forms notices and boards write, each the end of 5 July 2026 in Brussels",
        arguments: [
            "05-July-2026, 11:59:00 PM", "05 July 2026 (23:59 Brussels time)", "**05 July 2026 (23:59 Brussels time)**",
            "5 juillet 2026 à 23 h 59 (heure de Bruxelles)", "July 5, 2026", "2026-07-05", "05-07-2026", "05/07/2026",
            "Sunday, 5th July 2026, midnight", "5 Jul. 2026 23h59", "05 luglio 2026",
        ])
    func forms(text: String) throws {
        #expect(NoticeDate.deadline(in: text) == (try Fixture.utc("2026-07-05T21:59:59Z")), "\(text)")
    }

    @Test("a time other than the end of the day is kept; UTC when the notice says so; no date, no deadline")
    func otherTimes() throws {
        #expect(NoticeDate.deadline(in: "15 March 2026, 12:00 (noon)") == (try Fixture.utc("2026-03-15T11:00:00Z")))
        #expect(NoticeDate.deadline(in: "15 March 2026 at 10:30 AM") == (try Fixture.utc("2026-03-15T09:30:00Z")))
        #expect(NoticeDate.deadline(in: "15 March 2026 23:59 UTC") == (try Fixture.utc("2026-03-15T23:59:59Z")))
        #expect(NoticeDate.deadline(in: "31 June 2026") == nil)
        #expect(NoticeDate.deadline(in: "as soon as possible") == nil)
    }

    @Test("a command outside Central European Time names its own zone: Norfolk, Northwood; Mons keeps Brussels'")
    func otherZones() throws {
        #expect(
            NoticeDate.deadline(in: "15 August 2026 (23:59 Norfolk time)") == (try Fixture.utc("2026-08-16T03:59:59Z")))
        #expect(
            NoticeDate.deadline(in: "15 January 2026, 23:59 Northwood time")
                == (try Fixture.utc("2026-01-15T23:59:59Z")))
        #expect(
            NoticeDate.deadline(in: "15 January 2026 (23:59 Mons time)") == (try Fixture.utc("2026-01-15T22:59:59Z")))
    }
}
