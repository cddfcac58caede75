import ChanceryKit
import Foundation
import Logging
import SQLKit

/// `chancery restore`: unpacks an archive of `chancery backup` into a new data directory (and, for a
/// PostgreSQL backup, an empty database), then proves the result: the audit chain verifies and ends on the
/// event the backup ended on, and every stored file matches its SHA-256.
public struct Restore: Sendable {
    package let configuration: AppConfiguration
    /// The offices the restored installation runs (their migrations apply if the backup is older).
    package let offices: [any Office]
    package let logger: Logger

    package init(configuration: AppConfiguration, offices: [any Office], logger: Logger) {
        self.configuration = configuration
        self.offices = offices
        self.logger = logger
    }

    public struct Report: Sendable {
        public var manifest: BackupManifest
        public var audit: AuditVerificationReport
        public var blobs: AttachmentStore.BlobReport
        public var objects: Int64
        public var isIntact: Bool {
            audit.isIntact && blobs.isIntact && audit.events >= manifest.auditEvents && objects == manifest.objects
        }

        package init(
            manifest: BackupManifest, audit: AuditVerificationReport, blobs: AttachmentStore.BlobReport, objects: Int64
        ) {
            self.manifest = manifest
            self.audit = audit
            self.blobs = blobs
            self.objects = objects
        }
    }

    /// Restores `archive`; nothing existing is overwritten.
    public func run(from archive: String, progress: @Sendable (String) -> Void = { _ in }) async throws -> Report {
        let fileManager = FileManager.default
        let target = configuration.dataDirectory
        guard fileManager.fileExists(atPath: archive) else {
            throw Backup.Failure(description: "There is no backup at \(archive).")
        }
        if fileManager.fileExists(atPath: target) {
            guard (try? fileManager.contentsOfDirectory(atPath: target))?.isEmpty == true else {
                throw Backup.Failure(
                    description:
                        "\(target) is not empty: restore into a new data directory (a restore never overwrites one).")
            }
        }
        let parent = ((target as NSString).standardizingPath as NSString).deletingLastPathComponent
        try fileManager.createDirectory(atPath: parent.isEmpty ? "." : parent, withIntermediateDirectories: true)
        let staging = (target as NSString).standardizingPath + ".restoring-" + UUID().uuidString
        try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(atPath: staging) }

        progress("Unpacking \(archive)…")
        guard let tar = ExternalTool.find("tar") else {
            throw Backup.Failure(description: "tar is needed and was not found.")
        }
        do {
            try await ExternalTool.run(tar, ["-xf", archive, "-C", staging, "--no-same-owner"])
        } catch {
            throw Backup.Failure(description: "\(archive) is not a readable Chancery backup (\(error)).")
        }
        let manifest = try readManifest(in: staging)
        let databasePath = (staging as NSString).appendingPathComponent(manifest.databaseFile)
        guard try Backup.sha256(ofFile: databasePath) == manifest.databaseSHA256 else {
            throw Backup.Failure(
                description: "The database copy in \(archive) is damaged (its SHA-256 differs from the manifest's).")
        }

        switch (manifest.engine, configuration.databaseURL) {
        case ("sqlite", nil):
            guard manifest.databaseFile == BackupManifest.sqliteFile else { throw damaged(archive) }
        case ("postgresql", let url?):
            progress("Loading the database into PostgreSQL…")
            try await restorePostgres(databasePath, into: url)
            try fileManager.removeItem(atPath: databasePath)
        case ("sqlite", _?):
            throw Backup.Failure(
                description:
                    "This is a backup of a SQLite installation: restore it without a database URL (CHANCERY_DATABASE_URL / --database-url)."
            )
        case ("postgresql", nil):
            throw Backup.Failure(
                description:
                    "This is a backup of a PostgreSQL installation: give the URL of a new, empty database with --database-url."
            )
        default:
            throw damaged(archive)
        }
        try fileManager.removeItem(atPath: (staging as NSString).appendingPathComponent(BackupManifest.fileName))
        if fileManager.fileExists(atPath: target) { try fileManager.removeItem(atPath: target) }
        try fileManager.moveItem(atPath: staging, toPath: target)

        progress("Verifying the audit chain and the stored files…")
        var quiet = logger
        quiet.logLevel = .warning
        let chancery = try await Chancery.open(configuration, offices: offices, logger: quiet)
        return try await chancery.using { chancery in
            let audit = try await chancery.audit.verify(chancery.database)
            let blobs = try await chancery.attachments.verifyBlobs()
            let objects = try await chancery.database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM objects").first()?.decode(column: "n", as: Int64.self) ?? 0
            }
            var report = Report(manifest: manifest, audit: audit, blobs: blobs, objects: objects)
            // Opening may append events (e.g. a changed category list), so the check is that the event the
            // backup ended on is there, with its hash.
            let sequence = manifest.auditEvents
            let head = try await chancery.database.read { db in
                try await db.raw("SELECT hash FROM audit_events WHERE seq = \(bind: sequence)").first()?
                    .decode(column: "hash", as: String.self)
            }
            if report.audit.isIntact, sequence > 0, (head ?? "") != manifest.auditHeadHash {
                report.audit.problem = "the restored chain does not end on the event the backup ended on"
            }
            return report
        }
    }

    private func readManifest(in folder: String) throws -> BackupManifest {
        let path = (folder as NSString).appendingPathComponent(BackupManifest.fileName)
        guard let data = FileManager.default.contents(atPath: path),
            let manifest = try? JSONDecoder().decode(BackupManifest.self, from: data)
        else { throw Backup.Failure(description: "This file is not a Chancery backup (it has no manifest).") }
        guard manifest.format == BackupManifest.currentFormat else {
            throw Backup.Failure(
                description:
                    "This backup has format \(manifest.format); this version of Chancery restores format \(BackupManifest.currentFormat)."
            )
        }
        return manifest
    }

    private func damaged(_ archive: String) -> Backup.Failure {
        Backup.Failure(description: "\(archive) is not a complete Chancery backup.")
    }

    /// `pg_restore` into a database that must exist and be empty.
    private func restorePostgres(_ dump: String, into url: String) async throws {
        let pgRestore = try ExternalTool.postgres("pg_restore")
        let database = try await Database.openPostgres(url: url, logger: logger)
        let tables: Int64
        do {
            tables = try await database.read { db in
                try await db.raw(
                    "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()"
                ).first()?.decode(column: "n", as: Int64.self) ?? 0
            }
        } catch {
            await database.close()
            throw error
        }
        await database.close()
        guard tables == 0 else {
            throw Backup.Failure(
                description:
                    "The database to restore into is not empty: create a new one (CREATE DATABASE) and give its URL.")
        }
        try await ExternalTool.run(
            pgRestore,
            [
                "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                "--dbname=\(ExternalTool.libpqURL(url))", dump,
            ])
    }
}
