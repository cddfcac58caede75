import ChancerySpine
import SQLKit

/// The crypto key material register: items whose key is updated on a schedule (monthly by default).
package struct CreateKeyMaterial: Migration {
    package let version = 4
    package let name = "CreateKeyMaterial"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE key_material (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                short_title TEXT NOT NULL,
                edition TEXT NOT NULL,
                custodian TEXT NOT NULL,
                period_months BIGINT NOT NULL CHECK (period_months BETWEEN 1 AND 24),
                next_due TEXT NOT NULL,
                last_updated_by TEXT,
                last_updated_at BIGINT
            )
            """,
            "CREATE INDEX key_material_due ON key_material (next_due)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE key_material").run()
    }
}
