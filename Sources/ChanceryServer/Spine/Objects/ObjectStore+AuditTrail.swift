import ChanceryKit
import SQLKit

extension ObjectStore {
    /// The audit events of an object the principal may read; the consultation itself is audited.
    /// Refused (and audited as a denial) when the object is out of the principal's reach.
    func auditTrail(of id: String, after sequence: Int64, limit: Int, by principal: Principal) async throws
        -> [StoredAuditEvent]
    {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        return try await database.transaction { db -> Checked<[StoredAuditEvent]> in
            let visible = try await db.raw(
                "SELECT o.id FROM objects o WHERE o.id = \(bind: id) AND \(scope.readable())"
            ).first()
            guard visible != nil else {
                try await self.auditDenial(of: id, action: .read, by: principal, on: db)
                return .refused(.objectNotFound(id))
            }
            let events = try await self.audit.events(of: id, after: sequence, limit: limit, on: db)
            try await self.audit.append(AuditEntry(actor: principal.id, action: "audit.view", objectID: id), on: db)
            return .done(events)
        }.get()
    }
}
