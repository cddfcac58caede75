/// SplitMix64: a small, fast generator fully determined by its seed (Swift's own generators are not seedable),
/// so that a random draw (a QA audit's sample) or a failing random test can be replayed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A random subset of `values`, each kept with `probability`.
    public mutating func subset<T: Hashable>(of values: [T], probability: Double = 0.5) -> Set<T> {
        Set(values.filter { _ in Double.random(in: 0..<1, using: &self) < probability })
    }
}
