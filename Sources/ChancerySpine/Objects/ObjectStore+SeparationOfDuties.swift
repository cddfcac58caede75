import ChanceryKit
import SQLKit

extension ObjectStore {
    /// Records that a principal was refused an approval, review or sign-off of their own work (four eyes): an
    /// `access.denied` event with the reason `separation-of-duties`, written with the refusal, which changes
    /// nothing else.
    package func auditSeparationOfDuties(
        of id: String, action: String, by principal: Principal, details: [String: String] = [:], on db: any SQLDatabase
    ) async throws {
        try await audit.append(
            AuditEntry(
                actor: principal.id, action: "access.denied", objectID: id, outcome: .denied,
                details: details.merging(["action": action, "reason": "separation-of-duties"]) { _, fixed in fixed }),
            on: db)
    }
}
