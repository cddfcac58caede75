import Foundation
import Testing

/// The vacancy notices kept as test resources: the samples users pasted, and notices of other bodies and layouts.
enum Fixture {
    static func notice(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// An instant written in UTC ("2026-07-05T21:59:59Z"), to compare deadlines with.
    static func utc(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }
}
