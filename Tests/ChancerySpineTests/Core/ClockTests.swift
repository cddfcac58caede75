import ChanceryKit
import ChanceryTestSupport
import Foundation
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

@Suite("Clock")
struct ClockTests {
    @Test("ISO 8601 text equals Foundation's for times across four centuries, leap days and before 1970")
    func iso8601MatchesFoundation() {
        // setup
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var generator = SeededGenerator(seed: 42)
        let fixed: [Int64] = [
            0, 999, 1000, -1, -1000, -1001, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, 1_795_000_000_123,
            -2_208_988_800_000, 253_402_300_799_000,
        ]
        let random = (0..<5000).map { _ in Int64.random(in: -2_208_988_800_000...4_102_444_800_000, using: &generator) }

        for milliseconds in fixed + random {
            // exercise
            let ours = Clock.iso8601(milliseconds)
            // validate: Foundation truncates towards the past second too
            let date = Date(
                timeIntervalSince1970: Double(milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000))
            #expect(ours == formatter.string(from: date), "\(milliseconds)")
        }
    }
}
