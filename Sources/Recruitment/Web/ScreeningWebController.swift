import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The screening pages: a vacancy's applications with their marks and stage (filter, sort, pages, CSV, bulk moves),
/// and an application's screening form with every essential criterion and its stage. A refused form comes back with
/// every error marked and what was typed.
package struct ScreeningWebController: RecruitmentPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/recruitment/vacancies/{id}/screening", use: list)
        group.post("/recruitment/vacancies/{id}/screening/bulk", use: bulk)
        group.get("/recruitment/applications/{id}/screening", use: form)
        group.post("/recruitment/applications/{id}/screening/marks", use: saveMarks)
        group.post("/recruitment/applications/{id}/screening/stage", use: move)
    }

    static func labels(_ t: Localizer) -> [String: String] {
        RecruitmentWebStrings.labels(t).merging(ScreeningStrings.labels(t)) { _, own in own }
    }

    /// The notices a page may show after a redirect (`?done=marked`).
    static func notice(_ request: Request?, _ t: Localizer) -> String? {
        guard let done = request?.uri.queryParameters["done"].map(String.init) else { return nil }
        switch done {
        case "marked", "moved": return t("recruitment.screening.done.\(done)")
        case "bulk":
            let count = request?.uri.queryParameters["count"].flatMap { Int(String($0)) } ?? 0
            return t("recruitment.screening.done.bulk", ["count": String(count)])
        default: return nil
        }
    }

    static func candidate(_ application: ScreenedApplication) -> String {
        "\(application.familyName.uppercased()), \(application.givenNames)"
    }

    static func marks(_ application: ScreenedApplication, _ t: Localizer) -> String {
        t(
            "recruitment.screening.marksSummary",
            [
                "met": String(application.marksMet), "notMet": String(application.marksNotMet),
                "toCheck": String(application.marksToCheck),
            ])
    }

    // MARK: the list

    /// The screening list of one vacancy: its own path, the same columns.
    package static func listSpec(_ vacancyID: String) -> ListSpec {
        ListSpec(
            name: "recruitment.screening", path: "/recruitment/vacancies/\(vacancyID)/screening",
            columns: [
                .init("reference", "recruitment.screening.reference", order: ["a.reference"]),
                .init(
                    "candidate", "recruitment.screening.candidate",
                    order: ["LOWER(a.family_name)", "LOWER(a.given_names)"]),
                .init("nationality", "recruitment.screening.nationality", order: ["a.nationality"]),
                .init("submitted", "recruitment.screening.submitted", order: ["a.submitted_at"]),
                .init(
                    "marks", "recruitment.screening.marks",
                    order: [ScreenedApplication.markCount(.met), "-" + ScreenedApplication.markCount(.notMet)]),
                .init("stage", "recruitment.screening.stage", order: [ScreenedApplication.stageExpression]),
            ],
            defaultSort: "submitted", filters: ["stage"])
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try await listView(
            try VacanciesWebController.id(context), query: WebForm.queryFields(request), request: request,
            context: context)
    }

    /// The list; after a refused bulk move, every reason marked and the selection and reason kept.
    func listView(
        _ id: String, query: [String: String], request: Request?, context: SignedInContext,
        errors: FormErrors = FormErrors(), typed: [String: String]? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let list = try ListQuery(fields: query, Self.listSpec(id))
        let stage = try list.choice("stage", as: ScreeningStage.self)
        let store = chancery.screening
        let found = try await store.applications(of: id, stage: stage, list: list, by: context.principal)
        let rows = found.items.map { application in
            ScreeningListPage.Row(
                id: application.object.id, reference: application.reference, candidate: Self.candidate(application),
                nationality: application.nationality, submitted: DayText.day(application.submittedAt, t),
                marks: Self.marks(application, t), stage: t("recruitment.stage.\(application.stage.rawValue)"),
                selectLabel: t("recruitment.screening.selectAll", ["reference": application.reference]),
                checked: typed?["select-\(application.object.id)"] != nil)
        }
        let label = chancery.objects.dominantLabel(of: [found.vacancy.object] + found.items.map(\.object))
        if list.isExport {
            return CSVTable(
                banner: t.banner(label), header: list.spec.columns.map { t($0.key) },
                rows: rows.map { [$0.reference, $0.candidate, $0.nationality, $0.submitted, $0.marks, $0.stage] }
            ).response(name: list.spec.name, label: label)
        }
        let total = try await store.count(of: id, stage: stage, by: context.principal)
        let stages =
            [RecruitmentChoice(value: "", name: t("recruitment.screening.anyStage"), selected: stage == nil)]
            + ScreeningStage.allCases.map {
                RecruitmentChoice(
                    value: $0.rawValue, name: t("recruitment.stage.\($0.rawValue)"), selected: stage == $0)
            }
        let chosen = typed?["stage"] ?? ScreeningStage.longList.rawValue
        let moves = ScreeningStage.allCases.filter { $0 != .applied }.map {
            RecruitmentChoice(
                value: $0.rawValue, name: t("recruitment.stage.\($0.rawValue)"), selected: chosen == $0.rawValue)
        }
        let model = page(
            request, context, errors: errors,
            ScreeningListPage(
                vacancyID: id, vacancyTitle: found.vacancy.title(in: t.language), hasApplications: !rows.isEmpty,
                applications: rows, headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t), stages: stages,
                moves: moves, reason: typed?["reason"] ?? "", sort: list.sort.id,
                order: list.descending ? "desc" : "asc", stageFilter: stage?.rawValue ?? ""))
        return PageRenderer.response(
            "recruitment-screening", model,
            frame: frame(
                t("recruitment.screening.screening") + ": " + found.vacancy.title(in: t.language), label: label,
                path: "/recruitment/vacancies/\(id)/screening", context),
            status: status)
    }

    /// Moves the selected applications, all or none; refused, the list comes back with every reason marked.
    @Sendable package func bulk(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try VacanciesWebController.id(context)
        let t = context.localizer
        let selected = fields.keys.filter { $0.hasPrefix("select-") }.map { String($0.dropFirst("select-".count)) }
            .sorted()
        // a refused move shows the list as it was: its filter and its order
        let query = ["stage": fields["filter"] ?? "", "sort": fields["sort"] ?? "", "order": fields["order"] ?? ""]
        var errors = FormErrors()
        let stage = errors.check("bulk-stage", label: t("recruitment.screening.moveTo"), t) {
            try ScreeningController.stage(fields["stage"] ?? "")
        }
        if selected.isEmpty {
            errors.add("bulk-selection", ScreeningError.selection(max: ScreeningStore.maximumSelection).detail(t))
        }
        let reason = (fields["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if stage == .rejected, reason.isEmpty { errors.add("bulk-reason", ScreeningError.reasonRequired.detail(t)) }
        guard errors.isEmpty, let stage else {
            return try await listView(
                id, query: query, request: nil, context: context, errors: errors, typed: fields, status: .badRequest)
        }
        do {
            let moved = try await chancery.screening.move(
                selected, of: id, to: stage, reason: reason, by: context.principal)
            return .redirect(
                to: "/recruitment/vacancies/\(id)/screening?done=bulk&count=\(moved.count)", type: .normal)
        } catch let error as AppError where [.conflict, .unprocessableContent, .badRequest].contains(error.status) {
            let field =
                switch error.field {
                case "reason": "bulk-reason"
                case "stage": "bulk-stage"
                default: "bulk-selection"
                }
            errors.add(field, error.detail(t))
            return try await listView(
                id, query: query, request: nil, context: context, errors: errors, typed: fields, status: error.status)
        }
    }

    // MARK: an application

    @Sendable package func form(_ request: Request, context: SignedInContext) async throws -> Response {
        try await formView(try VacanciesWebController.id(context), request: request, context: context)
    }

    /// The application's screening; after a refused form, every error at its field and what was typed.
    func formView(
        _ id: String, request: Request?, context: SignedInContext, errors: FormErrors = FormErrors(),
        typed: [String: String]? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let screening = try await chancery.screening.screening(id, by: context.principal)
        let application = screening.application
        let criteria = screening.criteria.map { criterion in
            let number = criterion.criterion
            let mark = typed.map { $0["mark-\(number)"] ?? "" } ?? criterion.mark?.rawValue ?? ""
            return ScreeningFormPage.Criterion(
                number: number, text: criterion.text,
                label: t("recruitment.screening.criterion", ["number": String(number)]),
                marks: [
                    RecruitmentChoice(value: "", name: t("recruitment.screening.notMarked"), selected: mark.isEmpty)
                ]
                    + ScreeningMarkValue.allCases.map {
                        RecruitmentChoice(
                            value: $0.rawValue, name: t("recruitment.mark.\($0.rawValue)"),
                            selected: mark == $0.rawValue)
                    },
                note: typed.map { $0["note-\(number)"] ?? "" } ?? criterion.note,
                markError: errors.items.first { $0.field == "mark-\(number)" }?.message,
                noteError: errors.items.first { $0.field == "note-\(number)" }?.message)
        }
        let chosen = typed?["stage"]
        let moves = application.stage.next.map {
            RecruitmentChoice(
                value: $0.rawValue, name: t("recruitment.stage.\($0.rawValue)"), selected: chosen == $0.rawValue)
        }
        let model = page(
            request, context, errors: errors,
            ScreeningFormPage(
                id: id, reference: application.reference, candidate: Self.candidate(application),
                nationality: application.nationality, isInternal: application.internal,
                submitted: DayText.moment(application.submittedAt, t), vacancyID: application.vacancyId,
                vacancyTitle: VacancyTitle.in(
                    t.language, english: screening.vacancyTitle, french: screening.vacancyTitleFrench),
                stage: t("recruitment.stage.\(application.stage.rawValue)"),
                reason: application.reason, criteria: criteria, hasCriteria: !criteria.isEmpty, moves: moves,
                hasMoves: !moves.isEmpty, typedReason: typed?["reason"] ?? ""))
        return PageRenderer.response(
            "recruitment-screening-application", model,
            frame: frame(
                t("recruitment.screening.screening") + ": " + application.reference, label: application.object.label,
                path: "/recruitment/applications/\(id)/screening", context),
            status: status)
    }

    /// Saves the marks: every criterion's mark and note checked at once, each error at its field.
    @Sendable package func saveMarks(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try VacanciesWebController.id(context)
        let t = context.localizer
        let numbers = Set(
            fields.keys.compactMap { key -> Int? in
                guard key.hasPrefix("mark-") || key.hasPrefix("note-") else { return nil }
                return Int(key.dropFirst(5))
            }
        ).sorted()
        var errors = FormErrors()
        var marks: [ScreeningMarkInput] = []
        for number in numbers {
            let text = fields["mark-\(number)"] ?? ""
            let note = (fields["note-\(number)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if note.count > ScreeningStore.maximumNote {
                errors.add(
                    "note-\(number)",
                    ScreeningError.tooLong("note", max: ScreeningStore.maximumNote).detail(t))
            }
            if text.isEmpty {
                if !note.isEmpty {
                    errors.add("mark-\(number)", t("recruitment.screening.error.noteWithoutMark"))
                }
                continue
            }
            guard let mark = ScreeningMarkValue(rawValue: text) else {
                errors.add(
                    "mark-\(number)",
                    AppError.invalidField("mark", reasonKey: "recruitment.screening.reason.mark").detail(t))
                continue
            }
            marks.append(ScreeningMarkInput(criterion: number, mark: mark, note: note))
        }
        guard errors.isEmpty else {
            return try await formView(
                id, request: nil, context: context, errors: errors, typed: fields, status: .badRequest)
        }
        do {
            _ = try await chancery.screening.setMarks(id, marks, by: context.principal)
            return .redirect(to: "/recruitment/applications/\(id)/screening?done=marked", type: .normal)
        } catch let error as AppError where [.unprocessableContent, .badRequest].contains(error.status) {
            errors.add("marks-submit", error.detail(t))
            return try await formView(
                id, request: nil, context: context, errors: errors, typed: fields, status: error.status)
        }
    }

    /// Moves the application; refused (no reason for a rejection, a move its stage does not allow), the form comes
    /// back with each reason at its field.
    @Sendable package func move(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try VacanciesWebController.id(context)
        let t = context.localizer
        var errors = FormErrors()
        let stage = errors.check("stage", label: t("recruitment.screening.moveTo"), t) {
            try ScreeningController.stage(fields["stage"] ?? "")
        }
        let reason = (fields["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if stage == .rejected, reason.isEmpty { errors.add("reason", ScreeningError.reasonRequired.detail(t)) }
        if reason.count > ScreeningStore.maximumReason {
            errors.add("reason", ScreeningError.tooLong("reason", max: ScreeningStore.maximumReason).detail(t))
        }
        guard errors.isEmpty, let stage else {
            return try await formView(
                id, request: nil, context: context, errors: errors, typed: fields, status: .badRequest)
        }
        do {
            _ = try await chancery.screening.move(id, to: stage, reason: reason, by: context.principal)
            return .redirect(to: "/recruitment/applications/\(id)/screening?done=moved", type: .normal)
        } catch let error as AppError where [.conflict, .unprocessableContent, .badRequest].contains(error.status) {
            errors.add(error.field == "reason" ? "reason" : "stage", error.detail(t))
            return try await formView(
                id, request: nil, context: context, errors: errors, typed: fields, status: error.status)
        }
    }
}
