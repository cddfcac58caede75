import SQLKit

/// Local accounts: the principal's attributes, the password hash and the sign-in throttle.
package struct CreateUsers: Migration {
    package let version = 3
    package let name = "CreateUsers"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE users (
                id TEXT PRIMARY KEY,
                username TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                clearance BIGINT NOT NULL,
                nationality TEXT NOT NULL,
                categories TEXT NOT NULL,
                roles TEXT NOT NULL,
                units TEXT NOT NULL,
                groups_list TEXT NOT NULL,
                language TEXT,
                failed_logins BIGINT NOT NULL DEFAULT 0,
                locked_until BIGINT NOT NULL DEFAULT 0,
                disabled BIGINT NOT NULL DEFAULT 0,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE users").run()
    }
}
