import ChancerySpine
import SQLKit

/// Distribution lists, the distributions of records to them, and the numbered copies with their receipts.
package struct CreateDistribution: Migration {
    package let version = 2
    package let name = "CreateDistribution"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE distribution_lists (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                description TEXT NOT NULL,
                version BIGINT NOT NULL,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE distribution_list_members (
                list_id TEXT NOT NULL REFERENCES distribution_lists(id),
                member_kind TEXT NOT NULL CHECK (member_kind IN ('user', 'group', 'unit')),
                member TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('action', 'info')),
                PRIMARY KEY (list_id, member_kind, member)
            )
            """,
            """
            CREATE TABLE distributions (
                id TEXT PRIMARY KEY,
                object_id TEXT NOT NULL REFERENCES objects(id),
                list_id TEXT NOT NULL REFERENCES distribution_lists(id),
                list_name TEXT NOT NULL,
                distributed_by TEXT NOT NULL,
                distributed_at BIGINT NOT NULL,
                refused TEXT NOT NULL
            )
            """,
            "CREATE INDEX distributions_object ON distributions (object_id, id)",
            // One numbered copy per recipient that was given access; NS and above need a receipt.
            """
            CREATE TABLE distribution_copies (
                id TEXT PRIMARY KEY,
                distribution_id TEXT NOT NULL REFERENCES distributions(id),
                object_id TEXT NOT NULL REFERENCES objects(id),
                copy_number BIGINT NOT NULL,
                recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('user', 'group', 'unit')),
                recipient TEXT NOT NULL,
                role TEXT NOT NULL,
                receipt_required BIGINT NOT NULL CHECK (receipt_required IN (0, 1)),
                acknowledged_by TEXT,
                acknowledged_at BIGINT,
                UNIQUE (object_id, copy_number)
            )
            """,
            "CREATE INDEX distribution_copies_outstanding ON distribution_copies (receipt_required, acknowledged_at, object_id)",
            "CREATE INDEX distribution_copies_recipient ON distribution_copies (recipient_kind, recipient)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "DROP TABLE distribution_copies", "DROP TABLE distributions", "DROP TABLE distribution_list_members",
            "DROP TABLE distribution_lists",
        ])
    }
}
