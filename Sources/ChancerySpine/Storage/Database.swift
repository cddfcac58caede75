import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// The one owner of the database connection(s): SQLite embedded by default, PostgreSQL when configured.
///
/// Stores never hold a connection of their own; they ask for a unit of work, `read` or `transaction`,
/// and receive an `SQLDatabase` that runs every statement of that unit on the same connection.
public final class Database: Sendable {
    /// Which SQL engine is behind the connection, for the few statements that differ.
    public enum Engine: String, Sendable {
        case sqlite
        case postgres
    }

    public let engine: Engine
    private let logger: Logger
    private let sqlite: SQLiteConnection?
    private let sqliteLock = AsyncLock()
    private let postgres: PostgresClient?
    private let postgresTask: Task<Void, Never>?

    private init(
        engine: Engine, logger: Logger, sqlite: SQLiteConnection?, postgres: PostgresClient?,
        postgresTask: Task<Void, Never>?
    ) {
        self.engine = engine
        self.logger = logger
        self.sqlite = sqlite
        self.postgres = postgres
        self.postgresTask = postgresTask
    }

    /// Opens the SQLite file at `path` in WAL mode, creating it (and its folder) when missing.
    public static func openSQLite(path: String, cacheMegabytes: Int = 128, logger: Logger) async throws -> Database {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        for pragma in [
            "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
            "PRAGMA busy_timeout = 10000", "PRAGMA cache_size = -\(cacheMegabytes * 1024)",
        ] {
            _ = try await connection.query(pragma)
        }
        return Database(engine: .sqlite, logger: logger, sqlite: connection, postgres: nil, postgresTask: nil)
    }

    /// Connects to PostgreSQL at a `postgres://` URL; the pool runs until `close()`.
    public static func openPostgres(url: String, logger: Logger) async throws -> Database {
        let client = PostgresClient(configuration: try postgresConfiguration(url: url), backgroundLogger: logger)
        let started = NIOLockedValueBox(false)
        let task = Task {
            started.withLockedValue { $0 = true }
            await client.run()
        }
        // Leasing a connection before `run()` began only logs a warning, but wait for it to keep logs clean.
        while !started.withLockedValue({ $0 }) { await Task.yield() }
        try await Task.sleep(for: .milliseconds(5))
        let database = Database(engine: .postgres, logger: logger, sqlite: nil, postgres: client, postgresTask: task)
        try await database.read { db in try await db.raw("SELECT 1").run() }
        return database
    }

    /// Opens the database the configuration names.
    public static func open(_ configuration: AppConfiguration, logger: Logger) async throws -> Database {
        if let url = configuration.databaseURL { return try await openPostgres(url: url, logger: logger) }
        return try await openSQLite(
            path: configuration.sqlitePath, cacheMegabytes: configuration.sqliteCacheMegabytes, logger: logger)
    }

    package static func postgresConfiguration(url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url), let host = components.host else {
            throw ConfigurationError.invalid(
                variable: "CHANCERY_DATABASE_URL", value: url, expected: "a postgres:// URL")
        }
        let sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        let tls: PostgresClient.Configuration.TLS =
            switch sslMode {
            case "require", "verify-full": .require(.makeClientConfiguration())
            case "prefer": .prefer(.makeClientConfiguration())
            default: .disable
            }
        let database = components.path.split(separator: "/").first.map(String.init)
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: database, tls: tls)
        // `pool_max` bounds this process's connections (PostgreSQL's own limit is shared by every node).
        if let text = components.queryItems?.first(where: { $0.name == "pool_max" })?.value {
            guard let size = Int(text), (1...500).contains(size) else {
                throw ConfigurationError.invalid(
                    variable: "CHANCERY_DATABASE_URL", value: "pool_max=\(text)", expected: "pool_max from 1 to 500")
            }
            configuration.options.maximumConnections = size
        }
        return configuration
    }

    /// Runs `body` on one connection without a transaction (reads, and statements that stand alone).
    public func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if let sqlite {
            return try await sqliteLock.withLock { try await body(sqlite.sql()) }
        }
        guard let postgres else { preconditionFailure("a database has one engine") }
        return try await postgres.withConnection { connection in try await body(connection.sql()) }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    ///
    /// This is how the invariant "no change without its audit event" holds: the store writes both in one body.
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T)
        async throws -> T
    {
        let begin = engine == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN"
        return try await read { db in
            try await db.raw(SQLQueryString(begin)).run()
            do {
                let result = try await body(db)
                try await db.raw("COMMIT").run()
                return result
            } catch {
                do { try await db.raw("ROLLBACK").run() } catch {
                    self.logger.error("Rollback failed", metadata: ["error": "\(String(reflecting: error))"])
                }
                throw error
            }
        }
    }

    /// Closes the connection(s).
    public func close() async {
        if let sqlite { try? await sqlite.close() }
        postgresTask?.cancel()
    }
}
