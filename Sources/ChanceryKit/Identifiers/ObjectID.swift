/// Time-ordered, unguessable identifiers (ULID: 48 bits of milliseconds, 80 random bits, Crockford base32).
///
/// Ordering by id is ordering by creation, which gives stable cursor pagination without a second column.
public enum ObjectID {
    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// A new identifier for the given time in milliseconds since 1970.
    public static func make(milliseconds: Int64) -> String {
        var generator = SystemRandomNumberGenerator()
        return make(milliseconds: milliseconds, using: &generator)
    }

    public static func make(milliseconds: Int64, using generator: inout some RandomNumberGenerator) -> String {
        var chars = [Character]()
        chars.reserveCapacity(26)
        var time = UInt64(max(milliseconds, 0))
        var timeChars = [Character](repeating: "0", count: 10)
        for index in stride(from: 9, through: 0, by: -1) {
            timeChars[index] = alphabet[Int(time & 31)]
            time >>= 5
        }
        chars += timeChars
        for _ in 0..<16 { chars.append(alphabet[Int(generator.next() & 31)]) }
        return String(chars)
    }

    /// Whether a string has the shape of an identifier (26 Crockford base32 characters).
    public static func isWellFormed(_ text: String) -> Bool {
        text.count == 26 && text.allSatisfy { alphabet.contains($0) }
    }
}
