import Foundation
import Hummingbird
import SQLKit

/// A list page's request read against its `ListSpec`: the column it sorts by and in which direction, the page, the
/// filters, and whether it asks for the CSV. `?sort=` names a column of the spec's allow-list, `?order=` is `asc` or
/// `desc`, `?page=` a page from 1, `?limit=` its rows (1 to 200), `?format=csv` the export; anything else is refused with a sentence (400), never
/// read into SQL.
package struct ListQuery: Sendable {
    package let spec: ListSpec
    package var sort: ListSpec.Column
    package var descending: Bool
    /// The page, from 1.
    package var page: Int
    /// Rows per page: `?limit=` (1 to 200) or the spec's size.
    package var pageSize: Int
    /// The non-empty filters the request carries, in the spec's order.
    package var filters: [(name: String, value: String)]
    package var isExport: Bool
    /// Whether the store audits the rows it reads as an `object.list`: false when the caller shows only part of what it
    /// reads and audits what it shows itself ("My work" reads each task up to the end of its page, then keeps a slice).
    /// An export is audited whatever this says.
    package var auditsRead = true

    /// The furthest page a link may ask for: beyond it the offset would only scan rows nobody reads.
    package static let lastPage = 10_000
    package static let maxPageSize = 200

    package init(_ request: Request, _ spec: ListSpec) throws {
        try self.init(fields: WebForm.queryFields(request), spec)
    }

    package init(fields: [String: String], _ spec: ListSpec) throws {
        self.spec = spec
        let sortID = fields["sort"].flatMap { $0.isEmpty ? nil : $0 } ?? spec.defaultSort
        guard let column = spec.columns.first(where: { $0.id == sortID && $0.isSortable }) else {
            throw AppError.invalidQuery("sort", reasonKey: "list.reason.sort")
        }
        sort = column
        switch fields["order"] {
        case nil, "": descending = sortID == spec.defaultSort ? spec.defaultDescending : false
        case "asc": descending = false
        case "desc": descending = true
        default: throw AppError.invalidQuery("order", reasonKey: "list.reason.order")
        }
        if let text = fields["page"], !text.isEmpty {
            guard let page = Int(text), (1...Self.lastPage).contains(page) else {
                throw AppError.invalidQuery("page", reasonKey: "list.reason.page")
            }
            self.page = page
        } else {
            page = 1
        }
        if let text = fields["limit"], !text.isEmpty {
            pageSize = try Pagination.limit(text, standard: spec.pageSize, max: Self.maxPageSize)
        } else {
            pageSize = spec.pageSize
        }
        switch fields["format"] {
        case nil, "": isExport = false
        case "csv": isExport = true
        default: throw AppError.invalidQuery("format", reasonKey: "list.reason.format")
        }
        filters = spec.filters.compactMap { name in
            guard let value = fields[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return (name, value)
        }
    }

    /// The value of a filter, nil when the request does not set it.
    package func filter(_ name: String) -> String? {
        filters.first { $0.name == name }?.value
    }

    /// ` ORDER BY …`: the column's expressions in the chosen direction, then the spec's tie-breaker.
    package var orderBy: SQLQueryString {
        let direction = descending ? "DESC" : "ASC"
        let keys = (sort.order + [spec.tieBreaker]).map { "\($0) \(direction)" }.joined(separator: ", ")
        return " ORDER BY \(unsafeRaw: keys)"
    }

    /// The rows before this page.
    package var offset: Int { (page - 1) * pageSize }

    /// How many rows to read: a page (and one more, to know whether another follows), or the whole export.
    package var limit: Int { isExport ? spec.exportLimit : pageSize }

    /// The link to this list with these changes: the filters are always kept.
    package func href(sort: String? = nil, descending: Bool? = nil, page: Int? = nil, export: Bool = false) -> String {
        var items = filters.map { URLQueryItem(name: $0.name, value: $0.value) }
        items.append(URLQueryItem(name: "sort", value: sort ?? self.sort.id))
        items.append(URLQueryItem(name: "order", value: (descending ?? self.descending) ? "desc" : "asc"))
        if pageSize != spec.pageSize, !export { items.append(URLQueryItem(name: "limit", value: String(pageSize))) }
        let page = page ?? self.page
        if page > 1, !export { items.append(URLQueryItem(name: "page", value: String(page))) }
        if export { items.append(URLQueryItem(name: "format", value: "csv")) }
        var components = URLComponents()
        components.path = spec.path
        components.queryItems = items
        // A literal + would be read back as a space: the pages read their query strings as forms.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        return components.string ?? spec.path
    }

    /// The CSV of this list as the page shows it: same filters, same order, every page.
    package var exportHref: String { href(export: true) }

    /// The column headers: a sortable one links to its order (the current column to the other direction) and the
    /// current one carries `aria-sort`.
    package func headers(_ t: Localizer) -> [ListHeader] {
        spec.columns.map { column in
            let current = column.id == sort.id
            return ListHeader(
                id: column.id, name: t(column.key),
                href: column.isSortable
                    ? href(sort: column.id, descending: current ? !descending : false, page: 1) : nil,
                ariaSort: current ? (descending ? "descending" : "ascending") : nil,
                arrow: current ? (descending ? "▼" : "▲") : nil)
        }
    }

    /// How many rows the filters match: those shown when the first page holds them all, else what `count` says,
    /// so that a short list costs no second query.
    package func total(shown: Int, hasMore: Bool, count: () async throws -> Int) async rethrows -> Int {
        page == 1 && !hasMore ? shown : try await count()
    }

    /// The pager under the list: which rows show of how many, the links before and after, and the CSV link.
    package func pager(shown: Int, hasMore: Bool, total: Int, _ t: Localizer) -> ListPager {
        let first = shown == 0 ? 0 : offset + 1
        return ListPager(
            label: t("list.pager"),
            text: total == 0
                ? t("list.none")
                : t(
                    "list.rows",
                    ["first": String(first), "last": String(offset + shown), "total": String(total)]),
            previous: page > 1 ? href(page: page - 1) : nil, previousLabel: t("list.previous"),
            next: hasMore && page < Self.lastPage ? href(page: page + 1) : nil, nextLabel: t("list.next"),
            csv: exportHref, csvLabel: t("list.csv"))
    }
}

/// A column header of a list page.
package struct ListHeader: Sendable {
    package var id: String
    package var name: String
    package var href: String?
    /// `ascending` or `descending` on the column the list is sorted by.
    package var ariaSort: String?
    package var arrow: String?
}

/// The pager and export link of a list page.
package struct ListPager: Sendable {
    package var label: String
    package var text: String
    package var previous: String?
    package var previousLabel: String
    package var next: String?
    package var nextLabel: String
    package var csv: String
    package var csvLabel: String
}

/// The partials every list page draws: `{{> list-headers}}` inside `<thead><tr>`, `{{> list-pager}}` under the table.
package enum ListTemplates {
    package static let all: [(String, String)] = [
        ("list-headers", headers), ("list-pager", pager), ("list-search", search),
    ]

    package static let headers = """
        {{#headers}}<th scope="col"{{#ariaSort}} aria-sort="{{ariaSort}}"{{/ariaSort}}>{{#href}}<a id="sort-{{id}}" href="{{href}}">{{name}}{{#arrow}} <span aria-hidden="true">{{arrow}}</span>{{/arrow}}</a>{{/href}}{{^href}}{{name}}{{/href}}</th>{{/headers}}
        """

    package static let search = """
        {{#search}}<form id="list-filter" method="get" action="{{action}}" class="inline-form" role="search" aria-label="{{label}}"><label for="q">{{fieldLabel}}</label> <input id="q" name="q" type="search" maxlength="100" value="{{q}}"><input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}"> <button id="filter-submit" type="submit">{{submit}}</button> <a href="{{action}}">{{clear}}</a></form>{{/search}}
        """

    package static let pager = """
        {{#pager}}<nav class="pager list-pager" aria-label="{{label}}"><span id="list-count" role="status">{{text}}</span>{{#previous}} <a id="previous-page" rel="prev" href="{{previous}}">{{previousLabel}}</a>{{/previous}}{{#next}} <a id="next-page" rel="next" href="{{next}}">{{nextLabel}}</a>{{/next}} <a id="csv-link" href="{{csv}}" type="text/csv">{{csvLabel}}</a></nav>{{/pager}}
        """
}
