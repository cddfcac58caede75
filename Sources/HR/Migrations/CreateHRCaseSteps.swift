import ChancerySpine
import SQLKit

/// A case's timeline — each step it went through, on which day, recorded by whom — and the days its clocks stood
/// still for mediation (`until_day` empty while the mediation goes on).
package struct CreateHRCaseSteps: Migration {
    package let version = 3
    package let name = "CreateHRCaseSteps"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE hr_case_steps (
                id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL REFERENCES objects (id),
                step TEXT NOT NULL CHECK (step IN ('received', 'acknowledged', 'under-review', 'mediation',
                    'decision-drafted', 'decision-notified', 'closed')),
                on_day TEXT NOT NULL,
                note TEXT,
                recorded_by TEXT NOT NULL REFERENCES users (id),
                recorded_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX hr_case_steps_case ON hr_case_steps (case_id, on_day)",
            """
            CREATE TABLE hr_case_suspensions (
                case_id TEXT NOT NULL REFERENCES objects (id),
                from_day TEXT NOT NULL,
                until_day TEXT,
                PRIMARY KEY (case_id, from_day)
            )
            """,
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE hr_case_suspensions", "DROP TABLE hr_case_steps"])
    }
}
