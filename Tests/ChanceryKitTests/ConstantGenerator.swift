/// A generator that always returns the same word, to pin down what a function does with its random input.
struct ConstantGenerator: RandomNumberGenerator {
    let value: UInt64
    mutating func next() -> UInt64 { value }
}
