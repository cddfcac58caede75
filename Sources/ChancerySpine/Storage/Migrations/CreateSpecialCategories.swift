import SQLKit

/// The special categories of the installation and their permanent bits in `objects.categories`.
package struct CreateSpecialCategories: Migration {
    package let version = 2
    package let name = "CreateSpecialCategories"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw(
            "CREATE TABLE special_categories (name TEXT PRIMARY KEY, bit BIGINT NOT NULL UNIQUE, created_at BIGINT NOT NULL)"
        ).run()
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE special_categories").run()
    }
}
