import SQLKit

/// Which objects each audit event concerns, indexed: an event may name several (a list that showed them),
/// and "who has seen this object" must be one indexed query. The names are also in the hashed event itself.
package struct CreateAuditEventObjects: Migration {
    package let version = 8
    package let name = "CreateAuditEventObjects"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE audit_event_objects (
                object_id TEXT NOT NULL,
                seq BIGINT NOT NULL,
                PRIMARY KEY (object_id, seq)
            )
            """,
            "INSERT INTO audit_event_objects (object_id, seq) SELECT object_id, seq FROM audit_events WHERE object_id IS NOT NULL",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE audit_event_objects").run()
    }
}
