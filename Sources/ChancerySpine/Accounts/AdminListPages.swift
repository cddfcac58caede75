import ChanceryKit
import SQLKit

/// The console's lists of groups, units and sign-in counters, read in SQL through `ListReader`: each sorts by the
/// columns its `ListSpec` names (`l.<column>`), is paged and counted in the database, and an export is audited.

extension GroupStore {
    /// A group of the console's list, with how many accounts belong to it.
    package struct ListRow: Decodable, Sendable {
        package var name: String
        package var title: String
        package var members: Int64
    }

    /// The groups whose name or title contains `text`, with their member counts.
    package func page(text: String?, list: ListQuery, actor: Principal) async throws -> ListRows<ListRow> {
        var sql: SQLQueryString = """
            SELECT g.name AS name, g.title AS title,
                (SELECT COUNT(*) FROM users u
                 WHERE (',' || u.groups_list || ',') LIKE ('%,' || REPLACE(g.name, '_', '\\_') || ',%') ESCAPE '\\'
                ) AS members
            FROM access_groups g WHERE 1 = 1
            """
        if let text {
            let pattern = LikePattern.containing(text)
            sql += " AND (\(LikePattern.matches("g.name", pattern)) OR \(LikePattern.matches("g.title", pattern)))"
        }
        return try await ListReader.read(sql, list: list, database: database, audit: audit, actor: actor)
    }
}

extension UserStore {
    /// A unit of the console's list, with how many accounts belong to it.
    package struct UnitRow: Decodable, Sendable {
        package var name: String
        package var accounts: Int64
    }

    /// The units some account belongs to (those whose name contains `text`), with their account counts. A unit
    /// exists only as a name in the accounts' `units` column: the query splits it, each engine its own way.
    package func unitPage(text: String?, list: ListQuery, actor: Principal) async throws -> ListRows<UnitRow> {
        var sql: SQLQueryString =
            database.engine == .postgres
            ? """
            SELECT x.name AS name, COUNT(*) AS accounts
            FROM users u CROSS JOIN LATERAL unnest(string_to_array(u.units, ',')) AS x(name)
            WHERE x.name <> ''
            """
            // The list becomes a JSON array once its backslashes and quotes are escaped and each name quoted.
            : """
            SELECT x.value AS name, COUNT(*) AS accounts
            FROM users u,
                json_each('["' || REPLACE(REPLACE(REPLACE(u.units, '\\', '\\\\'), '"', '\\"'), ',', '","') || '"]') x
            WHERE u.units <> '' AND x.value <> ''
            """
        let name = database.engine == .postgres ? "x.name" : "x.value"
        if let text { sql += " AND \(LikePattern.matches(name, LikePattern.containing(text)))" }
        sql += " GROUP BY \(SQLQueryString(name))"
        return try await ListReader.read(sql, list: list, database: database, audit: audit, actor: actor)
    }
}

extension LoginThrottleStore {
    /// The counters that count (as `list()`), those whose name or address contains `text`.
    package func page(text: String?, list: ListQuery, actor: Principal) async throws -> ListRows<LoginThrottle> {
        let cutoff = now() - policy.forgetAfter
        var sql: SQLQueryString = """
            SELECT \(LoginThrottle.columns) FROM login_throttles
            WHERE failures > 0 AND last_failure_at >= \(bind: cutoff)
            """
        if let text {
            let pattern = LikePattern.containing(text)
            sql += " AND (\(LikePattern.matches("username", pattern)) OR \(LikePattern.matches("address", pattern)))"
        }
        return try await ListReader.read(sql, list: list, database: database, audit: audit, actor: actor)
    }
}
