import ChanceryKit

/// The "My work" page.
package struct WorkPage: PageModel {
    package struct Row {
        package var task: String
        package var title: String
        package var href: String
        package var since: String
        package var sinceValue: Int64
        package var due: String
        package var dueValue: String
        package var overdue: Bool
        package var label: SecurityLabel
    }

    /// One task with its count, its office queue and a link that shows only its items.
    package struct Task {
        package var id: String
        package var name: String
        package var total: Int
        package var queue: String
        package var filter: String
        package var current: Bool
    }

    package var t: [String: String]
    package var hasRows: Bool
    package var rows: [Row]
    package var hasTasks: Bool
    package var tasks: [Task]
    package var filtered: String?
    package var headers: [ListHeader]
    package var pager: ListPager

    static let keys = ["title", "empty", "tasks", "queue", "all", "overdue", "intro"]

    package static func labels(_ t: Localizer) -> [String: String] {
        Dictionary(uniqueKeysWithValues: keys.map { ($0, t("work.\($0)")) })
    }
}
