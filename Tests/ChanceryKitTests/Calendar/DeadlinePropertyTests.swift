import ChanceryKit
import Foundation
import Testing

/// Properties every deadline must have, checked on thousands of random events, periods, closures and pauses drawn
/// from a fixed seed (a failure prints the case, and the seed replays it).
@Suite("Deadlines: properties")
struct DeadlinePropertyTests {
    struct Draw {
        var generator: SeededGenerator

        mutating func event() -> CivilDate {
            // 2000-01-01 … 2040-12-31
            CivilDate(dayNumber: Int.random(in: 10_957...25_933, using: &generator))
        }

        mutating func period(_ kind: Period.Kind) -> Period {
            Period(days: Int.random(in: 1...120, using: &generator), kind: kind)
        }

        mutating func calendar(around event: CivilDate) -> WorkingCalendar {
            let days = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                event.adding(days: Int.random(in: 1...150, using: &generator))
            }
            return WorkingCalendar(closures: Dictionary(days.map { ($0, "closed") }) { first, _ in first })
        }
    }

    static let rounds = 3000

    @Test("calendar days: the end is day N, or the first working day after it when day N is not one")
    func calendarDays() {
        var draw = Draw(generator: SeededGenerator(seed: 20_261_207))
        for _ in 0..<Self.rounds {
            let event = draw.event()
            let period = draw.period(.calendar)
            let calendar = draw.calendar(around: event)
            let due = Deadline(period: period, from: event, calendar: calendar).due!
            let dayN = event.adding(days: period.days)
            #expect(calendar.isWorkingDay(due), "\(event) + \(period.days) → \(due)")
            #expect(due >= dayN, "\(event) + \(period.days) → \(due)")
            var day = dayN
            while day < due {
                #expect(!calendar.isWorkingDay(day), "\(event) + \(period.days) → \(due) skips working day \(day)")
                day = day.adding(days: 1)
            }
        }
    }

    @Test("working days: the end is a working day and exactly N working days follow the event up to it")
    func workingDays() {
        var draw = Draw(generator: SeededGenerator(seed: 7))
        for _ in 0..<Self.rounds {
            let event = draw.event()
            let period = draw.period(.working)
            let calendar = draw.calendar(around: event)
            let due = Deadline(period: period, from: event, calendar: calendar).due!
            #expect(calendar.isWorkingDay(due))
            let counted = (1...(due.dayNumber - event.dayNumber)).filter {
                calendar.isWorkingDay(event.adding(days: $0))
            }.count
            #expect(counted == period.days, "\(event) + \(period.days) working days → \(due)")
        }
    }

    @Test("a longer period never ends earlier; a working day more always ends later")
    func monotonic() {
        var draw = Draw(generator: SeededGenerator(seed: 42))
        for _ in 0..<Self.rounds {
            let event = draw.event()
            let calendar = draw.calendar(around: event)
            for kind in Period.Kind.allCases {
                let days = Int.random(in: 1...119, using: &draw.generator)
                let shorter = Deadline(period: Period(days: days, kind: kind), from: event, calendar: calendar).due!
                let longer = Deadline(period: Period(days: days + 1, kind: kind), from: event, calendar: calendar).due!
                #expect(kind == .working ? longer > shorter : longer >= shorter, "\(event) \(kind) \(days)")
            }
        }
    }

    @Test("a lifted pause inside a calendar period moves day N by its length exactly")
    func pauseMovesByItsLength() {
        var draw = Draw(generator: SeededGenerator(seed: 99))
        for _ in 0..<Self.rounds {
            let event = draw.event()
            let period = Period(days: Int.random(in: 10...120, using: &draw.generator), kind: .calendar)
            let calendar = draw.calendar(around: event)
            let start = event.adding(days: Int.random(in: 1...period.days, using: &draw.generator))
            let length = Int.random(in: 1...40, using: &draw.generator)
            let pause = Suspension(from: start, until: start.adding(days: length - 1))
            let paused = Deadline(period: period, from: event, calendar: calendar, suspensions: [pause])
            let moved = Deadline(
                period: Period(days: period.days + length, kind: .calendar), from: event, calendar: calendar)
            #expect(paused.due == moved.due, "\(event) + \(period.days), paused \(pause.from) for \(length)")
            #expect(paused.steps.contains(.paused(pause, days: length)))
        }
    }

    @Test("a date round-trips through its year, month and day, and its weekday agrees with Foundation's")
    func civilDates() {
        var generator = SeededGenerator(seed: 3)
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        for _ in 0..<Self.rounds {
            let date = CivilDate(dayNumber: Int.random(in: -25_567...376_000, using: &generator))
            #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date)
            if (1900...2999).contains(date.year) { #expect(CivilDate(iso: date.iso) == date) }
            let foundation = Date(timeIntervalSince1970: Double(date.dayNumber) * 86_400)
            // Foundation: Sunday is 1
            #expect(gregorian.component(.weekday, from: foundation) == date.weekday.rawValue % 7 + 1)
        }
        #expect(CivilDate(iso: "2027-02-29") == nil)
        #expect(CivilDate(iso: "2028-02-29") != nil)
        #expect(CivilDate(iso: "2026-1-05") == nil)
        #expect(CivilDate(iso: "１９９９-01-01") == nil)
    }

    @Test("Easter is a Sunday between 22 March and 25 April, every year from 1900 to 2999")
    func easter() {
        for year in 1900...2999 {
            let easter = BelgianHoliday.easterSunday(year)
            #expect(easter.weekday == .sunday)
            #expect(easter >= CivilDate(year: year, month: 3, day: 22)!)
            #expect(easter <= CivilDate(year: year, month: 4, day: 25)!)
        }
    }
}
