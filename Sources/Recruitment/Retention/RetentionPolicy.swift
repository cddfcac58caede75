import ChancerySpine

/// How long candidates' data is kept after their competition ended (filled or cancelled): 2 years unless
/// `CHANCERY_RECRUITMENT_RETENTION_DAYS` says otherwise. A candidate on a reserve list is kept until the list's
/// expiry when that comes later.
package struct RetentionPolicy: Sendable, Equatable {
    package var days: Int

    package static let standard = RetentionPolicy(days: 730)
    package static let variable = "CHANCERY_RECRUITMENT_RETENTION_DAYS"
    package static let allowed = 1...36_500

    package init(days: Int) { self.days = days }

    package static func fromEnvironment(_ environment: [String: String]) throws(ConfigurationError) -> RetentionPolicy {
        guard let value = environment[variable], !value.isEmpty else { return .standard }
        guard let days = Int(value), allowed.contains(days) else {
            throw .invalid(variable: variable, value: value, expected: "a whole number of days from 1 to 36500")
        }
        return RetentionPolicy(days: days)
    }

    /// Competitions that ended at or before this moment are past their keeping at `now`.
    package func endedBefore(_ now: Int64) -> Int64 { now - Int64(days) * 86_400_000 }
}
