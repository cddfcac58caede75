import ChancerySpine
import SQLKit

/// The registry: reference series and their yearly counters, the registry's part of each record, and the
/// metadata history of every record.
package struct CreateRegistry: Migration {
    package let version = 1
    package let name = "CreateRegistry"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE reference_series (
                code TEXT PRIMARY KEY,
                template TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                requires_verification BIGINT NOT NULL CHECK (requires_verification IN (0, 1)),
                checks TEXT NOT NULL,
                active BIGINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                version BIGINT NOT NULL,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            // The last number handed out per series and year; taken inside the registration transaction.
            """
            CREATE TABLE reference_counters (
                series TEXT NOT NULL REFERENCES reference_series(code),
                year BIGINT NOT NULL,
                last_seq BIGINT NOT NULL CHECK (last_seq >= 0),
                PRIMARY KEY (series, year)
            )
            """,
            """
            CREATE TABLE records (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                series TEXT NOT NULL REFERENCES reference_series(code),
                year BIGINT NOT NULL,
                seq BIGINT NOT NULL,
                reference TEXT NOT NULL UNIQUE,
                direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing', 'internal')),
                record_type TEXT NOT NULL,
                originator TEXT,
                originator_reference TEXT,
                addressees TEXT NOT NULL,
                document_date TEXT,
                received_date TEXT NOT NULL,
                language TEXT,
                content_marking BIGINT,
                keywords TEXT NOT NULL,
                metadata TEXT NOT NULL,
                verified_by TEXT,
                verified_at BIGINT,
                UNIQUE (series, year, seq)
            )
            """,
            "CREATE INDEX records_series ON records (series, object_id)",
            """
            CREATE TABLE record_versions (
                object_id TEXT NOT NULL REFERENCES objects(id),
                version BIGINT NOT NULL,
                snapshot TEXT NOT NULL,
                changed_by TEXT NOT NULL,
                changed_at BIGINT NOT NULL,
                PRIMARY KEY (object_id, version)
            )
            """,
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "DROP TABLE record_versions", "DROP TABLE records", "DROP TABLE reference_counters",
            "DROP TABLE reference_series",
        ])
    }
}
