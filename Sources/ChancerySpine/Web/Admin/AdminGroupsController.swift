import ChanceryKit
import Hummingbird

/// Need-to-know groups in the console: the list with member counts, creating one, and a group's members (added by
/// user name, with the accounts not yet members as suggestions; removed one by one). `GroupStore` and `UserStore`
/// audit every change.
package struct AdminGroupsController: AdminConsolePages {
    package static let strings = "admin"
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/admin/groups", use: list)
        group.post("/admin/groups", use: create)
        group.get("/admin/groups/{name}", use: show)
        group.post("/admin/groups/{name}/members", use: addMember)
        group.post("/admin/groups/{name}/members/{username}/remove", use: removeMember)
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        return try await listPage(values: [:], errors: FormErrors(), request: request, context)
    }

    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        let name = fields["name", default: ""].trimmingCharacters(in: .whitespaces)
        let title = fields["title", default: ""].trimmingCharacters(in: .whitespaces)
        var errors = FormErrors()
        if name.isEmpty {
            errors.add("name", t("admin.error.required"))
        } else if !GroupStore.isValidName(name) {
            errors.add("name", AccountError.invalidName(kind: "group", value: name).problem.detail(t))
        }
        if title.isEmpty {
            errors.add("title", t("admin.error.required"))
        } else if title.count > 200
            || title.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        {
            errors.add(AccountError.invalidTitle.problem, t)
        }
        if errors.isEmpty {
            do {
                let group = try await chancery.groups.create(name: name, title: title, actor: context.account.id)
                return .redirect(to: "/admin/groups/\(group.name)?done=groupCreated", type: .normal)
            } catch let error as AccountError {
                errors.add(error.problem, field: "name", t)
            }
        }
        return try await listPage(
            values: ["name": name, "title": title], errors: errors, request: request, context, status: .badRequest)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let group = try await find(context)
        return try await groupPage(group, values: [:], errors: FormErrors(), request: request, context)
    }

    @Sendable package func addMember(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let group = try await find(context)
        let fields = try await WebForm.verified(request, session: context.session)
        let username = fields["username", default: ""].trimmingCharacters(in: .whitespaces).lowercased()
        var errors = FormErrors()
        if username.isEmpty {
            errors.add("username", t("admin.error.required"))
        } else if !UserStore.isValidUsername(username) {
            errors.add(AccountError.unknownUser(String(username.prefix(64))).problem, field: "username", t)
        } else {
            do {
                let added = try await chancery.users.addMember(username, to: group.name, actor: context.account.id)
                let done = added ? "added" : "already"
                return .redirect(to: "/admin/groups/\(group.name)?done=\(done)&who=\(username)", type: .normal)
            } catch let error as AccountError {
                errors.add(error.problem, field: "username", t)
            }
        }
        return try await groupPage(
            group, values: ["username": username], errors: errors, request: request, context, status: .badRequest)
    }

    @Sendable package func removeMember(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        _ = try await WebForm.verified(request, session: context.session)
        let group = try await find(context)
        let username = try context.parameters.require("username")
        try await UsersController.refusingAsProblem {
            try await chancery.users.removeMember(username, from: group.name, actor: context.account.id)
        }
        return .redirect(to: "/admin/groups/\(group.name)?done=removed&who=\(username)", type: .normal)
    }

    // MARK: pages

    /// The groups with their member counts: sorted, paged, searched (name or title) and exported in SQL.
    package static let groupList = ListSpec(
        name: "admin.groups", path: "/admin/groups",
        columns: [
            .init("group", "admin.col.group", order: ["l.name"]),
            .init("title", "admin.col.title", order: ["LOWER(l.title)"]),
            .init("members", "admin.col.members", order: ["l.members"]),
        ],
        defaultSort: "group", filters: ["q"], tieBreaker: "l.name")

    private func listPage(
        values: [String: String], errors: FormErrors, request: Request, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        try await listPage(
            Self.groupList, request, context, template: "admin-groups",
            keys: [
                "groups.title", "groups.intro", "groups.empty", "groups.new", "field.groupName", "help.groupName",
                "field.groupTitle", "groups.create",
            ],
            read: { list in
                try await chancery.groups.page(text: try list.text("q"), list: list, actor: context.principal)
            },
            row: {
                AdminGroupRow(name: $0.name, href: "/admin/groups/\($0.name)", title: $0.title, members: $0.members)
            },
            csv: { [$0.name, $0.title, String($0.members)] }, values: values, errors: errors,
            notice: Self.notice(request, context.localizer), status: status)
    }

    private func groupPage(
        _ group: AccessGroup, values: [String: String], errors: FormErrors, request: Request,
        _ context: SignedInContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let accounts = try await chancery.users.list()
        let members = accounts.filter { $0.groups.contains(group.name) }
        let who = request.uri.queryParameters["who"].map(String.init).flatMap {
            UserStore.isValidUsername($0) ? $0 : nil
        }
        let model = AdminGroupPage(
            t: Self.labels(
                t,
                [
                    "group.back", "group.members", "group.noMembers", "group.add", "group.addSubmit",
                    "group.removeButton", "col.username", "col.name", "col.action",
                ]),
            heading: t("admin.group.title", ["name": group.name]), name: group.name, title: group.title,
            csrf: context.session.csrfToken,
            members: members.map { account in
                AdminGroupPage.Member(
                    username: account.username, href: "/admin/users/\(account.username)", name: account.displayName,
                    removeAction: "/admin/groups/\(group.name)/members/\(account.username)/remove",
                    removeLabel: t("admin.group.remove", ["username": account.username]))
            },
            hasMembers: !members.isEmpty,
            candidates: accounts.filter { !$0.groups.contains(group.name) }.map {
                AdminParts.Option(value: $0.username, label: $0.displayName, selected: false)
            },
            values: values, errors: errors.model(t),
            notice: who.flatMap { Self.notice(request, t, ["username": $0]) })
        return PageRenderer.response(
            "admin-group", model,
            frame: frame(
                model.heading, label: .unclassified, path: "/admin/groups/\(group.name)", context),
            status: status)
    }

    private func find(_ context: SignedInContext) async throws -> AccessGroup {
        let name = try context.parameters.require("name")
        guard GroupStore.isValidName(name), let group = try await chancery.groups.find(name: name) else {
            throw AppError(
                .notFound, type: "not-found", key: "group.error.notFound", ["value": String(name.prefix(40))])
        }
        return group
    }
}
