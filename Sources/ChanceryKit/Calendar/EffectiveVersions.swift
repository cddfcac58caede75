/// Versions of a rule, each in force from its effective date until the next one's: a case uses the version in force
/// on the day its proceeding started, whatever was adopted since.
public struct EffectiveVersions<Value: Sendable>: Sendable {
    /// The versions, earliest first.
    public let versions: [(effective: CivilDate, value: Value)]

    public init(_ versions: [(CivilDate, Value)]) {
        self.versions = versions.sorted { $0.0 < $1.0 }.map { (effective: $0.0, value: $0.1) }
    }

    /// The version in force on `date`, or nil before the first one took effect.
    public func inForce(on date: CivilDate) -> Value? {
        versions.last { $0.effective <= date }?.value
    }
}
