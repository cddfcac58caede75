import ChancerySpine
import SQLKit

/// The memoranda and decisions drafted in a case: each an object of its own (labelled like its case, LEGAL as well
/// for legal advice and mediation notes), the template it was drafted from, its language and its text.
package struct CreateHRMemos: Migration {
    package let version = 4
    package let name = "CreateHRMemos"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE hr_memos (
                object_id TEXT PRIMARY KEY REFERENCES objects (id),
                case_id TEXT NOT NULL REFERENCES objects (id),
                template TEXT NOT NULL CHECK (template IN ('acknowledgement', 'legal-memo', 'mediation-note',
                    'decision')),
                language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
                body TEXT NOT NULL
            )
            """,
            "CREATE INDEX hr_memos_case ON hr_memos (case_id)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE hr_memos"])
    }
}
