import SQLKit

/// What a list page offers: the columns it sorts by (each an SQL expression of the list's own query, never text
/// from the request), its default order, the filters it keeps in its links, and the size of a page.
///
/// The spec is a constant of the controller; `ListQuery` reads a request against it.
package struct ListSpec: Sendable {
    /// One column of the list: its header, and how it sorts when it does.
    package struct Column: Sendable {
        /// Its name in `?sort=` and in the header's id (`sort-<id>`).
        package var id: String
        /// The string key of its header.
        package var key: String
        /// The SQL expressions it orders by, in order (a constant of the code); empty when it does not sort.
        package var order: [String]

        package init(_ id: String, _ key: String, order: [String] = []) {
            self.id = id
            self.key = key
            self.order = order
        }

        package var isSortable: Bool { !order.isEmpty }
    }

    /// The list's name in its export's audit event and file name (`health.patients`).
    package var name: String
    /// The page's path, the base of every link the list draws.
    package var path: String
    package var columns: [Column]
    package var defaultSort: String
    package var defaultDescending: Bool
    /// The query parameters that filter the list: its links and its CSV link keep them.
    package var filters: [String]
    /// The last key of every order, so that a page never depends on how the database breaks ties.
    package var tieBreaker: String
    package var pageSize: Int
    /// The most rows one CSV export carries.
    package var exportLimit: Int

    package init(
        name: String, path: String, columns: [Column], defaultSort: String, defaultDescending: Bool = false,
        filters: [String] = [], tieBreaker: String = "o.id", pageSize: Int = 50, exportLimit: Int = 5000
    ) {
        precondition(columns.contains { $0.id == defaultSort && $0.isSortable }, "The default sort must be a column")
        self.name = name
        self.path = path
        self.columns = columns
        self.defaultSort = defaultSort
        self.defaultDescending = defaultDescending
        self.filters = filters
        self.tieBreaker = tieBreaker
        self.pageSize = pageSize
        self.exportLimit = exportLimit
    }
}
