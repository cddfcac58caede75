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

    /// Every audited action, oldest first.
    package func auditedActions() async throws -> [String] {
        try await chancery.database.read { db in
            try await db.raw("SELECT action FROM audit_events ORDER BY seq").all().map {
                try $0.decode(column: "action", as: String.self)
            }
        }
    }

    /// The step every "a refused form changes nothing" test takes: the actions audited after the first `count`
    /// events (`auditEventCount()`, taken before posting) that change something. Reads (re-showing a page reads it),
    /// lists, signing in and the reader's language are left out; every change is audited in its own transaction,
    /// so a refused form leaves this empty.
    package func changes(since count: Int64) async throws -> [String] {
        try await auditedActions().dropFirst(Int(count)).filter {
            !$0.hasSuffix(".read") && $0 != "object.list" && $0 != "access.denied" && !$0.hasPrefix("login.")
                && !$0.hasPrefix("session.") && $0 != "user.language"
        }
    }
}
