import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// Record QA audits: `/api/v1/health/audits`.
package struct QAAuditsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("health/audits", use: list)
        group.post("health/audits", use: start)
        group.get("health/audits/{id}", use: show)
        group.put("health/audits/{id}/items/{patientId}", use: answer)
        group.post("health/audits/{id}/closure", use: close)
    }

    package struct StartRequest: Decodable {
        package var title: String
        package var sampleSize: Int
        package var seed: Int64?
    }

    package struct AnswerRequest: Decodable {
        package var checks: QAAudit.Checks?
        package var finding: String?
        package var followUp: String?
        package var followUpDue: String?
        package var followUpStatus: String?
    }

    /// The largest seed: exact in every JSON client (2^53 − 1).
    package static let maximumSeed: Int64 = (1 << 53) - 1

    package struct AuditBody: Encodable, Sendable {
        package var id: String
        package var title: String
        package var state: String
        package var seed: Int64
        package var requestedSize: Int
        package var sampled: Int
        package var reviewed: Int
        package var openFollowUps: Int
        package var createdBy: String
        package var createdAt: String
        package var closedBy: String?
        package var closedAt: String?
        package var label: SecurityLabelForm
        package var banner: String

        package init(_ audit: QAAudit) {
            id = audit.object.id
            title = audit.object.title
            state = audit.object.state
            seed = audit.seed
            requestedSize = audit.requestedSize
            sampled = audit.sampled
            reviewed = audit.reviewed
            openFollowUps = audit.openFollowUps
            createdBy = audit.object.createdBy
            createdAt = Clock.iso8601(audit.object.createdAt)
            closedBy = audit.closedBy
            closedAt = audit.closedAt.map(Clock.iso8601)
            label = SecurityLabelForm(audit.object.label)
            banner = audit.object.label.banner
        }
    }

    package struct AutomaticBody: Encodable, Sendable {
        package var completeness: Bool
        package var missing: [String]
        package var consent: Bool
        package var codes: Bool
        package var signatures: Bool
    }

    /// An item: its place in the sample always; the rest only when the caller may read the patient.
    package struct ItemBody: Encodable, Sendable {
        package var position: Int
        package var readable: Bool
        package var patientId: String?
        package var patientName: String?
        package var automatic: AutomaticBody?
        package var checks: QAAudit.Checks?
        package var finding: String?
        package var followUp: String?
        package var followUpDue: String?
        package var followUpStatus: String?
        package var reviewedBy: String?
        package var reviewedAt: String?

        package init(_ item: QAAudit.Item) {
            position = item.position
            readable = item.patient != nil
            guard let patient = item.patient, let automatic = item.automatic else { return }
            patientId = patient.object.id
            patientName = patient.details.displayName
            self.automatic = AutomaticBody(
                completeness: automatic.completeness, missing: automatic.missing, consent: automatic.consent,
                codes: automatic.codes, signatures: automatic.signatures)
            checks = item.answers
            finding = item.finding
            followUp = item.followUp
            followUpDue = item.followUpDue
            followUpStatus = item.followUpStatus
            reviewedBy = item.reviewedBy
            reviewedAt = item.reviewedAt.map(Clock.iso8601)
        }
    }

    package struct DetailBody: Encodable, Sendable {
        package var audit: AuditBody
        package var items: [ItemBody]
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try await ListPage(request).respond(
            counting: .always, fetch: { try await chancery.health.audits(after: $0, limit: $1, by: context.principal) },
            count: { try await chancery.health.auditCount(by: context.principal) },
            banner: { chancery.objects.dominantLabel(of: $0.map(\.object)).banner }, body: AuditBody.init)
    }

    @Sendable package func start(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(StartRequest.self, from: request)
        guard (1...QAAudit.maximumSample).contains(body.sampleSize) else {
            throw AppError.invalidField("sampleSize", reasonKey: "health.audit.reason.size")
        }
        if let seed = body.seed, !(0...Self.maximumSeed).contains(seed) {
            throw AppError.invalidField("seed", reasonKey: "health.audit.reason.seed")
        }
        let detail = try await chancery.health.startAudit(
            title: try FieldRules.text(body.title, field: "title", max: 200), size: body.sampleSize,
            seed: body.seed ?? Int64.random(in: 0...Self.maximumSeed), by: context.principal)
        return try Self.response(detail, status: .created)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let detail = try await PathParameters.found(context) {
            try await chancery.health.qaAudit($0, by: context.principal)
        }
        return try Self.response(detail)
    }

    package static func response(_ detail: QAAudit.Detail, status: HTTPResponse.Status = .ok) throws -> Response {
        try JSONResponse.make(
            DetailBody(audit: AuditBody(detail.audit), items: detail.items.map(ItemBody.init)), status: status,
            etag: detail.audit.object.etag, banner: detail.audit.object.label.banner)
    }

    @Sendable package func answer(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let patientID = try context.parameters.require("patientId")
        guard ObjectID.isWellFormed(patientID) else { throw AppError.objectNotFound(String(patientID.prefix(40))) }
        let (body, _) = try await JSONBody.decode(AnswerRequest.self, from: request)
        let answer = try QAAudit.Answer.checked(
            checks: body.checks ?? QAAudit.Checks(), finding: body.finding, followUp: body.followUp,
            followUpDue: body.followUpDue, followUpStatus: body.followUpStatus)
        let item = try await chancery.health.answer(id, patient: patientID, answer, by: context.principal)
        return try JSONResponse.make(ItemBody(item), banner: HealthOffice.label(item.patient?.object.label).banner)
    }

    @Sendable package func close(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        return try Self.response(try await chancery.health.closeAudit(id, by: context.principal))
    }
}
