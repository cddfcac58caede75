import SQLKit

/// The spine: one row per labelled object, with the label encoded as integers for the trimming predicate,
/// and the object-level access control entries.
package struct CreateObjects: Migration {
    package let version = 5
    package let name = "CreateObjects"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE objects (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                title TEXT NOT NULL,
                classification BIGINT NOT NULL,
                releasable BIGINT NOT NULL,
                categories BIGINT NOT NULL,
                label_json TEXT NOT NULL,
                originator_label TEXT,
                owning_unit TEXT NOT NULL,
                open_to_unit BIGINT NOT NULL DEFAULT 1 CHECK (open_to_unit IN (0, 1)),
                state TEXT NOT NULL,
                version BIGINT NOT NULL,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX objects_kind ON objects (kind, id)",
            "CREATE INDEX objects_unit ON objects (owning_unit, id)",
            "CREATE INDEX objects_label ON objects (classification, releasable, categories)",
            """
            CREATE TABLE object_acl (
                object_id TEXT NOT NULL REFERENCES objects(id),
                grantee_kind TEXT NOT NULL CHECK (grantee_kind IN ('unit', 'group', 'user')),
                grantee TEXT NOT NULL,
                permission TEXT NOT NULL CHECK (permission IN ('read', 'write')),
                granted_by TEXT NOT NULL,
                granted_at BIGINT NOT NULL,
                PRIMARY KEY (object_id, grantee_kind, grantee)
            )
            """,
            "CREATE INDEX object_acl_grantee ON object_acl (grantee_kind, grantee, object_id)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE object_acl", "DROP TABLE objects"])
    }
}
