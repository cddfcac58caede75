import ChancerySpine
import SQLKit

/// Every distribution list gets an owner, a person or a unit: only the owner, a registry supervisor or an
/// administrator changes it.
///
/// Lists made before owners existed were shared by every clerk, so each goes to the unit of the clerk who made it
/// (when that clerk belongs to exactly one unit) and otherwise to `IPS`, the registry's own unit: the clerks of
/// that unit keep the list they worked on, and clerks elsewhere no longer change it.
package struct UpdateDistributionListsAddOwner: Migration {
    package let version = 5
    package let name = "UpdateDistributionListsAddOwner"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            ALTER TABLE distribution_lists ADD COLUMN owner_kind TEXT NOT NULL DEFAULT 'unit'
                CHECK (owner_kind IN ('user', 'unit'))
            """,
            "ALTER TABLE distribution_lists ADD COLUMN owner TEXT NOT NULL DEFAULT 'IPS'",
            // `users.units` is sorted comma-separated text: one unit is text without a comma.
            """
            UPDATE distribution_lists SET owner_kind = 'unit', owner = COALESCE(
                (SELECT u.units FROM users u
                 WHERE u.id = distribution_lists.created_by AND u.units <> '' AND u.units NOT LIKE '%,%'),
                'IPS')
            """,
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "ALTER TABLE distribution_lists DROP COLUMN owner", "ALTER TABLE distribution_lists DROP COLUMN owner_kind",
        ])
    }
}
