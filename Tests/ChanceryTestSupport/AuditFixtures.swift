import Foundation
import SQLKit

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// An audit event as a test reads it back: who, what, how it ended and its details.
package struct ReadAuditEvent: Sendable {
    package var actor: String
    package var action: String
    package var outcome: String
    package var details: [String: String]

    package init(actor: String, action: String, outcome: String, details: [String: String]) {
        self.actor = actor
        self.action = action
        self.outcome = outcome
        self.details = details
    }
}

extension TestInstallation {
    /// Every audit event with this action, oldest first (whatever object it concerns, or none).
    package func auditEvents(action: String) async throws -> [ReadAuditEvent] {
        try await chancery.database.read { db in
            try await db.raw(
                "SELECT actor, action, outcome, details FROM audit_events WHERE action = \(bind: action) ORDER BY seq"
            ).all().map { row in
                ReadAuditEvent(
                    actor: try row.decode(column: "actor", as: String.self),
                    action: try row.decode(column: "action", as: String.self),
                    outcome: try row.decode(column: "outcome", as: String.self),
                    details: try JSONDecoder().decode(
                        [String: String].self, from: Data(try row.decode(column: "details", as: String.self).utf8)))
            }
        }
    }
}
