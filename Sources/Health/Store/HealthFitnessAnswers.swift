import ChanceryKit
import ChancerySpine

/// The Health Office's side of the spine's fitness seam: fit, not fit or pending, with the day, and nothing else.
/// Every answer is audited here (`health.fitness.answer`, naming the purpose, the office it went to and the answer,
/// on the decision and its record, so that "who asked about this patient" is answered from the chain); a principal
/// who may not ask gets a refusal, audited as a denial, and no answer.
package struct HealthFitnessAnswers: FitnessAnswering {
    package let health: HealthStore

    /// The audited action of an answer.
    package static let action = "health.fitness.answer"

    package func fitness(of subject: FitnessSubject, for purpose: FitnessPurpose, askedBy principal: Principal)
        async throws -> FitnessAnswer
    {
        let audit = health.audit
        guard !purpose.askers.isDisjoint(with: principal.roles) else {
            try await health.database.transaction { db in
                try await audit.append(
                    AuditEntry(
                        actor: principal.id, action: "access.denied", outcome: .denied,
                        details: ["action": Self.action, "reason": "role-required", "purpose": purpose.name]),
                    on: db)
            }
            throw AppError.roleRequired(purpose.askers)
        }
        let health = self.health
        return try await health.database.transaction { db in
            let standing = try await health.standingFitnessDecision(of: subject, for: purpose.name, on: db)
            let answer =
                standing.map { FitnessAnswer(status: $0.outcome.answer, decidedOn: $0.decidedOn) } ?? .pending
            try await audit.append(
                AuditEntry(
                    actor: principal.id, action: Self.action, objectID: standing?.decisionID,
                    relatedObjectIDs: standing.map { [$0.patientID] } ?? [],
                    details: ["purpose": purpose.name, "to": purpose.office, "answer": answer.status.rawValue]),
                on: db)
            return answer
        }
    }
}
