import ChanceryKit
import ChancerySpine

/// The office's menu, the same on every page of the office, and its part of "My work".
extension RecruitmentOffice {
    package var homePath: String { "/recruitment/vacancies" }

    /// The assistants' home is the vacancies; the head's the dashboard; a marker's their scripts, a panel member's
    /// their panels (neither may read a vacancy).
    package func homePath(for principal: Principal) -> String {
        if !RecruitmentOffice.assistants.isDisjoint(with: principal.roles) { return homePath }
        if principal.roles.contains(.recruitmentHead) { return "/recruitment/dashboard" }
        if principal.roles.contains(.recruitmentMarker) { return "/recruitment/scripts" }
        if principal.roles.contains(.recruitmentPanel) { return "/recruitment/panels" }
        return homePath
    }

    package var menu: [MenuLink] {
        let assistants = MenuLink.anyOf(RecruitmentOffice.assistants)
        return [
            MenuLink("vacancies", "/recruitment/vacancies", "recruitment.menu.vacancies", for: assistants),
            MenuLink("import", "/recruitment/vacancies/import", "recruitment.menu.import", for: assistants),
            MenuLink("written-tests", "/recruitment/written-tests", "recruitment.menu.writtenTests", for: assistants),
            MenuLink(
                "letter-templates", "/recruitment/letter-templates", "recruitment.menu.letterTemplates", for: assistants
            ),
            MenuLink("travel-budget", "/recruitment/travel-budget", "recruitment.travel.menu", for: assistants),
            MenuLink(
                "dashboard", "/recruitment/dashboard", "recruitment.menu.dashboard",
                for: MenuLink.anyOf(RecruitmentReportStore.readers)),
            MenuLink(
                "reports", "/recruitment/reports", "recruitment.menu.reports",
                for: MenuLink.anyOf(RecruitmentReportStore.readers)),
            MenuLink(
                "scripts", "/recruitment/scripts", "recruitment.menu.scripts",
                for: MenuLink.anyOf([.recruitmentMarker])),
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
        let tests = try await writtenTestWork(for: principal, window: window, chancery: chancery, t)
        guard !RecruitmentOffice.assistants.isDisjoint(with: principal.roles) else { return tests + panelTasks }
        let others =
            try await ScreeningWork.lists(for: principal, window: window, chancery: chancery, t) + tests + panelTasks
        let store = chancery.recruitment
        let drafts = try await store.vacancyCount(state: .draft, by: principal)
        guard drafts > 0 else { return others }
        let items = try await store.vacancies(
            state: .draft, list: try window.query(Self.workDrafts), by: principal
        ).items
        return [
            WorkList(
                task: "recruitment.drafts", total: drafts, href: "/recruitment/vacancies?state=draft",
                items: items.map {
                    WorkItem(
                        title: $0.title(in: t.language), href: "/recruitment/vacancies/\($0.object.id)",
                        label: $0.object.label,
                        since: $0.object.createdAt, due: $0.deadlineAt.map { HeadquartersCalendar.day($0) },
                        shows: $0.object)
                })
        ] + others
    }
}

/// The written tests' part of "My work": scripts to mark for the markers, marked sessions whose results are to be
/// published for the assistants.
extension RecruitmentOffice {
    static let workScripts = WorkWindow.spec(
        name: "recruitment.work.scripts", due: ["t.starts_at"], since: ["t.starts_at"], item: ["sc.code"])

    static let workResults = WorkWindow.spec(
        name: "recruitment.work.results", due: ["t.starts_at"], since: ["o.updated_at"], item: ["LOWER(o.title)"])

    func writtenTestWork(for principal: Principal, window: WorkWindow, chancery: Chancery, _ t: Localizer) async throws
        -> [WorkList]
    {
        let store = chancery.writtenTests
        var lists: [WorkList] = []
        if principal.roles.contains(.recruitmentMarker) {
            let count = try await store.scriptCount(toMark: true, by: principal)
            if count > 0 {
                let items = try await store.scripts(
                    toMark: true, list: try window.query(Self.workScripts), by: principal
                )
                .items
                lists.append(
                    WorkList(
                        task: "recruitment.scripts", total: count, href: "/recruitment/scripts?state=to-mark",
                        items: items.map {
                            WorkItem(
                                title: $0.code, href: "/recruitment/scripts/\($0.object.id)", label: $0.object.label,
                                since: $0.startsAt, due: nil, shows: $0.object)
                        }))
            }
        }
        if !Self.assistants.isDisjoint(with: principal.roles) {
            let count = try await store.sessionCount(state: .marked, by: principal)
            if count > 0 {
                let items = try await store.sessions(
                    state: .marked, list: try window.query(Self.workResults), by: principal
                ).items
                let named = try await chancery.recruitment.vacancies(items.map(\.vacancyId), by: principal)
                lists.append(
                    WorkList(
                        task: "recruitment.results", total: count, href: "/recruitment/written-tests?state=marked",
                        items: items.map {
                            WorkItem(
                                title: $0.title(in: t.language, vacancy: named[$0.vacancyId]),
                                href: "/recruitment/written-tests/\($0.object.id)",
                                label: $0.object.label, since: $0.object.updatedAt, due: nil, shows: $0.object)
                        }))
            }
        }
        return lists
    }
}
