import ArgumentParser
import ChanceryKit
import ChanceryTestSupport
import Foundation
import Logging
import NIOCore
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// `chancery backup` and `chancery restore`: a copy taken while registrations run restores to the same
/// records, files and audit chain, and every refusal leaves everything as it was.
@Suite("backup and restore")
struct BackupRestoreTests {
    static let logger = Logger(label: "backup-test")

    /// Registers a record with a PDF attachment whose bytes are its own.
    static func registerWithFile(_ n: Int, in installation: TestInstallation, by clerk: Principal) async throws {
        let record = try await installation.register("Minutes \(n)", series: "IMSM", by: clerk)
        _ = try await installation.chancery.records.attach(
            [ByteBuffer(string: FileFixtures.pdf + "\n% copy \(n)\n")].async, to: record.object.id,
            name: "minutes-\(n).pdf", contentType: "application/pdf", label: nil, limit: 1 << 20, by: clerk)
    }

    /// Rows that must be equal in the copy: `SELECT` of two columns, as "a|b" strings keyed by the first.
    static func rows(_ database: Database, _ sql: String) async throws -> [String: String] {
        try await database.read { db in
            var rows: [String: String] = [:]
            for row in try await db.raw(SQLQueryString(sql)).all() {
                let columns = row.allColumns
                let key = try row.decode(column: columns[0], as: String.self)
                rows[key] = try columns.dropFirst().map { try row.decode(column: $0, as: String.self) }.joined(
                    separator: "|")
            }
            return rows
        }
    }

    static let compared = [
        "SELECT id, CAST(version AS TEXT) AS v, title, label_json FROM objects",
        "SELECT id, sha256, name FROM attachments",
        "SELECT CAST(seq AS TEXT) AS s, hash FROM audit_events",
    ]

    /// A configuration for a new data directory (and on PostgreSQL a new empty database).
    static func target(_ scratch: (url: String, drop: @Sendable () async -> Void)?) -> AppConfiguration {
        var configuration = AppConfiguration()
        configuration.dataDirectory = NSTemporaryDirectory() + "chancery-restore-" + UUID().uuidString
        configuration.databaseURL = scratch?.url
        configuration.passwordHashCost = 4
        return configuration
    }

    @Test("a backup taken while registrations run restores to the same records, files and audit chain")
    func roundTripWhileServing() async throws {
        try await withInstallation { installation in
            // setup
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            for n in 1...12 { try await Self.registerWithFile(n, in: installation, by: clerk) }
            let archive = installation.directory + "-backup.tar"
            let scratch = try await TestInstallation.scratchDatabase()
            let configuration = Self.target(scratch)
            defer { try? FileManager.default.removeItem(atPath: archive) }

            // exercise: registrations keep coming while the backup runs
            let writer = Task {
                for n in 13...40 { try await Self.registerWithFile(n, in: installation, by: clerk) }
            }
            let manifest = try await Backup(configuration: installation.chancery.configuration, logger: Self.logger)
                .write(to: archive)
            try await writer.value
            let report = try await Restore(configuration: configuration, offices: OfficeList.all, logger: Self.logger)
                .run(from: archive)

            // validate
            #expect(
                report.isIntact, "audit: \(report.audit.problem ?? "intact"), blobs missing \(report.blobs.missing)")
            #expect(report.audit.events == manifest.auditEvents)
            #expect(manifest.objects >= 12 && manifest.blobs >= 12)
            #expect(report.blobs.checked == manifest.blobs)
            let restored = try await Database.open(configuration, logger: Self.logger)
            for sql in Self.compared {
                let copy = try await Self.rows(restored, sql)
                let original = try await Self.rows(installation.chancery.database, sql)
                #expect(!copy.isEmpty)
                // The copy is the state at one moment: every row it holds is the original's, unchanged.
                #expect(copy.allSatisfy { original[$0.key] == $0.value }, "\(sql)")
            }
            let restoredRecords = try await Self.rows(restored, "SELECT object_id, reference FROM records")
            let originalRecords = try await Self.rows(
                installation.chancery.database, "SELECT object_id, reference FROM records")
            #expect(restoredRecords.count >= 12 && restoredRecords.allSatisfy { originalRecords[$0.key] == $0.value })
            await restored.close()
            await scratch?.drop()
            try? FileManager.default.removeItem(atPath: configuration.dataDirectory)
        }
    }

    @Test("the commands: backup refuses to overwrite, restore refuses a used directory or a damaged archive")
    func refusals() async throws {
        try await withInstallation { installation in
            // setup
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            try await Self.registerWithFile(1, in: installation, by: clerk)
            let archive = installation.directory + "-backup.tar"
            defer { try? FileManager.default.removeItem(atPath: archive) }
            let arguments = AuditVerifyCommandTests.arguments(installation)

            // exercise and validate: the command writes the archive once
            try await BackupCommand.parse(arguments + ["--to", archive]).run()
            let size = try FileManager.default.attributesOfItem(atPath: archive)[.size] as? Int
            await #expect(throws: ExitCode(1)) { try await BackupCommand.parse(arguments + ["--to", archive]).run() }
            #expect(try FileManager.default.attributesOfItem(atPath: archive)[.size] as? Int == size)

            // restoring into the installation's own (used) directory is refused and changes nothing
            let events = try await installation.auditEventCount()
            await #expect(throws: ExitCode(1)) {
                try await RestoreCommand.parse(arguments + ["--from", archive]).run()
            }
            #expect(try await installation.auditEventCount() == events)

            // a file that is not a backup is refused, and leaves no directory behind
            let garbage = installation.directory + "-garbage.tar"
            try Data("not a tar file".utf8).write(to: URL(fileURLWithPath: garbage))
            defer { try? FileManager.default.removeItem(atPath: garbage) }
            let scratch = try await TestInstallation.scratchDatabase()
            let configuration = Self.target(scratch)
            await #expect(throws: Backup.Failure.self) {
                _ = try await Restore(configuration: configuration, offices: OfficeList.all, logger: Self.logger).run(
                    from: garbage)
            }
            #expect(!FileManager.default.fileExists(atPath: configuration.dataDirectory))

            // a backup restored onto the other engine is refused with a sentence saying what to do
            var otherEngine = configuration
            otherEngine.databaseURL = scratch == nil ? "postgres://nobody@127.0.0.1:1/none" : nil
            let error = await #expect(throws: Backup.Failure.self) {
                _ = try await Restore(configuration: otherEngine, offices: OfficeList.all, logger: Self.logger).run(
                    from: archive)
            }
            #expect(error?.description.contains("backup of a") == true)
            #expect(!FileManager.default.fileExists(atPath: configuration.dataDirectory))

            // and the same archive restores fine where it belongs, through the command
            var restore = ["--data-dir", configuration.dataDirectory, "--from", archive]
            if let url = scratch?.url { restore += ["--database-url", url] }
            try await RestoreCommand.parse(restore).run()
            await scratch?.drop()
            try? FileManager.default.removeItem(atPath: configuration.dataDirectory)
        }
    }
}
