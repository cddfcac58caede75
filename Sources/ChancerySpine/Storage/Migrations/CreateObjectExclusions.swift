import SQLKit

/// The deny rule on top of the access decision (issue 19): the principals an object is kept from whatever their
/// label and need-to-know — the people an HR case names and their line managers (`ConflictRule`). Every trimmed
/// query leaves these objects out for them (`SecurityScope.readable`).
package struct CreateObjectExclusions: Migration {
    package let version = 19
    package let name = "CreateObjectExclusions"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE object_exclusions (
                object_id TEXT NOT NULL REFERENCES objects (id),
                user_id TEXT NOT NULL,
                PRIMARY KEY (user_id, object_id)
            )
            """,
            "CREATE INDEX object_exclusions_object ON object_exclusions (object_id)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE object_exclusions").run()
    }
}
