import ArgumentParser
import ChanceryKit
import ChanceryTestSupport
import Foundation
import HummingbirdTesting
import Logging
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine

/// An installation made by the code before the offices became modules (commit 0fb0795, `chancery serve --demo`,
/// one global number per migration) opens with today's code: its migration records are converted, nothing runs
/// twice, the audit chain verifies, and the demo's people see what they saw. The fixtures are that
/// installation's data directory (SQLite) and a `pg_dump` of its PostgreSQL twin with its signing key.
@Suite("An installation made before the offices were modules")
struct LegacyInstallationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Unpacks the fixture of the database the tests run on into a new data directory; returns its configuration
    /// and what to drop afterwards.
    static func unpack() async throws -> (AppConfiguration, @Sendable () async -> Void) {
        let directory = NSTemporaryDirectory() + "chancery-legacy-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var configuration = AppConfiguration()
        configuration.passwordHashCost = 4
        if let scratch = try await TestInstallation.scratchDatabase() {
            let archive = fixtures.appendingPathComponent("installation-0fb0795-postgres.tar.gz").path
            try await ExternalTool.run(ExternalTool.find("tar") ?? "/usr/bin/tar", ["-xzf", archive, "-C", directory])
            try await ExternalTool.run(
                try ExternalTool.postgres("pg_restore"),
                [
                    "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                    "--dbname=\(ExternalTool.libpqURL(scratch.url))", directory + "/chancery.pgdump",
                ])
            try FileManager.default.removeItem(atPath: directory + "/chancery.pgdump")
            configuration.dataDirectory = directory
            configuration.databaseURL = scratch.url
            return (
                configuration,
                {
                    await scratch.drop()
                    try? FileManager.default.removeItem(atPath: directory)
                }
            )
        }
        let archive = fixtures.appendingPathComponent("installation-0fb0795-sqlite.tar.gz").path
        try await ExternalTool.run(ExternalTool.find("tar") ?? "/usr/bin/tar", ["-xzf", archive, "-C", directory])
        configuration.dataDirectory = directory + "/data"
        return (configuration, { try? FileManager.default.removeItem(atPath: directory) })
    }

    @Test("it migrates forward once, keeps its data and its chain, and `chancery audit verify` passes")
    func migratesForward() async throws {
        let (configuration, drop) = try await Self.unpack()
        defer { Task { await drop() } }
        var logger = Logger(label: "legacy")
        logger.logLevel = .warning

        // exercise: today's code opens it
        let chancery = try await Chancery.open(configuration, offices: OfficeList.all, logger: logger)
        do {
            // validate: every migration of today is recorded once, under its owner, and a second run applies nothing
            let recorded = try await chancery.database.read { db in
                try await db.raw("SELECT owner, version, name FROM schema_migrations ORDER BY owner, version").all()
                    .map {
                        "\(try $0.decode(column: "owner", as: String.self)) \(try $0.decode(column: "version", as: Int.self)) \(try $0.decode(column: "name", as: String.self))"
                    }
            }
            let expected = Migrator.steps(of: OfficeList.all).map {
                "\($0.owner) \($0.migration.version) \($0.migration.name)"
            }
            #expect(recorded.sorted() == expected.sorted())
            #expect(try await Migrator.application.migrate(chancery.database, logger: logger).isEmpty)

            // the chain made by the old code verifies with today's, and the demo's objects are all there
            let report = try await chancery.audit.verify(chancery.database)
            #expect(report.isIntact, "\(String(describing: report.problem))")
            #expect(report.events >= 127)
            let objects = try await chancery.database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM objects").first()?.decode(column: "n", as: Int.self) ?? 0
            }
            #expect(objects == 45)

            // the demo's people still see what they may, and only that
            try await buildApplication(chancery).test(.router) { client in
                let registry = try await client.token(for: "registry", password: DemoData.password)
                let records = try await client.api(.get, "/api/v1/records", token: registry)
                #expect(records.status == .ok)
                #expect(try Self.items(records.text) > 0)
                let patients = try await client.api(.get, "/api/v1/health/patients", token: registry)
                #expect(patients.status == .ok)
                #expect(try Self.items(patients.text) == 0, "a registry clerk, without MEDICAL, reads no patient")
                let medclerk = try await client.token(for: "medclerk", password: DemoData.password)
                let theirs = try await client.api(.get, "/api/v1/health/patients", token: medclerk)
                #expect(theirs.status == .ok)
                #expect(try Self.items(theirs.text) > 0)
            }
        } catch {
            await chancery.close()
            throw error
        }
        await chancery.close()

        // and the command a newcomer would run says the same
        var arguments = ["--data-dir", configuration.dataDirectory]
        if let url = configuration.databaseURL { arguments += ["--database-url", url] }
        try await AuditCommand.Verify.parse(arguments).run()
    }

    static func items(_ json: String) throws -> Int {
        let body = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return (body["items"] as? [Any])?.count ?? 0
    }
}
