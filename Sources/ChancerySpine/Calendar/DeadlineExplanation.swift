import ChanceryKit
import Foundation

extension HeadquartersCalendar {
    /// The last second of `day` in Brussels, in RFC 3339 with that day's offset: `2026-12-31T23:59:59+01:00`,
    /// `2026-03-30T23:59:59+02:00` (summer time began the day before).
    package static func endOfDay(_ day: CivilDate) -> String {
        let components = DateComponents(
            year: day.year, month: day.month, day: day.day, hour: 23, minute: 59, second: 59)
        let instant = calendar.date(from: components) ?? Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400)
        return day.iso + "T23:59:59" + offset(at: instant)
    }

    /// Brussels' offset from UTC at `instant`: `+01:00` in winter, `+02:00` in summer.
    package static func offset(at instant: Date) -> String {
        let seconds = timeZone.secondsFromGMT(for: instant)
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return sign + two(minutes / 60) + ":" + two(minutes % 60)
    }
}

extension Localizer {
    /// A day in words: "Tuesday 1 December 2026", « mardi 1er décembre 2026 ».
    public func longDate(_ day: CivilDate) -> String {
        let weekday = self("calendar.weekday.\(day.weekday.rawValue)")
        let month = self("calendar.month.\(day.month)")
        let number = language == .fr && day.day == 1 ? "1er" : String(day.day)
        return "\(weekday) \(number) \(month) \(day.year)"
    }

    /// Why a day is not a working day: "a Saturday", "Christmas Day", "closure day: year-end closure".
    public func reason(_ day: NonWorkingDay) -> String {
        switch day {
        case .weekend(let weekday): self("calendar.reason.weekday.\(weekday.rawValue)")
        case .holiday(let holiday): self("calendar.holiday.\(holiday.rawValue)")
        case .closure(let note): self("calendar.reason.closure", ["note": note])
        }
    }

    /// How `deadline` was computed, in sentences a lawyer can check against the rule and a calendar.
    public func explanation(of deadline: Deadline) -> String {
        let unit = self("calendar.unit.\(deadline.period.kind.rawValue)", ["days": String(deadline.period.days)])
        var sentences: [String] = []
        var afterRoll = false
        for step in deadline.steps {
            switch step {
            case .startsAfter(let event, let first):
                // in working days, the day after may not count: the first one that does is named by the last day
                let key = deadline.period.kind == .working ? "calendar.explain.startWorking" : "calendar.explain.start"
                sentences.append(self(key, ["period": unit, "event": longDate(event), "first": longDate(first)]))
            case .notCounted(let day, let why):
                let key = afterRoll ? "calendar.explain.alsoNotWorking" : "calendar.explain.notCounted"
                sentences.append(self(key, ["day": longDate(day), "reason": reason(why)]))
            case .paused(let suspension, let days):
                sentences.append(
                    self(
                        "calendar.explain.paused",
                        [
                            "from": longDate(suspension.from), "until": suspension.until.map(longDate) ?? "",
                            "days": String(days),
                        ]))
            case .lastDay(let day):
                let days = deadline.period.days
                let ordinal = language == .en ? String(days) : days == 1 ? "1er" : "\(days)e"
                sentences.append(
                    self(
                        "calendar.explain.lastDay.\(deadline.period.kind.rawValue)",
                        ["ordinal": ordinal, "day": longDate(day)]))
            case .rolled(let from, let why, let to):
                afterRoll = true
                sentences.append(
                    self(
                        "calendar.explain.rolled", ["day": longDate(from), "reason": reason(why), "next": longDate(to)])
                )
            }
        }
        switch deadline.outcome {
        case .due(let day):
            let offset = String(HeadquartersCalendar.endOfDay(day).suffix(6))
            sentences.append(self("calendar.explain.ends", ["day": longDate(day), "offset": offset]))
        case .suspended(let since):
            sentences.append(self("calendar.explain.suspended", ["since": longDate(since)]))
        }
        return sentences.joined(separator: " ")
    }
}
