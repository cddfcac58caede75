import ChanceryKit
import SQLKit

/// The installation's special categories, stored with their permanent bits.
package enum CategoryStore {
    /// Makes sure the defaults and the configured extra categories exist, and returns the catalogue.
    /// A category once given a bit keeps it for ever, so labels stored earlier keep their meaning.
    package static func synchronise(extra: [String], database: Database, audit: AuditLog) async throws
        -> CategoryCatalog
    {
        try await database.transaction { db in
            if database.engine == .postgres { try await db.raw("SELECT pg_advisory_xact_lock(7341003)").run() }
            let rows = try await db.raw("SELECT name, bit FROM special_categories").all()
            var bits: [String: Int] = [:]
            for row in rows {
                bits[try row.decode(column: "name", as: String.self)] = Int(
                    try row.decode(column: "bit", as: Int64.self))
            }
            let stored = try CategoryCatalog(bits: bits)
            let wanted = try (bits.isEmpty ? CategoryCatalog.standard : stored)
                .adding(CategoryCatalog.defaultNames + extra)
            for (name, bit) in wanted.bits where stored.bits[name] == nil {
                try await db.raw(
                    "INSERT INTO special_categories (name, bit, created_at) VALUES (\(bind: name), \(bind: Int64(bit)), \(bind: Clock.nowMilliseconds()))"
                ).run()
                try await audit.append(
                    AuditEntry(
                        actor: "system", action: "category.create", details: ["name": name, "bit": String(bit)]),
                    on: db)
            }
            return wanted
        }
    }
}
