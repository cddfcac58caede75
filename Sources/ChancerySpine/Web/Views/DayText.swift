import Foundation

/// Days and moments as a page shows them, in the page's language and in Brussels time: "Fri 4 Dec 2026",
/// "ven. 4 déc. 2026", "Fri 4 Dec 2026, 14:05". Machine-read forms (the API, `<time datetime>`) keep ISO 8601.
package enum DayText {
    private static func parser() -> DateFormatter {
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.timeZone = TimeZone(identifier: "Europe/Brussels")
        parser.dateFormat = "yyyy-MM-dd"
        return parser
    }

    /// A `YYYY-MM-DD` day with its weekday; the text itself when it is not a day.
    package static func withWeekday(_ day: String, _ t: Localizer) -> String {
        let parser = parser()
        guard let date = parser.date(from: day) else { return day }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: t.language == .fr ? "fr_BE" : "en_GB")
        formatter.timeZone = parser.timeZone
        formatter.setLocalizedDateFormatFromTemplate("EEE d MMM yyyy")
        return formatter.string(from: date)
    }

    /// The day of a stored time, with its weekday.
    package static func day(_ milliseconds: Int64, _ t: Localizer) -> String {
        withWeekday(HeadquartersCalendar.day(milliseconds), t)
    }

    /// The day and the time of day (24-hour clock) of a stored time.
    package static func moment(_ milliseconds: Int64, _ t: Localizer) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: t.language == .fr ? "fr_BE" : "en_GB")
        formatter.timeZone = HeadquartersCalendar.timeZone
        formatter.setLocalizedDateFormatFromTemplate("EEE d MMM yyyy HH:mm")
        return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }
}
