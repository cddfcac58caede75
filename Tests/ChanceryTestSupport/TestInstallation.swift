import ChanceryKit
import Foundation
import Logging
import SQLKit

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// A fresh installation for one test: a temporary data directory, and either a new SQLite file or, when
/// `CHANCERY_TEST_DATABASE_URL` names a PostgreSQL server, a new database created on it and dropped after.
package struct TestInstallation {
    package let chancery: Chancery
    package let directory: String
    package let postgresDatabase: String?

    /// The PostgreSQL server of the test run, if the suite runs against PostgreSQL.
    package static var postgresURL: String? {
        ProcessInfo.processInfo.environment["CHANCERY_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Which engine the suite runs on, for test names and messages.
    package static var engineName: String { postgresURL == nil ? "SQLite" : "PostgreSQL" }

    package static func make(
        checkpointInterval: Int64 = 100, extraCategories: [String] = [], maxUploadBytes: Int64? = nil,
        configure: (inout AppConfiguration) -> Void = { _ in }, throttleClock: ManualClock? = nil
    ) async throws -> TestInstallation {
        let directory = NSTemporaryDirectory() + "chancery-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var configuration = AppConfiguration()
        configuration.dataDirectory = directory
        configuration.passwordHashCost = 4
        configuration.auditCheckpointInterval = checkpointInterval
        configuration.extraCategories = extraCategories
        if let maxUploadBytes { configuration.maxUploadBytes = maxUploadBytes }
        configure(&configuration)
        var databaseName: String?
        if let url = postgresURL {
            await InstallationPermits.shared.acquire()
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            do {
                // a copy of a database the migrations already built, once per test process: the test's own
                // Chancery.open finds every migration applied, as an upgraded installation does
                let template = try await PostgresTemplate.shared.name(server: url)
                try await admin(url) { db in
                    try await db.raw("CREATE DATABASE \(ident: name) TEMPLATE \(ident: template)").run()
                }
            } catch {
                await InstallationPermits.shared.release()
                throw error
            }
            configuration.databaseURL = Self.url(url, database: name) + "?pool_max=4"
            databaseName = name
        }
        var logger = Logger(label: "chancery-test")
        logger.logLevel = .warning
        do {
            let chancery = try await Chancery.open(
                configuration, offices: OfficeList.all, logger: logger, throttleClock: throttleClock?.reader)
            return TestInstallation(chancery: chancery, directory: directory, postgresDatabase: databaseName)
        } catch {
            if let name = databaseName, let url = postgresURL {
                try? await admin(url) { db in
                    try await db.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
                }
                await InstallationPermits.shared.release()
            }
            throw error
        }
    }

    /// A second installation on this one's database and data directory: another node of the same deployment.
    package func anotherNode(throttleClock: ManualClock? = nil) async throws -> Chancery {
        var logger = Logger(label: "chancery-test-node")
        logger.logLevel = .warning
        return try await Chancery.open(
            chancery.configuration, offices: OfficeList.all, logger: logger, throttleClock: throttleClock?.reader)
    }

    /// Closes the database and removes everything the test created.
    package func tearDown() async {
        await chancery.close()
        if let name = postgresDatabase, let url = Self.postgresURL {
            try? await Self.admin(url) { db in
                try await db.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
            }
            await InstallationPermits.shared.release()
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A new, empty PostgreSQL database on the test server (nil on SQLite), and how to drop it.
    package static func scratchDatabase() async throws -> (url: String, drop: @Sendable () async -> Void)? {
        guard let server = postgresURL else { return nil }
        let name = "s_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await admin(server) { db in try await db.raw("CREATE DATABASE \(ident: name)").run() }
        return (
            url(server, database: name),
            {
                try? await admin(server) { db in
                    try await db.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
                }
            }
        )
    }

    static func admin(_ url: String, _ body: @escaping @Sendable (any SQLDatabase) async throws -> Void)
        async throws
    {
        let database = try await Database.openPostgres(
            url: url + (url.contains("?") ? "&" : "?") + "pool_max=1", logger: Logger(label: "test-admin"))
        do {
            try await database.read(body)
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }

    static func url(_ url: String, database: String) -> String {
        var components = URLComponents(string: url)!
        components.path = "/" + database
        components.query = nil
        return components.string!
    }

    package init(chancery: Chancery, directory: String, postgresDatabase: String?) {
        self.chancery = chancery
        self.directory = directory
        self.postgresDatabase = postgresDatabase
    }
}

/// Runs a test body against a fresh installation, tearing it down whatever happens.
package func withInstallation(
    checkpointInterval: Int64 = 100, extraCategories: [String] = [], maxUploadBytes: Int64? = nil,
    configure: (inout AppConfiguration) -> Void = { _ in }, throttleClock: ManualClock? = nil,
    _ body: (TestInstallation) async throws -> Void
) async throws {
    let installation = try await TestInstallation.make(
        checkpointInterval: checkpointInterval, extraCategories: extraCategories, maxUploadBytes: maxUploadBytes,
        configure: configure, throttleClock: throttleClock)
    do {
        try await body(installation)
    } catch {
        await installation.tearDown()
        throw error
    }
    await installation.tearDown()
}

/// The migrated, empty database the test installations on PostgreSQL are copied from (`CREATE DATABASE … TEMPLATE`):
/// built once per test process by the migrator itself, so a test starts in a fraction of the time 40 migrations take.
/// Its name is the process's own; the test script's server is thrown away after the run (a developer's own server
/// keeps one `chancery_tpl_…` database per run, which `DROP DATABASE` removes).
actor PostgresTemplate {
    static let shared = PostgresTemplate()

    private var built: Task<String, any Error>?

    func name(server: String) async throws -> String {
        if let built { return try await built.value }
        let task = Task { try await Self.build(server: server) }
        built = task
        do {
            return try await task.value
        } catch {
            if built == task { built = nil }  // the next test tries again, unless another already does
            throw error
        }
    }

    private static func build(server: String) async throws -> String {
        let name = "chancery_tpl_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await TestInstallation.admin(server) { db in try await db.raw("CREATE DATABASE \(ident: name)").run() }
        var logger = Logger(label: "chancery-test-template")
        logger.logLevel = .warning
        var configuration = AppConfiguration()
        configuration.databaseURL = TestInstallation.url(server, database: name) + "?pool_max=1"
        do {
            let database = try await Database.open(configuration, logger: logger)
            do {
                try await Migrator(offices: OfficeList.all).migrate(database, logger: logger)
            } catch {
                await database.close()
                throw error
            }
            await database.close()
        } catch {
            // a half-migrated template is no template
            try? await TestInstallation.admin(server) { db in
                try await db.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
            }
            throw error
        }
        return name
    }
}
