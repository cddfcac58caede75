import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The pages after a selection: `/recruitment/applications/{id}/selection` (offer, clearance, medical approval from
/// the Health Office, appointment, reserve list) and `/recruitment/vacancies/{id}/reserve`. A refused step comes
/// back on its page with every reason marked; a principal who may not read the application gets 404.
package struct SelectionWebController: RecruitmentPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/recruitment/applications/{id}/selection", use: selectionPage)
        group.post("/recruitment/applications/{id}/selection/{step}", use: perform)
        group.get("/recruitment/vacancies/{id}/reserve", use: reservePage)
    }

    static func labels(_ t: Localizer) -> [String: String] { SelectionPages.labels(t) }

    static func notice(_ request: Request?, _ t: Localizer) -> String? {
        done(request, t, among: SelectionStep.allCases.map(\.rawValue), prefix: "recruitment.selection.done")
    }

    // MARK: an application's selection

    @Sendable package func selectionPage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await selectionView(try VacanciesWebController.id(context), request: request, context: context)
    }

    func selectionView(
        _ id: String, request: Request?, context: SignedInContext, errors: FormErrors = FormErrors(),
        typed: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let (application, selection) = try await chancery.selections.selection(of: id, by: context.principal)
        let none = t("recruitment.selection.page.none")
        func day(_ text: String?) -> String { text.map { DayText.withWeekday($0, t) } ?? none }
        var offerFrom: String?
        if let other = selection.offerVacancyId,
            let vacancy = try await chancery.recruitment.vacancy(other, by: context.principal)
        {
            offerFrom = [vacancy.vacancyNumber, vacancy.title(in: t.language), vacancy.grade].compactMap { $0 }.joined(
                separator: " — ")
        }
        let content = SelectionPages.SelectionPage(
            applicationId: id, vacancyId: application.vacancyId,
            candidate: "\(application.givenNames) \(application.familyName)", reference: application.reference,
            offerMade: day(selection.offerMadeOn), offerFrom: offerFrom,
            answer: selection.offerAnswer.map {
                t("recruitment.selection.answer.\($0.rawValue)") + ", " + day(selection.offerAnsweredOn)
            } ?? none,
            clearance: selection.clearance.map { t("recruitment.selection.clearance.\($0.rawValue)") } ?? none,
            clearanceRequested: day(selection.clearanceRequestedOn),
            clearanceDecided: day(selection.clearanceDecidedOn),
            medical: t("recruitment.selection.medical.\((selection.medical ?? .pending).rawValue)"),
            medicalDecided: day(selection.medicalDecidedOn),
            medicalAsked: selection.medicalAskedAt.map { DayText.moment($0, t) } ?? none,
            appointedOn: day(selection.appointedOn), startDate: day(selection.startDate),
            reserveUntil: day(selection.reserveUntil),
            answers: Selection.OfferAnswer.allCases.map {
                RecruitmentChoice(
                    value: $0.rawValue, name: t("recruitment.selection.answer.\($0.rawValue)"), selected: false)
            },
            statuses: Selection.ClearanceStatus.allCases.map {
                RecruitmentChoice(
                    value: $0.rawValue, name: t("recruitment.selection.clearance.\($0.rawValue)"), selected: false)
            }, typed: typed)
        return PageRenderer.response(
            "recruitment-selection", page(request, context, errors: errors, content),
            frame: frame(
                t("recruitment.selection.page.title") + " — " + application.reference, label: application.object.label,
                path: "/recruitment/applications/\(id)/selection", context),
            status: status)
    }

    /// The form field a step's request field is at, on the page (each step's day has its own).
    static func pageField(_ field: String, step: SelectionStep, application: String) -> String {
        switch (step, field) {
        case (.offer, "on"): "offer-on"
        case (.offerAnswer, "on"): "offer-answer-on"
        case (.clearance, "on"): "clearance-on"
        case (.reserveOffer, _): "offer-vacancy-\(application)"
        default: field
        }
    }

    /// Takes a step; refused, the page comes back with every reason at its field and what was typed.
    @Sendable package func perform(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try VacanciesWebController.id(context)
        guard let step = SelectionStep(rawValue: try context.parameters.require("step")) else {
            throw AppError.objectNotFound(id)
        }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        var body = SelectionRequest()
        body.on = fields["on"]
        body.answer = fields["answer"]
        body.status = fields["status"]
        body.startDate = fields["startDate"]
        body.until = fields["until"]
        body.vacancyId = fields["vacancyId"]
        let fromReserve = step == .reserveOffer && fields["from"] == "reserve"
        do {
            _ = try await chancery.selections.perform(step, body, on: id, by: context.principal)
            if fromReserve {
                let (application, _) = try await chancery.selections.selection(of: id, by: context.principal)
                return .redirect(
                    to: "/recruitment/vacancies/\(application.vacancyId)/reserve?done=\(step.rawValue)", type: .normal)
            }
            return .redirect(
                to: "/recruitment/applications/\(id)/selection?done=\(step.rawValue)#\(Self.section(step))",
                type: .normal)
        } catch var error as AppError where [.badRequest, .conflict].contains(error.status) {
            var errors = FormErrors()
            error.field = error.field.map { Self.pageField($0, step: step, application: id) }
            error.errors = error.errors.map { item in
                var item = item
                item.field = Self.pageField(item.field, step: step, application: id)
                return item
            }
            errors.add(error, field: Self.section(step), context.localizer)
            if fromReserve {
                let (application, _) = try await chancery.selections.selection(of: id, by: context.principal)
                return try await reserveView(
                    application.vacancyId, request: nil, context: context, errors: errors, status: error.status)
            }
            var typed: [String: String] = [:]
            for (name, value) in fields where name != "_csrf" {
                typed[Self.pageField(name, step: step, application: id)] = value
            }
            return try await selectionView(
                id, request: nil, context: context, errors: errors, typed: typed, status: error.status)
        }
    }

    /// The section of the page a step belongs to.
    static func section(_ step: SelectionStep) -> String {
        switch step {
        case .offer, .offerAnswer, .reserveOffer: "offer"
        case .clearance: "clearance"
        case .medical: "medical"
        case .appointment: "appointment"
        case .reserve: "reserve"
        }
    }

    // MARK: a vacancy's reserve list

    @Sendable package func reservePage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await reserveView(try VacanciesWebController.id(context), request: request, context: context)
    }

    func reserveView(
        _ id: String, request: Request?, context: SignedInContext, errors: FormErrors = FormErrors(),
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let entries = try await chancery.selections.reserve(of: id, after: nil, limit: 200, by: context.principal)
            .items
        guard let vacancy = try await chancery.recruitment.vacancy(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let others = try await chancery.recruitment.vacancies(state: nil, after: nil, limit: 200, by: context.principal)
            .items.filter { $0.object.id != id && ![.cancelled, .filled].contains($0.state) }
        func name(_ vacancy: Vacancy) -> String {
            [vacancy.vacancyNumber, vacancy.title(in: t.language), vacancy.grade].compactMap { $0 }.joined(
                separator: " — ")
        }
        let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
        let rows = entries.map { entry in
            SelectionPages.ReserveRow(
                applicationId: entry.application.object.id,
                candidate: "\(entry.application.givenNames) \(entry.application.familyName)",
                reference: entry.application.reference, until: DayText.withWeekday(entry.reserveUntil, t),
                expired: entry.reserveUntil < today,
                offered: entry.offerVacancyId.flatMap { offered in others.first { $0.object.id == offered } }.map(name),
                field: "offer-vacancy-\(entry.application.object.id)",
                vacancies: others.map { RecruitmentChoice(value: $0.object.id, name: name($0), selected: false) })
        }
        let label = chancery.objects.dominantLabel(of: [vacancy.object] + entries.map(\.object))
        return PageRenderer.response(
            "recruitment-reserve",
            page(
                request, context, errors: errors,
                SelectionPages.ReservePage(
                    vacancyId: id, title: vacancy.title(in: t.language), rows: rows, hasRows: !rows.isEmpty)),
            frame: frame(
                t("recruitment.selection.page.reserveList") + " — " + vacancy.title(in: t.language), label: label,
                path: "/recruitment/vacancies/\(id)/reserve", context),
            status: status)
    }
}
