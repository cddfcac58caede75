import ChancerySpine
import SQLKit

/// Screening: where each application stands (a row once it has left `applied`, the stage every application starts
/// at), and the assistant's mark of it against each essential criterion of its vacancy. Keyed by the application's
/// object id; the criterion is kept by its number in the vacancy's list and by its text as it was marked.
package struct CreateRecruitmentScreening: Migration {
    package let version = 4
    package let name = "CreateRecruitmentScreening"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE recruitment_screening (
                application_id TEXT PRIMARY KEY REFERENCES objects(id),
                vacancy_id TEXT NOT NULL REFERENCES objects(id),
                stage TEXT NOT NULL,
                stage_at BIGINT NOT NULL,
                stage_by TEXT NOT NULL,
                reason TEXT
            )
            """,
            "CREATE INDEX recruitment_screening_vacancy ON recruitment_screening (vacancy_id, stage)",
            """
            CREATE TABLE recruitment_screening_marks (
                application_id TEXT NOT NULL REFERENCES objects(id),
                criterion BIGINT NOT NULL,
                criterion_text TEXT NOT NULL,
                mark TEXT NOT NULL,
                note TEXT NOT NULL,
                marked_at BIGINT NOT NULL,
                marked_by TEXT NOT NULL,
                PRIMARY KEY (application_id, criterion)
            )
            """,
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE recruitment_screening_marks", "DROP TABLE recruitment_screening"])
    }
}
