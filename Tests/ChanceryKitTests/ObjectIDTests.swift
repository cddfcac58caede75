import ChanceryKit
import Testing

@testable import ChanceryKit

@Suite struct ObjectIDTests {
    static let crockford = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    @Test func hasTheShapeOfAULID() {
        let id = ObjectID.make(milliseconds: 1_767_225_600_000)
        #expect(id.count == 26)
        #expect(id.allSatisfy { Self.crockford.contains($0) })
        #expect(ObjectID.isWellFormed(id))
    }

    @Test func timeIsEncodedInTheFirstTenCharacters() {
        // The example of the ULID specification.
        var generator = SeededGenerator(seed: 1)
        #expect(ObjectID.make(milliseconds: 1_469_918_176_385, using: &generator).hasPrefix("01ARYZ6S41"))
        #expect(ObjectID.make(milliseconds: 0).hasPrefix("0000000000"))
        #expect(ObjectID.make(milliseconds: -5).hasPrefix("0000000000"))
        #expect(ObjectID.make(milliseconds: (1 << 48) - 1).hasPrefix("7ZZZZZZZZZ"))
    }

    @Test func randomPartComesFromTheGenerator() {
        var zeros = ConstantGenerator(value: 0)
        #expect(ObjectID.make(milliseconds: 0, using: &zeros) == String(repeating: "0", count: 26))
        var ones = ConstantGenerator(value: .max)
        #expect(ObjectID.make(milliseconds: 0, using: &ones) == "0000000000" + String(repeating: "Z", count: 16))
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        #expect(ObjectID.make(milliseconds: 7, using: &first) == ObjectID.make(milliseconds: 7, using: &second))
    }

    @Test(arguments: [
        "", "0123456789ABCDEFGHJKMNPQR", "0123456789ABCDEFGHJKMNPQRST", "0123456789ABCDEFGHJKMNPQRI",
        "0123456789ABCDEFGHJKMNPQRL", "0123456789ABCDEFGHJKMNPQRO", "0123456789ABCDEFGHJKMNPQRU",
        "0123456789abcdefghjkmnpqrs", "0123456789ABCDEFGHJKMNPQR-",
    ])
    func refusesMalformedIdentifiers(text: String) {
        #expect(!ObjectID.isWellFormed(text))
    }

    @Test func lexicographicOrderFollowsTime() {
        // setup
        var generator = SeededGenerator(seed: 2026)
        var times = (0..<2_000).map { _ in Int64.random(in: 0..<(1 << 48), using: &generator) }
        times += [0, 1, 31, 32, 1023, 1024, 1_767_225_600_000, 1_767_225_600_001, (1 << 48) - 1]
        times = Array(Set(times)).sorted()
        // exercise
        let ids = times.map { ObjectID.make(milliseconds: $0, using: &generator) }
        // validate
        for (earlier, later) in zip(ids, ids.dropFirst()) { #expect(earlier < later) }
        #expect(ids.shuffled(using: &generator).sorted() == ids)
    }

    @Test func oneHundredThousandIdentifiersAreUnique() {
        // Made within the same millisecond: only the random part tells them apart.
        let ids = (0..<100_000).map { _ in ObjectID.make(milliseconds: 1_767_225_600_000) }
        #expect(Set(ids).count == 100_000)
        #expect(ids.allSatisfy(ObjectID.isWellFormed))
    }
}
