import SQLKit

/// The field values of the search index (`meta.<key>:` and `filename:` filters): one row per object, field and
/// folded value, compared as bytes (whole, or by a prefix range) through the index on `(field, value)`; see
/// `SearchIndex+Fields.swift`. An installation that already has records gets their fields at once, from their
/// metadata and the names of their indexed files, as a reindex would write them; the rest of the index is
/// unchanged.
package struct CreateSearchFields: Migration {
    package let version = 11
    package let name = "CreateSearchFields"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        let bytewise = engine == .sqlite ? "" : " COLLATE \"C\""
        try await db.run([
            """
            CREATE TABLE search_fields (
                object_id TEXT NOT NULL REFERENCES objects(id),
                field TEXT NOT NULL\(unsafeRaw: bytewise),
                value TEXT NOT NULL\(unsafeRaw: bytewise)
            )
            """,
            "CREATE INDEX search_fields_value ON search_fields (field, value, object_id)",
            "CREATE INDEX search_fields_object ON search_fields (object_id)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE search_fields"])
    }
}
