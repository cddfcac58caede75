import ChanceryKit
import ChancerySpine
import SQLKit

/// The panel members' part of "My work": declarations to sign, scorecards to complete, reports to sign. Each is the
/// trimmed list of the panels the member reads through their own access entry, narrowed by their seat's row.
extension RecruitmentOffice {
    /// The panel joined to the reader's own seat on it.
    static let seatJoin: SQLQueryString = """
        JOIN recruitment_panels p ON p.object_id = o.id JOIN recruitment_panel_members m ON m.panel_id = o.id
        """

    /// The panels waiting for the member, oldest first.
    static let workPanels = WorkWindow.spec(
        name: "recruitment.work.panels", since: ["o.created_at"], item: ["LOWER(o.title)"])

    /// Each task's condition on the reader's seat `m` and its panel `p`.
    static func panelTasks(for principal: Principal) -> [(task: String, filter: SQLQueryString)] {
        let mine: SQLQueryString = " AND o.kind = \(bind: Panel.kind) AND m.member_id = \(bind: principal.id)"
        return [
            ("recruitment.declarations", mine + " AND m.declaration IS NULL AND p.report_state <> 'signed'"),
            (
                "recruitment.scorecards",
                mine
                    + " AND m.declaration = 'no-conflict' AND p.report_state <> 'signed' AND m.scores_given < p.expected_scores"
            ),
            (
                "recruitment.reports",
                mine + " AND m.declaration = 'no-conflict' AND m.role = 'chair' AND p.report_state = 'drafted'"
            ),
        ]
    }

    /// The member's panel tasks, each with its trimmed total and its first items in the window's order.
    func panelWork(for principal: Principal, window: WorkWindow, chancery: Chancery) async throws -> [WorkList] {
        guard principal.roles.contains(.recruitmentPanel) else { return [] }
        var lists: [WorkList] = []
        for (task, filter) in Self.panelTasks(for: principal) {
            let total = try await chancery.objects.count(join: Self.seatJoin, filter: filter, by: principal)
            guard total > 0 else { continue }
            let items = try await chancery.objects.listPage(
                join: Self.seatJoin, filter: filter, query: try window.query(Self.workPanels), by: principal,
                decode: { try LabelledObject(row: $0) }
            ).items
            lists.append(
                WorkList(
                    task: task, total: total, href: "/recruitment/panels",
                    items: items.map {
                        WorkItem(
                            title: $0.title, href: "/recruitment/panels/\($0.id)", label: $0.label, since: $0.createdAt,
                            due: nil, shows: $0)
                    }))
        }
        return lists
    }
}
