import ChanceryKit
import ChancerySpine
import Hummingbird

/// A clinician's fitness decisions (`/api/v1/health/patients/{id}/fitness-decisions`): fit or not fit for a purpose,
/// with the day and the notes, in the patient's record. Other offices learn only the outcome, through the spine's
/// fitness seam (`HealthFitnessAnswers`), never through these routes.
package struct FitnessDecisionsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("health/patients/{id}/fitness-decisions", use: record)
        group.get("health/fitness-decisions/{id}", use: show)
    }

    @Sendable package func record(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(FitnessDecisionRequest.self, from: request)
        guard let purpose = FitnessPurpose.named(body.purpose) else {
            throw AppError.invalidField("purpose", reasonKey: "health.reason.fitnessPurpose")
        }
        guard let outcome = FitnessDecision.Outcome(rawValue: body.outcome) else {
            throw AppError.invalidField("outcome", reasonKey: "health.reason.fitnessOutcome")
        }
        let notes = try FieldRules.text(body.notes, field: "notes", max: 4000)
        let decision = try await chancery.health.recordFitnessDecision(
            for: patientID, purpose: purpose, outcome: outcome, decidedOn: body.decidedOn, notes: notes,
            by: context.principal)
        var response = try JSONResponse.make(FitnessDecisionBody(decision), of: decision, status: .created)
        response.headers[.location] = "/api/v1/health/fitness-decisions/\(decision.object.id)"
        return response
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard let decision = try await chancery.health.fitnessDecision(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return try JSONResponse.make(FitnessDecisionBody(decision), of: decision)
    }
}

/// `POST /api/v1/health/patients/{id}/fitness-decisions`.
package struct FitnessDecisionRequest: Decodable, Sendable {
    package var purpose: String
    package var outcome: String
    package var decidedOn: String
    package var notes: String
}

/// A fitness decision as the API shows it to whom may read the record.
package struct FitnessDecisionBody: Encodable, Sendable {
    package var id: String
    package var patient: String
    package var purpose: String
    package var outcome: String
    package var decidedOn: String
    package var clinician: String
    package var notes: String
    package var label: SecurityLabelForm
    package var banner: String
    package var version: Int64
    package var createdAt: String

    package init(_ decision: FitnessDecision) {
        id = decision.object.id
        patient = decision.patientID
        purpose = decision.purpose
        outcome = decision.outcome.rawValue
        decidedOn = decision.decidedOn
        clinician = decision.clinicianID
        notes = decision.notes
        label = SecurityLabelForm(decision.object.label)
        banner = decision.object.label.banner
        version = decision.object.version
        createdAt = Clock.iso8601(decision.object.createdAt)
    }
}
