import SQLKit

/// Installation-wide facts, e.g. whether the demo data was loaded.
struct CreateSettings: Migration {
    let version = 1
    let name = "CreateSettings"

    func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)").run()
    }

    func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE settings").run()
    }
}
