import ChanceryKit
import Crypto
import Foundation
import Logging
import SQLKit

/// `chancery backup`: one archive file (tar) holding a consistent copy of an installation, taken while it
/// serves: the database (SQLite: `VACUUM INTO`, a read transaction that blocks no writer; PostgreSQL:
/// `pg_dump` in an exported snapshot), the stored files that copy references, the audit signing key, and
/// a manifest to check a restore against.
public struct Backup: Sendable {
    public let configuration: AppConfiguration
    public let logger: Logger

    public init(configuration: AppConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// What the database copy holds, read in the same snapshot as the copy.
    package struct Contents: Sendable {
        package var objects: Int64 = 0
        package var auditEvents: Int64 = 0
        package var auditHeadHash = ""
        package var blobs: [(sha256: String, size: Int64)] = []
    }

    /// Writes the archive to `destination` (which must not exist) and returns its manifest.
    public func write(to destination: String, progress: @Sendable (String) -> Void = { _ in }) async throws
        -> BackupManifest
    {
        let fileManager = FileManager.default
        guard !fileManager.fileExists(atPath: destination) else {
            throw Failure(
                description: "\(destination) already exists: choose a new file name (a backup never overwrites one).")
        }
        let keyPath = (configuration.dataDirectory as NSString).appendingPathComponent(InstallationKey.fileName)
        guard fileManager.fileExists(atPath: keyPath) else {
            throw Failure(
                description:
                    "There is no Chancery installation in \(configuration.dataDirectory) (no audit signing key).")
        }
        if configuration.databaseURL == nil, !fileManager.fileExists(atPath: configuration.sqlitePath) {
            throw Failure(description: "There is no Chancery database at \(configuration.sqlitePath).")
        }
        let staging = destination + ".partial-" + UUID().uuidString
        let partialArchive = staging + ".tar"
        try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer {
            try? fileManager.removeItem(atPath: staging)
            try? fileManager.removeItem(atPath: partialArchive)
        }

        progress("Copying the database…")
        let engine = configuration.databaseURL == nil ? "sqlite" : "postgresql"
        let databaseFile = engine == "sqlite" ? BackupManifest.sqliteFile : BackupManifest.postgresFile
        let databasePath = (staging as NSString).appendingPathComponent(databaseFile)
        let contents =
            if let url = configuration.databaseURL {
                try await dumpPostgres(url: url, to: databasePath)
            } else {
                try await copySQLite(to: databasePath)
            }

        progress("Copying \(contents.blobs.count) stored files…")
        let source = BlobStore(dataDirectory: configuration.dataDirectory)
        let copy = BlobStore(dataDirectory: staging)
        var bytes: Int64 = 0
        for (sha256, size) in contents.blobs {
            let target = copy.path(of: sha256)
            try fileManager.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            do {
                try fileManager.copyItem(atPath: source.path(of: sha256), toPath: target)
            } catch {
                throw Failure(
                    description:
                        "The stored file \(sha256) is missing (destroyed while the backup ran, or lost: run chancery verify-blobs). Run the backup again."
                )
            }
            guard copy.check(sha256, size: size) == .intact else {
                throw Failure(
                    description: "The stored file \(sha256) does not match its SHA-256: run chancery verify-blobs.")
            }
            bytes += size
        }
        try fileManager.copyItem(
            atPath: keyPath, toPath: (staging as NSString).appendingPathComponent(InstallationKey.fileName))

        let manifest = BackupManifest(
            format: BackupManifest.currentFormat, createdAt: Date().formatted(.iso8601), engine: engine,
            databaseFile: databaseFile, databaseSHA256: try Self.sha256(ofFile: databasePath),
            objects: contents.objects,
            auditEvents: contents.auditEvents, auditHeadHash: contents.auditHeadHash, blobs: contents.blobs.count,
            blobBytes: bytes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(manifest).write(
            to: URL(fileURLWithPath: (staging as NSString).appendingPathComponent(BackupManifest.fileName)))

        progress("Writing \(destination)…")
        guard let tar = ExternalTool.find("tar") else { throw Failure(description: "tar is needed and was not found.") }
        try await ExternalTool.run(tar, ["-cf", partialArchive, "-C", staging, "."])
        if let handle = FileHandle(forUpdatingAtPath: partialArchive) {
            try handle.synchronize()
            try handle.close()
        }
        guard rename(partialArchive, destination) == 0 else {
            throw Failure(description: "The archive could not be moved to \(destination).")
        }
        return manifest
    }

    /// SQLite: `VACUUM INTO` from a connection of our own (the server's connection is not held), then the
    /// contents read from the copy itself, so the list of files matches the copy exactly.
    private func copySQLite(to path: String) async throws -> Contents {
        let live = try await Database.openSQLite(path: configuration.sqlitePath, cacheMegabytes: 16, logger: logger)
        do {
            try await live.read { db in try await db.raw("VACUUM INTO \(bind: path)").run() }
        } catch {
            await live.close()
            throw error
        }
        await live.close()
        let copy = try await Database.openSQLite(path: path, cacheMegabytes: 16, logger: logger)
        do {
            let contents = try await copy.read { db in try await Self.contents(db) }
            // Back to a single file (the copy was opened in WAL mode).
            try await copy.read { db in try await db.raw("PRAGMA journal_mode = DELETE").run() }
            await copy.close()
            return contents
        } catch {
            await copy.close()
            throw error
        }
    }

    /// PostgreSQL: a read-only repeatable-read transaction exports its snapshot; the contents are read in it
    /// and `pg_dump --snapshot` dumps exactly the same state.
    private func dumpPostgres(url: String, to path: String) async throws -> Contents {
        let pgDump = try ExternalTool.postgres("pg_dump")
        let database = try await Database.openPostgres(url: url, logger: logger)
        do {
            let contents = try await database.read { db -> Contents in
                try await db.raw("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").run()
                do {
                    let snapshot = try await db.raw("SELECT pg_export_snapshot() AS s").first()!
                        .decode(column: "s", as: String.self)
                    let contents = try await Self.contents(db)
                    try await ExternalTool.run(
                        pgDump,
                        [
                            "--format=custom", "--no-owner", "--no-privileges", "--snapshot=\(snapshot)",
                            "--file=\(path)",
                            "--dbname=\(ExternalTool.libpqURL(url))",
                        ])
                    try await db.raw("COMMIT").run()
                    return contents
                } catch {
                    try? await db.raw("ROLLBACK").run()
                    throw error
                }
            }
            await database.close()
            return contents
        } catch {
            await database.close()
            throw error
        }
    }

    package static func contents(_ db: any SQLDatabase) async throws -> Contents {
        var contents = Contents()
        contents.objects =
            try await db.raw("SELECT COUNT(*) AS n FROM objects").first()?.decode(column: "n", as: Int64.self) ?? 0
        if let head = try await db.raw("SELECT seq, hash FROM audit_head WHERE id = 1").first() {
            contents.auditEvents = try head.decode(column: "seq", as: Int64.self)
            contents.auditHeadHash = try head.decode(column: "hash", as: String.self)
        }
        contents.blobs = try await db.raw("SELECT sha256, size FROM blobs WHERE discarded_at IS NULL ORDER BY sha256")
            .all()
            .map { (try $0.decode(column: "sha256", as: String.self), try $0.decode(column: "size", as: Int64.self)) }
        return contents
    }

    package static func sha256(ofFile path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Failure(description: "\(path) cannot be read.")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let data = try handle.read(upToCount: 1 << 20), !data.isEmpty { hasher.update(data: data) }
        return hasher.finalize().hexString
    }
}
