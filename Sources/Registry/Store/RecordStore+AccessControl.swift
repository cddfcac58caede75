import ChanceryKit
import ChancerySpine
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
    /// the record's version moves on and the audit event names what was added and removed. A person may be named
    /// by user name or account id and is kept as the account id (what the access decision matches); a grantee
    /// that names no account or no group is refused with nothing changed.
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
            let after = Set(try await Self.resolved(entries, keeping: Set(before.map(\.grantee)), on: db))
            guard before != after else { return .done((record, try await self.objects.accessEntries(of: id, on: db))) }
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

    /// The entries with every person as an account id, each grantee checked to exist. A grantee the record
    /// already has stays as it is, whatever became of it, so that an old entry never blocks another change.
    package static func resolved(_ entries: [AccessEntry], keeping current: Set<Grantee>, on db: any SQLDatabase)
        async throws
        -> [AccessEntry]
    {
        var seen: Set<Grantee> = []
        var resolved: [AccessEntry] = []
        for (index, entry) in entries.enumerated() {
            let field = "entries[\(index)].id"
            var grantee = entry.grantee
            switch entry.grantee {
            case .user(let reference):
                if let account = try await UserStore.account(named: reference, on: db) {
                    grantee = .user(account.id)
                } else if !current.contains(grantee) {
                    throw RegistryError.unknownGrantee(grantee, field: field)
                }
            case .group(let name):
                if !current.contains(grantee), !(try await UserStore.groupExists(name, on: db)) {
                    throw RegistryError.unknownGrantee(grantee, field: field)
                }
            case .unit: break
            }
            // A user name and an account id may name the same person.
            guard seen.insert(grantee).inserted else {
                throw AppError(
                    .badRequest, type: "invalid-field", key: "registry.error.duplicateGrantee", ["id": grantee.name],
                    field: "entries[\(index)]")
            }
            resolved.append(AccessEntry(grantee: grantee, permission: entry.permission))
        }
        return resolved
    }
}
