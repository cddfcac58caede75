import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// `/admin/hr/rule-sets`: the versions of the regulations' time limits in the administration console. An
/// administrator adds a version that takes effect after today (prefilled with the limits in force) and changes one
/// before it does; a version in force is read only, so no case's deadlines move. Every refusal is marked at its field.
package struct RuleSetsAdminController: AdminConsolePages {
    package static let strings = "hr.rules.admin"
    package let chancery: Chancery

    package static let menu: [MenuLink] = [
        MenuLink("admin-hr-rule-sets", "/admin/hr/rule-sets", "hr.rules.admin.menu", for: isAdmin)
    ]

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/admin/hr/rule-sets", use: list)
        group.post("/admin/hr/rule-sets", use: add)
        group.get("/admin/hr/rule-sets/{id}", use: show)
        group.post("/admin/hr/rule-sets/{id}", use: change)
    }

    static let labelKeys = [
        "title", "intro", "name", "effectiveFrom", "state", "limits", "newVersion", "newVersionHelp", "caseType",
        "step", "article", "days", "kind", "from", "submit", "save", "back", "readOnly", "rowsHelp", "none",
    ]

    func render(
        _ template: String, _ title: String, _ content: some Any, errors: FormErrors, request: Request?,
        _ context: SignedInContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = context.localizer
        let parts = HRPageParts(
            t: Self.labels(t, Self.labelKeys), csrf: context.session.csrfToken,
            notice: request.flatMap { Self.notice($0, t) }, errors: errors.model(t))
        return PageRenderer.response(
            template, OfficePage(parts, content),
            frame: frame(title, label: SecurityLabel(classification: .natoUnclassified), path: "/admin", context),
            status: status)
    }

    func state(_ set: RuleSet, inForce: String?, today: String, _ t: Localizer) -> String {
        set.effectiveFrom > today
            ? t("hr.rules.admin.state.planned")
            : set.id == inForce ? t("hr.rules.admin.state.inForce") : t("hr.rules.admin.state.superseded")
    }

    // MARK: the list and a new version

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        return try await listPage(nil, errors: FormErrors(), request: request, context)
    }

    func listPage(
        _ form: RuleSetFormPage?, errors: FormErrors, request: Request?, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let sets = try await chancery.hrRuleSets.ruleSets(by: context.principal)
        let today = RuleSetStore.today()
        let inForce = sets.last { $0.effectiveFrom <= today }
        let rows = sets.reversed().map { set in
            RuleSetsAdminPage.Row(
                href: "/admin/hr/rule-sets/\(set.id)", name: set.name,
                effectiveFrom: CivilDate(iso: set.effectiveFrom).map(t.longDate) ?? set.effectiveFrom,
                state: state(set, inForce: inForce?.id, today: today, t), limits: String(set.limits.count))
        }
        let next = CivilDate(iso: today)?.adding(days: 1).iso ?? ""
        let model = RuleSetsAdminPage(
            hasSets: !rows.isEmpty, sets: rows,
            form: form
                ?? RuleSetForm.page(
                    action: "/admin/hr/rule-sets", name: "", effectiveFrom: next, version: nil,
                    limits: inForce?.limits ?? [], errors: FormErrors(), t))
        return render(
            "hr-rule-sets", t("hr.rules.admin.title"), model, errors: errors, request: request, context, status: status)
    }

    @Sendable package func add(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        let (body, rows) = RuleSetForm.request(fields)
        var errors = FormErrors()
        do {
            let set = try await chancery.hrRuleSets.add(body, by: context.principal)
            return .redirect(to: "/admin/hr/rule-sets/\(set.id)?done=added", type: .normal)
        } catch let error as AppError where error.status != .forbidden {
            Self.record(error, rows: rows, into: &errors, t)
        }
        let form = RuleSetForm.page(
            action: "/admin/hr/rule-sets", name: fields["name"] ?? "", effectiveFrom: fields["effectiveFrom"] ?? "",
            version: nil, limits: body.limits ?? [], errors: Self.rowsRenumbered(errors, rows), t)
        return try await listPage(
            form, errors: Self.rowsRenumbered(errors, rows), request: nil, context, status: .badRequest)
    }

    /// A refusal as the form's fields.
    static func record(_ error: AppError, rows: [Int], into errors: inout FormErrors, _ t: Localizer) {
        if error.errors.isEmpty {
            if error.field == "effectiveFrom" || error.type == RuleSetError.sameDay.type {
                errors.add("effectiveFrom", error.detail(t))
            } else {
                errors.addFormLevel(error.detail(t))
            }
        }
        RuleSetForm.record(error.errors, rows: rows, into: &errors, t)
    }

    /// The form shows the limits it kept one after the other: a row's errors follow its limit to its new place.
    static func rowsRenumbered(_ errors: FormErrors, _ rows: [Int]) -> FormErrors {
        var renumbered = FormErrors()
        for item in errors.items {
            guard item.linked, let dash = item.field.lastIndex(of: "-"),
                let row = Int(item.field[item.field.index(after: dash)...]),
                let index = rows.firstIndex(of: row)
            else {
                if item.linked {
                    renumbered.add(item.field, item.message)
                } else {
                    renumbered.addFormLevel(item.message)
                }
                continue
            }
            renumbered.add("\(item.field[..<dash])-\(index)", item.message)
        }
        return renumbered
    }

    // MARK: one version

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let set = try await find(context)
        return try await versionPage(set, form: nil, errors: FormErrors(), request: request, context)
    }

    func find(_ context: SignedInContext) async throws -> RuleSet {
        let id = try context.parameters.require("id")
        guard let set = try await chancery.hrRuleSets.ruleSet(id, by: context.principal) else {
            throw AppError.objectNotFound(String(id.prefix(40)))
        }
        return set
    }

    func versionPage(
        _ set: RuleSet, form: RuleSetFormPage?, errors: FormErrors, request: Request?, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let today = RuleSetStore.today()
        let sets = try await chancery.hrRuleSets.ruleSets(by: context.principal)
        let inForce = sets.last { $0.effectiveFrom <= today }
        let editable = set.effectiveFrom > today
        let model = RuleSetAdminPage(
            name: set.name, effectiveFrom: CivilDate(iso: set.effectiveFrom).map(t.longDate) ?? set.effectiveFrom,
            state: state(set, inForce: inForce?.id, today: today, t),
            limits: set.limits.map {
                RuleSetAdminPage.Limit(
                    caseType: t("hr.type.\($0.caseType)"), step: t("hr.step.\($0.step)"), article: $0.article,
                    period: t("calendar.unit.\($0.kind)", ["days": String($0.days)]),
                    from: t("hr.rules.admin.from.\($0.from.rawValue)"))
            },
            form: editable
                ? form
                    ?? RuleSetForm.page(
                        action: "/admin/hr/rule-sets/\(set.id)", name: set.name, effectiveFrom: set.effectiveFrom,
                        version: set.version, limits: set.limits, errors: FormErrors(), t) : nil)
        return render("hr-rule-set", set.name, model, errors: errors, request: request, context, status: status)
    }

    @Sendable package func change(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let set = try await find(context)
        let fields = try await WebForm.verified(request, session: context.session)
        let (body, rows) = RuleSetForm.request(fields)
        var errors = FormErrors()
        var status = HTTPResponse.Status.badRequest
        do {
            _ = try await chancery.hrRuleSets.change(
                set.id, to: body, at: Int64(fields["version"] ?? "") ?? -1, by: context.principal)
            return .redirect(to: "/admin/hr/rule-sets/\(set.id)?done=saved", type: .normal)
        } catch let error as AppError where error.status != .forbidden {
            Self.record(error, rows: rows, into: &errors, t)
            if error.status == .preconditionFailed || error.status == .conflict { status = .conflict }
        }
        let renumbered = Self.rowsRenumbered(errors, rows)
        let form = RuleSetForm.page(
            action: "/admin/hr/rule-sets/\(set.id)", name: fields["name"] ?? "",
            effectiveFrom: fields["effectiveFrom"] ?? "", version: set.version, limits: body.limits ?? [],
            errors: renumbered, t)
        return try await versionPage(set, form: form, errors: renumbered, request: nil, context, status: status)
    }
}

/// The versions, newest first, and the form of a new one.
package struct RuleSetsAdminPage {
    package struct Row {
        package var href: String
        package var name: String
        package var effectiveFrom: String
        package var state: String
        package var limits: String
    }

    package var hasSets: Bool
    package var sets: [Row]
    package var form: RuleSetFormPage
}

/// One version: its limits, and the form to change it while it is not in force.
package struct RuleSetAdminPage {
    package struct Limit {
        package var caseType: String
        package var step: String
        package var article: String
        package var period: String
        package var from: String
    }

    package var name: String
    package var effectiveFrom: String
    package var state: String
    package var limits: [Limit]
    package var form: RuleSetFormPage?
}
