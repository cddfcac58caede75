import ChanceryKit
import ChancerySpine

/// The office's menu, the same on every page of the office, and its part of "My work".
extension RecruitmentOffice {
    package var homePath: String { "/recruitment/vacancies" }

    package var menu: [MenuLink] {
        let assistants = MenuLink.anyOf(RecruitmentOffice.assistants)
        return [
            // the office's home, where the site menu leads a panel member too (who reads no vacancy: an empty list)
            MenuLink(
                "vacancies", "/recruitment/vacancies", "recruitment.menu.vacancies",
                for: MenuLink.anyOf([.recruitmentAssistant, .recruitmentPanel])),
            MenuLink("import", "/recruitment/vacancies/import", "recruitment.menu.import", for: assistants),
            MenuLink("travel-budget", "/recruitment/travel-budget", "recruitment.travel.menu", for: assistants),
            MenuLink("public-vacancies", "/vacancies", "recruitment.menu.public"),
            MenuLink(
                "panels", "/recruitment/panels", "recruitment.menu.panels",
                for: MenuLink.anyOf([.recruitmentAssistant, .recruitmentPanel])),
        ]
    }

    /// The drafts to complete and publish: by their deadline (a draft without one last), waiting since the import.
    static let workDrafts = WorkWindow.spec(
        name: "recruitment.work.drafts",
        due: ["CASE WHEN v.deadline_at IS NULL THEN 1 ELSE 0 END", "v.deadline_at", "o.created_at"],
        since: ["o.created_at"], item: ["LOWER(o.title)"])

    /// For the assistants: the drafts waiting to be completed and published, read in the page's order (trimmed).
    package func work(for principal: Principal, window: WorkWindow, chancery: Chancery, _ t: Localizer) async throws
        -> [WorkList]
    {
        let panelTasks = try await panelWork(for: principal, window: window, chancery: chancery)
        guard !RecruitmentOffice.assistants.isDisjoint(with: principal.roles) else { return panelTasks }
        let screening = try await ScreeningWork.lists(for: principal, window: window, chancery: chancery, t)
        let store = chancery.recruitment
        let drafts = try await store.vacancyCount(state: .draft, by: principal)
        guard drafts > 0 else { return screening + panelTasks }
        let items = try await store.vacancies(
            state: .draft, list: try window.query(Self.workDrafts), by: principal
        ).items
        return [
            WorkList(
                task: "recruitment.drafts", total: drafts, href: "/recruitment/vacancies?state=draft",
                items: items.map {
                    WorkItem(
                        title: $0.title, href: "/recruitment/vacancies/\($0.object.id)", label: $0.object.label,
                        since: $0.object.createdAt, due: $0.deadlineAt.map { HeadquartersCalendar.day($0) },
                        shows: $0.object)
                })
        ] + screening + panelTasks
    }
}
