import ChancerySpine
import SQLKit

/// The regulations as data: versioned rule sets of procedural time limits, each in force from its effective day
/// until the next one's. A case counts its deadlines under the set in force on the day its proceeding started.
package struct CreateHRRuleSets: Migration {
    package let version = 2
    package let name = "CreateHRRuleSets"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE hr_rule_sets (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                effective_from TEXT NOT NULL UNIQUE,
                limits TEXT NOT NULL,
                version BIGINT NOT NULL,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE hr_rule_sets").run()
    }
}
