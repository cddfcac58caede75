import Foundation

/// The time as the database stores it: milliseconds since 1970, UTC.
enum Clock {
    static func nowMilliseconds() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }

    /// ISO 8601 text of a stored time, for JSON and pages.
    static func iso8601(_ milliseconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }
}

/// Calendar dates as the headquarters reads them: in Brussels time, so that an item registered at 00:30 on
/// 1 January in Brussels is numbered in the new year whatever the server's time zone.
enum HeadquartersCalendar {
    static let timeZone = TimeZone(identifier: "Europe/Brussels") ?? .gmt

    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The year of a stored time.
    static func year(_ milliseconds: Int64) -> Int {
        calendar.component(.year, from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    /// `YYYY-MM-DD` of a stored time.
    static func day(_ milliseconds: Int64) -> String {
        let parts = calendar.dateComponents(
            [.year, .month, .day], from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// Whether `text` is a real calendar date written `YYYY-MM-DD` (years 1900–2999).
    static func isDate(_ text: String) -> Bool {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, pieces.count == 3, pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(pieces[0]), let month = Int(pieces[1]), let day = Int(pieces[2]),
            pieces[0].count == 4, pieces[1].count == 2, pieces[2].count == 2, (1900...2999).contains(year)
        else { return false }
        let components = DateComponents(year: year, month: month, day: day)
        return components.isValidDate(in: calendar)
    }
}
