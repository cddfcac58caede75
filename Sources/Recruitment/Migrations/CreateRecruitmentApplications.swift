import ChancerySpine
import SQLKit

/// Applications to published vacancies: each a labelled object (kind `application`, RECRUITMENT) joined to its row,
/// with what the candidate gave and, folded, what duplicate detection compares (email; family name, given names and
/// date of birth). The unique indexes keep a second application out even if two arrive at once.
package struct CreateRecruitmentApplications: Migration {
    package let version = 2
    package let name = "CreateRecruitmentApplications"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE recruitment_applications (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                vacancy_id TEXT NOT NULL REFERENCES objects(id),
                reference TEXT NOT NULL,
                family_name TEXT NOT NULL,
                given_names TEXT NOT NULL,
                email TEXT NOT NULL,
                email_folded TEXT NOT NULL,
                name_folded TEXT NOT NULL,
                date_of_birth TEXT NOT NULL,
                nationality TEXT NOT NULL,
                languages TEXT NOT NULL,
                internal BIGINT NOT NULL,
                submitted_at BIGINT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX recruitment_applications_reference ON recruitment_applications (reference)",
            """
            CREATE UNIQUE INDEX recruitment_applications_email
                ON recruitment_applications (vacancy_id, email_folded)
            """,
            """
            CREATE UNIQUE INDEX recruitment_applications_person
                ON recruitment_applications (vacancy_id, name_folded, date_of_birth)
            """,
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE recruitment_applications"])
    }
}
