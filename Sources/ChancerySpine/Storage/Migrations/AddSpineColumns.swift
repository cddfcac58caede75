import SQLKit

/// Columns of spine tables that offices' migrations used to add: the expiry of an access entry (care teams and
/// break-glass openings, once added by the Health Office), and when an attachment was destroyed and its file
/// discarded (once added by the Registry's life cycle). The spine's code reads them, so the spine owns them; an
/// installation made before the offices had their own migrations has them already, and keeps them as they are.
package struct AddSpineColumns: Migration {
    package let version = 15
    package let name = "AddSpineColumns"

    package static let columns: [(table: String, column: String)] = [
        ("object_acl", "expires_at"), ("attachments", "destroyed_at"), ("blobs", "discarded_at"),
    ]

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        for (table, column) in Self.columns {
            guard try await !Migrator.columns(of: table, db, engine).contains(column) else { continue }
            try await db.raw("ALTER TABLE \(ident: table) ADD COLUMN \(ident: column) BIGINT").run()
        }
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        for (table, column) in Self.columns {
            try await db.raw("ALTER TABLE \(ident: table) DROP COLUMN \(ident: column)").run()
        }
    }
}
