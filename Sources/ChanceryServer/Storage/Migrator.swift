import Foundation
import Logging
import SQLKit

/// Applies the migrations not yet recorded in `schema_migrations`, in order, each in its own transaction.
///
/// Idempotent and safe when several app nodes start at once on PostgreSQL (an advisory lock serialises them).
public struct Migrator: Sendable {
    public let migrations: [any Migration]

    public init(migrations: [any Migration] = Migrator.all) {
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// Every migration of the application, in order.
    public static let all: [any Migration] = [
        CreateSettings(), CreateSpecialCategories(), CreateUsers(), CreateSessions(), CreateObjects(),
        CreateAuditEvents(), CreateIdempotencyKeys(), CreateAuditEventObjects(),
        CreateRegistry(), CreateAttachments(), CreateDistribution(), CreateLifeCycle(),
        CreateKeyMaterial(),
        CreateSearchIndex(), CreateHealthRecords(), CreateHealthAppointments(), CreateHealthReleases(),
        CreateHealthAuditsAndSupplies(), ProtectHealthEntryVersions(), FlagSuspectedDuplicatePatients(),
        UpdateDistributionListsAddOwner(),
        CreateSearchFields(),
        CreateLoginThrottles(), CreateGroups(), UpdateUsersAddVersion(),
    ]

    /// Applies what is missing; returns the names of the migrations applied.
    @discardableResult
    public func migrate(_ database: Database, logger: Logger) async throws -> [String] {
        try await database.read { db in
            try await db.raw(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"
            ).run()
        }
        var applied: [String] = []
        for migration in migrations {
            let didApply: Bool
            // SQLite ignores this pragma inside a transaction, so it is set around it.
            if database.engine == .sqlite, migration.rebuildsTables {
                try await Self.foreignKeys("OFF", database)
                do {
                    didApply = try await apply(migration, to: database)
                } catch {
                    try await Self.foreignKeys("ON", database)
                    throw error
                }
                try await Self.foreignKeys("ON", database)
            } else {
                didApply = try await apply(migration, to: database)
            }
            if didApply {
                logger.info("Migration applied", metadata: ["migration": "\(migration.name)"])
                applied.append(migration.name)
            }
        }
        return applied
    }

    /// Applies one migration in its own transaction unless it is recorded already; true when it was applied.
    private func apply(_ migration: any Migration, to database: Database) async throws -> Bool {
        let engine = database.engine
        return try await database.transaction { db -> Bool in
            if engine == .postgres { try await db.raw("SELECT pg_advisory_xact_lock(7341002)").run() }
            let done = try await db.raw(
                "SELECT version FROM schema_migrations WHERE version = \(bind: migration.version)"
            ).first()
            guard done == nil else { return false }
            try await migration.prepare(on: db, engine: engine)
            // A rebuilt table must leave every reference to it whole (the check runs even with the pragma off).
            if engine == .sqlite, migration.rebuildsTables,
                try await db.raw("PRAGMA foreign_key_check").first() != nil
            {
                throw MigrationError.brokenForeignKeys(migration: migration.name)
            }
            try await db.raw(
                """
                INSERT INTO schema_migrations (version, name, applied_at)
                VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Clock.nowMilliseconds()))
                """
            ).run()
            return true
        }
    }

    private static func foreignKeys(_ setting: String, _ database: Database) async throws {
        try await database.read { db in try await db.raw("PRAGMA foreign_keys = \(unsafeRaw: setting)").run() }
    }
}

/// Why the migrator stopped.
enum MigrationError: Error, CustomStringConvertible {
    /// A migration that rebuilt a table left a row referring to one that is not there.
    case brokenForeignKeys(migration: String)

    var description: String {
        switch self {
        case .brokenForeignKeys(let migration): "Migration \(migration) left broken foreign keys; nothing was applied."
        }
    }
}
