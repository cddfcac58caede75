import ChanceryKit
import Hummingbird

/// The home page: what the principal may do (their offices) and the latest items they may see.
package struct HomeController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/home", use: home)
    }

    @Sendable package func home(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let account = context.account
        let recent = try await chancery.objects.list(kind: nil, after: nil, limit: 10, by: context.principal).items
        var model = HomePage(
            t: [
                "title": t("home.title"), "profile": t("home.profile"), "clearance": t("home.clearance"),
                "nationality": t("home.nationality"), "categories": t("home.categories"), "units": t("home.units"),
                "groups": t("home.groups"), "roles": t("home.roles"), "offices": t("home.offices"),
                "noOffices": t("home.noOffices"), "recent": t("home.recent"), "recentEmpty": t("home.recentEmpty"),
                "colTitle": t("home.col.title"), "colClassification": t("home.col.classification"),
                "colUnit": t("home.col.unit"), "colUpdated": t("home.col.updated"), "audit": t("home.audit"),
                "saved": t("search.saved"),
            ],
            welcome: t("home.welcome", ["username": account.displayName]),
            clearance: t.marking(account.clearance), nationality: account.nationality,
            categories: Self.list(Set(account.categories.map(t.category)), t), units: Self.list(account.units, t),
            groups: account.groups.isEmpty ? t("home.noGroup") : Self.list(account.groups, t),
            roles: account.roles.isEmpty ? t("home.none") : JobNames.all(account.roles, t),
            offices: Self.offices(of: account.principal, t),
            recent: recent.map { object in
                HomePage.Recent(
                    title: object.title, banner: t.banner(object.label),
                    bannerClass: PageRenderer.bannerClass(object.label.classification), unit: object.owningUnit,
                    updated: Clock.iso8601(object.updatedAt),
                    updatedShort: DayText.day(object.updatedAt, t))
            })
        if account.roles.contains(.auditor) {
            let status = try await chancery.database.read { db in try await chancery.audit.status(on: db) }
            model.audit = t(
                "home.auditStatus", ["count": String(status.events), "checkpoint": String(status.lastCheckpoint)])
        }
        model.saved = try await chancery.savedSearches.all(of: context.principal).map {
            SearchPage.Saved(id: $0.id, name: $0.name, query: $0.query)
        }
        model.hasSaved = !model.saved.isEmpty
        let frame = PageFrame(
            title: t("home.title"), label: chancery.objects.dominantLabel(of: recent), localizer: t,
            path: "/home", session: context.session)
        return PageRenderer.response("home", model, frame: frame)
    }

    package static func list(_ values: Set<String>, _ t: Localizer) -> String {
        values.isEmpty ? t("home.none") : values.sorted().joined(separator: ", ")
    }

    /// One card per office the principal works in, in a fixed order.
    package static func offices(of principal: Principal, _ t: Localizer) -> [HomePage.Office] {
        let order = InstalledOffices.catalog.names + PlannedOffice.all.map(\.name) + ["auditor", "admin"]
        let held = Set(principal.roles.map(\.office))
        return order.filter(held.contains).map { office in
            let running = InstalledOffices.catalog.offices.first { $0.name == office }
            // The administration console is the spine's, not an office's.
            let href = office == "admin" ? "/admin" : running?.homePath(for: principal)
            return HomePage.Office(
                id: office, name: t("office.\(office)"), about: t("office.\(office).about"),
                status: href == nil ? t("office.comingSoon") : nil, href: href)
        }
    }

    package init(chancery: Chancery) {
        self.chancery = chancery
    }
}
