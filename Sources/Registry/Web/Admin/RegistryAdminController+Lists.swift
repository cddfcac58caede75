import ChanceryKit
import ChancerySpine
import Hummingbird

/// Distribution lists in the console: the lists with their owners, creating one, and a list's name, description and
/// members, each change saved at the version the page was read (`DistributionListStore.update`, audited with the
/// members before and after).
extension RegistryAdminController {
    @Sendable func lists(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        return try await listsPage(
            values: ["ownerKind": "unit", "owner": "IPS"], errors: FormErrors(), request: request, context)
    }

    @Sendable func createList(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let name = Self.text(fields, "name", max: 200, &errors, t)
        let description = Self.text(fields, "description", max: 1000, required: false, &errors, t)
        let ownerKind = fields["ownerKind", default: ""]
        var owner = fields["owner", default: ""].trimmingCharacters(in: .whitespaces)
        var resolved: DistributionList.Owner?
        switch DistributionList.Owner.Kind(rawValue: ownerKind) {
        case nil:
            errors.add("ownerKind", t("admin.error.choice"))
        case .unit:
            owner = owner.uppercased()
            if owner.isEmpty {
                errors.add("owner", t("admin.error.required"))
            } else if !UserStore.isValidGroupOrUnit(owner) {
                errors.add("owner", t("registry.admin.error.badUnit"))
            } else {
                resolved = .init(kind: .unit, id: owner)
            }
        case .user:
            owner = owner.lowercased()
            if owner.isEmpty {
                errors.add("owner", t("admin.error.required"))
            } else if let account = try await findAccount(owner) {
                resolved = .init(kind: .user, id: account.id)
            } else {
                errors.add("owner", t("registry.admin.error.noAccount", ["value": String(owner.prefix(64))]))
            }
        }
        if errors.isEmpty, let resolved {
            do {
                let list = try await chancery.distributionLists.create(
                    .init(name: name, description: description, members: [], owner: resolved), by: context.principal)
                return .redirect(to: "/admin/registry/lists/\(list.id)?done=listCreated", type: .normal)
            } catch let error as AppError where error.status != .forbidden {
                errors.add(error, field: "name", t)
            }
        }
        return try await listsPage(
            values: ["name": name, "description": description, "ownerKind": ownerKind, "owner": owner],
            errors: errors, request: request, context, status: .badRequest)
    }

    @Sendable func showList(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let list = try await findList(context)
        return try await listPage(list, request: request, context)
    }

    @Sendable func updateList(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let list = try await findList(context)
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let name = Self.text(fields, "name", max: 200, &errors, t)
        let description = Self.text(fields, "description", max: 1000, required: false, &errors, t)
        return try await save(
            list, fields: fields, errors: errors, request: request, context,
            failed: { errors in
                try await listPage(
                    list, values: ["name": name, "description": description], errors: errors, request: request,
                    context, status: .badRequest)
            },
            done: "listSaved"
        ) { draft in
            draft.name = name
            draft.description = description
        }
    }

    @Sendable func addMember(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let list = try await findList(context)
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let kind = DistributionList.Member.Kind(rawValue: fields["memberKind", default: ""])
        let role = DistributionList.Member.Role(rawValue: fields["memberRole", default: ""])
        let typed = fields["member", default: ""].trimmingCharacters(in: .whitespaces)
        if kind == nil { errors.add("memberKind", t("admin.error.choice")) }
        if role == nil { errors.add("memberRole", t("admin.error.choice")) }
        var member: DistributionList.Member?
        var shown = typed
        if typed.isEmpty {
            errors.add("member", t("admin.error.required"))
        } else if let kind {
            // The member is looked up even when the role is refused, so that both fields are answered at once.
            let role = role ?? .info
            switch kind {
            case .user:
                if let account = try await findAccount(typed.lowercased()) {
                    member = .init(kind: .user, id: account.id, role: role)
                    shown = account.username
                } else {
                    errors.add("member", t("registry.admin.error.noAccount", ["value": String(typed.prefix(64))]))
                }
            case .group:
                if GroupStore.isValidName(typed), try await chancery.groups.find(name: typed) != nil {
                    member = .init(kind: .group, id: typed, role: role)
                } else {
                    errors.add("member", RegistryError.unknownGroup(String(typed.prefix(40))).detail(t))
                }
            case .unit:
                shown = typed.uppercased()
                if UserStore.isValidGroupOrUnit(shown) {
                    member = .init(kind: .unit, id: shown, role: role)
                } else {
                    errors.add("member", t("registry.admin.error.badUnit"))
                }
            }
        }
        if role == nil { member = nil }
        if let member, list.members.contains(where: { $0.kind == member.kind && $0.id == member.id }) {
            errors.add("member", t("registry.admin.error.already", ["member": shown]))
        }
        let memberValues = ["member": typed]
        return try await save(
            list, fields: fields, errors: errors, request: request, context,
            failed: { errors in
                try await listPage(
                    list, memberValues: memberValues, memberErrors: errors, request: request, context,
                    status: .badRequest)
            },
            done: "memberAdded", who: shown
        ) { draft in
            if let member { draft.members.append(member) }
        }
    }

    @Sendable func removeMember(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let list = try await findList(context)
        let fields = try await WebForm.verified(request, session: context.session)
        let kind = DistributionList.Member.Kind(rawValue: fields["kind", default: ""])
        let id = fields["member", default: ""]
        guard let kind, let member = list.members.first(where: { $0.kind == kind && $0.id == id }) else {
            throw AppError(.notFound, type: "member-not-found", key: "registry.admin.error.noMember")
        }
        let shown = try await memberName(member)
        return try await save(
            list, fields: fields, errors: FormErrors(), request: request, context,
            failed: { errors in try await listPage(list, memberErrors: errors, request: request, context) },
            done: "memberRemoved", who: shown
        ) { draft in
            draft.members.removeAll { $0 == member }
        }
    }

    // MARK: saving

    /// Saves the list as `edit` changes it, at the version the form was read; a stale version shows the list as it
    /// now is with the sentence that says so, any other refusal re-shows the form through `failed`.
    private func save(
        _ list: DistributionList, fields: [String: String], errors: FormErrors, request: Request,
        _ context: SignedInContext, failed: (FormErrors) async throws -> Response, done: String, who: String = "",
        edit: (inout DistributionListStore.Draft) -> Void
    ) async throws -> Response {
        var draft = DistributionListStore.Draft(
            name: list.name, description: list.description, members: list.members)
        edit(&draft)
        return try await saveAtVersion(
            fields, errors: errors, stale: "registry.admin.list.stale", refusalField: "name", context,
            save: { [draft] version in
                _ = try await chancery.distributionLists.update(
                    list.id, expectedVersion: version, draft: draft, by: context.principal)
                let whoQuery = who.isEmpty ? "" : "&who=\(Self.encoded(who))"
                return .redirect(to: "/admin/registry/lists/\(list.id)?done=\(done)\(whoQuery)", type: .normal)
            },
            current: { errors in
                try await listPage(
                    try await findList(context), errors: errors, request: request, context, status: .conflict)
            },
            failed: failed)
    }

    // MARK: pages

    /// The distribution lists: sorted, paged, searched (name or description) and exported in SQL.
    static let listsSpec = ListSpec(
        name: "admin.registry.lists", path: "/admin/registry/lists",
        columns: [
            .init("name", "registry.admin.col.name", order: ["LOWER(l.name)"]),
            .init("description", "registry.admin.col.description", order: ["LOWER(l.description)"]),
            .init("owner", "registry.admin.col.owner", order: ["l.owner_name"]),
            .init("members", "registry.admin.col.members", order: ["l.members"]),
        ],
        defaultSort: "name", filters: ["q"], tieBreaker: "l.id")

    private func listsPage(
        values: [String: String], errors: FormErrors, request: Request, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        return try await listPage(
            Self.listsSpec, request, context, template: "registry-admin-lists",
            keys: [
                "lists.title", "lists.intro", "lists.empty", "lists.new", "lists.create", "field.name",
                "field.description", "field.ownerKind", "field.owner", "help.owner",
            ],
            read: { list in
                try await chancery.distributionLists.page(
                    text: try list.text("q"), list: list, actor: context.principal)
            },
            row: {
                RegistryListRow(
                    id: $0.id, href: "/admin/registry/lists/\($0.id)", name: context.localizer.listTerm($0.name),
                    description: context.localizer.listTerm($0.description),
                    owner: $0.ownerName, members: $0.members)
            },
            csv: { [$0.name, $0.description, $0.owner, String($0.members)] }, values: values,
            choices: [
                "ownerKinds": DistributionList.Owner.Kind.allCases.map {
                    AdminParts.Option(
                        value: $0.rawValue, label: t("registry.admin.owner.\($0.rawValue)"),
                        selected: values["ownerKind"] == $0.rawValue)
                }
            ],
            errors: errors, status: status)
    }

    private func listPage(
        _ list: DistributionList, values: [String: String]? = nil, errors: FormErrors = FormErrors(),
        memberValues: [String: String] = [:], memberErrors: FormErrors = FormErrors(), request: Request,
        _ context: SignedInContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        var members: [RegistryListPage.Member] = []
        for (index, member) in list.members.enumerated() {
            let name = try await memberName(member)
            members.append(
                RegistryListPage.Member(
                    rowID: String(index + 1), kind: member.kind.rawValue,
                    kindName: t("registry.admin.kind.\(member.kind.rawValue)"), memberID: member.id, name: name,
                    role: t("registry.admin.role.\(member.role.rawValue)"),
                    removeLabel: t("registry.admin.list.remove", ["member": name])))
        }
        let accounts = try await chancery.users.list()
        let who = request.uri.queryParameters["who"].map { String($0.prefix(64)) } ?? ""
        let content = RegistryListPage(
            heading: t("registry.admin.list.heading", ["name": t.listTerm(list.name)]), id: list.id,
            version: list.version,
            owner: t("registry.admin.list.owner", ["owner": try await ownerName(list.owner)]),
            members: members, hasMembers: !members.isEmpty,
            kinds: DistributionList.Member.Kind.allCases.map {
                AdminParts.Option(
                    value: $0.rawValue, label: t("registry.admin.kind.\($0.rawValue)"), selected: $0 == .user)
            },
            roles: DistributionList.Member.Role.allCases.map {
                AdminParts.Option(
                    value: $0.rawValue, label: t("registry.admin.role.\($0.rawValue)"), selected: $0 == .action)
            },
            candidates: accounts.filter { !$0.disabled }.map {
                AdminParts.Option(value: $0.username, label: $0.displayName, selected: false)
            },
            memberValues: memberValues, memberErrors: memberErrors.model(t))
        return formPage(
            "registry-admin-list", content,
            keys: [
                "list.back", "list.save", "list.members", "list.noMembers", "list.add", "list.addSubmit",
                "list.removeButton", "col.kind", "col.member", "col.role", "col.action", "field.name",
                "field.description", "field.memberKind", "field.member", "field.memberRole",
            ],
            title: content.heading, path: "/admin/registry/lists/\(list.id)",
            values: values ?? ["name": list.name, "description": list.description], errors: errors,
            notice: Self.notice(request, t, ["name": list.name, "member": who]), context, status: status)
    }

    // MARK: helpers

    private func findList(_ context: SignedInContext) async throws -> DistributionList {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id), let list = try await chancery.distributionLists.find(id) else {
            throw RegistryError.unknownList(String(id.prefix(40)))
        }
        return list
    }

    private func findAccount(_ username: String) async throws -> UserAccount? {
        guard UserStore.isValidUsername(username) else { return nil }
        return try await chancery.users.find(username: username)
    }

    /// How a member is named on the page: a person by user name, a group or unit by its name.
    private func memberName(_ member: DistributionList.Member) async throws -> String {
        guard member.kind == .user else { return member.id }
        return try await chancery.users.find(id: member.id)?.username ?? member.id
    }

    private func ownerName(_ owner: DistributionList.Owner) async throws -> String {
        switch owner.kind {
        case .unit: return owner.id
        case .user: return try await chancery.users.find(id: owner.id)?.username ?? owner.id
        }
    }
}
