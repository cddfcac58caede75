/// The ten Belgian public holidays, which the headquarters observes: six on fixed dates and four that move with
/// Easter.
public enum BelgianHoliday: String, CaseIterable, Sendable {
    case newYear = "new-year"
    case easterMonday = "easter-monday"
    case labourDay = "labour-day"
    case ascension
    case whitMonday = "whit-monday"
    case nationalDay = "national-day"
    case assumption
    case allSaints = "all-saints"
    case armistice
    case christmas

    /// The holiday's date in `year`.
    public func date(in year: Int) -> CivilDate {
        switch self {
        case .newYear: Self.fixed(year, 1, 1)
        case .easterMonday: Self.easterSunday(year).adding(days: 1)
        case .labourDay: Self.fixed(year, 5, 1)
        case .ascension: Self.easterSunday(year).adding(days: 39)
        case .whitMonday: Self.easterSunday(year).adding(days: 50)
        case .nationalDay: Self.fixed(year, 7, 21)
        case .assumption: Self.fixed(year, 8, 15)
        case .allSaints: Self.fixed(year, 11, 1)
        case .armistice: Self.fixed(year, 11, 11)
        case .christmas: Self.fixed(year, 12, 25)
        }
    }

    /// The holiday that falls on `date`, if any.
    public static func on(_ date: CivilDate) -> BelgianHoliday? {
        allCases.first { $0.date(in: date.year) == date }
    }

    /// Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> CivilDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return fixed(year, month, day)
    }

    private static func fixed(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }
}
