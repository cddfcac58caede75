import ChanceryKit
import ChancerySpine

/// Screening's task in My work: the applications still at `applied`, oldest first, each linking to its screening
/// form. Read trimmed, in the page's order; only for the recruitment assistants.
enum ScreeningWork {
    static let spec = WorkWindow.spec(
        name: "recruitment.work.screening", since: ["a.submitted_at"], item: ["LOWER(a.reference)"])

    static func lists(for principal: Principal, window: WorkWindow, chancery: Chancery, _ t: Localizer) async throws
        -> [WorkList]
    {
        guard !RecruitmentOffice.assistants.isDisjoint(with: principal.roles) else { return [] }
        let store = chancery.screening
        let total = try await store.count(of: nil, stage: .applied, by: principal)
        guard total > 0 else { return [] }
        let items = try await store.toScreen(list: try window.query(spec), by: principal)
        return [
            WorkList(
                task: "recruitment.screening", total: total, href: "/recruitment/vacancies?state=published",
                items: items.map {
                    WorkItem(
                        title: "\($0.reference) — \(ScreeningWebController.candidate($0))",
                        href: "/recruitment/applications/\($0.object.id)/screening", label: $0.object.label,
                        since: $0.submittedAt, sortName: $0.reference.lowercased(), shows: $0.object)
                })
        ]
    }
}
