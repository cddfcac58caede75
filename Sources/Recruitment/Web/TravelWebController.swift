import ChanceryKit
import ChancerySpine
import Hummingbird

/// The travel budget's pages: a competition's journeys (`/recruitment/vacancies/{id}/travel`: the candidates' and
/// the panel's, estimated by zone, costed when the invoice comes) and the year's forecast against actual costs per
/// competition (`/recruitment/travel-budget`, with its CSV).
package struct TravelWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/recruitment/vacancies/{id}/travel", use: journeys)
        group.post("/recruitment/vacancies/{id}/travel", use: add)
        group.post("/recruitment/vacancies/{id}/travel/{journey}/actual", use: setActual)
        group.get("/recruitment/travel-budget", use: budget)
    }

    static let notices = ["added", "costed"]

    // MARK: a competition's journeys

    @Sendable package func journeys(_ request: Request, context: SignedInContext) async throws -> Response {
        try await journeysPage(request, context, values: [:], errors: FormErrors())
    }

    @Sendable package func add(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try VacanciesWebController.id(context)
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        var errors = FormErrors()
        let traveller = TravelLine.Traveller(rawValue: fields["traveller", default: ""])
        if traveller == nil { errors.add("traveller", t("recruitment.travel.error.traveller")) }
        let application = fields["application", default: ""]
        if traveller == .candidate, application.isEmpty {
            errors.add("application", t("recruitment.travel.error.application"))
        }
        let name = fields["name", default: ""].trimmingCharacters(in: .whitespacesAndNewlines)
        if traveller == .panel, name.isEmpty || name.count > TravelStore.maximumName {
            errors.add("name", t("recruitment.travel.error.name"))
        }
        let country = fields["originCountry", default: ""]
        if TravelZone.of(country) == nil { errors.add("originCountry", t("recruitment.travel.error.country")) }
        let estimateText = fields["estimate", default: ""].trimmingCharacters(in: .whitespaces)
        let estimate = Int(estimateText)
        if !estimateText.isEmpty, estimate.map({ !(0...TravelStore.maximumAmount).contains($0) }) ?? true {
            errors.add("estimate", t("recruitment.travel.error.amount"))
        }
        let year = Int(fields["year", default: ""].trimmingCharacters(in: .whitespaces))
        if year.map({ !(2000...2100).contains($0) }) ?? true { errors.add("year", t("recruitment.travel.error.year")) }
        if errors.isEmpty, let traveller, let year {
            do {
                _ = try await chancery.recruitmentTravel.add(
                    TravelStore.NewJourney(
                        traveller: traveller, applicationID: traveller == .candidate ? application : nil,
                        name: traveller == .panel ? name : nil, originCountry: country, estimate: estimate, year: year),
                    to: id, by: context.principal)
                return .redirect(to: "/recruitment/vacancies/\(id)/travel?done=added", type: .normal)
            } catch let error as AppError where error.status == .badRequest {
                errors.add(error, field: error.field ?? "traveller", t)
            }
        }
        return try await journeysPage(request, context, values: fields, errors: errors, status: .badRequest)
    }

    @Sendable package func setActual(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try VacanciesWebController.id(context)
        let journey = try context.parameters.require("journey")
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let text = fields["actual", default: ""].trimmingCharacters(in: .whitespaces)
        guard let euros = Int(text), (0...TravelStore.maximumAmount).contains(euros) else {
            var errors = FormErrors()
            errors.add("actual-\(journey)", t("recruitment.travel.error.amount"))
            return try await journeysPage(
                request, context, values: ["actual-\(journey)": text], errors: errors, status: .badRequest)
        }
        _ = try await chancery.recruitmentTravel.setActual(euros, of: journey, in: id, by: context.principal)
        return .redirect(to: "/recruitment/vacancies/\(id)/travel?done=costed", type: .normal)
    }

    func journeysPage(
        _ request: Request, _ context: SignedInContext, values: [String: String], errors: FormErrors,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let id = try VacanciesWebController.id(context)
        let t = context.localizer
        guard let vacancy = try await chancery.recruitment.vacancy(id, by: context.principal),
            let lines = try await chancery.recruitmentTravel.journeys(of: id, by: context.principal)
        else { throw AppError.objectNotFound(id) }
        let canEdit = !RecruitmentOffice.assistants.isDisjoint(with: context.principal.roles)
        let applications =
            canEdit
            ? try await chancery.applications.applications(of: id, after: nil, limit: 200, by: context.principal).items
            : []
        let thisYear = HeadquartersCalendar.year(Clock.nowMilliseconds())
        let chosen = values["traveller"] ?? TravelLine.Traveller.candidate.rawValue
        let model = TravelJourneysPage(
            t: TravelPageText.labels(t),
            heading: t("recruitment.travel.title", ["title": vacancy.title(in: t.language)]),
            vacancyHref: "/recruitment/vacancies/\(id)", action: "/recruitment/vacancies/\(id)/travel",
            csrf: context.session.csrfToken,
            notice: request.uri.queryParameters["done"].map(String.init).flatMap {
                Self.notices.contains($0) ? t("recruitment.travel.done.\($0)") : nil
            },
            errors: errors.model(t), canEdit: canEdit, hasJourneys: !lines.isEmpty,
            journeys: lines.map { line in
                TravelJourneysPage.Journey(
                    id: line.id, traveller: t("recruitment.travel.traveller.\(line.traveller.rawValue)"),
                    name: line.name, origin: t("nation.\(line.originCountry)"),
                    zone: t("recruitment.travel.zone.\(line.zone.rawValue)"), estimate: Self.euros(line.estimate, t),
                    actual: line.actual.map { Self.euros($0, t) } ?? "",
                    actualValue: values["actual-\(line.id)"] ?? line.actual.map(String.init) ?? "",
                    actualAction: "/recruitment/vacancies/\(id)/travel/\(line.id)/actual",
                    actualLabel: t("recruitment.travel.actualFor", ["name": line.name]),
                    actualError: errors.model(t)?.message["actual-\(line.id)"], year: String(line.year))
            },
            estimate: Self.euros(lines.reduce(0) { $0 + $1.estimate }, t),
            actual: Self.euros(lines.reduce(0) { $0 + ($1.actual ?? 0) }, t),
            travellers: TravelLine.Traveller.allCases.map {
                RecruitmentChoice(
                    value: $0.rawValue, name: t("recruitment.travel.traveller.\($0.rawValue)"),
                    selected: $0.rawValue == chosen)
            },
            applications: applications.map {
                RecruitmentChoice(
                    value: $0.object.id, name: "\($0.reference) — \($0.familyName), \($0.givenNames)",
                    selected: values["application"] == $0.object.id)
            },
            countries: ReleasabilityCodes.memberNationsInBitOrder.map { (code: $0, name: t("nation.\($0)")) }
                .sorted { $0.name < $1.name }.map {
                    RecruitmentChoice(value: $0.code, name: $0.name, selected: values["originCountry"] == $0.code)
                },
            values: values.merging(["year": values["year"] ?? String(thisYear)]) { _, new in new })
        return PageRenderer.response(
            "recruitment-travel", model,
            frame: frame(model.heading, label: vacancy.object.label, path: "/recruitment/vacancies", context),
            status: status)
    }

    // MARK: the year's forecast

    @Sendable package func budget(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let year = try TravelController.year(request)
        let export = request.uri.queryParameters["format"].map(String.init)
        if let export, export != "csv" { throw AppError.invalidQuery("format", reasonKey: "list.reason.format") }
        let rows =
            export == nil
            ? try await chancery.recruitmentTravel.budget(year: year, by: context.principal)
            : try await chancery.recruitmentTravel.exportBudget(year: year, by: context.principal)
        let label = chancery.objects.dominantLabel(of: rows.map(\.vacancy))
        if export != nil {
            return CSVTable(
                banner: t.banner(label),
                header: ["col.competition", "col.journeys", "col.estimate", "col.actual", "col.uncosted"].map {
                    t("recruitment.travel.\($0)")
                },
                rows: rows.map {
                    [
                        $0.vacancy.title, String($0.journeys), String($0.estimate), String($0.actual),
                        String($0.uncosted),
                    ]
                }
            ).response(name: "recruitment-travel-budget-\(year)", label: label)
        }
        let model = TravelBudgetPage(
            t: TravelPageText.labels(t), heading: t("recruitment.travel.budgetTitle", ["year": String(year)]),
            year: year, previous: "/recruitment/travel-budget?year=\(max(2000, year - 1))",
            next: "/recruitment/travel-budget?year=\(min(2100, year + 1))",
            csv: "/recruitment/travel-budget?year=\(year)&format=csv", hasRows: !rows.isEmpty,
            rows: rows.map {
                TravelBudgetPage.Row(
                    href: "/recruitment/vacancies/\($0.vacancy.id)/travel", title: $0.vacancy.title,
                    journeys: String($0.journeys), estimate: Self.euros($0.estimate, t),
                    actual: Self.euros($0.actual, t), uncosted: String($0.uncosted))
            },
            estimate: Self.euros(rows.reduce(0) { $0 + $1.estimate }, t),
            actual: Self.euros(rows.reduce(0) { $0 + $1.actual }, t))
        return PageRenderer.response(
            "recruitment-travel-budget", model,
            frame: frame(model.heading, label: label, path: "/recruitment/travel-budget", context))
    }

    /// Whole euros as each language writes them: "€1,600" in English, « 1 600 € » in French.
    static func euros(_ amount: Int, _ t: Localizer) -> String {
        let digits = String(amount)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += t.language == .fr ? "\u{202F}" : "," }
            grouped.append(digit)
        }
        return t.language == .fr ? "\(grouped)\u{00A0}€" : "€\(grouped)"
    }
}
