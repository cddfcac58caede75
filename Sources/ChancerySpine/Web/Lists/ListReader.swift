import ChanceryKit
import Hummingbird
import SQLKit

/// A page of a list read in SQL: the rows, whether another page follows, and how many rows the filters match.
package struct ListRows<Row: Sendable>: Sendable {
    package var items: [Row]
    package var hasMore: Bool
    package var total: Int
}

/// Reads a list whose rows are not objects (the console's accounts, groups, units, sign-in counters, an office's
/// reference data) from one query of its own: `base` is a `SELECT` with its filters bound and no order, and the
/// list's `ListSpec` sorts by the columns it names, as `l.<column>`. Sorting, paging and counting happen in the
/// database; an export is audited (`list.export`) in the same transaction as the read of its rows.
package enum ListReader {
    package static func read<Row: Decodable & Sendable>(
        _ base: SQLQueryString, as type: Row.Type = Row.self, list: ListQuery, database: Database, audit: AuditLog,
        actor: Principal
    ) async throws -> ListRows<Row> {
        try await read(base, list: list, database: database, audit: audit, actor: actor) { try $0.decodeModel() }
    }

    /// The same, each row read by `row`.
    package static func read<Row: Sendable>(
        _ base: SQLQueryString, list: ListQuery, database: Database, audit: AuditLog, actor: Principal,
        row: @escaping @Sendable (any SQLRow) throws -> Row
    ) async throws -> ListRows<Row> {
        let limit = list.limit
        let offset = list.isExport ? 0 : list.offset
        return try await database.transaction { db in
            var items = try await db.raw(
                "SELECT * FROM (\(base)) l\(list.orderBy) LIMIT \(bind: limit + 1) OFFSET \(bind: offset)"
            ).all().map(row)
            let hasMore = items.count > limit
            if hasMore { items.removeLast() }
            let total =
                try await db.raw("SELECT COUNT(*) AS n FROM (\(base)) l").first()?.decode(column: "n", as: Int64.self)
                ?? 0
            if list.isExport {
                try await audit.append(ListExport.event(list, count: items.count, by: actor), on: db)
            }
            return ListRows(items: items, hasMore: hasMore, total: Int(total))
        }
    }
}

extension ListQuery {
    /// The value of a filter that must be one of `allowed`; any other is refused with a sentence (400).
    package func choice(_ name: String, in allowed: [String]) throws -> String? {
        guard let value = filter(name) else { return nil }
        guard allowed.contains(value) else { throw AppError.invalidQuery(name, reasonKey: "list.reason.filter") }
        return value
    }

    /// The value of a filter that must name a case of `type` (a state, a stage); any other is refused (400).
    package func choice<T: RawRepresentable>(_ name: String, as type: T.Type) throws -> T? where T.RawValue == String {
        try filter(name).map { value in
            guard let known = T(rawValue: value) else {
                throw AppError.invalidQuery(name, reasonKey: "list.reason.filter")
            }
            return known
        }
    }

    /// The value of a text filter, at most `max` characters; a longer one is refused with a sentence (400).
    package func text(_ name: String, max: Int = 100) throws -> String? {
        guard let value = filter(name) else { return nil }
        guard value.count <= max else { throw AppError.invalidQuery(name, reasonKey: "list.reason.text") }
        return value
    }

    /// The column headers of the CSV: every column's header but those that hold only buttons.
    package func csvHeader(_ t: Localizer, without: Set<String> = []) -> [String] {
        spec.columns.filter { !without.contains($0.id) }.map { t($0.key) }
    }
}

extension ListQuery {
    /// The list as CSV: `rows` under the headers of every column but `without` (those that hold only buttons),
    /// marked with `label` as the page that lists them is (the console's pages are unclassified), the file named
    /// after the list (or `name`).
    package func csv(
        _ rows: [[String]], label: SecurityLabel = .unclassified, name: String? = nil, _ t: Localizer,
        without: Set<String> = []
    ) -> Response {
        CSVTable(banner: t.banner(label), header: csvHeader(t, without: without), rows: rows)
            .response(name: name ?? spec.name, label: label)
    }

    /// The search box above a list that filters it by `?q=`, keeping its order.
    package func searchForm(_ t: Localizer) -> ListSearchForm {
        ListSearchForm(
            action: spec.path, label: t("list.search"), fieldLabel: t("list.search.q"), q: filter("q") ?? "",
            sort: sort.id, order: descending ? "desc" : "asc", submit: t("list.search.submit"),
            clear: t("list.search.clear"))
    }
}

/// The search box of a list (`{{> list-search}}`).
package struct ListSearchForm: Sendable {
    package var action: String
    package var label: String
    package var fieldLabel: String
    package var q: String
    package var sort: String
    package var order: String
    package var submit: String
    package var clear: String
}
