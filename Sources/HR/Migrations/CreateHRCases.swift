import ChancerySpine
import SQLKit

/// HR cases and the line managers the conflict rule follows: a case's row beside its object, the staff members it
/// names (each party with the part they take), and for each staff member the manager above them.
package struct CreateHRCases: Migration {
    package let version = 1
    package let name = "CreateHRCases"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE hr_line_managers (
                user_id TEXT PRIMARY KEY REFERENCES users (id),
                manager_id TEXT NOT NULL REFERENCES users (id),
                set_by TEXT NOT NULL,
                set_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX hr_line_managers_manager ON hr_line_managers (manager_id)",
            """
            CREATE TABLE hr_cases (
                object_id TEXT PRIMARY KEY REFERENCES objects (id),
                case_type TEXT NOT NULL CHECK (case_type IN ('administrative-review', 'complaint', 'grievance',
                    'harassment-complaint', 'appeal', 'advice', 'pension', 'other')),
                decision_what TEXT,
                decision_by TEXT,
                decision_notified_on TEXT,
                opened_on TEXT NOT NULL,
                officer_id TEXT REFERENCES users (id),
                counsel_id TEXT REFERENCES users (id),
                articles TEXT NOT NULL DEFAULT '[]',
                outcome TEXT CHECK (outcome IN ('granted', 'partly-granted', 'rejected', 'withdrawn', 'settled',
                    'mediated'))
            )
            """,
            "CREATE INDEX hr_cases_type ON hr_cases (case_type)",
            """
            CREATE TABLE hr_case_parties (
                case_id TEXT NOT NULL REFERENCES objects (id),
                user_id TEXT NOT NULL REFERENCES users (id),
                part TEXT NOT NULL CHECK (part IN ('complainant', 'respondent', 'representative', 'witness',
                    'head-of-body')),
                PRIMARY KEY (case_id, user_id, part)
            )
            """,
            "CREATE INDEX hr_case_parties_user ON hr_case_parties (user_id)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE hr_case_parties", "DROP TABLE hr_cases", "DROP TABLE hr_line_managers"])
    }
}
