import ChanceryKit
import ChancerySpine
import SQLKit

/// The console's lists of the registry's reference data, read in SQL through `ListReader`: sorted by the columns
/// their `ListSpec` names (`l.<column>`), paged and counted in the database, an export audited as `list.export`.
/// Reference data is no object: administrators and registry supervisors manage all of it.

extension ReferenceSeriesStore {
    /// The series whose code or title contains `text`.
    package func page(text: String?, list: ListQuery, actor: Principal) async throws -> ListRows<ReferenceSeries> {
        var sql: SQLQueryString = "SELECT \(ReferenceSeries.columns) FROM reference_series s WHERE 1 = 1"
        if let text {
            let pattern = LikePattern.containing(text)
            sql += " AND (\(LikePattern.matches("s.code", pattern)) OR \(LikePattern.matches("s.title", pattern)))"
        }
        return try await ListReader.read(sql, list: list, database: database, audit: audit, actor: actor) {
            try ReferenceSeries(row: $0)
        }
    }
}

extension DistributionListStore {
    /// A list of the console's list: its owner by name (a unit, or a person's user name) and how many members.
    package struct AdminRow: Decodable, Sendable {
        package var id: String
        package var name: String
        package var description: String
        package var ownerName: String
        package var members: Int64
    }

    /// The lists whose name or description contains `text`.
    package func page(text: String?, list: ListQuery, actor: Principal) async throws -> ListRows<AdminRow> {
        var sql: SQLQueryString = """
            SELECT d.id AS id, d.name AS name, d.description AS description,
                COALESCE(o.username, d.owner) AS owner_name,
                (SELECT COUNT(*) FROM distribution_list_members m WHERE m.list_id = d.id) AS members
            FROM distribution_lists d LEFT JOIN users o ON d.owner_kind = 'user' AND o.id = d.owner
            WHERE 1 = 1
            """
        if let text {
            let pattern = LikePattern.containing(text)
            sql +=
                " AND (\(LikePattern.matches("d.name", pattern)) OR \(LikePattern.matches("d.description", pattern)))"
        }
        return try await ListReader.read(sql, list: list, database: database, audit: audit, actor: actor)
    }
}
