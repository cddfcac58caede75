import ChanceryKit
import Foundation
import Hummingbird

/// "My work": one page per person listing what waits for them across every office, with due dates, sortable,
/// each row a link to the item and each task to the office's own queue. Every office contributes its tasks
/// through `Office.work(for:window:chancery:_:)`, built on its trimmed stores.
///
/// Sorting and paging are correct over every task's items, not a window of them: each task reads, in SQL and in the
/// page's order, the items up to the end of the page asked for, and the page merges them (`WorkWindow`).
package struct WorkController: SignedInPages {
    package let chancery: Chancery

    package typealias Sort = WorkWindow.Sort

    package enum Order: String, CaseIterable {
        case asc, desc
    }

    package init(chancery: Chancery) {
        self.chancery = chancery
    }

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/work", use: page)
    }

    /// Every office's tasks for the principal, each with its first `window.limit` items in the window's order; those
    /// with nothing waiting left out.
    package func lists(for principal: Principal, window: WorkWindow, _ t: Localizer) async throws -> [WorkList] {
        var lists: [WorkList] = []
        for office in InstalledOffices.catalog.offices {
            lists += try await office.work(for: principal, window: window, chancery: chancery, t)
        }
        return lists.filter { $0.total > 0 }
    }

    /// My work as a list: its columns' orders are the tasks' own (`WorkWindow.spec`), merged by the page.
    package static let workList = ListSpec(
        name: "work", path: "/work",
        columns: Sort.allCases.map { .init($0.rawValue, "work.col.\($0.rawValue)", order: [$0.rawValue]) },
        defaultSort: "due", filters: ["task"], exportLimit: WorkWindow.maxDepth)

    @Sendable package func page(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let fields = WebForm.queryFields(request)
        let sort = try Self.choice(fields["sort"], Sort.self, field: "sort") ?? .due
        let descending = try Self.choice(fields["order"], Order.self, field: "order") == .desc
        let list = try ListQuery(fields: fields, Self.workList)
        let end = list.isExport ? WorkWindow.maxDepth : list.offset + list.pageSize
        guard end <= WorkWindow.maxDepth else { throw AppError.invalidQuery("page", reasonKey: "list.reason.page") }
        let window = WorkWindow(sort: sort, descending: descending, limit: end)
        let lists = try await lists(for: context.principal, window: window, t)
        let task = list.filter("task")
        if let task, !lists.contains(where: { $0.task == task }), !Self.isTaskName(task) {
            throw AppError.invalidField("task", reasonKey: "work.reason.task")
        }
        let shown = lists.filter { task == nil || $0.task == task }
        let merged = window.merge(shown, first: end) { t("work.\($0)") }
        let slice = merged.dropFirst(list.isExport ? 0 : list.offset)
        let rows = slice.map { list, item in
            WorkPage.Row(
                task: t("work.\(list.task)"), title: item.title, href: item.href,
                since: item.since.map { DayText.day($0, t) } ?? "", sinceValue: item.since ?? 0,
                due: item.due.map { DayText.withWeekday($0, t) } ?? "", dueValue: item.due ?? "",
                overdue: item.isOverdue, label: item.label)
        }
        // The page shows the items' titles together: it is marked with the dominant label of the rows it shows.
        let label = (try? SecurityLabel.dominant(of: rows.map(\.label))) ?? .unclassified
        let objects = slice.compactMap(\.item.object)
        if list.isExport { return try await export(rows, list, objects: objects.map(\.id), label: label, context) }
        try await audit(shown: objects.filter(\.readIsAudited).map(\.id), by: context.principal)
        let total = shown.reduce(0) { $0 + $1.total }
        let model = WorkPage(
            t: WorkPage.labels(t), hasRows: !rows.isEmpty, rows: rows, hasTasks: !lists.isEmpty,
            tasks: lists.map { list in
                WorkPage.Task(
                    id: list.task, name: t("work.\(list.task)"), total: list.total, queue: list.href,
                    filter: "/work?task=\(list.task)", current: list.task == task)
            },
            filtered: task.map { t("work.filtered", ["task": t("work.\($0)")]) },
            headers: list.headers(t),
            pager: list.pager(
                shown: rows.count, hasMore: end < min(total, WorkWindow.maxDepth), total: total, t))
        return PageRenderer.response(
            "work", model, frame: frame(t("work.title"), label: label, path: "/work", context))
    }

    /// The objects the page shows whose reading is audited, as one `object.list` (the tasks' stores read further than
    /// the page shows and leave the auditing to it).
    private func audit(shown: [String], by principal: Principal) async throws {
        guard !shown.isEmpty else { return }
        let audit = chancery.audit
        let event = AuditEntry(
            actor: principal.id, action: "object.list", relatedObjectIDs: shown,
            details: ["count": String(shown.count), "list": Self.workList.name])
        try await chancery.database.transaction { db in try await audit.append(event, on: db) }
    }

    /// The rows as CSV, in the page's order, audited as an export of the list naming every object it carries.
    private func export(
        _ rows: [WorkPage.Row], _ list: ListQuery, objects: [String], label: SecurityLabel,
        _ context: SignedInContext
    ) async throws -> Response {
        let t = context.localizer
        let audit = chancery.audit
        let event = ListExport.event(list, count: rows.count, objects: objects, by: context.principal)
        try await chancery.database.transaction { db in try await audit.append(event, on: db) }
        return CSVTable(
            banner: t.banner(label), header: list.spec.columns.map { t($0.key) },
            rows: rows.map { [$0.dueValue, $0.since, $0.task, $0.title] }
        ).response(name: list.spec.name, label: label)
    }

    /// A task id's shape (`office.task`), so that a task with nothing waiting is an empty page, not an error.
    static func isTaskName(_ text: String) -> Bool {
        text.count <= 60 && text.split(separator: ".").count == 2
            && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-") }
    }

    static func choice<E: RawRepresentable & CaseIterable>(_ text: String?, _ type: E.Type, field: String) throws -> E?
    where E.RawValue == String {
        guard let text, !text.isEmpty else { return nil }
        guard let value = E(rawValue: text) else {
            throw AppError.invalidField(field, reasonKey: "work.reason.\(field)")
        }
        return value
    }

}
