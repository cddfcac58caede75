import ChancerySpine
import SQLKit

/// What the retention of candidates' data needs: when each competition ended (filled or cancelled; for those that
/// ended before this migration, when their object last changed) and when each application was anonymised.
package struct ExtendRecruitmentRetention: Migration {
    package let version = 10
    package let name = "ExtendRecruitmentRetention"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "ALTER TABLE recruitment_vacancies ADD COLUMN ended_at BIGINT",
            "ALTER TABLE recruitment_applications ADD COLUMN anonymised_at BIGINT",
            """
            UPDATE recruitment_vacancies SET ended_at = (
                SELECT o.updated_at FROM objects o
                WHERE o.id = recruitment_vacancies.object_id AND o.state IN ('filled', 'cancelled'))
            """,
            "CREATE INDEX recruitment_vacancies_ended ON recruitment_vacancies (ended_at)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "DROP INDEX recruitment_vacancies_ended",
            "ALTER TABLE recruitment_applications DROP COLUMN anonymised_at",
            "ALTER TABLE recruitment_vacancies DROP COLUMN ended_at",
        ])
    }
}
