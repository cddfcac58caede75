import ChancerySpine
import SQLKit

/// Selection panels: each a labelled object (kind `selection-panel`) for a vacancy, with its members and their
/// conflict-of-interest declarations, its candidates (each an object of kind `panel-candidate` that a member may read
/// only once they have declared no conflict), the interview slots, the members' scores and the panel's report.
package struct CreateRecruitmentPanels: Migration {
    package let version = 6
    package let name = "CreateRecruitmentPanels"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE recruitment_panels (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                vacancy_id TEXT NOT NULL REFERENCES objects(id),
                competencies TEXT NOT NULL,
                expected_scores BIGINT NOT NULL DEFAULT 0,
                report_state TEXT NOT NULL,
                report_en TEXT,
                report_fr TEXT,
                report_drafted_by TEXT,
                report_drafted_at BIGINT,
                report_signed_by TEXT,
                report_signed_at BIGINT
            )
            """,
            "CREATE INDEX recruitment_panels_vacancy ON recruitment_panels (vacancy_id)",
            """
            CREATE TABLE recruitment_panel_members (
                panel_id TEXT NOT NULL REFERENCES objects(id),
                member_id TEXT NOT NULL,
                role TEXT NOT NULL,
                declaration TEXT,
                declaration_note TEXT,
                declaration_language TEXT,
                declared_at BIGINT,
                scores_given BIGINT NOT NULL DEFAULT 0,
                PRIMARY KEY (panel_id, member_id)
            )
            """,
            "CREATE INDEX recruitment_panel_members_member ON recruitment_panel_members (member_id)",
            """
            CREATE TABLE recruitment_panel_candidates (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                panel_id TEXT NOT NULL REFERENCES objects(id),
                application_id TEXT NOT NULL REFERENCES objects(id),
                reference TEXT NOT NULL,
                family_name TEXT NOT NULL,
                given_names TEXT NOT NULL
            )
            """,
            """
            CREATE UNIQUE INDEX recruitment_panel_candidates_application
                ON recruitment_panel_candidates (panel_id, application_id)
            """,
            """
            CREATE TABLE recruitment_panel_slots (
                id TEXT PRIMARY KEY,
                panel_id TEXT NOT NULL REFERENCES objects(id),
                candidate_id TEXT NOT NULL REFERENCES objects(id),
                starts_at BIGINT NOT NULL,
                ends_at BIGINT NOT NULL,
                place TEXT NOT NULL,
                video_link TEXT
            )
            """,
            "CREATE INDEX recruitment_panel_slots_panel ON recruitment_panel_slots (panel_id, starts_at)",
            """
            CREATE TABLE recruitment_panel_scores (
                panel_id TEXT NOT NULL REFERENCES objects(id),
                candidate_id TEXT NOT NULL REFERENCES objects(id),
                member_id TEXT NOT NULL,
                competency TEXT NOT NULL,
                score BIGINT NOT NULL CHECK (score BETWEEN 1 AND 5),
                note TEXT NOT NULL,
                scored_at BIGINT NOT NULL,
                PRIMARY KEY (candidate_id, member_id, competency)
            )
            """,
            "CREATE INDEX recruitment_panel_scores_panel ON recruitment_panel_scores (panel_id)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "DROP TABLE recruitment_panel_scores", "DROP TABLE recruitment_panel_slots",
            "DROP TABLE recruitment_panel_candidates", "DROP TABLE recruitment_panel_members",
            "DROP TABLE recruitment_panels",
        ])
    }
}
