/// What "My work" asks each task for: its first `limit` items in the page's order, read in SQL by the office.
///
/// The page's rows `offset..<offset + pageSize` are among the first `offset + pageSize` rows of the merged list, and
/// those are among the first `offset + pageSize` items of each task: so each task reads that many in its own order
/// (`ORDER BY … LIMIT`, trimmed), and the page merges them, trusting each task's order, and keeps its slice. Each item
/// is listed once whatever the page, in order; what one request reads per task is bounded by `WorkWindow.maxDepth`.
package struct WorkWindow: Sendable {
    /// The columns "My work" sorts by.
    package enum Sort: String, CaseIterable, Sendable {
        case due, since, task, item
    }

    package var sort: Sort
    package var descending: Bool
    /// How many items of each task to read: the rows up to the end of the page shown.
    package var limit: Int

    /// The furthest row a page of "My work" may end at (and the most rows its CSV carries): what one task reads at
    /// most for one request.
    package static let maxDepth = 5000

    package init(sort: Sort, descending: Bool, limit: Int) {
        self.sort = sort
        self.descending = descending
        self.limit = limit
    }

    /// The columns a task's list spec must offer, each a fixed SQL expression: `due` (its deadline, then since when
    /// it waits; a task without deadlines sorts by the latter alone), `since` and `item` (the lower-cased name its
    /// `WorkItem.sortName` holds). Sorting by task sorts each task's items by `since`.
    package static func spec(
        name: String, due: [String]? = nil, since: [String], item: [String], tieBreaker: String = "o.id"
    ) -> ListSpec {
        ListSpec(
            name: name, path: "/work",
            columns: [
                .init("due", "work.col.due", order: due ?? since), .init("since", "work.col.since", order: since),
                .init("item", "work.col.item", order: item),
            ],
            defaultSort: "due", tieBreaker: tieBreaker, pageSize: 1, exportLimit: maxDepth)
    }

    /// The task's list query for this window: its first `limit` items in the page's order, not audited by the store
    /// (the page audits the rows it shows).
    package func query(_ spec: ListSpec) throws -> ListQuery {
        var query = try ListQuery(
            fields: ["sort": sort == .task ? "since" : sort.rawValue, "order": descending ? "desc" : "asc"], spec)
        query.pageSize = limit
        // the page shows a slice of what each task reads: it audits the rows it shows, not the office's store
        query.auditsRead = false
        return query
    }
}

extension WorkWindow {
    /// The first `count` rows of every task's items merged in the window's order: each task's items stay in the order
    /// its office read them; between tasks the heads are compared by the sort's key (then by task, for a stable
    /// order when keys tie). `taskName` is a task's name as the page shows it (the key of the task sort).
    package func merge(_ lists: [WorkList], first count: Int, taskName: (String) -> String) -> [(
        list: WorkList, item: WorkItem
    )] {
        var heads = Array(repeating: 0, count: lists.count)
        var merged: [(list: WorkList, item: WorkItem)] = []
        let names = lists.map { taskName($0.task) }
        while merged.count < count {
            var best: Int?
            for index in lists.indices where heads[index] < lists[index].items.count {
                guard let current = best else {
                    best = index
                    continue
                }
                if precedes(
                    (lists[index].items[heads[index]], names[index], lists[index].task),
                    (lists[current].items[heads[current]], names[current], lists[current].task))
                {
                    best = index
                }
            }
            guard let best else { break }
            merged.append((lists[best], lists[best].items[heads[best]]))
            heads[best] += 1
        }
        return merged
    }

    /// Whether `a` comes before `b` in the window's order; equal keys fall back to the task id, ascending.
    func precedes(_ a: (item: WorkItem, name: String, task: String), _ b: (item: WorkItem, name: String, task: String))
        -> Bool
    {
        let order: (Bool, Bool)  // (a before b, b before a) by the sort key alone
        switch sort {
        case .due:
            let left = (a.item.due ?? "9999-12-31", a.item.since ?? 0)
            let right = (b.item.due ?? "9999-12-31", b.item.since ?? 0)
            order = (left < right, right < left)
        case .since: order = ((a.item.since ?? 0) < (b.item.since ?? 0), (b.item.since ?? 0) < (a.item.since ?? 0))
        case .task: order = (a.name < b.name, b.name < a.name)
        case .item:
            let (left, right) = (a.item.sortName.lowercased(), b.item.sortName.lowercased())
            order = (left < right, right < left)
        }
        if order.0 != order.1 { return descending ? order.1 : order.0 }
        return a.task < b.task
    }
}
