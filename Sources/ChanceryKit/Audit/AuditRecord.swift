import Crypto
import Foundation

/// One event of the audit chain as it is hashed: every field that matters, and the hash of its predecessor.
public struct AuditRecord: Hashable, Sendable, Codable {
    /// Position in the chain, starting at 1, without gaps.
    public var sequence: Int64
    /// Milliseconds since 1970, UTC.
    public var occurredAt: Int64
    /// The acting user's id, or a system actor such as `system` or `cli`.
    public var actor: String
    /// What happened, e.g. `object.create`, `object.read`, `access.denied`, `login.failed`.
    public var action: String
    /// The object concerned, if any.
    public var objectID: String?
    /// `success` or `denied` or `failure`.
    public var outcome: String
    /// Further facts as a compact JSON object (never the content of a classified item).
    public var details: String
    /// The hash of the previous event (64 zeros for the first).
    public var previousHash: String

    public init(
        sequence: Int64, occurredAt: Int64, actor: String, action: String, objectID: String?, outcome: String,
        details: String, previousHash: String
    ) {
        self.sequence = sequence
        self.occurredAt = occurredAt
        self.actor = actor
        self.action = action
        self.objectID = objectID
        self.outcome = outcome
        self.details = details
        self.previousHash = previousHash
    }

    /// The hash of the first event's predecessor.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The bytes the hash is taken over. Fields are length-prefixed so no two events share an encoding.
    public var canonicalBytes: Data {
        let fields = [
            String(sequence), String(occurredAt), actor, action, objectID ?? "\u{0}", outcome, details, previousHash,
        ]
        var canonical = ""
        for field in fields { canonical += "\(field.utf8.count):\(field);" }
        return Data(canonical.utf8)
    }

    /// The SHA-256 of this event's canonical bytes, hex-encoded.
    public var hash: String { SHA256.hash(data: canonicalBytes).hexString }
}

/// A signed statement that the chain up to `sequence` ends with `hash`.
public struct AuditCheckpoint: Hashable, Sendable {
    public var sequence: Int64
    public var hash: String
    public var signedAt: Int64
    /// Ed25519 signature of `message`, base64-encoded.
    public var signature: String

    public init(sequence: Int64, hash: String, signedAt: Int64, signature: String) {
        self.sequence = sequence
        self.hash = hash
        self.signedAt = signedAt
        self.signature = signature
    }

    /// The bytes that are signed.
    public static func message(sequence: Int64, hash: String, signedAt: Int64) -> Data {
        Data("chancery-audit-checkpoint:\(sequence):\(hash):\(signedAt)".utf8)
    }

    /// Signs the head of the chain with the installation key.
    public static func sign(
        sequence: Int64, hash: String, signedAt: Int64, key: Curve25519.Signing.PrivateKey
    ) throws -> AuditCheckpoint {
        let signature = try key.signature(for: message(sequence: sequence, hash: hash, signedAt: signedAt))
        return AuditCheckpoint(
            sequence: sequence, hash: hash, signedAt: signedAt, signature: Data(signature).base64EncodedString()
        )
    }

    /// Whether the signature is the installation key's.
    public func isValid(for key: Curve25519.Signing.PublicKey) -> Bool {
        guard let signature = Data(base64Encoded: signature) else { return false }
        return key.isValidSignature(signature, for: Self.message(sequence: sequence, hash: hash, signedAt: signedAt))
    }
}

extension Sequence where Element == UInt8 {
    /// Lower-case hexadecimal.
    public var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
