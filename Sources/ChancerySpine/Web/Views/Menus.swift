import ChanceryKit

/// One link of an office's menu: where it goes, its label's string key, the group it stands in, and who may follow
/// it. The rule is the page's own: a menu never offers a page that would refuse (`MenuLinksTests` follows every
/// link shown to every demo account).
package struct MenuLink: Sendable {
    package let id: String
    package let path: String
    package let key: String
    /// The string key of the group's heading, for an office whose menu is long enough to be grouped.
    package let group: String?
    package let isAllowed: @Sendable (Principal) -> Bool

    package init(
        _ id: String, _ path: String, _ key: String, group: String? = nil,
        for isAllowed: @escaping @Sendable (Principal) -> Bool = { _ in true }
    ) {
        self.id = id
        self.path = path
        self.key = key
        self.group = group
        self.isAllowed = isAllowed
    }

    /// A rule that admits whoever holds one of the roles.
    package static func anyOf(_ roles: Set<Role>) -> @Sendable (Principal) -> Bool {
        { principal in !roles.isDisjoint(with: principal.roles) }
    }

    /// How closely it names a page: its path's length when the page is it or below it. A page's query is not part
    /// of it (`/health/appointments?date=…` is the day's appointments, not the office's desk).
    func closeness(to page: String) -> Int? {
        let page = page.prefix { $0 != "?" }
        return page == path || page.hasPrefix(path + "/") ? path.count : nil
    }
}

/// The two menus of every signed-in page: the site's (home, the offices the principal works in, search) and the
/// menu of the office the page belongs to, the same on every page of that office, the current page marked.
package enum Menus {
    /// A link as the layout renders it.
    package struct Entry {
        package var id: String
        package var href: String
        package var name: String
        package var current: Bool
    }

    /// A group of an office's menu; `heading` is nil when the menu is short enough to stand ungrouped.
    package struct Group {
        package var heading: String?
        package var links: [Entry]
    }

    /// The menu of the office a page belongs to.
    package struct OfficeMenu {
        package var label: String
        package var groups: [Group]
    }

    /// Up to this many links, a menu stands on one line without group headings.
    static let ungroupedLimit = 6

    /// Both menus of a page: the office it belongs to is found once, for both.
    package static func menus(for principal: Principal, path: String, _ t: Localizer) -> (
        site: [Entry], office: OfficeMenu?
    ) {
        if path == "/admin" || path.hasPrefix("/admin/") {
            return (site(for: principal, path: path, in: nil, t), admin(for: principal, path: path, t))
        }
        let office = office(of: path)
        return (
            site(for: principal, path: path, in: office, t),
            office.flatMap { self.office($0, for: principal, path: path, t) }
        )
    }

    /// Home, each running office the principal works in, and search; the page's own entry marked.
    static func site(for principal: Principal, path: String, in office: (any Office)?, _ t: Localizer) -> [Entry] {
        let offices = InstalledOffices.catalog.offices.filter { $0.isOpen(to: principal) }
        let links =
            [("home", "/home", t("nav.home")), ("work", "/work", t("nav.work"))]
            + offices.map { ($0.name, $0.homePath(for: principal), t("office.\($0.name)")) }
            + [("search", "/search", t("nav.searchPage"))]
            + (principal.has(.admin) ? [("admin", "/admin", t("office.admin"))] : [])
        let current = office?.name ?? links.first { path == $0.1 || path.hasPrefix($0.1 + "/") }?.0
        return links.map { Entry(id: $0.0, href: $0.1, name: $0.2, current: $0.0 == current) }
    }

    /// The office's menu with the links the principal may follow, the one that names `path` most closely marked;
    /// nil when the principal may follow none.
    static func office(_ office: any Office, for principal: Principal, path: String, _ t: Localizer) -> OfficeMenu? {
        menu(office.menu, label: t("office.\(office.name)"), for: principal, path: path, t)
    }

    /// The administration console's menu: its own parts, then each office's reference data under the office's name.
    static func admin(for principal: Principal, path: String, _ t: Localizer) -> OfficeMenu? {
        let offices = InstalledOffices.catalog.offices.flatMap { office in
            office.adminMenu.map {
                MenuLink($0.id, $0.path, $0.key, group: "office.\(office.name)", for: $0.isAllowed)
            }
        }
        return menu(AdminController.menu + offices, label: t("office.admin"), for: principal, path: path, t)
    }

    /// A menu of these links, those the principal may follow, the one that names `path` most closely marked; nil
    /// when the principal may follow none.
    static func menu(_ all: [MenuLink], label: String, for principal: Principal, path: String, _ t: Localizer)
        -> OfficeMenu?
    {
        let links = all.filter { $0.isAllowed(principal) }
        guard !links.isEmpty else { return nil }
        let current = links.compactMap { link in link.closeness(to: path).map { (link.id, $0) } }
            .max { $0.1 < $1.1 }?.0
        let entries = links.map { Entry(id: $0.id, href: $0.path, name: t($0.key), current: $0.id == current) }
        var groups: [Group] = []
        if links.count <= ungroupedLimit {
            groups = [Group(heading: nil, links: entries)]
        } else {
            for (link, entry) in zip(links, entries) {
                let heading = link.group.map { t($0) }
                if let last = groups.indices.last, groups[last].heading == heading {
                    groups[last].links.append(entry)
                } else {
                    groups.append(Group(heading: heading, links: [entry]))
                }
            }
        }
        return OfficeMenu(label: label, groups: groups)
    }

    /// The office a page belongs to: the one with the link or home path that names it most closely.
    static func office(of path: String) -> (any Office)? {
        var best: (office: any Office, closeness: Int)?
        for office in InstalledOffices.catalog.offices {
            // its home, its menu's pages, and anything under its name (`/recruitment/applications/…`, a page no menu
            // names): the office's menu is drawn on all of them
            let own = [MenuLink(office.name, office.homePath, ""), MenuLink(office.name, "/" + office.name, "")]
            let closeness = (office.menu + own).compactMap { $0.closeness(to: path) }.max()
            if let closeness, closeness > best?.closeness ?? 0 { best = (office, closeness) }
        }
        return best?.office
    }
}
