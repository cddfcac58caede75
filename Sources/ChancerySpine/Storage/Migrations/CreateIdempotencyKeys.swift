import SQLKit

/// Responses of creations keyed by the client's Idempotency-Key, so a retried request is answered, not repeated.
package struct CreateIdempotencyKeys: Migration {
    package let version = 7
    package let name = "CreateIdempotencyKeys"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw(
            """
            CREATE TABLE idempotency_keys (
                user_id TEXT NOT NULL,
                idem_key TEXT NOT NULL,
                request_hash TEXT NOT NULL,
                status BIGINT NOT NULL,
                location TEXT,
                etag TEXT,
                body TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                PRIMARY KEY (user_id, idem_key)
            )
            """
        ).run()
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE idempotency_keys").run()
    }
}
