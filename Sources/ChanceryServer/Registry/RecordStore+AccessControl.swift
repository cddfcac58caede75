import ChanceryKit
import SQLKit

extension RecordStore {
    /// The access control entries of a record the principal may read (the read is audited); nil otherwise.
    public func accessEntries(of id: String, by principal: Principal) async throws -> (RegistryRecord, [AccessEntry])? {
        try await database.transaction { db in
            guard let record = try await self.read(id, by: principal, on: db) else { return nil }
            return (record, try await self.objects.accessEntries(of: id, on: db))
        }
    }

    /// Replaces a record's access control entries at `expectedVersion` (a registrar with write need-to-know);
    /// the record's version moves on and the audit event names what was added and removed.
    public func replaceAccessEntries(
        of id: String, with entries: [AccessEntry], expectedVersion: Int64, by principal: Principal
    ) async throws -> (RegistryRecord, [AccessEntry]) {
        try await database.transaction { db -> Checked<(RegistryRecord, [AccessEntry])> in
            let record: RegistryRecord
            switch try await self.writableRecord(id, by: principal, expectedVersion: expectedVersion, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): record = found
            }
            let before = Set(try await self.objects.accessEntries(of: id, on: db))
            let after = Set(entries)
            guard before != after else { return .done((record, entries)) }
            guard let saved = try await self.save(record, replacing: record, by: principal, on: db) else {
                return .refused(.stale(currentVersion: expectedVersion + 1))
            }
            try await db.raw("DELETE FROM object_acl WHERE object_id = \(bind: id)").run()
            let now = Clock.nowMilliseconds()
            for entry in after { try await self.objects.grant(entry, on: id, by: principal.id, at: now, on: db) }
            func describe(_ entries: Set<AccessEntry>) -> String {
                entries.map { "\($0.grantee.kind):\($0.grantee.name):\($0.permission.rawValue)" }.sorted()
                    .joined(separator: ",")
            }
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "record.acl", objectID: id,
                    details: [
                        "reference": record.reference, "version": String(saved.object.version),
                        "added": describe(after.subtracting(before)), "removed": describe(before.subtracting(after)),
                    ]),
                on: db)
            return .done((saved, try await self.objects.accessEntries(of: id, on: db)))
        }.get()
    }
}
