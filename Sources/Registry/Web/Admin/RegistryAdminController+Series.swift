import ChanceryKit
import ChancerySpine
import Hummingbird

/// Reference series in the console: the list, a new series, and a series' form (title, template, verification and
/// its checks, in use or not), saved at the version it was read.
extension RegistryAdminController {
    /// The reference series: sorted, paged, searched (code or title) and exported in SQL.
    static let seriesSpec = ListSpec(
        name: "admin.registry.series", path: "/admin/registry/series",
        columns: [
            .init("code", "registry.admin.col.code", order: ["l.code"]),
            .init("title", "registry.admin.col.title", order: ["LOWER(l.title)"]),
            .init("template", "registry.admin.col.template", order: ["l.template"]),
            .init("verification", "registry.admin.col.verification"),
            .init("state", "registry.admin.col.state", order: ["l.active"]),
        ],
        defaultSort: "code", filters: ["q"], tieBreaker: "l.code")

    @Sendable func seriesList(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        return try await listPage(
            Self.seriesSpec, request, context, template: "registry-admin-series",
            keys: ["series.title", "series.intro", "series.new", "series.empty"],
            read: { list in
                try await chancery.referenceSeries.page(text: try list.text("q"), list: list, actor: context.principal)
            },
            row: { series in
                RegistrySeriesRow(
                    code: series.code, href: "/admin/registry/series/\(series.code)", title: series.title,
                    template: series.template.description,
                    verification: series.requiresVerification && !series.checks.isEmpty
                        ? series.checks.sorted().map { t("registry.admin.check.\($0.rawValue)") }
                            .joined(separator: ", ")
                        : t("registry.admin.verification.none"),
                    state: Self.state(series.active, t), active: series.active)
            },
            csv: { [$0.code, $0.title, $0.template, $0.verification, $0.state] },
            notice: Self.notice(request, t, ["code": Self.codeParameter(request) ?? ""]))
    }

    @Sendable func newSeries(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        return seriesForm(
            nil, values: ["template": "", "code": "", "title": ""], requiresVerification: false, active: true,
            checks: [], errors: FormErrors(), request: request, context)
    }

    @Sendable func showSeries(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let series = try await findSeries(context)
        return seriesForm(
            series, values: Self.values(of: series), requiresVerification: series.requiresVerification,
            active: series.active, checks: series.checks, errors: FormErrors(), request: request, context)
    }

    @Sendable func createSeries(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let code = Self.code(fields, isValid: ReferenceSeries.isValidCode, &errors, t)
        let form = Self.seriesFields(fields, &errors, t)
        if errors.isEmpty, let template = form.template {
            do {
                let draft = ReferenceSeriesStore.Draft(
                    code: code, template: template, title: form.title,
                    requiresVerification: form.requiresVerification, checks: form.checks)
                let series = try await chancery.referenceSeries.create(draft, by: context.principal)
                return .redirect(to: "/admin/registry/series/\(series.code)?done=seriesCreated", type: .normal)
            } catch let error as AppError where error.status != .forbidden {
                errors.add(error, field: "code", t)
            }
        }
        return seriesForm(
            nil, values: ["code": code, "title": form.title, "template": form.templateText],
            requiresVerification: form.requiresVerification, active: true, checks: form.checks, errors: errors,
            request: request, context, status: .badRequest)
    }

    @Sendable func updateSeries(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let series = try await findSeries(context)
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let form = Self.seriesFields(fields, &errors, t)
        let active = fields["active"] == "on"
        let failed = { (errors: FormErrors) in
            seriesForm(
                series, values: ["code": series.code, "title": form.title, "template": form.templateText],
                requiresVerification: form.requiresVerification, active: active, checks: form.checks, errors: errors,
                request: request, context, status: .badRequest)
        }
        return try await saveAtVersion(
            fields, errors: errors, stale: "registry.admin.series.stale", refusalField: "template", context,
            save: { version in
                // A form without a template has its refusal recorded already, and is never saved.
                guard let template = form.template else { return failed(errors) }
                let changes = ReferenceSeriesStore.Changes(
                    template: template, title: form.title, requiresVerification: form.requiresVerification,
                    checks: form.checks, active: active)
                _ = try await chancery.referenceSeries.update(
                    series.code, expectedVersion: version, changes: changes, by: context.principal)
                return .redirect(to: "/admin/registry/series/\(series.code)?done=seriesSaved", type: .normal)
            },
            current: { errors in
                // Someone saved first: the form shows the series as it now is, with the sentence that says so.
                let current = try await findSeries(context)
                return seriesForm(
                    current, values: Self.values(of: current), requiresVerification: current.requiresVerification,
                    active: current.active, checks: current.checks, errors: errors, request: request, context,
                    status: .conflict)
            },
            failed: failed)
    }

    // MARK: the form

    /// What the form says of a series, every field checked (refusals recorded in `errors`).
    private static func seriesFields(_ fields: [String: String], _ errors: inout FormErrors, _ t: Localizer) -> (
        title: String, templateText: String, template: ReferenceTemplate?, requiresVerification: Bool,
        checks: Set<RecordCheck>
    ) {
        let title = text(fields, "title", max: 200, &errors, t)
        let templateText = fields["template", default: ""].trimmingCharacters(in: .whitespaces)
        var template: ReferenceTemplate?
        if templateText.isEmpty {
            errors.add("template", t("admin.error.required"))
        } else {
            template = errors.check("template", t) { try CreateSeriesRequest.template(templateText) }
        }
        let checks = Set(RecordCheck.allCases.filter { fields["check-\($0.rawValue)"] == "on" })
        return (title, templateText, template, fields["requiresVerification"] == "on", checks)
    }

    private static func values(of series: ReferenceSeries) -> [String: String] {
        ["code": series.code, "title": series.title, "template": series.template.description]
    }

    private func seriesForm(
        _ series: ReferenceSeries?, values: [String: String], requiresVerification: Bool, active: Bool,
        checks: Set<RecordCheck>, errors: FormErrors, request: Request, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = context.localizer
        let path = series.map { "/admin/registry/series/\($0.code)" } ?? "/admin/registry/series/new"
        let content = RegistrySeriesPage(
            heading: series.map { t("registry.admin.series.heading", ["code": $0.code]) }
                ?? t("registry.admin.series.newTitle"),
            isNew: series == nil, action: path, version: series?.version ?? 0,
            requiresVerification: requiresVerification, active: active,
            checks: RecordCheck.allCases.map {
                AdminParts.Check(
                    id: "check-\($0.rawValue)", name: "check-\($0.rawValue)",
                    label: t("registry.admin.check.\($0.rawValue)"), checked: checks.contains($0))
            })
        return formPage(
            "registry-admin-series-form", content,
            keys: [
                "series.back", "field.code", "help.code", "field.title", "field.template", "help.template",
                "field.verification", "field.checks", "field.active", "series.create", "series.save",
            ],
            title: content.heading, path: path, values: values, errors: errors,
            notice: Self.notice(request, t, ["code": series?.code ?? ""]), context, status: status)
    }

    private func findSeries(_ context: SignedInContext) async throws -> ReferenceSeries {
        let code = try context.parameters.require("code")
        guard ReferenceSeries.isValidCode(code), let series = try await chancery.referenceSeries.find(code) else {
            throw RegistryError.unknownSeries(String(code.prefix(20)))
        }
        return series
    }

    private static func codeParameter(_ request: Request) -> String? {
        request.uri.queryParameters["code"].map(String.init).flatMap { ReferenceSeries.isValidCode($0) ? $0 : nil }
    }
}
