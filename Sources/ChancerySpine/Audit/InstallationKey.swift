import Crypto
import Foundation

/// The installation's Ed25519 key that signs audit checkpoints, kept in the data directory (mode 0600).
package enum InstallationKey {
    package static let fileName = "audit-signing.key"

    /// Loads the key, creating it the first time. Several processes starting at once agree on one key,
    /// because the file is published with a hard link that fails if another process published first.
    package static func loadOrCreate(dataDirectory: String) throws -> Curve25519.Signing.PrivateKey {
        let manager = FileManager.default
        try manager.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        let path = (dataDirectory as NSString).appendingPathComponent(fileName)
        if let key = try read(path) { return key }
        let key = Curve25519.Signing.PrivateKey()
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        let text = key.rawRepresentation.base64EncodedString() + "\n"
        guard manager.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else { throw KeyError.cannotWrite(path) }
        defer { try? manager.removeItem(atPath: temporary) }
        do { try manager.linkItem(atPath: temporary, toPath: path) } catch {
            if let key = try read(path) { return key }
            throw error
        }
        return key
    }

    private static func read(_ path: String) throws -> Curve25519.Signing.PrivateKey? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let raw = Data(base64Encoded: text) else { throw KeyError.unreadable(path) }
        return try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    }

    package enum KeyError: Error, CustomStringConvertible {
        case cannotWrite(String)
        case unreadable(String)

        package var description: String {
            switch self {
            case .cannotWrite(let path): "The audit signing key cannot be written to \(path)."
            case .unreadable(let path): "The audit signing key at \(path) is not readable; restore it from backup."
            }
        }
    }
}
