import ChancerySpine
import SQLKit

/// Fills the search fields (`meta.<key>:`, `filename:`) of the records registered before the spine had them.
/// Rewrites them whole, so an installation whose spine migration filled them already gets the same rows again.
package struct BackfillRecordSearchFields: Migration {
    package let version = 7
    package let name = "BackfillRecordSearchFields"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DELETE FROM search_fields WHERE object_id IN (SELECT object_id FROM records)").run()
        try await RegistrySearchContributor.backfillFields(on: db)
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {}
}
