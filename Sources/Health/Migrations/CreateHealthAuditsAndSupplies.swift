import ChancerySpine
import SQLKit

/// The Health Office's record QA audits (a drawn sample of patients with a checklist per record) and its medical
/// supplies (items, lots with expiry, and an append-only journal of stock movements from which stock is computed).
package struct CreateHealthAuditsAndSupplies: Migration {
    package let version = 4
    package let name = "CreateHealthAuditsAndSupplies"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE health_audits (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                seed BIGINT NOT NULL,
                requested_size BIGINT NOT NULL,
                closed_at BIGINT,
                closed_by TEXT
            )
            """,
            """
            CREATE TABLE health_audit_items (
                audit_id TEXT NOT NULL REFERENCES health_audits(object_id),
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id),
                position BIGINT NOT NULL,
                completeness BIGINT CHECK (completeness IN (0, 1)),
                consent BIGINT CHECK (consent IN (0, 1)),
                codes BIGINT CHECK (codes IN (0, 1)),
                signatures BIGINT CHECK (signatures IN (0, 1)),
                finding TEXT,
                follow_up TEXT,
                follow_up_due TEXT,
                follow_up_status TEXT CHECK (follow_up_status IN ('open', 'done')),
                reviewed_by TEXT,
                reviewed_at BIGINT,
                PRIMARY KEY (audit_id, patient_id)
            )
            """,
            "CREATE INDEX health_audit_items_patient ON health_audit_items (patient_id)",
            """
            CREATE TABLE health_supplies (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                name TEXT NOT NULL,
                form TEXT NOT NULL,
                unit_of_issue TEXT NOT NULL,
                reorder_level BIGINT NOT NULL CHECK (reorder_level >= 0),
                reorder_quantity BIGINT NOT NULL CHECK (reorder_quantity > 0),
                location TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE health_supply_lots (
                item_id TEXT NOT NULL REFERENCES health_supplies(object_id),
                lot TEXT NOT NULL,
                expires TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                PRIMARY KEY (item_id, lot)
            )
            """,
            "CREATE INDEX health_supply_lots_expiry ON health_supply_lots (expires)",
            """
            CREATE TABLE health_supply_movements (
                id TEXT PRIMARY KEY,
                item_id TEXT NOT NULL REFERENCES health_supplies(object_id),
                lot TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('receipt', 'issue', 'adjustment', 'disposal')),
                quantity BIGINT NOT NULL CHECK (quantity <> 0),
                note TEXT,
                actor TEXT NOT NULL,
                recorded_at BIGINT NOT NULL,
                FOREIGN KEY (item_id, lot) REFERENCES health_supply_lots(item_id, lot)
            )
            """,
            "CREATE INDEX health_supply_movements_lot ON health_supply_movements (item_id, lot)",
        ])
        // The journal is the stock: a movement is corrected by another movement, never edited or deleted.
        switch engine {
        case .sqlite:
            try await db.run([
                """
                CREATE TRIGGER health_supply_movements_no_update BEFORE UPDATE ON health_supply_movements
                BEGIN SELECT RAISE(ABORT, 'supply movements are append-only'); END
                """,
                """
                CREATE TRIGGER health_supply_movements_no_delete BEFORE DELETE ON health_supply_movements
                BEGIN SELECT RAISE(ABORT, 'supply movements are append-only'); END
                """,
            ])
        case .postgres:
            try await db.run([
                """
                CREATE FUNCTION health_supply_movements_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'supply movements are append-only'; END $$ LANGUAGE plpgsql
                """,
                """
                CREATE TRIGGER health_supply_movements_append_only BEFORE UPDATE OR DELETE ON health_supply_movements
                FOR EACH ROW EXECUTE FUNCTION health_supply_movements_append_only()
                """,
            ])
        }
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        var statements: [SQLQueryString] = [
            "DROP TABLE health_supply_movements", "DROP TABLE health_supply_lots", "DROP TABLE health_supplies",
            "DROP TABLE health_audit_items", "DROP TABLE health_audits",
        ]
        if engine == .postgres { statements.append("DROP FUNCTION health_supply_movements_append_only()") }
        try await db.run(statements)
    }
}
