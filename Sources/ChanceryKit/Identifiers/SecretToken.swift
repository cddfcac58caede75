import Crypto
import Foundation

/// Random bearer secrets (session cookies, API tokens, CSRF tokens) and the hash under which they are stored.
public enum SecretToken {
    /// 32 random bytes, base64url without padding.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4).flatMap { _ in withUnsafeBytes(of: generator.next()) { Array($0) } }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The SHA-256 of a secret, hex-encoded: what the database keeps, so a copy of it grants nothing.
    public static func digest(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).hexString
    }
}
