import ChanceryKit

/// One kind of task an office sets a person (items to verify, releases to approve…) with what waits in it: the
/// "My work" page lists every office's, and each desk's counts link there.
///
/// An office builds it with its trimmed stores only: an item the person may not read is never in `items`, nor
/// counted in `total`.
package struct WorkList: Sendable {
    /// The task's id, `<office>.<task>`: its name is the string `work.<id>`.
    package var task: String
    /// How many wait (trimmed), which may be more than `items` holds.
    package var total: Int
    /// The office's own page of the whole queue.
    package var href: String
    package var items: [WorkItem]

    package init(task: String, total: Int, href: String, items: [WorkItem]) {
        self.task = task
        self.total = total
        self.href = href
        self.items = items
    }
}

/// One thing waiting for a person.
package struct WorkItem: Sendable {
    /// What it is, as the person may read it (a reference and a title, a patient's name…).
    package var title: String
    package var href: String
    /// Since when it waits (milliseconds), if known.
    package var since: Int64?
    /// By when it is due (`YYYY-MM-DD`, headquarters calendar), if it has a deadline.
    package var due: String?
    /// The label of what `title` shows: the page is marked with the dominant label of its rows.
    package var label: SecurityLabel
    /// The name its task's list sorts it by (its `item` column, lower-cased in SQL): `title`, or the part of it the
    /// office's SQL orders by (a record's title without its reference).
    package var sortName: String
    /// The object the row shows (its title, its patient…), if it shows one, and whether reading it is audited: the
    /// page audits the objects of the rows it shows, the CSV names every object it carries.
    package var object: (id: String, readIsAudited: Bool)?

    package init(
        title: String, href: String, label: SecurityLabel, since: Int64? = nil, due: String? = nil,
        sortName: String? = nil, shows object: LabelledObject? = nil
    ) {
        self.title = title
        self.href = href
        self.label = label
        self.since = since
        self.due = due
        self.sortName = sortName ?? title
        self.object = object.map { ($0.id, $0.readIsAudited) }
    }

    /// Past its deadline today.
    package var isOverdue: Bool {
        guard let due else { return false }
        return due < HeadquartersCalendar.day(Clock.nowMilliseconds())
    }
}
