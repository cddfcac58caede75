import ChanceryKit
import Hummingbird

/// The administration console, for administrators only (`/admin`): accounts, groups, units, special categories and
/// the sign-in throttle, through the same stores as the API and the CLI, every change audited by them. Each office
/// adds its reference data's pages under `/admin/<office>` (`Office.adminMenu`). The console shows no object: an
/// administrator sees content only through the offices' trimmed pages, like anyone else.
package struct AdminController: AdminConsolePages {
    package static let strings = "admin"
    package let chancery: Chancery

    package init(chancery: Chancery) {
        self.chancery = chancery
    }

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/admin", use: overview)
        group.get("/admin/units", use: units)
        group.get("/admin/categories", use: categories)
        group.get("/admin/throttles", use: throttles)
        group.post("/admin/throttles/{id}/clear", use: clearThrottle)
        AdminUsersController(chancery: chancery).addRoutes(to: group)
        AdminGroupsController(chancery: chancery).addRoutes(to: group)
        CalendarAdminController(chancery: chancery).addRoutes(to: group)
    }

    /// The console's own links, in its menu's order.
    package static let menu: [MenuLink] = [
        MenuLink("admin-overview", "/admin", "admin.menu.overview", group: "admin.menu.access", for: isAdmin),
        MenuLink("admin-users", "/admin/users", "admin.menu.users", group: "admin.menu.access", for: isAdmin),
        MenuLink("admin-groups", "/admin/groups", "admin.menu.groups", group: "admin.menu.access", for: isAdmin),
        MenuLink("admin-units", "/admin/units", "admin.menu.units", group: "admin.menu.access", for: isAdmin),
        MenuLink(
            "admin-categories", "/admin/categories", "admin.menu.categories", group: "admin.menu.access", for: isAdmin),
        MenuLink(
            "admin-throttles", "/admin/throttles", "admin.menu.throttles", group: "admin.menu.access", for: isAdmin),
        CalendarAdminController.menuLink,
    ]

    @Sendable package func overview(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let accounts = try await chancery.users.list()
        let groups = try await chancery.groups.list()
        let throttles = try await chancery.users.throttles.list()
        let units = Set(accounts.flatMap(\.units))
        let thisYear = CalendarAdminController.thisYear
        let closures = try await chancery.calendar.closures(in: thisYear...thisYear)
        let cards = [
            (
                "users",
                t(
                    "admin.overview.users",
                    [
                        "count": String(accounts.count), "locked": String(accounts.filter(\.disabled).count),
                    ])
            ),
            ("groups", t("admin.overview.groups", ["count": String(groups.count)])),
            ("units", t("admin.overview.units", ["count": String(units.count)])),
            ("categories", t("admin.overview.categories", ["count": String(chancery.catalog.names.count)])),
            ("throttles", t("admin.overview.throttles", ["count": String(throttles.count)])),
        ].map { id, summary in
            AdminParts.Card(id: id, href: "/admin/\(id)", name: t("admin.menu.\(id)"), summary: summary)
        }
        let calendar = AdminParts.Card(
            id: "calendar", href: "/admin/calendar", name: t("calendar.admin.menu"),
            summary: t("calendar.admin.overview", ["count": String(closures.count)]))
        let sections = chancery.offices.compactMap { office -> AdminOverviewPage.Section? in
            let links = office.adminMenu.filter { $0.isAllowed(context.principal) }
            guard !links.isEmpty else { return nil }
            return AdminOverviewPage.Section(
                heading: t("office.\(office.name)"),
                links: links.map { AdminParts.Card(id: $0.id, href: $0.path, name: t($0.key), summary: nil) })
        }
        let model = AdminOverviewPage(
            t: Self.labels(t, ["title", "intro", "overview.offices"]), cards: cards + [calendar], sections: sections,
            hasSections: !sections.isEmpty)
        return PageRenderer.response(
            "admin", model, frame: frame(t("admin.title"), label: .unclassified, path: "/admin", context))
    }

    /// The units some account belongs to, with how many accounts each: sorted, paged, searched and exported in SQL.
    package static let unitList = ListSpec(
        name: "admin.units", path: "/admin/units",
        columns: [
            .init("unit", "admin.col.unit", order: ["l.name"]),
            .init("accounts", "admin.col.accounts", order: ["l.accounts"]),
        ],
        defaultSort: "unit", filters: ["q"], tieBreaker: "l.name")

    @Sendable package func units(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        return try await listPage(
            Self.unitList, request, context, template: "admin-units",
            keys: ["units.title", "units.intro", "units.empty"],
            read: { list in
                try await chancery.users.unitPage(text: try list.text("q"), list: list, actor: context.principal)
            },
            row: { AdminCountsPage.Row(name: $0.name, count: Int($0.accounts), href: "/admin/users?unit=\($0.name)") },
            csv: { [$0.name, String($0.count)] })
    }

    @Sendable package func categories(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let accounts = try await chancery.users.list()
        let rows = chancery.catalog.names.map { name in
            AdminCountsPage.Row(
                name: t.category(name), count: accounts.filter { $0.categories.contains(name) }.count,
                href: "/admin/users?category=\(name)")
        }
        let keys = ["categories.title", "categories.intro", "col.category", "col.briefed", "units.empty"]
        let labels = zip(["heading", "intro", "name", "count", "empty"], keys).map { ($0, t("admin.\($1)")) }
        let model = AdminCountsPage(
            t: Dictionary(uniqueKeysWithValues: labels), rows: rows, hasRows: !rows.isEmpty)
        return PageRenderer.response(
            "admin-counts", model,
            frame: frame(t("admin.categories.title"), label: .unclassified, path: "/admin/categories", context))
    }

    /// The sign-in counters that count: sorted, paged, searched (name or address) and exported in SQL.
    package static let throttleList = ListSpec(
        name: "admin.throttles", path: "/admin/throttles",
        columns: [
            .init("typed", "admin.col.typed", order: ["l.username"]),
            .init("address", "admin.col.address", order: ["l.address"]),
            .init("failures", "admin.col.failures", order: ["l.failures"]),
            .init("until", "admin.col.until", order: ["l.blocked_until"]),
            .init("action", "admin.col.action"),
        ],
        defaultSort: "failures", defaultDescending: true, filters: ["q"], tieBreaker: "l.id")

    @Sendable package func throttles(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let store = chancery.users.throttles
        let now = store.currentTime()
        return try await listPage(
            Self.throttleList, request, context, template: "admin-throttles",
            keys: ["throttles.title", "throttles.intro", "throttles.clear", "throttles.empty"],
            read: { list in try await store.page(text: try list.text("q"), list: list, actor: context.principal) },
            row: { throttle in
                AdminThrottleRow(
                    id: throttle.id, typed: throttle.username, address: throttle.address, failures: throttle.failures,
                    until: throttle.blockedUntil > now
                        ? DayText.moment(throttle.blockedUntil, t) : t("admin.throttles.noWait"),
                    clearLabel: t(
                        "admin.throttles.clearLabel",
                        ["name": throttle.username.isEmpty ? throttle.address : throttle.username]))
            },
            csv: { [$0.typed, $0.address, String($0.failures), $0.until] }, csvWithout: ["action"],
            notice: Self.notice(request, t))
    }

    @Sendable package func clearThrottle(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        _ = try await WebForm.verified(request, session: context.session)
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id),
            try await chancery.users.throttles.clear(id: id, actor: context.account.id) != nil
        else {
            throw AppError(.notFound, type: "not-found", key: "throttle.error.notFound", ["id": String(id.prefix(40))])
        }
        return .redirect(to: "/admin/throttles?done=cleared", type: .normal)
    }
}
