import Foundation

/// Application deadlines are instants in Brussels time: the headquarters' zone, one hour ahead of UTC in winter
/// and two in summer.
package enum BrusselsTime {
    /// Europe/Brussels; the zone database ships with every supported platform, so its absence is a broken install.
    package static let zone = TimeZone(identifier: "Europe/Brussels")!

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }()

    /// The instant of a wall-clock time in Brussels (or another zone), or nil when the date does not exist (31 June).
    package static func date(
        year: Int, month: Int, day: Int, hour: Int = 23, minute: Int = 59, second: Int = 59, in zone: TimeZone = zone
    ) -> Date? {
        var calendar = calendar
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        return date
    }

    /// The instant in RFC 3339 with the Brussels offset of that date: "2026-07-05T23:59:59+02:00".
    package static func rfc3339(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
