import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import HR

/// A case's hearings and the officer's calendar of them: Brussels times stored as instants (summer time included),
/// every wrong field named, and a calendar that names no case and follows the conflict rule.
@Suite("HR hearings")
struct HearingsTests {
    /// 30 March of next year, after the change to summer time (the last Sunday of March) whatever the year.
    static var day: String { "\(HeadquartersCalendar.year(Clock.nowMilliseconds()) + 1)-03-30" }
    static var hearing: String { #"{"date":"\#(day)","start":"10:00","end":"11:30","place":"Tribunal, room 2"}"# }
    /// `20270330` of `day`.
    static var stamp: String { day.replacingOccurrences(of: "-", with: "") }

    @Test("a hearing after the change to summer time is two hours behind in UTC; the calendar names no case")
    func schedules() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                let id = try await client.openCase(HRMocks.caseBody(), token: hugo)
                let created = try await client.api(
                    .post, "/api/v1/casework/cases/\(id)/hearings", token: hugo, json: Self.hearing)
                #expect(created.status == .created, "\(created.text)")
                #expect(try created.jsonObject()["startsAt"] as? String == "\(Self.day)T08:00:00Z")
                let listed = try await client.api(.get, "/api/v1/casework/cases/\(id)/hearings", token: hugo)
                #expect((try listed.jsonObject()["items"] as? [[String: Any]])?.count == 1)
                let feed = try await client.api(.get, "/api/v1/casework/hearings.ics", token: hugo)
                #expect(feed.status == .ok)
                #expect(feed.headers[.contentType] == "text/calendar; charset=utf-8")
                #expect(feed.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
                #expect(feed.text.contains("DTSTART:\(Self.stamp)T080000Z\r\n"))
                #expect(feed.text.contains("DTEND:\(Self.stamp)T093000Z\r\n"))
                #expect(feed.text.contains("SUMMARY:HR hearing\r\n"))
                #expect(feed.text.contains(#"LOCATION:Tribunal\, room 2"#))
                #expect(!feed.text.contains("Quokka") && !feed.text.contains("Cara"), "no title, no name")
                let events = try await installation.chancery.database.read { db in
                    try await db.raw(
                        "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'hr.hearing.schedule' AND object_id = \(bind: id)"
                    ).first()?.decode(column: "n", as: Int.self)
                }
                #expect(events == 1)
                let feedReads = try await installation.chancery.database.read { db in
                    try await db.raw("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'hr.hearings-feed.read'")
                        .first()?.decode(column: "n", as: Int.self)
                }
                #expect(feedReads == 1, "the calendar's read is audited")
            }
        }
    }

    @Test("wrong fields are named at once and nothing is scheduled")
    func refusals() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                let id = try await client.openCase(HRMocks.caseBody(), token: hugo)
                for (body, fields) in [
                    (#"{"date":"2027-02-30","start":"25:00","end":"11:00","place":""}"#, ["date", "start", "place"]),
                    (#"{"date":"2027-03-30","start":"11:00","end":"10:00","place":"Room 1"}"#, ["end"]),
                    (#"{"date":"2027-03-30","start":"10:00","end":"11:00","place":"Room\u0000 1"}"#, ["place"]),
                    ("{}", ["date", "start", "end", "place"]),
                ] {
                    let response = try await client.api(
                        .post, "/api/v1/casework/cases/\(id)/hearings", token: hugo, json: body)
                    try response.problem(.badRequest, type: "invalid-hearing")
                    let named = (try response.jsonObject()["errors"] as? [[String: Any]] ?? []).compactMap {
                        $0["field"] as? String
                    }
                    #expect(named == fields, "\(body): \(response.text)")
                }
                let listed = try await client.api(.get, "/api/v1/casework/cases/\(id)/hearings", token: hugo)
                #expect((try listed.jsonObject()["items"] as? [[String: Any]])?.isEmpty == true)
                // a closed case takes no hearing
                _ = try await client.api(
                    .post, "/api/v1/casework/cases/\(id)/steps", token: hugo,
                    json: #"{"step":"closed","outcome":"withdrawn"}"#)
                let closed = try await client.api(
                    .post, "/api/v1/casework/cases/\(id)/hearings", token: hugo, json: Self.hearing)
                try closed.problem(.conflict, type: "case-closed")
            }
        }
    }

    @Test(
        "the parties, their managers and the clerks see no hearing; the officer loses it when the case is kept from him"
    )
    func trimmed() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                try await client.setManager(of: "cara", to: "mina", token: hugo)
                let id = try await client.openCase(HRMocks.caseBody(), token: hugo)
                _ = try await client.api(
                    .post, "/api/v1/casework/cases/\(id)/hearings", token: hugo, json: Self.hearing)
                for name in ["cara", "rory", "mina"] {
                    let token = try await client.token(for: name)
                    let list = try await client.api(.get, "/api/v1/casework/cases/\(id)/hearings", token: token)
                    #expect(list.status == .notFound, "\(name)")
                    let feed = try await client.api(.get, "/api/v1/casework/hearings.ics", token: token)
                    #expect(feed.status == .ok && !feed.text.contains("BEGIN:VEVENT"), "\(name)")
                    let scheduled = try await client.api(
                        .post, "/api/v1/casework/cases/\(id)/hearings", token: token, json: Self.hearing)
                    #expect(scheduled.status == .notFound, "\(name): \(scheduled.text)")
                }
                for name in ["remi", "marta"] {
                    let token = try await client.token(for: name)
                    let feed = try await client.api(.get, "/api/v1/casework/hearings.ics", token: token)
                    #expect(feed.status == .forbidden, "\(name)")
                    let list = try await client.api(.get, "/api/v1/casework/cases/\(id)/hearings", token: token)
                    #expect(list.status == .notFound, "\(name)")
                }
                let before = try await client.api(.get, "/api/v1/casework/hearings.ics", token: hugo)
                #expect(before.text.contains("BEGIN:VEVENT"), "the officer's calendar has the hearing")
                // hugo becomes the manager of cara's manager: the case, and its hearing, are kept from him
                let ines = try await client.token(for: "ines")
                try await client.setManager(of: "mina", to: "hugo", token: ines)
                let feed = try await client.api(.get, "/api/v1/casework/hearings.ics", token: hugo)
                #expect(feed.status == .ok && !feed.text.contains("BEGIN:VEVENT"), "\(feed.text)")
            }
        }
    }

    @Test("the page schedules a hearing in French and marks a refused one field by field")
    func pageInFrench() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                let id = try await client.openCase(HRMocks.caseBody(), token: hugo)
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("hugo", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let cookie = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                let refused = try await client.postForm(
                    "/hr/cases/\(id)/hearings",
                    ["_csrf": csrf, "date": Self.day, "start": "11:00", "end": "10:00", "place": ""],
                    cookies: cookie, headers: fr)
                #expect(refused.status == .badRequest)
                #expect(refused.text.summaryItems.map(\.field) == ["end", "place"], "\(refused.text.summaryItems)")
                #expect(refused.text.contains("L’audience se termine après son début."))
                #expect(refused.text.contains(#"value="11:00""#), "what was typed is kept")
                let done = try await client.postForm(
                    "/hr/cases/\(id)/hearings",
                    ["_csrf": csrf, "date": Self.day, "start": "10:00", "end": "11:30", "place": "Salle 2"],
                    cookies: cookie, headers: fr)
                #expect(done.status == .seeOther, "\(done.text)")
                let location = try #require(done.headers[.location])
                let page = try await client.execute(uri: location, method: .get, headers: session.headers(fr))
                #expect(page.text.contains("L’audience est prévue."))
                #expect(page.text.contains("10:00–11:30") && page.text.contains("Salle 2"))
                let feed = try await client.execute(uri: "/hr/hearings.ics", method: .get, headers: session.headers(fr))
                #expect(feed.text.contains("SUMMARY:Audience RH"))
            }
        }
    }
}
