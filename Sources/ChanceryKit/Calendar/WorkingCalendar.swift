/// Which days the headquarters works: Monday to Friday, except the Belgian public holidays and the closure days
/// an administrator configures (the days between Christmas and New Year, a day the site is shut).
public struct WorkingCalendar: Sendable {
    /// Closure days and what each is (the administrator's note).
    public var closures: [CivilDate: String]

    public init(closures: [CivilDate: String] = [:]) { self.closures = closures }

    /// Why `date` is not a working day, or nil when it is one.
    public func nonWorking(_ date: CivilDate) -> NonWorkingDay? {
        if let holiday = BelgianHoliday.on(date) { return .holiday(holiday) }
        if let note = closures[date] { return .closure(note) }
        if date.weekday.isWeekend { return .weekend(date.weekday) }
        return nil
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool { nonWorking(date) == nil }
}

/// A day the headquarters does not work, and why.
public enum NonWorkingDay: Hashable, Sendable {
    case weekend(Weekday)
    case holiday(BelgianHoliday)
    case closure(String)
}
