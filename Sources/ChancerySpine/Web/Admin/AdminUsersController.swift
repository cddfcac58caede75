import ChanceryKit
import Foundation
import Hummingbird

/// The accounts part of the console: the list, filtered and sorted; an account's form; and its sign-in actions
/// (lock, unlock, a new password, ending its sessions). Every change goes through `UserStore`, which audits it.
package struct AdminUsersController: AdminConsolePages {
    package static let strings = "admin"
    package let chancery: Chancery

    package enum Sort: String, CaseIterable {
        case username, name, clearance, nationality, state
    }

    package enum Order: String, CaseIterable {
        case asc, desc
    }

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/admin/users", use: list)
        group.get("/admin/users/new", use: newForm)
        group.post("/admin/users/new", use: create)
        group.get("/admin/users/{username}", use: show)
        group.post("/admin/users/{username}", use: update)
        group.post("/admin/users/{username}/lock", use: lock)
        group.post("/admin/users/{username}/unlock", use: unlock)
        group.post("/admin/users/{username}/password", use: setPassword)
        group.post("/admin/users/{username}/sessions", use: revokeSessions)
    }

    // MARK: the list

    /// The accounts list: filtered, sorted, paged and exported in SQL.
    package static let accountList = ListSpec(
        name: "admin.users", path: "/admin/users",
        columns: [
            .init("username", "admin.col.username", order: ["u.username"]),
            .init("name", "admin.col.name", order: ["LOWER(u.display_name)"]),
            .init("clearance", "admin.col.clearance", order: ["u.clearance"]),
            .init("nationality", "admin.col.nationality", order: ["u.nationality"]),
            .init("state", "admin.col.state", order: ["u.disabled"]),
            .init("roles", "admin.col.roles"), .init("units", "admin.col.units"),
        ],
        defaultSort: "username", filters: ["q", "unit", "role", "category", "state"], tieBreaker: "u.username")

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let list = try ListQuery(request, Self.accountList)
        let text = list.filter("q") ?? ""
        guard text.count <= 100 else { throw AppError.invalidField("q", reasonKey: "admin.reason.filter") }
        let units = try await chancery.users.unitNames()
        let roles = InstalledOffices.catalog.roles
        var filter = UserStore.ListFilter()
        filter.text = text.isEmpty ? nil : text
        filter.unit = try Self.filter(list.filter("unit"), in: units, field: "unit")
        filter.role = try Self.filter(list.filter("role"), in: roles.map(\.rawValue), field: "role")
        filter.category = try Self.filter(list.filter("category"), in: chancery.catalog.names, field: "category")
        let state = try Self.filter(list.filter("state"), in: ["active", "locked"], field: "state")
        filter.locked = state.map { $0 == "locked" }
        let page = try await chancery.users.page(filter, list: list, actor: context.principal)
        let rows = page.items.map { account in
            AdminUsersPage.Row(
                username: account.username, href: "/admin/users/\(account.username)", name: account.displayName,
                clearance: t.marking(account.clearance), nationality: account.nationality,
                roles: account.roles.isEmpty ? t("admin.none") : JobNames.all(account.roles, t),
                units: account.units.isEmpty ? t("admin.none") : account.units.sorted().joined(separator: ", "),
                state: t(account.disabled ? "admin.state.locked" : "admin.state.active"), locked: account.disabled)
        }
        if list.isExport {
            return list.csv(
                rows.map { [$0.username, $0.name, $0.clearance, $0.nationality, $0.state, $0.roles, $0.units] },
                t)
        }
        let any = AdminParts.Option(value: "", label: t("admin.users.any"), selected: false)
        let model = AdminUsersPage(
            t: Self.labels(
                t,
                [
                    "users.title", "users.new", "users.filter", "users.q", "users.submit", "users.clear",
                    "users.empty", "col.roles", "col.units", "col.state",
                ]),
            q: text,
            units: [any] + units.map { AdminParts.Option(value: $0, label: $0, selected: $0 == filter.unit) },
            roles: [any]
                + roles.map {
                    AdminParts.Option(
                        value: $0.rawValue, label: Self.roleLabel($0, t), selected: $0.rawValue == filter.role)
                },
            states: [any]
                + ["active", "locked"].map {
                    AdminParts.Option(value: $0, label: t("admin.state.\($0)"), selected: $0 == state)
                },
            headers: list.headers(t), pager: list.pager(shown: rows.count, hasMore: page.hasMore, total: page.total, t),
            sort: list.sort.id, order: list.descending ? "desc" : "asc",
            rows: rows, hasRows: !rows.isEmpty,
            notice: Self.notice(request, t))
        return PageRenderer.response(
            "admin-users", model,
            frame: frame(t("admin.users.title"), label: .unclassified, path: "/admin/users", context))
    }

    // MARK: one account

    @Sendable package func newForm(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let values = ["clearance": Classification.natoUnclassified.abbreviation, "nationality": ""]
        return try await form(nil, values: values, checked: [], errors: FormErrors(), context, request: request)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let account = try await find(context)
        return try await form(
            account, values: Self.values(of: account), checked: Self.checked(of: account), errors: FormErrors(),
            context, request: request)
    }

    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let username = fields["username", default: ""].trimmingCharacters(in: .whitespaces)
        if username.isEmpty {
            errors.add("username", t("admin.error.required"))
        } else if username == "new" {
            errors.add("username", t("admin.error.reservedName"))
        } else if !UserStore.isValidUsername(username) {
            errors.add(AccountError.invalidUsername(username).problem, t)
        } else if try await chancery.users.find(username: username) != nil {
            errors.add(AccountError.usernameTaken(username).problem, t)
        }
        let password = fields["password", default: ""]
        if password.count < 12 { errors.add(AccountError.weakPassword.problem, t) }
        let attributes = try await attributes(from: fields, errors: &errors, t)
        guard errors.isEmpty, let attributes else {
            return try await form(
                nil, values: Self.values(from: fields), checked: Self.checked(from: fields), errors: errors, context,
                request: request, status: .badRequest)
        }
        do {
            let account = try await chancery.users.create(
                username: username, password: password, attributes: attributes, actor: context.account.id)
            return .redirect(to: "/admin/users/\(account.username)?done=created", type: .normal)
        } catch let error as AccountError {
            errors.add(error.problem, t)
            return try await form(
                nil, values: Self.values(from: fields), checked: Self.checked(from: fields), errors: errors, context,
                request: request, status: .badRequest)
        }
    }

    @Sendable package func update(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let account = try await find(context)
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let version = Int64(fields["version", default: ""])
        if version == nil { errors.add("form", t("admin.error.stale")) }
        let attributes = try await attributes(from: fields, errors: &errors, t)
        if let attributes, account.id == context.account.id, attributes.roles?.contains(.admin) == false {
            errors.add(AppError(.conflict, type: "own-account", key: "account.error.ownAccount", field: "roles"), t)
        }
        guard errors.isEmpty, let attributes else {
            return try await form(
                account, values: Self.values(from: fields), checked: Self.checked(from: fields), errors: errors,
                context, request: request, status: .badRequest)
        }
        do {
            try await chancery.users.update(
                username: account.username, attributes: attributes, expectedVersion: version,
                actor: context.account.id)
            return .redirect(to: "/admin/users/\(account.username)?done=saved", type: .normal)
        } catch AccountError.stale {
            // Someone else saved first: the form shows the account as it now is, with the sentence that says so.
            errors.add("form", t("admin.error.stale"))
            let current = try await find(context)
            return try await form(
                current, values: Self.values(of: current), checked: Self.checked(of: current), errors: errors,
                context, request: request, status: .conflict)
        } catch let error as AccountError {
            errors.add(error.problem, t)
            return try await form(
                account, values: Self.values(from: fields), checked: Self.checked(from: fields), errors: errors,
                context, request: request, status: .badRequest)
        }
    }

    // MARK: sign-in actions

    @Sendable package func lock(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        _ = try await WebForm.verified(request, session: context.session)
        let account = try await find(context)
        guard account.id != context.account.id else {
            throw AppError(.conflict, type: "own-account", key: "account.error.ownAccount")
        }
        try await UsersController.refusingAsProblem {
            try await chancery.users.update(
                username: account.username, attributes: UserAttributes(disabled: true), actor: context.account.id)
        }
        _ = try await chancery.sessions.closeAll(of: account, actor: context.account.id)
        return .redirect(to: "/admin/users/\(account.username)?done=locked", type: .normal)
    }

    @Sendable package func unlock(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        _ = try await WebForm.verified(request, session: context.session)
        let account = try await find(context)
        try await UsersController.refusingAsProblem {
            try await chancery.users.update(
                username: account.username, attributes: UserAttributes(disabled: false), actor: context.account.id)
        }
        _ = try await chancery.users.throttles.clear(username: account.username, actor: context.account.id)
        return .redirect(to: "/admin/users/\(account.username)?done=unlocked", type: .normal)
    }

    @Sendable package func setPassword(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        let account = try await find(context)
        let password = fields["newPassword", default: ""]
        guard password.count >= 12 else {
            var errors = FormErrors()
            errors.add("newPassword", t("account.error.weakPassword"))
            return try await form(
                account, values: Self.values(of: account), checked: Self.checked(of: account), errors: errors,
                context, request: request, status: .badRequest)
        }
        try await UsersController.refusingAsProblem {
            try await chancery.users.setPassword(
                username: account.username, password: password, actor: context.account.id)
        }
        return .redirect(to: "/admin/users/\(account.username)?done=password", type: .normal)
    }

    @Sendable package func revokeSessions(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        _ = try await WebForm.verified(request, session: context.session)
        let account = try await find(context)
        _ = try await chancery.sessions.closeAll(of: account, actor: context.account.id)
        // Ending one's own sessions signs oneself out: the next page is the sign-in page.
        return .redirect(to: "/admin/users/\(account.username)?done=revoked", type: .normal)
    }

    // MARK: reading the form

    /// The account's attributes from the form, every field checked; nil when one was refused (each refusal recorded).
    private func attributes(
        from fields: [String: String], errors: inout FormErrors, _ t: Localizer
    ) async throws -> UserAttributes? {
        let before = errors.items.count
        var attributes = UserAttributes()
        let name = fields["displayName", default: ""].trimmingCharacters(in: .whitespaces)
        if name.isEmpty {
            errors.add("displayName", t("admin.error.required"))
        } else if name.count > 200 || name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        {
            errors.add(AccountError.invalidDisplayName.problem, t)
        } else {
            attributes.displayName = name
        }
        if let clearance = Classification.allCases.first(where: { $0.abbreviation == fields["clearance"] }) {
            attributes.clearance = clearance
        } else {
            errors.add("clearance", t("admin.error.choice"))
        }
        let nationality = fields["nationality", default: ""]
        if ReleasabilityCodes.allCodes.contains(nationality) {
            attributes.nationality = nationality
        } else {
            errors.add("nationality", t(nationality.isEmpty ? "admin.error.required" : "admin.error.choice"))
        }
        attributes.categories = Set(chancery.catalog.names.filter { fields["category-\($0)"] == "on" })
        attributes.roles = Set(InstalledOffices.catalog.roles.filter { fields["role-\($0.rawValue)"] == "on" })
        var units: Set<String> = []
        for unit in fields["units", default: ""].split(separator: ",") {
            let unit = unit.trimmingCharacters(in: .whitespaces).uppercased()
            guard !unit.isEmpty else { continue }
            if UserStore.isValidGroupOrUnit(unit) {
                units.insert(unit)
            } else {
                errors.add(AccountError.invalidName(kind: "unit", value: unit).problem, t)
            }
        }
        attributes.units = units
        let groups = try await chancery.groups.list().map(\.name)
        attributes.groups = Set(groups.filter { fields["group-\($0)"] == "on" })
        return errors.items.count == before ? attributes : nil
    }

    /// The form's text fields as an account has them.
    static func values(of account: UserAccount) -> [String: String] {
        [
            "username": account.username, "displayName": account.displayName,
            "clearance": account.clearance.abbreviation, "nationality": account.nationality,
            "units": account.units.sorted().joined(separator: ", "),
        ]
    }

    /// The form's text fields as they were sent (never the password).
    static func values(from fields: [String: String]) -> [String: String] {
        fields.filter { ["username", "displayName", "clearance", "nationality", "units"].contains($0.key) }
    }

    /// The boxes an account has ticked: `category-X`, `role-Y`, `group-Z`.
    static func checked(of account: UserAccount) -> Set<String> {
        Set(
            account.categories.map { "category-\($0)" } + account.roles.map { "role-\($0.rawValue)" }
                + account.groups.map { "group-\($0)" })
    }

    static func checked(from fields: [String: String]) -> Set<String> {
        Set(fields.filter { $0.value == "on" }.map(\.key))
    }

    // MARK: the page

    private func form(
        _ account: UserAccount?, values: [String: String], checked: Set<String>, errors: FormErrors,
        _ context: SignedInContext, request: Request, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let groups = try await chancery.groups.list()
        let path = account.map { "/admin/users/\($0.username)" } ?? "/admin/users/new"
        func check(_ name: String, _ label: String) -> AdminParts.Check {
            AdminParts.Check(id: name, name: name, label: label, checked: checked.contains(name))
        }
        var roleGroups = InstalledOffices.catalog.offices.map { office in
            AdminUserPage.RoleGroup(
                heading: t("office.\(office.name)"),
                roles: office.roles.map { check("role-\($0.rawValue)", Self.roleLabel($0, t)) })
        }
        roleGroups += PlannedOffice.all.map { office in
            AdminUserPage.RoleGroup(
                heading: t("office.\(office.name)"),
                roles: office.roles.map { check("role-\($0.rawValue)", Self.roleLabel($0, t)) })
        }
        roleGroups.append(
            AdminUserPage.RoleGroup(
                heading: t("admin.roles.spine"),
                roles: [Role.auditor, .admin].map { check("role-\($0.rawValue)", Self.roleLabel($0, t)) }))
        let model = AdminUserPage(
            t: Self.labels(
                t,
                [
                    "user.back", "field.username", "help.username", "field.displayName", "field.password",
                    "help.password", "field.clearance", "field.nationality", "field.categories", "field.roles",
                    "field.units", "help.units", "field.groups", "groups.none", "groups.new", "user.create",
                    "user.save", "user.actions", "user.lock", "user.lockHelp", "user.unlock", "user.unlockHelp",
                    "user.password", "field.newPassword", "user.passwordHelp", "user.revoke", "user.revokeHelp",
                ]),
            heading: account.map { t("admin.user.title", ["username": $0.username]) } ?? t("admin.user.newTitle"),
            isNew: account == nil, action: path, csrf: context.session.csrfToken, version: account?.version ?? 0,
            username: account?.username ?? "", values: values,
            clearances: Classification.allCases.map {
                AdminParts.Option(
                    value: $0.abbreviation, label: t.marking($0), selected: values["clearance"] == $0.abbreviation)
            },
            nationalities: [
                AdminParts.Option(value: "", label: "—", selected: values["nationality", default: ""].isEmpty)
            ]
                + ReleasabilityCodes.allCodes.sorted().map {
                    AdminParts.Option(value: $0, label: $0, selected: values["nationality"] == $0)
                },
            categories: chancery.catalog.names.map { check("category-\($0)", t.category($0)) },
            roleGroups: roleGroups,
            groups: groups.map { check("group-\($0.name)", "\($0.name) — \($0.title)") }, hasGroups: !groups.isEmpty,
            errors: errors.model(t),
            notice: Self.notice(request, t, ["username": account?.username ?? ""]),
            locked: account?.disabled ?? false,
            state: account.map {
                t("admin.user.state", ["state": t("admin.state.sentence.\($0.disabled ? "locked" : "active")")])
            } ?? "",
            created: account.map {
                t(
                    "admin.user.created",
                    [
                        "date": DayText.withWeekday(HeadquartersCalendar.day($0.createdAt), t),
                        "changed": DayText.withWeekday(HeadquartersCalendar.day($0.updatedAt), t),
                    ])
            })
        let title = model.heading
        return PageRenderer.response(
            "admin-user", model, frame: frame(title, label: .unclassified, path: path, context), status: status)
    }

    // MARK: helpers

    /// "health.clerk — a medical clerk": the role's id (as the API and the CLI name it) and the job it stands for.
    static func roleLabel(_ role: Role, _ t: Localizer) -> String {
        "\(role.rawValue) — \(t("job.\(role.rawValue)"))"
    }

    private func find(_ context: SignedInContext) async throws -> UserAccount {
        let username = try context.parameters.require("username")
        guard UserStore.isValidUsername(username), let account = try await chancery.users.find(username: username)
        else { throw AccountError.unknownUser(String(username.prefix(64))).problem }
        return account
    }

    static func choice<E: RawRepresentable & CaseIterable>(_ text: String?, _ type: E.Type, field: String) throws -> E?
    where E.RawValue == String {
        guard let text, !text.isEmpty else { return nil }
        guard let value = E(rawValue: text) else {
            throw AppError.invalidField(field, reasonKey: "admin.reason.\(field)")
        }
        return value
    }

    /// A filter's value: nil for none, one of `allowed`, or a refusal.
    static func filter(_ value: String?, in allowed: [String], field: String) throws -> String? {
        guard let value, !value.isEmpty else { return nil }
        guard allowed.contains(value) else { throw AppError.invalidField(field, reasonKey: "admin.reason.filter") }
        return value
    }

}
