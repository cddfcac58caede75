import ChancerySpine
import SQLKit

/// The file plan and the life cycle of records: filing, cutoff, retention, legal holds, review dates,
/// disposition and the destruction certificates that outlive what they certify.
package struct CreateLifeCycle: Migration {
    package let version = 3
    package let name = "CreateLifeCycle"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE file_plan (
                id TEXT PRIMARY KEY,
                parent_id TEXT REFERENCES file_plan(id),
                kind TEXT NOT NULL CHECK (kind IN ('category', 'folder')),
                code TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                retention_years BIGINT CHECK (retention_years IS NULL OR retention_years BETWEEN 0 AND 100),
                disposition TEXT CHECK (disposition IS NULL OR disposition IN ('destroy', 'transfer', 'review')),
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL
            )
            """,
            "ALTER TABLE records ADD COLUMN folder_id TEXT REFERENCES file_plan(id)",
            "ALTER TABLE records ADD COLUMN closed_on TEXT",
            "ALTER TABLE records ADD COLUMN disposal_due TEXT",
            "ALTER TABLE records ADD COLUMN review_due TEXT",
            "CREATE INDEX records_disposal ON records (disposal_due)",
            "CREATE INDEX records_review ON records (review_due)",
            """
            CREATE TABLE legal_holds (
                id TEXT PRIMARY KEY,
                object_id TEXT NOT NULL REFERENCES objects(id),
                reason TEXT NOT NULL,
                placed_by TEXT NOT NULL,
                placed_at BIGINT NOT NULL,
                released_by TEXT,
                released_at BIGINT
            )
            """,
            "CREATE INDEX legal_holds_object ON legal_holds (object_id, released_at)",
            """
            CREATE TABLE destruction_certificates (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                record_id TEXT NOT NULL UNIQUE REFERENCES objects(id),
                reference TEXT NOT NULL,
                record_title TEXT NOT NULL,
                destroyed_at BIGINT NOT NULL,
                destroyed_by TEXT NOT NULL,
                witness TEXT NOT NULL,
                method TEXT NOT NULL,
                attachments TEXT NOT NULL
            )
            """,
            // attachments.destroyed_at and blobs.discarded_at are the spine's: AddSpineColumns.
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE destruction_certificates", "DROP TABLE legal_holds", "DROP TABLE file_plan"])
    }
}
