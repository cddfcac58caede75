import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The panels' pages: the list, the composition form (assistants), and a panel, where a member signs their
/// declaration and scores, the secretary drafts the report and the chair signs it. Each reads through the same
/// trimmed store as the API, so a page shows a reader exactly what the API would.
package struct PanelsWebController: RecruitmentPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/recruitment/panels", use: list)
        group.get("/recruitment/panels/new", use: composePage)
        group.post("/recruitment/panels", use: compose)
        group.get("/recruitment/panels/{id}", use: panelPage)
        group.post("/recruitment/panels/{id}/declaration", use: declare)
        group.post("/recruitment/panels/{id}/candidates/{candidateId}/scores", use: score)
        group.post("/recruitment/panels/{id}/report", use: draft)
        group.post("/recruitment/panels/{id}/report/sign", use: sign)
        group.post("/recruitment/panels/{id}/slots", use: schedule)
        group.post("/recruitment/panels/{id}/candidates", use: addCandidate)
    }

    static func labels(_ t: Localizer) -> [String: String] { PanelWebStrings.labels(t) }

    static func notice(_ request: Request?, _ t: Localizer) -> String? {
        done(request, t, among: notices, prefix: "recruitment.done")
    }

    var store: PanelStore { chancery.panels }

    static func id(_ context: SignedInContext, _ name: String = "id") throws -> String {
        let id = try context.parameters.require(name)
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        return id
    }

    static let notices = ["declared", "scored", "drafted", "signed", "composed", "scheduled", "candidateAdded"]

    var isAssistant: (SignedInContext) -> Bool {
        { !RecruitmentOffice.assistants.isDisjoint(with: $0.principal.roles) }
    }

    // MARK: the list

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let panels = try await store.panels(after: nil, limit: 200, by: context.principal).items
        let named = try await chancery.recruitment.vacancies(panels.map(\.vacancyId), by: context.principal)
        var vacancies: [RecruitmentChoice] = []
        if isAssistant(context) {
            vacancies = try await chancery.recruitment.vacancies(
                state: nil, after: nil, limit: 200, by: context.principal
            ).items.map {
                RecruitmentChoice(
                    value: $0.object.id,
                    name: [$0.vacancyNumber, $0.title(in: t.language)].compactMap { $0 }.joined(separator: " "),
                    selected: false)
            }
        }
        let model = page(
            request, context,
            PanelsListPage(
                panels: panels.map {
                    .init(
                        id: $0.object.id, title: $0.title(in: t.language, vacancy: named[$0.vacancyId]),
                        report: t("recruitment.panel.report.\($0.reportState.rawValue)"))
                }, hasPanels: !panels.isEmpty, canCompose: !vacancies.isEmpty, vacancies: vacancies))
        return PageRenderer.response(
            "recruitment-panels", model,
            frame: frame(
                t("recruitment.panelsTitle"), label: chancery.objects.dominantLabel(of: panels.map(\.object)),
                path: "/recruitment/panels", context))
    }

    // MARK: composing

    @Sendable package func composePage(_ request: Request, context: SignedInContext) async throws -> Response {
        let vacancyID = request.uri.queryParameters["vacancy"].map(String.init) ?? ""
        return try await composeForm(vacancyID, context: context, fields: nil, errors: FormErrors())
    }

    static let memberRows = 6

    func composeForm(
        _ vacancyID: String, context: SignedInContext, fields: [String: String]?, errors: FormErrors,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let t = context.localizer
        guard ObjectID.isWellFormed(vacancyID),
            let vacancy = try await chancery.recruitment.vacancy(vacancyID, by: context.principal)
        else { throw AppError.objectNotFound(String(vacancyID.prefix(40))) }
        let applications = try await chancery.screening.applications(
            of: vacancyID, stage: .shortList, after: nil, limit: 200, by: context.principal
        ).items
        let members = (1...Self.memberRows).map { index in
            let chosen = fields?["seat-\(index)"] ?? ""
            return PanelComposePage.MemberRow(
                index: index, username: fields?["member-\(index)"] ?? "",
                seats: [RecruitmentChoice(value: "", name: t("recruitment.panel.choose"), selected: chosen.isEmpty)]
                    + PanelRole.allCases.map {
                        RecruitmentChoice(
                            value: $0.rawValue, name: t("recruitment.panel.seat.\($0.rawValue)"),
                            selected: chosen == $0.rawValue)
                    },
                error: errors.items.first { $0.field == "member-\(index)" }?.message)
        }
        let content = PanelComposePage(
            vacancyId: vacancyID, vacancyTitle: vacancy.title(in: t.language), members: members,
            candidates: applications.map {
                .init(
                    id: $0.object.id, name: "\($0.givenNames) \($0.familyName)", reference: $0.reference,
                    checked: fields?["candidate-\($0.object.id)"] != nil)
            }, hasCandidates: !applications.isEmpty,
            competencies: fields?["competencies"]
                ?? vacancy.notice.competencies.map(\.name).joined(separator: "\n"))
        return PageRenderer.response(
            "recruitment-panel-compose", page(nil, context, errors: errors, content),
            frame: frame(
                t("recruitment.panelCompose"), label: vacancy.object.label, path: "/recruitment/panels", context),
            status: status)
    }

    @Sendable package func compose(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let vacancyID = fields["vacancyId"] ?? ""
        var rows: [Int] = []
        var members: [PanelRequest.MemberEntry] = []
        for index in 1...Self.memberRows {
            let username = fields["member-\(index)"]?.trimmingCharacters(in: .whitespaces) ?? ""
            let seat = fields["seat-\(index)"] ?? ""
            guard !username.isEmpty || !seat.isEmpty else { continue }
            rows.append(index)
            members.append(.init(username: username, role: seat))
        }
        let candidates = fields.keys.filter { $0.hasPrefix("candidate-") }.map { String($0.dropFirst(10)) }.sorted()
        let competencies = (fields["competencies"] ?? "").split(whereSeparator: \.isNewline).map(String.init)
        do {
            let panel = try await store.compose(
                PanelRequest(
                    vacancyId: vacancyID, members: members, candidates: candidates, competencies: competencies),
                by: context.principal)
            return .redirect(to: "/recruitment/panels/\(panel.object.id)?done=composed", type: .normal)
        } catch let error as AppError where error.status == .badRequest {
            var errors = FormErrors()
            for item in error.errors {
                let parts = item.field.split(separator: ".")
                if parts.first == "members", parts.count == 3, let index = Int(parts[1]), index < rows.count {
                    errors.add("member-\(rows[index])", item.detail(context.localizer))
                } else if parts.first == "candidates" {
                    errors.add("candidates", item.detail(context.localizer))
                } else if item.field == "members" {
                    errors.add("member-1", item.detail(context.localizer))
                } else {
                    errors.add(item.field, item.detail(context.localizer))
                }
            }
            return try await composeForm(
                vacancyID, context: context, fields: fields, errors: errors, status: .badRequest)
        }
    }

    // MARK: a panel

    @Sendable package func panelPage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await panelView(try Self.id(context), request: request, context: context)
    }

    /// The panel's page; after a refused form, every error marked at its field, what was typed kept.
    func panelView(
        _ id: String, request: Request?, context: SignedInContext, errors: FormErrors = FormErrors(),
        typed: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        guard let view = try await store.view(id, by: context.principal) else { throw AppError.objectNotFound(id) }
        let (scores, progress, all) = try await store.scores(of: id, by: context.principal)
        let panel = view.panel
        let seat = view.seat
        let canScore = seat?.seesCandidates == true && panel.reportState != .signed
        var ranking: [PanelRankingRow] = []
        if all { ranking = PanelStore.rank(view.candidates, scores, competencies: panel.competencies) }
        let isSecretary = seat?.role == .secretary && seat?.seesCandidates == true
        let french = t.language == .fr
        let content = PanelPage(
            id: id, panelId: id, title: panel.title(in: t.language, vacancy: view.vacancy),
            competencies: panel.competencies,
            members: view.members.map {
                .init(
                    name: $0.displayName, seat: t("recruitment.panel.seat.\($0.role.rawValue)"),
                    declaration: t("recruitment.panel.declaration.\($0.declaration?.rawValue ?? "none")"))
            },
            mustDeclare: seat != nil && seat?.declaration == nil && panel.reportState != .signed,
            declaredConflict: seat?.declaration == .conflictDeclared,
            waitingForDeclaration: seat != nil && seat?.seesCandidates != true,
            candidates: Self.candidateRows(view, scores, typed: typed, errors: errors, by: context.principal),
            hasCandidates: !view.candidates.isEmpty, canScore: canScore, slots: Self.slotRows(view.slots, t),
            hasSlots: !view.slots.isEmpty, ranking: Self.rankRows(ranking, panel, french: french),
            hasRanking: !ranking.isEmpty,
            reportState: t("recruitment.panel.report.\(panel.reportState.rawValue)"), reportEn: panel.reportEn,
            reportFr: panel.reportFr, canDraft: isSecretary && progress.isComplete && panel.reportState != .signed,
            draftEn: typed["textEn"] ?? panel.reportEn
                ?? PanelStore.prefilledReport(panel, ranking, members: view.members, french: false),
            draftFr: typed["textFr"] ?? panel.reportFr
                ?? PanelStore.prefilledReport(panel, ranking, members: view.members, french: true),
            canSign: seat?.role == .chair && seat?.seesCandidates == true && panel.reportState == .drafted,
            calendar: "/api/v1/recruitment/panels/\(id)/calendar.ics",
            schedule: scheduleForm(view, typed: typed, context: context),
            addCandidate: try await addCandidateForm(view, typed: typed, context: context))
        let scoreFields: [String] = content.candidates.flatMap { row in row.fields.map { $0.field } }
        let onPage = Set(
            scoreFields + ["declaration", "note", "textEn", "textFr"]
                + (content.schedule == nil ? [] : ["candidateId", "date", "start", "end", "place", "videoLink"])
                + (content.addCandidate?.hasChoices == true ? ["applicationId"] : []))
        return PageRenderer.response(
            "recruitment-panel", page(request, context, errors: errors.placed { onPage.contains($0) }, content),
            frame: frame(
                panel.title(in: t.language, vacancy: view.vacancy), label: panel.object.label,
                path: "/recruitment/panels/\(id)", context),
            status: status)
    }

    /// The scheduling form for who may change the panel: an assistant who may read its vacancy, before sign-off.
    func scheduleForm(_ view: PanelStore.PanelView, typed: [String: String], context: SignedInContext)
        -> PanelPage.ScheduleForm?
    {
        guard isAssistant(context), context.principal.units.contains(RecruitmentOffice.unit),
            view.panel.reportState != .signed, !view.candidates.isEmpty
        else { return nil }
        let chosen = typed["candidateId"] ?? ""
        return PanelPage.ScheduleForm(
            candidates: view.candidates.map {
                RecruitmentChoice(
                    value: $0.object.id, name: "\($0.name) (\($0.reference))", selected: chosen == $0.object.id)
            }, date: typed["date"] ?? "", start: typed["start"] ?? "", end: typed["end"] ?? "",
            place: typed["place"] ?? "", videoLink: typed["videoLink"] ?? "")
    }

    /// The form adding a candidate, for who may change the panel: the vacancy's short-listed applications that are not
    /// on it yet.
    func addCandidateForm(_ view: PanelStore.PanelView, typed: [String: String], context: SignedInContext)
        async throws -> PanelPage.AddCandidateForm?
    {
        guard isAssistant(context), context.principal.units.contains(RecruitmentOffice.unit),
            view.panel.reportState != .signed
        else { return nil }
        let onPanel = Set(view.candidates.map(\.applicationId))
        let chosen = typed["applicationId"] ?? ""
        // a vacancy the assistant may no longer read (its label raised) gives no form, not a refused page
        guard
            let shortList = try? await chancery.screening.applications(
                of: view.panel.vacancyId, stage: .shortList, after: nil, limit: 200, by: context.principal)
        else { return nil }
        let choices = shortList.items.filter { !onPanel.contains($0.object.id) }.map {
            RecruitmentChoice(
                value: $0.object.id, name: "\($0.givenNames) \($0.familyName) (\($0.reference))",
                selected: chosen == $0.object.id)
        }
        return PanelPage.AddCandidateForm(
            vacancyId: view.panel.vacancyId, choices: choices, hasChoices: !choices.isEmpty)
    }

    @Sendable package func addCandidate(_ request: Request, context: SignedInContext) async throws -> Response {
        try await submit(request, context: context, done: "candidateAdded", fieldOf: { _ in "applicationId" }) {
            id, fields in
            try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
            _ = try await store.addCandidate(fields["applicationId"] ?? "", to: id, by: context.principal)
        }
    }

    @Sendable package func schedule(_ request: Request, context: SignedInContext) async throws -> Response {
        try await submit(request, context: context, done: "scheduled") { id, fields in
            _ = try await store.schedule(
                try SlotForm(
                    SlotRequest(
                        candidateId: fields["candidateId"], date: fields["date"], start: fields["start"],
                        end: fields["end"], place: fields["place"], videoLink: fields["videoLink"])), on: id,
                by: context.principal)
        }
    }

    /// Each candidate the reader may see, with the reader's scorecard (what was typed, else their saved scores).
    static func candidateRows(
        _ view: PanelStore.PanelView, _ scores: [PanelScore], typed: [String: String], errors: FormErrors,
        by principal: Principal
    ) -> [PanelPage.Candidate] {
        view.candidates.map { candidate in
            let mine = scores.filter { $0.candidateId == candidate.object.id && $0.memberId == principal.id }
            var fields: [PanelPage.ScoreField] = []
            for (index, competency) in view.panel.competencies.enumerated() {
                let field = "score-\(candidate.object.id)-\(index)"
                let noteField = "note-\(candidate.object.id)-\(index)"
                let saved = mine.first { $0.competency == competency }
                let current: String? = typed[field] ?? saved.map { String($0.score) }
                var options = [RecruitmentChoice(value: "", name: "—", selected: current == nil || current == "")]
                for score in 1...5 {
                    options.append(
                        RecruitmentChoice(value: String(score), name: String(score), selected: current == String(score))
                    )
                }
                fields.append(
                    PanelPage.ScoreField(
                        field: field, noteField: noteField, competency: competency, options: options,
                        note: typed[noteField] ?? saved?.note ?? "",
                        error: errors.items.first { $0.field == field }?.message))
            }
            return PanelPage.Candidate(
                id: candidate.object.id, name: candidate.name, reference: candidate.reference, fields: fields,
                scored: mine.count == view.panel.competencies.count)
        }
    }

    static func slotRows(_ slots: [PanelSlot], _ t: Localizer) -> [PanelPage.Slot] {
        slots.map { slot in
            let name: String? = slot.familyName.map { family in "\(slot.givenNames ?? "") \(family)" }
            return PanelPage.Slot(
                when: DayText.moment(slot.startsAt, t) + "–" + String(DayText.moment(slot.endsAt, t).suffix(5)),
                place: slot.place, videoLink: slot.videoLink, candidate: name)
        }
    }

    static func rankRows(_ ranking: [PanelRankingRow], _ panel: Panel, french: Bool) -> [PanelPage.Rank] {
        ranking.enumerated().map { index, row in
            let detail = panel.competencies.compactMap { name in
                row.averages[name].map { "\(name) \(number($0, french: french))" }
            }.joined(separator: "; ")
            return PanelPage.Rank(
                position: index + 1, name: row.candidate.name, reference: row.candidate.reference,
                overall: number(row.overall, french: french), detail: detail)
        }
    }

    static func number(_ value: Double, french: Bool) -> String {
        let text = String(format: "%.2f", value)
        return french ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// Runs a form's change; a refusal with fields comes back on the page with each marked.
    func submit(
        _ request: Request, context: SignedInContext, done: String,
        fieldOf: @escaping (String) -> String = { $0 },
        _ change: (String, [String: String]) async throws -> Void
    ) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try Self.id(context)
        do {
            try await change(id, fields)
            return .redirect(to: "/recruitment/panels/\(id)?done=\(done)", type: .normal)
        } catch let error as AppError where error.status == .badRequest || error.status == .conflict {
            var errors = FormErrors()
            if error.errors.isEmpty {
                errors.addFormLevel(error.detail(context.localizer))
            }
            for item in error.errors { errors.add(fieldOf(item.field), item.detail(context.localizer)) }
            return try await panelView(
                id, request: nil, context: context, errors: errors, typed: fields, status: error.status)
        }
    }

    @Sendable package func declare(_ request: Request, context: SignedInContext) async throws -> Response {
        try await submit(request, context: context, done: "declared") { id, fields in
            _ = try await store.declare(
                DeclarationRequest(declaration: fields["declaration"], note: fields["note"]), on: id,
                by: context.principal)
        }
    }

    @Sendable package func score(_ request: Request, context: SignedInContext) async throws -> Response {
        let candidate = try Self.id(context, "candidateId")
        let panelID = try Self.id(context)
        guard let panel = try await store.panel(panelID, by: context.principal) else {
            throw AppError.objectNotFound(panelID)
        }
        return try await submit(
            request, context: context, done: "scored",
            fieldOf: { field in
                let parts = field.split(separator: ".")
                guard parts.count == 3, let index = Int(parts[1]) else { return field }
                return parts[2] == "note" ? "note-\(candidate)-\(index)" : "score-\(candidate)-\(index)"
            }
        ) { id, fields in
            let entries = panel.competencies.enumerated().map { index, competency in
                ScorecardRequest.Entry(
                    competency: competency, score: fields["score-\(candidate)-\(index)"].flatMap { Int($0) },
                    note: fields["note-\(candidate)-\(index)"])
            }
            _ = try await store.score(
                ScorecardRequest(scores: entries), candidate: candidate, on: id, by: context.principal)
        }
    }

    @Sendable package func draft(_ request: Request, context: SignedInContext) async throws -> Response {
        try await submit(request, context: context, done: "drafted") { id, fields in
            _ = try await store.draftReport(
                try ReportForm(ReportRequest(textEn: fields["textEn"], textFr: fields["textFr"])), on: id,
                by: context.principal)
        }
    }

    @Sendable package func sign(_ request: Request, context: SignedInContext) async throws -> Response {
        try await submit(request, context: context, done: "signed") { id, _ in
            _ = try await store.signReport(on: id, by: context.principal)
        }
    }
}
