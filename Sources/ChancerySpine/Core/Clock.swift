import Foundation

/// The time as the database stores it: milliseconds since 1970, UTC.
package enum Clock {
    package static func nowMilliseconds() -> Int64 {
        stampedTime ?? Int64((Date().timeIntervalSince1970 * 1000).rounded())
    }

    /// The time a piece of work is stamped with instead of now, within `Clock.$stampedTime.withValue(t) { … }`.
    ///
    /// Only the demo sets it: it loads years of a headquarters' history through the ordinary store methods, each
    /// step stamped on its own day (registration, verification, closure), so references, dates and the audit
    /// chain read as if the work had been done then. Nothing that serves requests sets it.
    @TaskLocal package static var stampedTime: Int64?

    /// ISO 8601 text of a stored time, for JSON and pages: `2026-11-23T21:05:09Z` (UTC, whole seconds).
    ///
    /// Computed with integer arithmetic: it runs several times per item of every list, and a Foundation
    /// date formatter per call was half of a list's CPU time under load.
    package static func iso8601(_ milliseconds: Int64) -> String {
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + two(month) + "-" + two(day)
            + "T" + two(secondOfDay / 3600) + ":" + two(secondOfDay % 3600 / 60) + ":" + two(secondOfDay % 60) + "Z"
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
    package static func civilDate(daysSince1970 days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// Calendar dates as the headquarters reads them: in Brussels time, so that an item registered at 00:30 on
/// 1 January in Brussels is numbered in the new year whatever the server's time zone.
package enum HeadquartersCalendar {
    package static let timeZone = TimeZone(identifier: "Europe/Brussels") ?? .gmt

    package static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }()

    /// The year of a stored time.
    package static func year(_ milliseconds: Int64) -> Int {
        calendar.component(.year, from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    /// `YYYY-MM-DD` of a stored time.
    package static func day(_ milliseconds: Int64) -> String {
        let parts = calendar.dateComponents(
            [.year, .month, .day], from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// Whether `text` is a real calendar date written `YYYY-MM-DD` (years 1900–2999).
    package static func isDate(_ text: String) -> Bool {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, pieces.count == 3, pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(pieces[0]), let month = Int(pieces[1]), let day = Int(pieces[2]),
            pieces[0].count == 4, pieces[1].count == 2, pieces[2].count == 2, (1900...2999).contains(year)
        else { return false }
        let components = DateComponents(year: year, month: month, day: day)
        return components.isValidDate(in: calendar)
    }

    /// The instant of a Brussels date (`YYYY-MM-DD`) and time (`HH:MM`, 00:00–24:00), or nil when either is not one.
    package static func instant(date: String, time: String) -> Int64? {
        guard isDate(date), let minutes = minutes(time) else { return nil }
        let pieces = date.split(separator: "-").compactMap { Int($0) }
        let components = DateComponents(
            year: pieces[0], month: pieces[1], day: pieces[2], hour: minutes / 60, minute: minutes % 60)
        guard let when = calendar.date(from: components) else { return nil }
        return Int64((when.timeIntervalSince1970 * 1000).rounded())
    }

    /// Minutes since midnight of `HH:MM` (00:00–24:00), or nil.
    package static func minutes(_ time: String) -> Int? {
        let pieces = time.split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 5, pieces.count == 2, let h = Int(pieces[0]), let m = Int(pieces[1]),
            pieces.allSatisfy({ $0.allSatisfy(\.isASCII) }), (0...24).contains(h), (0...59).contains(m),
            h * 60 + m <= 1440
        else { return nil }
        return h * 60 + m
    }
}
