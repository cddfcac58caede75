import SQLKit

/// The sign-in throttle moves out of `users` into counters by name, by address and by both (issue 13): a name that
/// is no account is counted like one that is, and every node of a PostgreSQL deployment sees the same counters.
/// The old five-strikes lock's columns go.
package struct CreateLoginThrottles: Migration {
    package let version = 12
    package let name = "CreateLoginThrottles"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE login_throttles (
                id TEXT PRIMARY KEY,
                scope TEXT NOT NULL CHECK (scope IN ('name-address', 'address', 'name')),
                username TEXT NOT NULL,
                address TEXT NOT NULL,
                failures BIGINT NOT NULL DEFAULT 0,
                blocked_until BIGINT NOT NULL DEFAULT 0,
                last_failure_at BIGINT NOT NULL DEFAULT 0,
                UNIQUE (scope, username, address)
            )
            """,
            "CREATE INDEX login_throttles_last_failure ON login_throttles (last_failure_at)",
            "ALTER TABLE users DROP COLUMN failed_logins",
            "ALTER TABLE users DROP COLUMN locked_until",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "ALTER TABLE users ADD COLUMN failed_logins BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE users ADD COLUMN locked_until BIGINT NOT NULL DEFAULT 0",
            "DROP TABLE login_throttles",
        ])
    }
}
