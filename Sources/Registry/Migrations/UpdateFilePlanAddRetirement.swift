import ChancerySpine
import SQLKit

/// A node of the file plan can be renamed and retired: its version (two supervisors renaming it never overwrite each
/// other) and when and by whom it was retired. A retired node is no longer offered for filing; the records filed in
/// it keep it, and its retention rule still applies to them.
package struct UpdateFilePlanAddRetirement: Migration {
    package let version = 8
    package let name = "UpdateFilePlanAddRetirement"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "ALTER TABLE file_plan ADD COLUMN version BIGINT NOT NULL DEFAULT 1",
            "ALTER TABLE file_plan ADD COLUMN retired_at BIGINT",
            "ALTER TABLE file_plan ADD COLUMN retired_by TEXT",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "ALTER TABLE file_plan DROP COLUMN retired_by", "ALTER TABLE file_plan DROP COLUMN retired_at",
            "ALTER TABLE file_plan DROP COLUMN version",
        ])
    }
}
