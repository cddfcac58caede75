import ChanceryKit
import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension BlobStore {
    /// A new temporary path under the store (same file system as the stored files, so that `adopt` is a rename).
    package func temporaryPath(suffix: String = "") throws -> String {
        let folder = (root as NSString).appendingPathComponent("tmp")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return (folder as NSString).appendingPathComponent(UUID().uuidString + suffix)
    }

    /// Moves a file that Chancery made itself (under `temporaryPath()`) into the store under its hash, flushed
    /// to disk first, like an upload.
    package func adopt(_ temporary: String) throws -> Stored {
        guard let handle = FileHandle(forUpdatingAtPath: temporary) else { throw CocoaError(.fileReadNoSuchFile) }
        var hasher = SHA256()
        var size: Int64 = 0
        var prefix: [UInt8] = []
        do {
            while let data = try handle.read(upToCount: 1 << 20), !data.isEmpty {
                hasher.update(data: data)
                size += Int64(data.count)
                if prefix.count < FileType.sniffLength { prefix += data.prefix(FileType.sniffLength - prefix.count) }
            }
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            throw error
        }
        let hash = hasher.finalize().hexString
        let destination = path(of: hash)
        try FileManager.default.createDirectory(
            atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let created = !FileManager.default.fileExists(atPath: destination)
        guard rename(temporary, destination) == 0 else { throw CocoaError(.fileWriteUnknown) }
        Self.synchronizeDirectory((destination as NSString).deletingLastPathComponent)
        return Stored(sha256: hash, size: size, prefix: prefix, created: created)
    }
}
