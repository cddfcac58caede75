import Foundation
import Logging
import SQLKit

/// Applies the migrations not yet recorded in `schema_migrations`, in order, each in its own transaction.
///
/// The spine's migrations come first, then each office's in the order the offices are listed; every one is
/// recorded under its owner's name and its number within that owner (`spine` 1…, `registry` 1…, `health` 1…).
/// An installation made before offices had their own numbering (one global number per migration) has its
/// records converted once, by migration name, so nothing runs twice.
///
/// Idempotent and safe when several app nodes start at once on PostgreSQL (an advisory lock serialises them).
public struct Migrator: Sendable {
    /// A migration and the name of its owner (the spine or an office).
    public struct Step: Sendable {
        public var owner: String
        public var migration: any Migration

        public init(owner: String, migration: any Migration) {
            self.owner = owner
            self.migration = migration
        }
    }

    /// The owner name of the spine's own migrations.
    public static let spine = "spine"

    public let steps: [Step]

    /// The spine's migrations, then each office's, in order.
    package init(offices: [any Office]) {
        self.init(steps: Self.steps(of: offices))
    }

    public init(steps: [Step]) {
        self.steps = steps
    }

    /// Every step of the spine and of these offices, in the order they apply.
    package static func steps(of offices: [any Office]) -> [Step] {
        var steps = SpineMigrations.all.sorted { $0.version < $1.version }.map { Step(owner: spine, migration: $0) }
        for office in offices {
            steps += office.migrations.sorted { $0.version < $1.version }.map {
                Step(owner: office.name, migration: $0)
            }
        }
        return steps
    }

    /// Applies what is missing; returns the names of the migrations applied.
    @discardableResult
    public func migrate(_ database: Database, logger: Logger) async throws -> [String] {
        try await recordByOwner(database, logger: logger)
        var applied: [String] = []
        for step in steps {
            let migration = step.migration
            let didApply: Bool
            // SQLite ignores this pragma inside a transaction, so it is set around it.
            if database.engine == .sqlite, migration.rebuildsTables {
                try await Self.foreignKeys("OFF", database)
                do {
                    didApply = try await apply(step, to: database)
                } catch {
                    try await Self.foreignKeys("ON", database)
                    throw error
                }
                try await Self.foreignKeys("ON", database)
            } else {
                didApply = try await apply(step, to: database)
            }
            if didApply {
                logger.info(
                    "Migration applied", metadata: ["owner": "\(step.owner)", "migration": "\(migration.name)"])
                applied.append(migration.name)
            }
        }
        return applied
    }

    /// Creates `schema_migrations`, or converts the one-number-per-migration table of an older installation to
    /// one record per owner and number, matching each recorded migration by its name.
    private func recordByOwner(_ database: Database, logger: Logger) async throws {
        let engine = database.engine
        let known = Dictionary(
            Self.steps(of: []).map { ($0.migration.name, $0) } + steps.map { ($0.migration.name, $0) }
        ) { first, _ in first }
        try await database.transaction { db in
            if engine == .postgres { try await db.raw("SELECT pg_advisory_xact_lock(7341002)").run() }
            let columns = try await Self.columns(of: "schema_migrations", db, engine)
            if !columns.isEmpty, !columns.contains("owner") {
                let rows = try await db.raw("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
                    .all()
                var converted: [(Step, Int64)] = []
                for row in rows {
                    let name = try row.decode(column: "name", as: String.self)
                    guard let step = known[name] else { throw MigrationError.unknownRecorded(name: name) }
                    converted.append((step, try row.decode(column: "applied_at", as: Int64.self)))
                }
                try await db.raw("DROP TABLE schema_migrations").run()
                try await Self.createTable(db)
                for (step, appliedAt) in converted {
                    try await Self.record(step, appliedAt: appliedAt, db)
                }
                logger.info(
                    "Migration records converted to one numbering per office", metadata: ["count": "\(converted.count)"]
                )
            } else if columns.isEmpty {
                try await Self.createTable(db)
            }
        }
    }

    /// Applies one migration in its own transaction unless it is recorded already; true when it was applied.
    private func apply(_ step: Step, to database: Database) async throws -> Bool {
        let engine = database.engine
        let migration = step.migration
        return try await database.transaction { db -> Bool in
            if engine == .postgres { try await db.raw("SELECT pg_advisory_xact_lock(7341002)").run() }
            let done = try await db.raw(
                "SELECT version FROM schema_migrations WHERE owner = \(bind: step.owner) AND version = \(bind: migration.version)"
            ).first()
            guard done == nil else { return false }
            try await migration.prepare(on: db, engine: engine)
            // A rebuilt table must leave every reference to it whole (the check runs even with the pragma off).
            if engine == .sqlite, migration.rebuildsTables,
                try await db.raw("PRAGMA foreign_key_check").first() != nil
            {
                throw MigrationError.brokenForeignKeys(migration: migration.name)
            }
            try await Self.record(step, appliedAt: Clock.nowMilliseconds(), db)
            return true
        }
    }

    private static func createTable(_ db: any SQLDatabase) async throws {
        try await db.raw(
            """
            CREATE TABLE schema_migrations (
                owner TEXT NOT NULL, version BIGINT NOT NULL, name TEXT NOT NULL, applied_at BIGINT NOT NULL,
                PRIMARY KEY (owner, version)
            )
            """
        ).run()
    }

    private static func record(_ step: Step, appliedAt: Int64, _ db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO schema_migrations (owner, version, name, applied_at)
            VALUES (\(bind: step.owner), \(bind: step.migration.version), \(bind: step.migration.name), \(bind: appliedAt))
            """
        ).run()
    }

    /// The column names of a table, empty when there is no such table.
    static func columns(of table: String, _ db: any SQLDatabase, _ engine: Database.Engine) async throws -> Set<String>
    {
        let rows: [any SQLRow]
        switch engine {
        case .sqlite:
            rows = try await db.raw("SELECT name FROM pragma_table_info(\(bind: table))").all()
        case .postgres:
            rows = try await db.raw(
                """
                SELECT column_name AS name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = \(bind: table)
                """
            ).all()
        }
        return Set(try rows.map { try $0.decode(column: "name", as: String.self) })
    }

    private static func foreignKeys(_ setting: String, _ database: Database) async throws {
        try await database.read { db in try await db.raw("PRAGMA foreign_keys = \(unsafeRaw: setting)").run() }
    }
}

/// Why the migrator stopped.
enum MigrationError: Error, CustomStringConvertible {
    /// A migration that rebuilt a table left a row referring to one that is not there.
    case brokenForeignKeys(migration: String)
    /// The installation records a migration this code does not have: it was written by a newer version.
    case unknownRecorded(name: String)

    var description: String {
        switch self {
        case .brokenForeignKeys(let migration): "Migration \(migration) left broken foreign keys; nothing was applied."
        case .unknownRecorded(let name):
            "The database records migration \(name), which this version of Chancery does not know: it was made by a newer version. Nothing was changed."
        }
    }
}
