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
        CreateHealthAuditsAndSupplies(), ProtectHealthEntryVersions(),
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
            let engine = database.engine
            let didApply = try await database.transaction { db -> Bool in
                if engine == .postgres { try await db.raw("SELECT pg_advisory_xact_lock(7341002)").run() }
                let done = try await db.raw(
                    "SELECT version FROM schema_migrations WHERE version = \(bind: migration.version)"
                ).first()
                guard done == nil else { return false }
                try await migration.prepare(on: db, engine: engine)
                try await db.raw(
                    """
                    INSERT INTO schema_migrations (version, name, applied_at)
                    VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Clock.nowMilliseconds()))
                    """
                ).run()
                return true
            }
            if didApply {
                logger.info("Migration applied", metadata: ["migration": "\(migration.name)"])
                applied.append(migration.name)
            }
        }
        return applied
    }
}
