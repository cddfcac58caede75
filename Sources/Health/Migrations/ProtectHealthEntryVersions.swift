import ChancerySpine
import SQLKit

/// The kept versions of record entries are append-only in the database too: a correction adds a version, nothing
/// ever changes or removes one.
package struct ProtectHealthEntryVersions: Migration {
    package let version = 5
    package let name = "ProtectHealthEntryVersions"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(
            CreateHealthReleases.appendOnlyTriggers(
                on: ["health_entry_versions"], engine: engine, creatingFunction: false
            )
            .map { SQLQueryString($0) })
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        let statements: [SQLQueryString] =
            switch engine {
            case .sqlite:
                ["DROP TRIGGER health_entry_versions_no_update", "DROP TRIGGER health_entry_versions_no_delete"]
            case .postgres:
                [
                    "DROP TRIGGER health_entry_versions_append_only ON health_entry_versions",
                    "DROP TRIGGER health_entry_versions_no_truncate ON health_entry_versions",
                ]
            }
        try await db.run(statements)
    }
}
