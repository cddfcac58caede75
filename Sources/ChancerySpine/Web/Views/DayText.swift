import Foundation

/// Days as a page shows them, in the page's language: "Fri 4 Dec 2026", "ven. 4 déc. 2026".
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
}
