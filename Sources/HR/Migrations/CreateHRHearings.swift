import ChancerySpine
import SQLKit

/// The hearings of a case (before the Administrative Tribunal, a complaints committee, a mediation meeting): when and
/// where, for the officer's calendar.
package struct CreateHRHearings: Migration {
    package let version = 5
    package let name = "CreateHRHearings"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE hr_hearings (
                id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL REFERENCES objects (id),
                starts_at BIGINT NOT NULL,
                ends_at BIGINT NOT NULL,
                place TEXT NOT NULL,
                created_by TEXT NOT NULL REFERENCES users (id),
                created_at BIGINT NOT NULL,
                CHECK (ends_at > starts_at)
            )
            """,
            "CREATE INDEX hr_hearings_case ON hr_hearings (case_id, starts_at)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE hr_hearings"])
    }
}
