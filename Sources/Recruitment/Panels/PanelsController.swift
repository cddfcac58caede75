import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// Selection panels: `/api/v1/recruitment/panels`. Each read is trimmed like every object: a panel for its members
/// and the vacancy's assistants, a candidate for the members who declared no conflict and the assistants; anyone else
/// gets the 404 of a missing id.
package struct PanelsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("recruitment/panels", use: list)
        group.post("recruitment/panels", use: compose)
        group.get("recruitment/panels/{id}", use: show)
        group.post("recruitment/panels/{id}/candidates", use: addCandidate)
        group.post("recruitment/panels/{id}/declaration", use: declare)
        group.post("recruitment/panels/{id}/slots", use: schedule)
        group.get("recruitment/panels/{id}/calendar.ics", use: calendar)
        group.put("recruitment/panels/{id}/candidates/{candidateId}/scores", use: score)
        group.get("recruitment/panels/{id}/scores", use: scores)
        group.get("recruitment/panels/{id}/ranking", use: ranking)
        group.put("recruitment/panels/{id}/report", use: draftReport)
        group.post("recruitment/panels/{id}/report/sign", use: signReport)
    }

    var store: PanelStore { chancery.panels }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try await ListPage(request).respond(
            fetch: { try await store.panels(after: $0, limit: $1, by: context.principal) },
            count: { try await store.panelCount(by: context.principal) },
            banner: { chancery.objects.dominantLabel(of: $0.map(\.object)).banner }, body: PanelSummaryBody.init)
    }

    @Sendable package func compose(_ request: Request, context: SignedInContext) async throws -> Response {
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let (body, _) = try await JSONBody.decode(PanelRequest.self, from: request)
        let panel = try await store.compose(body, by: context.principal)
        return try await respond(panel.object.id, context, status: .created, location: true)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try await respond(try PathParameters.objectID(context), context)
    }

    /// The panel as its reader may see it.
    func respond(
        _ id: String, _ context: SignedInContext, status: HTTPResponse.Status = .ok, location: Bool = false
    ) async throws -> Response {
        guard let view = try await store.view(id, by: context.principal) else { throw AppError.objectNotFound(id) }
        return try JSONResponse.make(
            PanelBody(view), of: view.panel, status: status,
            location: location ? "/api/v1/recruitment/panels/\(id)" : nil)
    }

    package struct CandidateRequest: Decodable {
        package var applicationId: String?
    }

    @Sendable package func addCandidate(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(CandidateRequest.self, from: request)
        let candidate = try await store.addCandidate(body.applicationId ?? "", to: id, by: context.principal)
        return try JSONResponse.make(PanelCandidateBody(candidate), of: candidate, status: .created)
    }

    @Sendable package func declare(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(DeclarationRequest.self, from: request)
        _ = try await store.declare(body, on: id, by: context.principal)
        return try await respond(id, context)
    }

    @Sendable package func schedule(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(SlotRequest.self, from: request)
        guard try await store.panel(id, by: context.principal) != nil else { throw AppError.objectNotFound(id) }
        let slot = try await store.schedule(try SlotForm(body), on: id, by: context.principal)
        return try JSONResponse.make(PanelSlotBody(slot), status: .created, banner: Panel.label.banner)
    }

    /// The reader's interview schedule of the panel as iCalendar: names only for who may read the candidates.
    @Sendable package func calendar(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard let view = try await store.view(id, by: context.principal) else { throw AppError.objectNotFound(id) }
        let t = context.localizer
        let text = PanelCalendar.render(
            view.slots, panel: view.panel,
            title: t("recruitment.panel.calendar.title", ["title": view.panel.object.title]),
            interview: t("recruitment.panel.calendar.interview", [:]))
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/calendar; charset=utf-8", .cacheControl: "private, no-store",
                .classification: view.panel.object.label.banner,
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    @Sendable package func score(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let candidate = try PathParameters.objectID(context, "candidateId")
        let (body, _) = try await JSONBody.decode(ScorecardRequest.self, from: request)
        let scores = try await store.score(body, candidate: candidate, on: id, by: context.principal)
        return try JSONResponse.make(
            ScoresBody(items: scores.map(PanelScoreBody.init), complete: false, all: false), banner: Panel.label.banner)
    }

    @Sendable package func scores(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (scores, progress, all) = try await store.scores(of: id, by: context.principal)
        return try JSONResponse.make(
            ScoresBody(items: scores.map(PanelScoreBody.init), complete: progress.isComplete, all: all),
            banner: Panel.label.banner)
    }

    @Sendable package func ranking(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (panel, rows) = try await store.ranking(of: id, by: context.principal)
        let members = try await chancery.database.transaction { db in
            try await store.members(of: id, by: context.principal, on: db)
        }
        return try JSONResponse.make(
            RankingBody(
                items: rows.map(RankingRowBody.init),
                prefilledReportEn: PanelStore.prefilledReport(panel, rows, members: members, french: false),
                prefilledReportFr: PanelStore.prefilledReport(panel, rows, members: members, french: true)),
            of: panel)
    }

    @Sendable package func draftReport(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(ReportRequest.self, from: request)
        guard try await store.panel(id, by: context.principal) != nil else { throw AppError.objectNotFound(id) }
        _ = try await store.draftReport(try ReportForm(body), on: id, by: context.principal)
        return try await respond(id, context)
    }

    @Sendable package func signReport(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        _ = try await store.signReport(on: id, by: context.principal)
        return try await respond(id, context)
    }
}

/// A panel in a list.
package struct PanelSummaryBody: Encodable, Sendable {
    package var id: String
    package var title: String
    package var vacancyId: String
    package var reportState: String
    package var banner: String

    package init(_ panel: Panel) {
        id = panel.object.id
        title = panel.object.title
        vacancyId = panel.vacancyId
        reportState = panel.reportState.rawValue
        banner = panel.object.label.banner
    }
}

/// A panel as its reader may see it: members and declarations, and only the candidates and names they may read.
package struct PanelBody: Encodable, Sendable {
    package var id: String
    package var title: String
    package var vacancyId: String
    package var competencies: [String]
    package var members: [MemberBody]
    package var candidates: [PanelCandidateBody]
    package var slots: [PanelSlotBody]
    package var myDeclaration: String?
    package var report: ReportBody
    package var banner: String

    package struct MemberBody: Encodable, Sendable {
        package var userId: String
        package var username: String
        package var displayName: String
        package var role: String
        package var declaration: String?
        package var declaredAt: String?
    }

    package struct ReportBody: Encodable, Sendable {
        package var state: String
        package var textEn: String?
        package var textFr: String?
        package var draftedAt: String?
        package var signedAt: String?
    }

    package init(_ view: PanelStore.PanelView) {
        id = view.panel.object.id
        title = view.panel.object.title
        vacancyId = view.panel.vacancyId
        competencies = view.panel.competencies
        members = view.members.map {
            MemberBody(
                userId: $0.memberId, username: $0.username, displayName: $0.displayName, role: $0.role.rawValue,
                declaration: $0.declaration?.rawValue, declaredAt: $0.declaredAt.map(Clock.iso8601))
        }
        candidates = view.candidates.map(PanelCandidateBody.init)
        slots = view.slots.map(PanelSlotBody.init)
        myDeclaration = view.seat?.declaration?.rawValue
        let panel = view.panel
        report = ReportBody(
            state: panel.reportState.rawValue, textEn: panel.reportEn, textFr: panel.reportFr,
            draftedAt: panel.reportDraftedAt.map(Clock.iso8601), signedAt: panel.reportSignedAt.map(Clock.iso8601))
        banner = panel.object.label.banner
    }
}

package struct PanelCandidateBody: Encodable, Sendable {
    package var id: String
    package var applicationId: String
    package var reference: String
    package var familyName: String
    package var givenNames: String

    package init(_ candidate: PanelCandidate) {
        id = candidate.object.id
        applicationId = candidate.applicationId
        reference = candidate.reference
        familyName = candidate.familyName
        givenNames = candidate.givenNames
    }
}

package struct PanelSlotBody: Encodable, Sendable {
    package var id: String
    package var candidateId: String
    package var start: String
    package var end: String
    package var place: String
    package var videoLink: String?
    package var candidateName: String?

    package init(_ slot: PanelSlot) {
        id = slot.id
        candidateId = slot.candidateId
        start = BrusselsTime.rfc3339(Date(timeIntervalSince1970: Double(slot.startsAt) / 1000))
        end = BrusselsTime.rfc3339(Date(timeIntervalSince1970: Double(slot.endsAt) / 1000))
        place = slot.place
        videoLink = slot.videoLink
        candidateName = slot.familyName.map { "\(slot.givenNames ?? "") \($0)" }
    }
}

package struct PanelScoreBody: Encodable, Sendable {
    package var candidateId: String
    package var memberId: String
    package var competency: String
    package var score: Int
    package var note: String

    package init(_ score: PanelScore) {
        candidateId = score.candidateId
        memberId = score.memberId
        competency = score.competency
        self.score = score.score
        note = score.note
    }
}

package struct ScoresBody: Encodable, Sendable {
    package var items: [PanelScoreBody]
    /// Whether every member has declared and scored every candidate.
    package var complete: Bool
    /// Whether the items are every member's (chair, secretary, assistants, once complete) or the reader's own.
    package var all: Bool
}

package struct RankingRowBody: Encodable, Sendable {
    package var candidateId: String
    package var reference: String
    package var familyName: String
    package var givenNames: String
    package var averages: [String: Double]
    package var overall: Double

    package init(_ row: PanelRankingRow) {
        candidateId = row.candidate.object.id
        reference = row.candidate.reference
        familyName = row.candidate.familyName
        givenNames = row.candidate.givenNames
        averages = row.averages
        overall = row.overall
    }
}

package struct RankingBody: Encodable, Sendable {
    package var items: [RankingRowBody]
    package var prefilledReportEn: String
    package var prefilledReportFr: String
}
