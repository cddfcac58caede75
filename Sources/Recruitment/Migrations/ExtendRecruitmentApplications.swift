import ChancerySpine
import SQLKit

/// What the candidate's file needs beyond the first form: education and experience (JSON lists), the staff number of
/// an internal candidate, the one-time secret that lets the candidate (and nobody else) attach documents right after
/// applying, and the merge of a duplicate into the application kept.
package struct ExtendRecruitmentApplications: Migration {
    package let version = 3
    package let name = "ExtendRecruitmentApplications"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "ALTER TABLE recruitment_applications ADD COLUMN education TEXT NOT NULL DEFAULT '[]'",
            "ALTER TABLE recruitment_applications ADD COLUMN experience TEXT NOT NULL DEFAULT '[]'",
            "ALTER TABLE recruitment_applications ADD COLUMN staff_number TEXT",
            "ALTER TABLE recruitment_applications ADD COLUMN documents_token TEXT",
            "ALTER TABLE recruitment_applications ADD COLUMN documents_until BIGINT",
            "ALTER TABLE recruitment_applications ADD COLUMN merged_into TEXT REFERENCES objects(id)",
            "ALTER TABLE recruitment_applications ADD COLUMN merged_at BIGINT",
            "CREATE INDEX recruitment_applications_vacancy ON recruitment_applications (vacancy_id, submitted_at)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "DROP INDEX recruitment_applications_vacancy",
            "ALTER TABLE recruitment_applications DROP COLUMN merged_at",
            "ALTER TABLE recruitment_applications DROP COLUMN merged_into",
            "ALTER TABLE recruitment_applications DROP COLUMN documents_until",
            "ALTER TABLE recruitment_applications DROP COLUMN documents_token",
            "ALTER TABLE recruitment_applications DROP COLUMN staff_number",
            "ALTER TABLE recruitment_applications DROP COLUMN experience",
            "ALTER TABLE recruitment_applications DROP COLUMN education",
        ])
    }
}
