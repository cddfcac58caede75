import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The case officers' pages: the cases as a list (sort, filter by type, pages, CSV), the form that opens a case
/// with every error marked, and a case with its parties. A case the reader may not see — the conflict rule's
/// included — is 404, as a missing one.
package struct CasesWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/hr/cases", use: list)
        group.get("/hr/cases/new", use: newCase)
        group.post("/hr/cases", use: create)
        group.get("/hr/cases/{id}", use: show)
        group.post("/hr/cases/{id}/steps", use: recordStep)
    }

    static let notices = ["opened", "step", "hearing"]

    func page<Content>(
        _ request: Request?, _ context: SignedInContext, errors: FormErrors = FormErrors(), _ content: Content
    ) -> HRPage<Content> {
        let t = context.localizer
        let done = request?.uri.queryParameters["done"].map(String.init)
        let parts = HRPageParts(
            t: HRWebStrings.labels(t), csrf: context.session.csrfToken,
            notice: done.flatMap { Self.notices.contains($0) ? t("hr.done.\($0)") : nil }, errors: errors.model(t))
        return HRPage(parts, content)
    }

    // MARK: the list

    package static let listSpec = ListSpec(
        name: "hr.cases", path: "/hr/cases",
        columns: [
            .init("opened", "hr.openedOn", order: ["c.opened_on"]),
            .init("title", "hr.title", order: ["LOWER(o.title)"]),
            .init("type", "hr.type", order: ["c.case_type"]),
            .init("state", "hr.state", order: ["o.state"]),
        ],
        defaultSort: "opened", defaultDescending: true, filters: ["type"])

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try HROffice.require(HROffice.officers, context.principal)
        let t = context.localizer
        let list = try ListQuery(request, Self.listSpec)
        let type = try list.choice("type", as: HRCase.CaseType.self)
        let found = try await chancery.hrCases.cases(type: type, list: list, by: context.principal)
        let rows = found.items.map { hrCase in
            CasesListPage.Row(
                id: hrCase.object.id, openedOn: DayText.withWeekday(hrCase.openedOn, t), title: hrCase.title,
                type: t("hr.type.\(hrCase.type.rawValue)"), state: t("hr.state.\(hrCase.state.rawValue)"))
        }
        let label = chancery.objects.dominantLabel(of: found.items.map(\.object))
        if list.isExport {
            return CSVTable(
                banner: t.banner(label), header: list.csvHeader(t),
                rows: rows.map { [$0.openedOn, $0.title, $0.type, $0.state] }
            ).response(name: list.spec.name, label: label)
        }
        let total = try await chancery.hrCases.caseCount(type: type, by: context.principal)
        let model = page(
            request, context,
            CasesListPage(
                hasCases: !rows.isEmpty, cases: rows, headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t),
                types: Self.types(type?.rawValue, t, any: true), sort: list.sort.id,
                order: list.descending ? "desc" : "asc"))
        return PageRenderer.response(
            "hr-cases", model, frame: frame(t("hr.casesTitle"), label: label, path: "/hr/cases", context))
    }

    /// The case types as options, with "any type" first for a filter.
    static func types(_ selected: String?, _ t: Localizer, any: Bool = false) -> [AdminParts.Option] {
        let first = any ? [AdminParts.Option(value: "", label: t("hr.anyType"), selected: selected == nil)] : []
        return first
            + HRCase.CaseType.allCases.map {
                AdminParts.Option(
                    value: $0.rawValue, label: t("hr.type.\($0.rawValue)"), selected: $0.rawValue == selected)
            }
    }

    // MARK: opening a case

    /// The classifications a case may carry (STAFF is added whatever is chosen).
    static let classifications: [Classification] = [
        .natoUnclassified, .natoRestricted, .natoConfidential, .natoSecret,
    ]

    @Sendable package func newCase(_ request: Request, context: SignedInContext) async throws -> Response {
        try HROffice.require(HROffice.officers, context.principal)
        return try form(request, context, values: [:], errors: FormErrors())
    }

    func form(
        _ request: Request?, _ context: SignedInContext, values: [String: String], errors: FormErrors,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let t = context.localizer
        let chosen = values["classification"] ?? Classification.natoRestricted.marking
        let model = page(
            request, context, errors: errors,
            NewCasePage(
                values: values, types: Self.types(values["type"], t),
                classifications: Self.classifications.filter { $0 <= context.principal.clearance }.map {
                    AdminParts.Option(value: $0.marking, label: t.marking($0), selected: $0.marking == chosen)
                }))
        return PageRenderer.response(
            "hr-case-new", model,
            frame: frame(t("hr.newCase"), label: HROffice.label(), path: "/hr/cases/new", context), status: status)
    }

    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        try HROffice.require(HROffice.officers, context.principal)
        let t = context.localizer
        var errors = FormErrors()
        var items: [AppError.Item] = []
        let classification = Classification.allCases.first { $0.marking == fields["classification"] }
        if classification == nil || !Self.classifications.contains(classification!) {
            items.append(.init(field: "classification", code: "invalid", key: "hr.field.classification"))
        }
        let caseRequest = HRCaseRequest(
            type: fields["type"], title: fields["title"], complainant: fields["complainant"],
            respondent: fields["respondent"], decisionWhat: fields["decisionWhat"], decisionBy: fields["decisionBy"],
            decisionNotifiedOn: fields["decisionNotifiedOn"],
            articles: (fields["articles"] ?? "").split(whereSeparator: \.isNewline).map(String.init))
        if var newCase = HRCaseForm.check(caseRequest, catalog: chancery.catalog, items: &items), items.isEmpty {
            newCase.label = classification.map { SecurityLabel(classification: $0) }
            do {
                let opened = try await chancery.hrCases.open(newCase, by: context.principal)
                return .redirect(to: "/hr/cases/\(opened.object.id)?done=opened", type: .normal)
            } catch let error as AppError where error.type == AppError.labelAboveYou.type {
                errors.add("classification", error.detail(t))
            } catch let error as AppError where error.status == .badRequest {
                errors.add(error, field: "complainant", t)
            } catch let error as AppError where error.type == HRCaseError.namedInCase.type {
                errors.addFormLevel(error.detail(t))
            }
        }
        for item in items { errors.add(item.field, item.detail(t)) }
        var values = fields
        values["_csrf"] = nil
        return try form(nil, context, values: values, errors: errors, status: .badRequest)
    }

    // MARK: a case

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try await casePage(try context.parameters.require("id"), request, context)
    }

    /// The case's page, with the step form as typed and its errors when a step was refused; 404 as for a missing
    /// case when the reader may not see it.
    func casePage(
        _ id: String, _ request: Request?, _ context: SignedInContext, values: [String: String] = [:],
        memoValues: [String: String] = [:], hearingValues: [String: String] = [:], errors: FormErrors = FormErrors(),
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        guard ObjectID.isWellFormed(id), let hrCase = try await chancery.hrCases.hrCase(id, by: context.principal)
        else { throw AppError.objectNotFound(String(id.prefix(40))) }
        let parties = try await chancery.hrCases.parties(of: id, by: context.principal)
        let counted = try await chancery.hrCases.deadlines(
            of: id, by: context.principal, calendar: chancery.calendar, language: t.language)
        let deadlines = (counted?.deadlines ?? []).map { item in
            CasePage.Deadline(
                step: t("hr.step.\(item.limit.step)"), article: item.limit.article,
                due: item.deadline?.due.map { t.longDate($0) } ?? t("hr.none"),
                state: t("hr.deadline.state.\(item.state.rawValue)"), overdue: item.state == .overdue,
                explanation: counted?.ruleSet.map { t.explanation(of: item, in: $0) } ?? "")
        }
        let timeline = try await chancery.hrCases.steps(of: id, by: context.principal)
        let suspensions = try await chancery.hrCases.suspensions(of: id, by: context.principal)
        let memos = try await chancery.hrCases.memos(of: id, by: context.principal)
        let hearings = try await chancery.hrCases.hearings(of: id, by: context.principal)
        let model = page(
            request, context, errors: errors,
            CasePage(
                title: hrCase.title, type: t("hr.type.\(hrCase.type.rawValue)"),
                state: t("hr.state.\(hrCase.state.rawValue)"), openedOn: DayText.withWeekday(hrCase.openedOn, t),
                outcome: hrCase.outcome.map { t("hr.outcome.\($0)") }, decisionWhat: hrCase.decisionWhat,
                decisionBy: hrCase.decisionBy,
                decisionNotifiedOn: hrCase.decisionNotifiedOn.map { DayText.withWeekday($0, t) },
                hasArticles: !hrCase.articles.isEmpty, articles: hrCase.articles,
                parties: parties.map {
                    CasePage.Party(name: $0.displayName, username: $0.username, part: t("hr.part.\($0.part.rawValue)"))
                }, banner: t.banner(hrCase.object.label),
                ruleSet: counted?.ruleSet.map {
                    t(
                        "hr.deadline.ruleSet",
                        [
                            "name": $0.name,
                            "effective": t.longDate(CivilDate(iso: $0.effectiveFrom) ?? CivilDate(dayNumber: 0)),
                        ])
                },
                hasDeadlines: !deadlines.isEmpty, deadlines: deadlines,
                steps: Self.timeline(timeline, t),
                suspended: suspensions.last.flatMap {
                    $0.until == nil ? t("hr.steps.suspendedSince", ["since": t.longDate($0.from)]) : nil
                },
                stepForm: Self.stepForm(hrCase, values: values, t), hasHearings: !hearings.isEmpty,
                hearings: HearingsWebController.rows(hearings, t),
                hearingForm: hrCase.state == .closed
                    ? nil
                    : CasePage.HearingForm(
                        action: "/hr/cases/\(id)/hearings", date: hearingValues["date"] ?? "",
                        start: hearingValues["start"] ?? "", end: hearingValues["end"] ?? "",
                        place: hearingValues["place"] ?? ""),
                hasMemos: !memos.isEmpty,
                memos: memos.map {
                    CasePage.Memo(
                        href: "/hr/memos/\($0.object.id)", title: $0.title, banner: t.banner($0.object.label),
                        created: DayText.moment($0.object.createdAt, t))
                },
                memoForm: CasePage.MemoForm(
                    action: "/hr/cases/\(id)/memos",
                    templates: MemosWebController.templates(
                        for: context.principal, t, selected: memoValues["template"]),
                    languages: MemosWebController.languages(t, selected: memoValues["language"]))))
        return PageRenderer.response(
            "hr-case", model,
            frame: frame(
                hrCase.title, label: chancery.objects.dominantLabel(of: [hrCase.object] + memos.map(\.object)),
                path: "/hr/cases", context),
            status: status)
    }
}
