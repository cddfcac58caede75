import SQLKit

/// Stored files (one row per distinct content) and the attachments of objects (records, record entries…), each with its own label,
/// which is its object's or higher.
package struct CreateAttachments: Migration {
    package let version = 9
    package let name = "CreateAttachments"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE blobs (
                sha256 TEXT PRIMARY KEY,
                size BIGINT NOT NULL CHECK (size > 0),
                stored_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE attachments (
                id TEXT PRIMARY KEY,
                object_id TEXT NOT NULL REFERENCES objects(id),
                name TEXT NOT NULL,
                version BIGINT NOT NULL CHECK (version >= 1),
                content_type TEXT NOT NULL,
                size BIGINT NOT NULL,
                sha256 TEXT NOT NULL REFERENCES blobs(sha256),
                classification BIGINT NOT NULL,
                releasable BIGINT NOT NULL,
                categories BIGINT NOT NULL,
                label_json TEXT NOT NULL,
                uploaded_by TEXT NOT NULL,
                uploaded_at BIGINT NOT NULL,
                UNIQUE (object_id, name, version)
            )
            """,
            "CREATE INDEX attachments_object ON attachments (object_id, id)",
            "CREATE INDEX attachments_blob ON attachments (sha256)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE attachments", "DROP TABLE blobs"])
    }
}
