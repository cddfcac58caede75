import ChanceryKit
import SQLKit

extension ObjectStore {
    /// The audit events of an object the principal may read; the consultation itself is audited.
    /// Refused (and audited as a denial) when the object is out of the principal's reach.
    ///
    /// Labels apply inside the events too (`AuditTrailRedaction`): an event about an attachment the auditor
    /// may not read is left out, a list or search names only the objects the auditor may read, and a label
    /// the auditor could not hold is not shown.
    package func auditTrail(of id: String, after sequence: Int64, limit: Int, by principal: Principal) async throws
        -> [StoredAuditEvent]
    {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        let catalog = self.catalog
        return try await database.transaction { db -> Checked<[StoredAuditEvent]> in
            let visible = try await db.raw(
                "SELECT o.id FROM objects o WHERE o.id = \(bind: id) AND \(scope.readable())"
            ).first()
            guard visible != nil else {
                try await self.auditDenial(of: id, action: .read, by: principal, on: db)
                return .refused(.objectNotFound(id))
            }
            let events = try await self.audit.events(of: id, after: sequence, limit: limit, on: db)
            let redaction = try await AuditTrailRedaction.prepare(for: events, scope: scope, catalog: catalog, on: db)
            try await self.audit.append(AuditEntry(actor: principal.id, action: "audit.view", objectID: id), on: db)
            return .done(events.compactMap(redaction.apply))
        }.get()
    }
}

/// What an auditor may see of the events of an object they may read.
package struct AuditTrailRedaction: Sendable {
    package let principal: Principal
    package let catalog: CategoryCatalog
    /// Of the objects and attachments the events name, those the principal may read.
    package let readableObjects: Set<String>
    package let readableAttachments: Set<String>

    package static func prepare(
        for events: [StoredAuditEvent], scope: SecurityScope, catalog: CategoryCatalog, on db: any SQLDatabase
    ) async throws -> AuditTrailRedaction {
        let objects = Set(events.flatMap { ($0.details["objects"] ?? "").split(separator: ",").map(String.init) })
        let attachments = Set(events.compactMap { $0.details["attachment"] })
        var readableObjects: Set<String> = []
        for chunk in Array(objects).chunked(500) {
            let list = SQLList(chunk.map { SQLBind($0) })
            for row in try await db.raw("SELECT o.id FROM objects o WHERE o.id IN (\(list)) AND \(scope.readable())")
                .all()
            {
                readableObjects.insert(try row.decode(column: "id", as: String.self))
            }
        }
        var readableAttachments: Set<String> = []
        for chunk in Array(attachments).chunked(500) {
            let list = SQLList(chunk.map { SQLBind($0) })
            for row in try await db.raw(
                "SELECT a.id FROM attachments a WHERE a.id IN (\(list)) AND \(scope.labelPermits("a"))"
            ).all() {
                readableAttachments.insert(try row.decode(column: "id", as: String.self))
            }
        }
        return AuditTrailRedaction(
            principal: scope.principal, catalog: catalog, readableObjects: readableObjects,
            readableAttachments: readableAttachments)
    }

    /// The event as this auditor may see it, or nil when it concerns something they may not read at all.
    ///
    /// Lists and searches keep only the readable objects (and their number); their query and hash are never
    /// shown here, whatever they named, so that nothing tells a redacted event from a whole one (a query is
    /// what someone typed, and may name what the auditor may not know; a hash would let a guessed query be
    /// confirmed).
    package func apply(_ event: StoredAuditEvent) -> StoredAuditEvent? {
        var event = event
        if let attachment = event.details["attachment"], !readableAttachments.contains(attachment) { return nil }
        if let named = event.details["objects"] {
            let shown = named.split(separator: ",").map(String.init).filter(readableObjects.contains)
            event.details["objects"] = shown.joined(separator: ",")
            if event.details["count"] != nil { event.details["count"] = String(shown.count) }
            event.details["query"] = nil
            event.hash = ""
        }
        for key in ["label", "previousLabel"] {
            if let banner = event.details[key], !mayHold(banner: banner) {
                event.details[key] = nil
                event.hash = ""
            }
        }
        return event
    }

    /// Whether the principal could hold a label written as its banner (`NATO SECRET // MEDICAL // RELEASABLE
    /// TO BEL, FRA`). Anything that cannot be read back is not shown.
    package func mayHold(banner: String) -> Bool {
        let parts = banner.components(separatedBy: " // ")
        guard let first = parts.first, let classification = try? Classification(parsing: first) else { return false }
        var releasability = Releasability.allNATO
        var categories: Set<String> = []
        for part in parts.dropFirst() {
            if part == "NOT RELEASABLE" {
                releasability = .listed([])
            } else if part.hasPrefix("RELEASABLE TO ") {
                releasability = .listed(Set(part.dropFirst("RELEASABLE TO ".count).components(separatedBy: ", ")))
            } else {
                categories.formUnion(part.components(separatedBy: ", ").filter(catalog.contains))
            }
        }
        return canHold(
            SecurityLabel(classification: classification, releasability: releasability, categories: categories),
            principal)
    }
}

extension Array {
    /// The elements in consecutive slices of at most `size`.
    fileprivate func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
