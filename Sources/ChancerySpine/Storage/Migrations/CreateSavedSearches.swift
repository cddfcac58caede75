import SQLKit

/// Saved searches (issue 17): a person keeps a search under a name and runs it again later. A saved search is its
/// text only: running it searches anew, trimmed to what the person may read then.
package struct CreateSavedSearches: Migration {
    package let version = 17
    package let name = "CreateSavedSearches"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE saved_searches (
                id TEXT PRIMARY KEY,
                owner_id TEXT NOT NULL REFERENCES users (id),
                name TEXT NOT NULL,
                query TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                UNIQUE (owner_id, name)
            )
            """
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE saved_searches").run()
    }
}
