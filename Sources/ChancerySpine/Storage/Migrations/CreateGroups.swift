import ChanceryKit
import SQLKit

/// Need-to-know groups become things that exist (issue 14): until now a group was only a name written on
/// accounts, access control entries and distribution lists, so a misspelt one was accepted and granted nothing.
/// Every group name already in use is entered in the catalogue; membership stays on the account (`groups_list`).
package struct CreateGroups: Migration {
    package let version = 13
    package let name = "CreateGroups"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw(
            """
            CREATE TABLE access_groups (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """
        ).run()
        var names: Set<String> = []
        for row in try await db.raw("SELECT groups_list FROM users").all() {
            names.formUnion(UserAccount.set(try row.decode(column: "groups_list", as: String.self)))
        }
        for row in try await db.raw("SELECT DISTINCT grantee FROM object_acl WHERE grantee_kind = 'group'").all() {
            names.insert(try row.decode(column: "grantee", as: String.self))
        }
        // The names on distribution lists are the Registry's to enter (its EnterDistributionListGroups).
        let now = Clock.nowMilliseconds()
        for name in names.sorted() where GroupStore.isValidName(name) {
            try await db.raw(
                """
                INSERT INTO access_groups (id, name, title, created_at, updated_at)
                VALUES (\(bind: ObjectID.make(milliseconds: now)), \(bind: name), \(bind: name), \(bind: now), \(bind: now))
                """
            ).run()
        }
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE access_groups").run()
    }
}
