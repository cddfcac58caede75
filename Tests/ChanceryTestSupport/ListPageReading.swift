import Foundation

/// How a test reads a list page (`ListQuery`'s headers, rows and pager), the same way for every list.
extension String {
    /// The `href` of the element with this id as a client follows it (`&amp;` unescaped); empty when there is none.
    package func link(id: String) -> String {
        (firstHref(id: id) ?? "").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The ids of a table's rows `<tr id="PREFIX-ID" …>`, in the page's order.
    package func rowIDs(prefix: String) -> [String] {
        let pattern = #"<tr id=""# + NSRegularExpression.escapedPattern(for: prefix) + #"-([^"]+)""#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: self, range: NSRange(startIndex..., in: self)).compactMap { match in
            Range(match.range(at: 1), in: self).map { String(self[$0]) }
        }
    }

    /// The link of a sortable column's header (`sort-COLUMN`: the list sorted by it, or in the other order when it
    /// is the sorted one), unescaped; empty when the column does not sort.
    package func sortLink(_ column: String) -> String { link(id: "sort-\(column)") }

    /// The text of a sortable column's header.
    package func sortHeader(_ column: String) -> String? { element(id: "sort-\(column)") }
}
