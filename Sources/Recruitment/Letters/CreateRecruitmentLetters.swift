import ChancerySpine
import SQLKit

/// Letters to candidates and what follows a selection: the letter templates the assistants edit (every save a new
/// version, seeded with the default texts in English and French), the letters produced for an application (each a
/// labelled object keeping the text it was produced with), their sent log, and one row per selected or reserve-listed
/// application (offer, security clearance, medical approval as the Health Office answers it, appointment, reserve).
package struct CreateRecruitmentLetters: Migration {
    package let version = 7
    package let name = "CreateRecruitmentLetters"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE recruitment_letter_templates (
                kind TEXT NOT NULL,
                language TEXT NOT NULL,
                version BIGINT NOT NULL,
                subject TEXT NOT NULL,
                body TEXT NOT NULL,
                saved_by TEXT NOT NULL,
                saved_at BIGINT NOT NULL,
                PRIMARY KEY (kind, language, version)
            )
            """,
            """
            CREATE TABLE recruitment_letters (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                application_id TEXT NOT NULL REFERENCES objects(id),
                kind TEXT NOT NULL,
                language TEXT NOT NULL,
                template_version BIGINT NOT NULL,
                subject TEXT NOT NULL,
                html TEXT NOT NULL,
                produced_at BIGINT NOT NULL,
                produced_by TEXT NOT NULL
            )
            """,
            "CREATE INDEX recruitment_letters_application ON recruitment_letters (application_id)",
            """
            CREATE TABLE recruitment_letter_sends (
                letter_id TEXT NOT NULL REFERENCES objects(id),
                sent_at BIGINT NOT NULL,
                sent_by TEXT NOT NULL,
                channel TEXT NOT NULL
            )
            """,
            "CREATE INDEX recruitment_letter_sends_letter ON recruitment_letter_sends (letter_id)",
            """
            CREATE TABLE recruitment_selections (
                application_id TEXT PRIMARY KEY REFERENCES objects(id),
                offer_vacancy_id TEXT REFERENCES objects(id),
                offer_made_on TEXT,
                offer_answer TEXT,
                offer_answered_on TEXT,
                clearance TEXT,
                clearance_requested_on TEXT,
                clearance_decided_on TEXT,
                medical TEXT,
                medical_decided_on TEXT,
                medical_asked_at BIGINT,
                appointed_on TEXT,
                start_date TEXT,
                reserve_until TEXT,
                updated_at BIGINT NOT NULL,
                updated_by TEXT NOT NULL
            )
            """,
        ])
        for text in LetterDefaults.all {
            try await db.raw(
                """
                INSERT INTO recruitment_letter_templates (kind, language, version, subject, body, saved_by, saved_at)
                VALUES (\(bind: text.kind.rawValue), \(bind: text.language.rawValue), \(bind: Int64(1)),
                    \(bind: text.subject), \(bind: text.body), \(bind: LetterDefaults.author), \(bind: Int64(0)))
                """
            ).run()
        }
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "DROP TABLE recruitment_selections", "DROP TABLE recruitment_letter_sends",
            "DROP TABLE recruitment_letters",
            "DROP TABLE recruitment_letter_templates",
        ])
    }
}
