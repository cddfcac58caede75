import ChanceryKit
import Testing

/// The known failure cases of deadline engines, each expected date written by hand from the rule and a printed
/// calendar (December 2026: Tuesday 1st; Christmas a Friday; New Year 2027 a Friday; Easter 2026 on 5 April).
@Suite("Deadlines: the table of known failure cases")
struct DeadlineTableTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var event: String
        var days: Int
        var kind: Period.Kind
        var due: String
        var suspensions: [(String, String?)] = []
        var closures: [String] = []

        var testDescription: String { name }

        var deadline: Deadline {
            let calendar = WorkingCalendar(
                closures: Dictionary(uniqueKeysWithValues: closures.map { (date($0), "closure") }))
            return Deadline(
                period: Period(days: days, kind: kind), from: date(event), calendar: calendar,
                suspensions: suspensions.map { Suspension(from: date($0.0), until: $0.1.map(date)) })
        }
    }

    static let cases: [Case] = [
        Case(name: "ends on a working day", event: "2026-12-01", days: 30, kind: .calendar, due: "2026-12-31"),
        Case(
            name: "day 30 a Saturday rolls to Monday", event: "2026-12-03", days: 30, kind: .calendar, due: "2027-01-04"
        ),
        Case(
            name: "day 30 on Christmas (a Friday) rolls over the weekend", event: "2026-11-25", days: 30,
            kind: .calendar, due: "2026-12-28"),
        Case(
            name: "day 30 on Easter Sunday rolls over Easter Monday", event: "2026-03-06", days: 30, kind: .calendar,
            due: "2026-04-07"),
        Case(
            name: "a holiday on the first day of a working-days period", event: "2026-12-24", days: 5, kind: .working,
            due: "2027-01-04"),
        Case(
            name: "one calendar day from Christmas Eve", event: "2026-12-24", days: 1, kind: .calendar,
            due: "2026-12-28"),
        Case(
            name: "off by one: day 1 is the day after", event: "2026-01-05", days: 10, kind: .calendar,
            due: "2026-01-15"),
        Case(
            name: "off by one: a week from a Monday is a Monday", event: "2026-01-05", days: 7, kind: .calendar,
            due: "2026-01-12"),
        Case(name: "one day from a Friday", event: "2026-01-09", days: 1, kind: .calendar, due: "2026-01-12"),
        Case(name: "one working day from a Friday", event: "2026-01-09", days: 1, kind: .working, due: "2026-01-12"),
        Case(
            name: "crossing the change to summer time", event: "2026-03-20", days: 10, kind: .calendar,
            due: "2026-03-30"),
        Case(
            name: "crossing the change to winter time", event: "2026-10-20", days: 10, kind: .calendar,
            due: "2026-10-30"),
        Case(name: "29 February of a leap year", event: "2028-01-30", days: 30, kind: .calendar, due: "2028-02-29"),
        Case(
            name: "working days over Christmas and New Year", event: "2026-12-21", days: 10, kind: .working,
            due: "2027-01-06"),
        Case(
            name: "a pause across Christmas and New Year (working days)", event: "2026-12-14", days: 10,
            kind: .working, due: "2027-01-11", suspensions: [("2026-12-21", "2027-01-03")]),
        Case(
            name: "a pause across Christmas and New Year (calendar days)", event: "2026-12-14", days: 20,
            kind: .calendar, due: "2027-01-18", suspensions: [("2026-12-21", "2027-01-03")]),
        Case(
            name: "closure days between Christmas and New Year", event: "2026-11-28", days: 30, kind: .calendar,
            due: "2027-01-04", closures: ["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31"]),
        Case(
            name: "closure days are not counted as working days", event: "2026-12-22", days: 3, kind: .working,
            due: "2027-01-04", closures: ["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31"]),
    ]

    @Test("each case ends on the day written by hand", arguments: cases)
    func table(_ example: Case) {
        #expect(example.deadline.due == date(example.due))
    }

    @Test("a suspension not yet lifted stops the clock: no end is given")
    func openSuspension() {
        let deadline = Deadline(
            period: Period(days: 30, kind: .calendar), from: date("2026-12-01"),
            suspensions: [Suspension(from: date("2026-12-10"), until: nil)])
        #expect(deadline.outcome == .suspended(since: date("2026-12-10")))
        #expect(deadline.due == nil)
        // a suspension that starts after the period has ended changes nothing
        let later = Deadline(
            period: Period(days: 5, kind: .calendar), from: date("2026-12-01"),
            suspensions: [Suspension(from: date("2026-12-10"), until: nil)])
        #expect(later.due == date("2026-12-07"))
    }

    @Test("the steps say why: the first day, the holidays not counted, the pause, the last day, the roll")
    func steps() {
        let rolled = Deadline(period: Period(days: 30, kind: .calendar), from: date("2026-03-06"))
        #expect(
            rolled.steps == [
                .startsAfter(event: date("2026-03-06"), firstDay: date("2026-03-07")),
                .lastDay(date("2026-04-05")),
                .rolled(from: date("2026-04-05"), .weekend(.sunday), to: date("2026-04-07")),
                .notCounted(date("2026-04-06"), .holiday(.easterMonday)),
            ])
        let paused = Deadline(
            period: Period(days: 10, kind: .working), from: date("2026-12-14"),
            suspensions: [Suspension(from: date("2026-12-21"), until: date("2027-01-03"))])
        #expect(
            paused.steps == [
                .startsAfter(event: date("2026-12-14"), firstDay: date("2026-12-15")),
                .paused(Suspension(from: date("2026-12-21"), until: date("2027-01-03")), days: 8),
                .lastDay(date("2027-01-11")),
            ])
        let holidays = Deadline(period: Period(days: 5, kind: .working), from: date("2026-12-24"))
        #expect(
            holidays.steps == [
                .startsAfter(event: date("2026-12-24"), firstDay: date("2026-12-25")),
                .notCounted(date("2026-12-25"), .holiday(.christmas)),
                .notCounted(date("2027-01-01"), .holiday(.newYear)),
                .lastDay(date("2027-01-04")),
            ])
    }

    @Test("a case keeps the rule in force on the day its proceeding started, even when a new version takes effect")
    func ruleVersionChangesMidCase() {
        let versions = EffectiveVersions([
            (date("2020-01-01"), Period(days: 30, kind: .calendar)),
            (date("2027-01-01"), Period(days: 60, kind: .calendar)),
        ])
        let started = date("2026-12-10")
        let period = versions.inForce(on: started)
        #expect(period == Period(days: 30, kind: .calendar))
        #expect(Deadline(period: period!, from: started).due == date("2027-01-11"))
        #expect(versions.inForce(on: date("2027-01-01")) == Period(days: 60, kind: .calendar))
        #expect(versions.inForce(on: date("2019-12-31")) == nil)
    }

    @Test("the Belgian public holidays of 2026 and 2027")
    func holidays() {
        let expected2026 = [
            "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-07-21", "2026-08-15",
            "2026-11-01", "2026-11-11", "2026-12-25",
        ]
        #expect(BelgianHoliday.allCases.map { $0.date(in: 2026).iso } == expected2026)
        #expect(BelgianHoliday.easterMonday.date(in: 2027).iso == "2027-03-29")
        #expect(BelgianHoliday.ascension.date(in: 2027).iso == "2027-05-06")
        #expect(BelgianHoliday.whitMonday.date(in: 2027).iso == "2027-05-17")
        #expect(BelgianHoliday.on(date("2026-07-21")) == .nationalDay)
        #expect(BelgianHoliday.on(date("2026-07-22")) == nil)
    }
}

func date(_ text: String) -> CivilDate {
    guard let date = CivilDate(iso: text) else { fatalError("not a date in a test: \(text)") }
    return date
}
