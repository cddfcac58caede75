import ChancerySpine
import SQLKit

/// Vacancies: each a labelled object (kind `vacancy`, RECRUITMENT) with the notice as the assistant completes it, the
/// lines the import could not read, and the text exactly as pasted, kept for as long as the vacancy.
package struct CreateRecruitmentVacancies: Migration {
    package let version = 1
    package let name = "CreateRecruitmentVacancies"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE recruitment_vacancies (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                vacancy_number TEXT,
                title_french TEXT,
                posts BIGINT CHECK (posts IS NULL OR posts > 0),
                grade TEXT,
                deadline_at BIGINT,
                clearance TEXT,
                notice TEXT NOT NULL,
                unrecognised TEXT NOT NULL,
                import_notes TEXT NOT NULL,
                original TEXT NOT NULL,
                published_at BIGINT,
                published_by TEXT
            )
            """,
            "CREATE INDEX recruitment_vacancies_number ON recruitment_vacancies (vacancy_number)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE recruitment_vacancies"])
    }
}
