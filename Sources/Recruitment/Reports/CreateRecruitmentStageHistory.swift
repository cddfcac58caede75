import ChancerySpine
import SQLKit

/// The stage history the reports read (when each application entered each stage), and the two statistics-only
/// answers of the application form (gender and how the candidate learnt of the vacancy). The history of the
/// applications already there is rebuilt from what the office kept: the submission, the screening stage (an
/// application on the short list passed the eligible and long-list stages at the latest then), the marked scripts,
/// the first interview score, the offer or the reserve list, and the appointment.
package struct CreateRecruitmentStageHistory: Migration {
    package let version = 9
    package let name = "CreateRecruitmentStageHistory"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "ALTER TABLE recruitment_applications ADD COLUMN gender TEXT NOT NULL DEFAULT 'undisclosed'",
            "ALTER TABLE recruitment_applications ADD COLUMN source TEXT NOT NULL DEFAULT 'undisclosed'",
            """
            CREATE TABLE recruitment_stage_history (
                application_id TEXT NOT NULL REFERENCES objects(id),
                vacancy_id TEXT NOT NULL REFERENCES objects(id),
                stage TEXT NOT NULL,
                entered_at BIGINT NOT NULL,
                entered_by TEXT NOT NULL,
                PRIMARY KEY (application_id, stage)
            )
            """,
            "CREATE INDEX recruitment_stage_history_vacancy ON recruitment_stage_history (vacancy_id, stage)",
            "CREATE INDEX recruitment_stage_history_actor ON recruitment_stage_history (entered_by, entered_at)",
        ])
        let history =
            "INSERT INTO recruitment_stage_history (application_id, vacancy_id, stage, entered_at, entered_by)"
        let screened = { (stages: String, stage: String) in
            """
            \(history)
            SELECT application_id, vacancy_id, '\(stage)', stage_at, stage_by FROM recruitment_screening
            WHERE stage IN (\(stages))
            """
        }
        let statements: [String] = [
            """
            \(history)
            SELECT object_id, vacancy_id, 'applied', submitted_at, 'candidate' FROM recruitment_applications
            """,
            screened("'eligible', 'long-list', 'short-list'", "eligible"),
            screened("'long-list', 'short-list'", "long-list"),
            screened("'short-list'", "short-list"),
            screened("'rejected'", "rejected"),
            """
            \(history)
            SELECT i.application_id, MIN(a.vacancy_id), 'tested', MIN(sc.marked_at), MIN(sc.marked_by)
            FROM recruitment_test_invitations i
            JOIN recruitment_test_scripts sc ON sc.object_id = i.script_id
            JOIN recruitment_applications a ON a.object_id = i.application_id
            WHERE sc.marked_at IS NOT NULL GROUP BY i.application_id
            """,
            """
            \(history)
            SELECT pc.application_id, MIN(a.vacancy_id), 'interviewed', MIN(s.scored_at), MIN(s.member_id)
            FROM recruitment_panel_scores s
            JOIN recruitment_panel_candidates pc ON pc.object_id = s.candidate_id
            JOIN recruitment_applications a ON a.object_id = pc.application_id
            GROUP BY pc.application_id
            """,
            """
            \(history)
            SELECT s.application_id, a.vacancy_id, 'selected', s.updated_at, s.updated_by
            FROM recruitment_selections s JOIN recruitment_applications a ON a.object_id = s.application_id
            WHERE s.offer_made_on IS NOT NULL OR s.reserve_until IS NOT NULL OR s.appointed_on IS NOT NULL
            """,
            """
            \(history)
            SELECT s.application_id, a.vacancy_id, 'appointed', s.updated_at, s.updated_by
            FROM recruitment_selections s JOIN recruitment_applications a ON a.object_id = s.application_id
            WHERE s.appointed_on IS NOT NULL
            """,
        ]
        try await db.run(statements.map { SQLQueryString($0) })
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "DROP TABLE recruitment_stage_history",
            "ALTER TABLE recruitment_applications DROP COLUMN source",
            "ALTER TABLE recruitment_applications DROP COLUMN gender",
        ])
    }
}
