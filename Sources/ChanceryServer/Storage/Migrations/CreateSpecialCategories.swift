import SQLKit

/// The special categories of the installation and their permanent bits in `objects.categories`.
struct CreateSpecialCategories: Migration {
    let version = 2
    let name = "CreateSpecialCategories"

    func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw(
            "CREATE TABLE special_categories (name TEXT PRIMARY KEY, bit BIGINT NOT NULL UNIQUE, created_at BIGINT NOT NULL)"
        ).run()
    }

    func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE special_categories").run()
    }
}
