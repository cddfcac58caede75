import SQLKit

/// Accounts get a version, so that the administration API's edits carry `If-Match` like every other edit and two
/// administrators never silently overwrite each other.
package struct UpdateUsersAddVersion: Migration {
    package let version = 14
    package let name = "UpdateUsersAddVersion"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("ALTER TABLE users ADD COLUMN version BIGINT NOT NULL DEFAULT 1").run()
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("ALTER TABLE users DROP COLUMN version").run()
    }
}
