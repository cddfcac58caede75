import ChancerySpine
import SQLKit

/// Referrals to external providers, division point-of-contact (POD) requests with their fitness-for-work
/// answers, releases of information, and the accounting of disclosures. The accounting and the POD answers are
/// append-only in the database itself: a trigger refuses every UPDATE and DELETE, whatever the client.
package struct CreateHealthReleases: Migration {
    package let version = 3
    package let name = "CreateHealthReleases"

    /// The tables whose rows are never changed nor deleted once written.
    package static let appendOnly = ["health_disclosures", "health_pod_answers"]

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        var statements: [String] = [
            """
            CREATE TABLE health_referrals (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id),
                provider_name TEXT NOT NULL,
                provider_address TEXT,
                specialty TEXT NOT NULL,
                reason TEXT NOT NULL,
                urgency TEXT NOT NULL CHECK (urgency IN ('routine', 'urgent', 'emergency')),
                referring_clinician TEXT,
                reply_due TEXT,
                sent_date TEXT,
                letter_entry_id TEXT,
                reply_date TEXT,
                reply_summary TEXT,
                reply_entry_id TEXT
            )
            """,
            "CREATE INDEX health_referrals_patient ON health_referrals (patient_id)",
            "CREATE INDEX health_referrals_due ON health_referrals (reply_due)",
            """
            CREATE TABLE health_pod_requests (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                requester_id TEXT NOT NULL,
                staff_number TEXT NOT NULL,
                question TEXT NOT NULL,
                purpose TEXT NOT NULL,
                patient_id TEXT REFERENCES health_patients(object_id)
            )
            """,
            "CREATE INDEX health_pod_requests_requester ON health_pod_requests (requester_id)",
            """
            CREATE TABLE health_pod_answers (
                id TEXT PRIMARY KEY,
                request_id TEXT NOT NULL REFERENCES health_pod_requests(object_id),
                fitness TEXT NOT NULL
                    CHECK (fitness IN ('fit', 'fit-with-restrictions', 'unfit', 'under-assessment')),
                restrictions TEXT NOT NULL,
                valid_from TEXT,
                valid_until TEXT,
                review_date TEXT,
                answered_by TEXT NOT NULL,
                answered_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX health_pod_answers_request ON health_pod_answers (request_id, answered_at)",
            """
            CREATE TABLE health_releases (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id),
                recipient TEXT NOT NULL,
                purpose TEXT NOT NULL,
                entry_types TEXT NOT NULL,
                period_from TEXT,
                period_until TEXT,
                consent_id TEXT NOT NULL,
                requested_by TEXT NOT NULL,
                approved_by TEXT,
                approved_at BIGINT,
                released_by TEXT,
                released_at BIGINT,
                package_json TEXT
            )
            """,
            "CREATE INDEX health_releases_patient ON health_releases (patient_id)",
            """
            CREATE TABLE health_disclosures (
                id TEXT PRIMARY KEY,
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id),
                release_id TEXT NOT NULL REFERENCES health_releases(object_id),
                disclosed_at BIGINT NOT NULL,
                recipient TEXT NOT NULL,
                description TEXT NOT NULL,
                entry_ids TEXT NOT NULL,
                purpose TEXT NOT NULL,
                released_by TEXT NOT NULL
            )
            """,
            "CREATE INDEX health_disclosures_patient ON health_disclosures (patient_id, disclosed_at)",
        ]
        statements += Self.appendOnlyTriggers(on: Self.appendOnly, engine: engine, creatingFunction: true)
        try await db.run(statements.map { SQLQueryString($0) })
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        var statements: [String] = []
        switch engine {
        case .sqlite:
            for table in Self.appendOnly {
                statements += ["DROP TRIGGER \(table)_no_update", "DROP TRIGGER \(table)_no_delete"]
            }
        case .postgres:
            for table in Self.appendOnly {
                statements += [
                    "DROP TRIGGER \(table)_append_only ON \(table)", "DROP TRIGGER \(table)_no_truncate ON \(table)",
                ]
            }
            statements.append("DROP FUNCTION health_append_only()")
        }
        statements += [
            "DROP TABLE health_disclosures", "DROP TABLE health_releases", "DROP TABLE health_pod_answers",
            "DROP TABLE health_pod_requests", "DROP TABLE health_referrals",
        ]
        try await db.run(statements.map { SQLQueryString($0) })
    }

    /// Triggers that refuse every change and deletion of the tables' rows (and, on PostgreSQL, TRUNCATE), with the
    /// function they call created once (`creatingFunction`, by this migration).
    package static func appendOnlyTriggers(on tables: [String], engine: Database.Engine, creatingFunction: Bool)
        -> [String]
    {
        var statements: [String] = []
        switch engine {
        case .sqlite:
            for table in tables {
                for event in ["UPDATE", "DELETE"] {
                    statements.append(
                        """
                        CREATE TRIGGER \(table)_no_\(event.lowercased()) BEFORE \(event) ON \(table)
                        BEGIN SELECT RAISE(ABORT, 'append-only: \(table) rows are never changed or deleted'); END
                        """)
                }
            }
        case .postgres:
            if creatingFunction {
                statements.append(
                    """
                    CREATE FUNCTION health_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'append-only: % rows are never changed or deleted', TG_TABLE_NAME; END $$
                    """)
            }
            for table in tables {
                statements += [
                    """
                    CREATE TRIGGER \(table)_append_only BEFORE UPDATE OR DELETE ON \(table)
                    FOR EACH ROW EXECUTE FUNCTION health_append_only()
                    """,
                    """
                    CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table)
                    FOR EACH STATEMENT EXECUTE FUNCTION health_append_only()
                    """,
                ]
            }
        }
        return statements
    }

}
