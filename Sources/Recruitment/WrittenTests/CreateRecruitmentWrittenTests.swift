import ChancerySpine
import SQLKit

/// Written tests: the sessions of a vacancy (RECRUITMENT, for the assistants), the invitations that map a candidate
/// code to an application (RECRUITMENT, for the assistants only) and the anonymised scripts the markers mark (NATO
/// RESTRICTED without RECRUITMENT, closed to the unit, open by access entries to the session's markers only). A
/// script's row holds its code and marks, never a reference to the application.
package struct CreateRecruitmentWrittenTests: Migration {
    package let version = 5
    package let name = "CreateRecruitmentWrittenTests"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE recruitment_written_tests (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                vacancy_id TEXT NOT NULL REFERENCES objects(id),
                starts_at BIGINT NOT NULL,
                place TEXT NOT NULL,
                room TEXT NOT NULL,
                invigilators TEXT NOT NULL,
                markers TEXT NOT NULL,
                questions TEXT NOT NULL,
                pass_mark BIGINT NOT NULL,
                stage TEXT NOT NULL,
                unblinded_at BIGINT,
                unblinded_by TEXT
            )
            """,
            "CREATE INDEX recruitment_written_tests_vacancy ON recruitment_written_tests (vacancy_id)",
            """
            CREATE TABLE recruitment_test_scripts (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                session_id TEXT NOT NULL REFERENCES objects(id),
                code TEXT NOT NULL,
                marks TEXT,
                total BIGINT,
                marked_by TEXT,
                marked_at BIGINT
            )
            """,
            "CREATE UNIQUE INDEX recruitment_test_scripts_code ON recruitment_test_scripts (session_id, code)",
            """
            CREATE TABLE recruitment_test_invitations (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                session_id TEXT NOT NULL REFERENCES objects(id),
                application_id TEXT NOT NULL REFERENCES objects(id),
                script_id TEXT NOT NULL REFERENCES objects(id),
                code TEXT NOT NULL
            )
            """,
            """
            CREATE UNIQUE INDEX recruitment_test_invitations_application
                ON recruitment_test_invitations (session_id, application_id)
            """,
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "DROP TABLE recruitment_test_invitations", "DROP TABLE recruitment_test_scripts",
            "DROP TABLE recruitment_written_tests",
        ])
    }
}
