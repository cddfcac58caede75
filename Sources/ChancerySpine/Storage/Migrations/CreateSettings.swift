import SQLKit

/// Installation-wide facts, e.g. whether the demo data was loaded.
package struct CreateSettings: Migration {
    package let version = 1
    package let name = "CreateSettings"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)").run()
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE settings").run()
    }
}
