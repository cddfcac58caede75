import SQLKit

/// The audit chain: events linked by SHA-256, the head row that serialises appends, and signed checkpoints.
package struct CreateAuditEvents: Migration {
    package let version = 6
    package let name = "CreateAuditEvents"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE audit_events (
                seq BIGINT PRIMARY KEY,
                occurred_at BIGINT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                object_id TEXT,
                outcome TEXT NOT NULL,
                details TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            )
            """,
            "CREATE INDEX audit_events_object ON audit_events (object_id, seq)",
            "CREATE TABLE audit_head (id BIGINT PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)",
            "INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '\(unsafeRaw: String(repeating: "0", count: 64))')",
            """
            CREATE TABLE audit_checkpoints (
                seq BIGINT PRIMARY KEY,
                hash TEXT NOT NULL,
                signed_at BIGINT NOT NULL,
                signature TEXT NOT NULL
            )
            """,
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE audit_checkpoints", "DROP TABLE audit_head", "DROP TABLE audit_events"])
    }
}
