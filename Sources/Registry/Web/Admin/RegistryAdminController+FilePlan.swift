import ChanceryKit
import ChancerySpine
import Hummingbird

/// The file plan in the console: the plan as a tree, a node added under a category, and a node renamed (at the
/// version it was read) or retired (refused while nodes under it are in use).
extension RegistryAdminController {
    @Sendable func filePlan(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let values = ["kind": "category", "parent": "", "retentionYears": "", "disposition": ""]
        return try await planPage(values: values, errors: FormErrors(), request: request, context)
    }

    @Sendable func createNode(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let kind = FilePlanNode.Kind(rawValue: fields["kind", default: ""])
        if kind == nil { errors.add("kind", t("admin.error.choice")) }
        let parentID = fields["parent", default: ""]
        let nodes = try await chancery.filePlan.all()
        let parent = nodes.first { $0.id == parentID && $0.kind == .category && !$0.isRetired }
        if !parentID.isEmpty && parent == nil {
            errors.add("parent", t("admin.error.choice"))
        } else if kind == .folder && parent == nil {
            errors.add("parent", t("registry.admin.error.folderParent"))
        }
        let code = Self.text(fields, "code", max: 40, &errors, t)
        let title = Self.text(fields, "title", max: 200, &errors, t)
        let yearsText = fields["retentionYears", default: ""].trimmingCharacters(in: .whitespaces)
        var years: Int?
        var disposition: FilePlanNode.Disposition?
        if kind == .folder {
            years = Int(yearsText).flatMap { (0...100).contains($0) ? $0 : nil }
            if years == nil {
                errors.add(
                    "retentionYears", t(yearsText.isEmpty ? "admin.error.required" : "registry.admin.error.years"))
            }
            disposition = FilePlanNode.Disposition(rawValue: fields["disposition", default: ""])
            if disposition == nil { errors.add("disposition", t("admin.error.choice")) }
        }
        if errors.isEmpty, let kind {
            do {
                let node = try await chancery.filePlan.create(
                    kind: kind, parentID: parent?.id, code: code, title: title, retentionYears: years,
                    disposition: disposition, by: context.principal)
                return .redirect(to: "/admin/registry/file-plan/\(node.id)?done=nodeCreated", type: .normal)
            } catch let error as AppError where error.status != .forbidden {
                errors.add(error, field: "code", t)
            }
        }
        let values = [
            "kind": fields["kind", default: ""], "parent": parentID, "code": code, "title": title,
            "retentionYears": yearsText, "disposition": fields["disposition", default: ""],
        ]
        return try await planPage(values: values, errors: errors, request: request, context, status: .badRequest)
    }

    @Sendable func showNode(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let node = try await findNode(context)
        return try await nodePage(node, request: request, context)
    }

    @Sendable func renameNode(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let node = try await findNode(context)
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let title = Self.text(fields, "title", max: 200, &errors, t)
        return try await saveAtVersion(
            fields, errors: errors, stale: "registry.admin.node.stale", context,
            save: { version in
                _ = try await chancery.filePlan.rename(
                    node.id, title: title, expectedVersion: version, by: context.principal)
                return .redirect(to: "/admin/registry/file-plan/\(node.id)?done=nodeRenamed", type: .normal)
            },
            current: { errors in
                try await nodePage(
                    try await findNode(context), errors: errors, request: request, context, status: .conflict)
            },
            failed: { errors in
                try await nodePage(
                    node, values: ["title": title], errors: errors, request: request, context, status: .badRequest)
            })
    }

    @Sendable func retireNode(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let node = try await findNode(context)
        _ = try await WebForm.verified(request, session: context.session)
        do {
            _ = try await chancery.filePlan.retire(node.id, by: context.principal)
        } catch let error as AppError where error.status == .conflict {
            var errors = FormErrors()
            errors.add(error, field: "retire", context.localizer)
            return try await nodePage(node, retireErrors: errors, request: request, context, status: .conflict)
        }
        return .redirect(to: "/admin/registry/file-plan/\(node.id)?done=nodeRetired", type: .normal)
    }

    // MARK: pages

    private func planPage(
        values: [String: String], errors: FormErrors, request: Request, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let nodes = try await chancery.filePlan.all()
        let children = Dictionary(grouping: nodes) { $0.parentID ?? "" }
        func branch(_ node: FilePlanNode) -> RegistryFilePlanPage.Node {
            let under = (children[node.id] ?? []).map(branch)
            return RegistryFilePlanPage.Node(
                id: node.id, href: "/admin/registry/file-plan/\(node.id)", code: node.code, title: node.title,
                kindName: t("registry.admin.nodeKind.\(node.kind.rawValue)"), rule: Self.rule(node, t) ?? "",
                isFolder: node.kind == .folder, retired: node.isRetired,
                retiredName: t("registry.admin.state.retired"), children: under, hasChildren: !under.isEmpty)
        }
        // A node whose parent is missing is shown at the top rather than lost.
        let ids = Set(nodes.map(\.id))
        let tree = nodes.filter { $0.parentID.map { !ids.contains($0) } ?? true }.map(branch)
        let categories = nodes.filter { $0.kind == .category && !$0.isRetired }
        let content = RegistryFilePlanPage(
            tree: tree, hasTree: !tree.isEmpty,
            kinds: FilePlanNode.Kind.allCases.map {
                AdminParts.Option(
                    value: $0.rawValue, label: t("registry.admin.nodeKind.\($0.rawValue)"),
                    selected: values["kind"] == $0.rawValue)
            },
            parents: [
                AdminParts.Option(
                    value: "", label: t("registry.admin.plan.top"), selected: values["parent", default: ""].isEmpty)
            ]
                + categories.map {
                    AdminParts.Option(
                        value: $0.id, label: "\($0.code) — \($0.title)", selected: values["parent"] == $0.id)
                },
            dispositions: [
                AdminParts.Option(value: "", label: "—", selected: values["disposition", default: ""].isEmpty)
            ]
                + FilePlanNode.Disposition.allCases.map {
                    AdminParts.Option(
                        value: $0.rawValue, label: t("registry.admin.disposition.\($0.rawValue)"),
                        selected: values["disposition"] == $0.rawValue)
                })
        return formPage(
            "registry-admin-plan", content,
            keys: [
                "plan.title", "plan.intro", "plan.tree", "plan.empty", "plan.new", "plan.create", "field.kind",
                "field.parent", "field.code", "help.nodeCode", "field.title", "field.retentionYears",
                "field.disposition",
            ],
            title: t("registry.admin.plan.title"), path: "/admin/registry/file-plan", values: values,
            errors: errors, notice: nil, context, status: status)
    }

    private func nodePage(
        _ node: FilePlanNode, values: [String: String]? = nil, errors: FormErrors = FormErrors(),
        retireErrors: FormErrors = FormErrors(), request: Request, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let nodes = try await chancery.filePlan.all()
        func link(_ node: FilePlanNode) -> RegistryFilePlanNodePage.Link {
            .init(
                href: "/admin/registry/file-plan/\(node.id)", text: "\(node.code) — \(node.title)",
                retired: node.isRetired)
        }
        let children = nodes.filter { $0.parentID == node.id }.map(link)
        let kind = t("registry.admin.nodeKind.\(node.kind.rawValue)")
        let content = RegistryFilePlanNodePage(
            heading: t(
                "registry.admin.node.heading",
                ["kind": kind.prefix(1).uppercased() + kind.dropFirst(), "code": node.code]),
            id: node.id, code: node.code, title: node.title, kindName: kind, rule: Self.rule(node, t),
            parent: node.parentID.flatMap { id in nodes.first { $0.id == id } }.map(link), children: children,
            hasChildren: !children.isEmpty,
            retired: node.retiredAt.map {
                t("registry.admin.node.retired", ["date": DayText.withWeekday(HeadquartersCalendar.day($0), t)])
            },
            version: node.version, retireErrors: retireErrors.model(t))
        return formPage(
            "registry-admin-node", content,
            keys: [
                "node.back", "node.parent", "node.children", "node.noChildren", "node.rename",
                "node.renameSubmit", "node.codeStays", "node.retire", "node.retireHelp", "node.retireSubmit",
                "field.kind", "field.title", "field.retentionYears", "state.retired",
            ],
            title: content.heading, path: "/admin/registry/file-plan/\(node.id)",
            values: values ?? ["title": node.title],
            errors: errors, notice: Self.notice(request, t, ["code": node.code]), context, status: status)
    }

    /// "kept 10 years after cutoff, then destroyed"; nil for a category.
    private static func rule(_ node: FilePlanNode, _ t: Localizer) -> String? {
        guard node.kind == .folder, let years = node.retentionYears, let disposition = node.disposition else {
            return nil
        }
        return t(
            "registry.admin.plan.retention",
            ["years": String(years), "disposition": t("registry.admin.disposition.\(disposition.rawValue)")])
    }

    private func findNode(_ context: SignedInContext) async throws -> FilePlanNode {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id), let node = try await chancery.filePlan.find(id) else {
            throw RegistryError.unknownNode(String(id.prefix(40)))
        }
        return node
    }
}
