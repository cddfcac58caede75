import ChanceryKit
import Crypto
import Foundation
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// Files stored by the SHA-256 of their content under `<data>/blobs/ab/cd/<hash>`: written to a temporary
/// file while hashing, flushed to disk, then renamed into place. Identical content is stored once. A name
/// from an upload is never part of a path.
public struct BlobStore: Sendable {
    public let root: String

    public init(dataDirectory: String) {
        root = (dataDirectory as NSString).appendingPathComponent("blobs")
    }

    /// A file received and stored.
    public struct Stored: Sendable, Equatable {
        public var sha256: String
        public var size: Int64
        /// The first bytes, for recognising the file's type.
        public var prefix: [UInt8]
        /// Whether this call put the file in place (no copy of the same content was stored before).
        public var created: Bool
    }

    public enum Failure: Error, Equatable {
        /// The content is larger than the limit; nothing was kept.
        case tooLarge
        case empty
        /// The first bytes were refused by the caller (e.g. not of the declared type); nothing was kept.
        case refusedContent
    }

    /// Streams `chunks` to disk, refusing (and deleting) anything over `limit` bytes or whose first bytes
    /// `accept` refuses. `inspect` then sees the whole file, still under its temporary path: whatever it throws
    /// refuses the file, and nothing is kept.
    public func store<Chunks: AsyncSequence>(
        _ chunks: Chunks, limit: Int64, accept: @Sendable ([UInt8]) -> Bool = { _ in true },
        inspect: @Sendable (String) throws -> Void = { _ in }
    ) async throws -> Stored where Chunks.Element == ByteBuffer {
        let temporaryFolder = (root as NSString).appendingPathComponent("tmp")
        try FileManager.default.createDirectory(atPath: temporaryFolder, withIntermediateDirectories: true)
        let temporary = (temporaryFolder as NSString).appendingPathComponent(UUID().uuidString)
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else { throw CocoaError(.fileWriteUnknown) }
        var hasher = SHA256()
        var size: Int64 = 0
        var prefix: [UInt8] = []
        do {
            for try await chunk in chunks {
                size += Int64(chunk.readableBytes)
                guard size <= limit else { throw Failure.tooLarge }
                let bytes = chunk.readableBytesView
                if prefix.count < FileType.sniffLength {
                    prefix += bytes.prefix(FileType.sniffLength - prefix.count)
                    if prefix.count == FileType.sniffLength, !accept(prefix) { throw Failure.refusedContent }
                }
                hasher.update(data: Data(bytes))
                try handle.write(contentsOf: Data(bytes))
            }
            guard size > 0 else { throw Failure.empty }
            if prefix.count < FileType.sniffLength, !accept(prefix) { throw Failure.refusedContent }
            try handle.synchronize()
            try handle.close()
            try inspect(temporary)
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        let hash = hasher.finalize().hexString
        let destination = path(of: hash)
        var created = false
        do {
            try FileManager.default.createDirectory(
                atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            created = !FileManager.default.fileExists(atPath: destination)
            // Same hash, same bytes: replacing an existing copy is harmless, and rename is atomic.
            guard rename(temporary, destination) == 0 else { throw CocoaError(.fileWriteUnknown) }
            // The rename itself must survive a power cut before the database row pointing at it commits.
            Self.synchronizeDirectory((destination as NSString).deletingLastPathComponent)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        return Stored(sha256: hash, size: size, prefix: prefix, created: created)
    }

    /// Flushes a directory's entries (a rename into it) to disk.
    package static func synchronizeDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    /// Removes uploads a crash left half-written in `tmp/`: files nobody has written to for `age` seconds (a
    /// live upload writes to its file continuously). Returns how many were removed. `chancery serve` calls it
    /// on start.
    @discardableResult
    public func sweepAbandonedUploads(olderThan age: TimeInterval = 600) -> Int {
        let folder = (root as NSString).appendingPathComponent("tmp")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        let limit = Date().addingTimeInterval(-age)
        var removed = 0
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                modified < limit, (try? FileManager.default.removeItem(atPath: path)) != nil
            else { continue }
            removed += 1
        }
        return removed
    }

    /// Where the file of a hash lives (the hash is checked to be 64 hexadecimal digits first).
    public func path(of sha256: String) -> String {
        precondition(Self.isHash(sha256), "not a SHA-256 hex digest")
        let characters = Array(sha256)
        return (root as NSString).appendingPathComponent(
            "\(String(characters[0..<2]))/\(String(characters[2..<4]))/\(sha256)")
    }

    /// What a stored file is like now.
    public enum Health: Sendable, Equatable {
        case intact
        case missing
        /// The content no longer hashes to its name (or has another size).
        case corrupted(actual: String)
    }

    /// Re-reads a stored file and compares it with its hash and size.
    public func check(_ sha256: String, size: Int64) -> Health {
        guard Self.isHash(sha256), let handle = FileHandle(forReadingAtPath: path(of: sha256)) else { return .missing }
        defer { try? handle.close() }
        var hasher = SHA256()
        var total: Int64 = 0
        while let data = try? handle.read(upToCount: 1 << 20), !data.isEmpty {
            hasher.update(data: data)
            total += Int64(data.count)
        }
        let actual = hasher.finalize().hexString
        return actual == sha256 && total == size ? .intact : .corrupted(actual: actual)
    }

    package static func isHash(_ text: String) -> Bool {
        text.count == 64 && text.allSatisfy { $0.isASCII && $0.isHexDigit && !$0.isUppercase }
    }
}

extension FileType {
    /// The container check of `containerProblem(size:read:)` on a file on disk (nil for types that are no
    /// container); a file that cannot be opened is no archive.
    package func containerProblem(atPath path: String) -> ContainerProblem? {
        guard isZipContainer else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .notAnArchive }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return .notAnArchive }
        return containerProblem(size: size) { offset, count in
            try handle.seek(toOffset: offset)
            return Array(try handle.read(upToCount: count) ?? Data())
        }
    }
}
