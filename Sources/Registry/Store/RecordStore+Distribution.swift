import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// What a distribution did: who was given access (with their copy), and who was not and why.
public struct DistributionReport: Sendable {
    public var distributionID: String
    /// The reference of the distributed record.
    public var reference: String
    public var granted: [Copy]
    public var refused: [Refusal]

    /// A numbered copy given to a recipient; NATO SECRET and above need its receipt acknowledged.
    public struct Copy: Sendable, Equatable {
        public var id: String
        public var member: DistributionList.Member
        public var number: Int
        public var receiptRequired: Bool
        public var acknowledgedBy: String?
        public var acknowledgedAt: Int64?
    }

    /// A member (or, for a group or unit, one of its people) who cannot read the item.
    public struct Refusal: Sendable, Equatable, Codable {
        public var member: DistributionList.Member
        /// clearance, releasability, category, unknown or disabled.
        public var reason: String
        /// The group or unit through which this person was addressed.
        public var via: DistributionList.Member?
    }
}

/// A past distribution of a record, with its copies.
public struct Distribution: Sendable {
    public var id: String
    public var listID: String
    public var listName: String
    public var distributedBy: String
    public var distributedAt: Int64
    public var copies: [DistributionReport.Copy]
    public var refused: [DistributionReport.Refusal]
}

extension RecordStore {
    /// Distributes a registered record to a list: gives need-to-know (a read access entry) to exactly the
    /// members who pass the label check, numbers a copy for each, asks for receipts from NATO SECRET up, and
    /// reports everyone refused with the reason. An empty list reaches nobody.
    public func distribute(_ id: String, to listID: String, by principal: Principal) async throws -> DistributionReport
    {
        try await database.transaction { db in try await self.distribute(id, to: listID, by: principal, on: db) }.get()
    }

    /// The distribution inside the caller's transaction (the demo distributes a batch of items in one).
    package func distribute(_ id: String, to listID: String, by principal: Principal, on db: any SQLDatabase)
        async throws -> Checked<DistributionReport>
    {
        let record: RegistryRecord
        switch try await self.writableRecord(
            id, by: principal, states: [.registered, .active], action: "distribute", on: db)
        {
        case .refused(let error): return .refused(error)
        case .done(let found): record = found
        }
        guard
            let list = try await DistributionListStore(database: self.database, audit: self.audit).find(
                listID, on: db)
        else { return .refused(RegistryError.unknownList(listID)) }
        let report = try await self.materialise(list, on: record, by: principal, db: db)
        if record.state == .registered {
            var active = record
            active.object.state = RecordState.active.rawValue
            guard let saved = try await self.save(active, replacing: record, by: principal, on: db) else {
                return .refused(.stale(currentVersion: record.object.version + 1))
            }
            try await self.objects.auditUpdate(
                saved.object, previous: record.object, fields: ["state"], by: principal, action: "record.activate",
                extra: ["reference": record.reference], on: db)
        }
        try await self.audit.append(
            AuditEntry(
                actor: principal.id, action: "record.distribute", objectID: id,
                details: [
                    "reference": record.reference, "list": list.name, "distribution": report.distributionID,
                    "granted": report.granted.map { "\($0.member.kind.rawValue):\($0.member.id)#\($0.number)" }
                        .joined(separator: ","),
                    "refused": report.refused.map { "\($0.member.kind.rawValue):\($0.member.id):\($0.reason)" }
                        .joined(separator: ","),
                ]),
            on: db)
        return .done(report)
    }

    private func materialise(
        _ list: DistributionList, on record: RegistryRecord, by principal: Principal, db: any SQLDatabase
    ) async throws -> DistributionReport {
        let accounts = try await db.raw("SELECT \(UserAccount.columns) FROM users u").all().map(UserAccount.init(row:))
        let byID = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0) })
        let label = record.object.label
        var grantedMembers: [DistributionList.Member] = []
        var refused: [DistributionReport.Refusal] = []
        for member in list.members.sorted(by: { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }) {
            switch member.kind {
            case .user:
                guard let account = byID[member.id] else {
                    refused.append(.init(member: member, reason: "unknown"))
                    continue
                }
                if account.disabled {
                    refused.append(.init(member: member, reason: "disabled"))
                } else if let reason = labelRefusal(account.principal, label) {
                    refused.append(.init(member: member, reason: reason.rawValue))
                } else {
                    grantedMembers.append(member)
                }
            case .group, .unit:
                // Need-to-know goes to the group or unit; the label still decides for each of its people.
                grantedMembers.append(member)
                let people = accounts.filter {
                    !$0.disabled
                        && (member.kind == .group ? $0.groups.contains(member.id) : $0.units.contains(member.id))
                }
                for person in people.sorted(by: { $0.username < $1.username }) {
                    if let reason = labelRefusal(person.principal, label) {
                        refused.append(
                            .init(
                                member: .init(kind: .user, id: person.id, role: member.role), reason: reason.rawValue,
                                via: member))
                    }
                }
            }
        }
        let now = Clock.nowMilliseconds()
        let distributionID = ObjectID.make(milliseconds: now)
        try await db.raw(
            """
            INSERT INTO distributions (id, object_id, list_id, list_name, distributed_by, distributed_at, refused)
            VALUES (\(bind: distributionID), \(bind: record.object.id), \(bind: list.id), \(bind: list.name),
                    \(bind: principal.id), \(bind: now), \(bind: RegistryRecord.json(refused)))
            """
        ).run()
        let last =
            try await db.raw(
                "SELECT MAX(copy_number) AS n FROM distribution_copies WHERE object_id = \(bind: record.object.id)"
            ).first()?.decode(column: "n", as: Int64?.self) ?? 0
        let receiptRequired = label.classification >= .natoSecret
        var copies: [DistributionReport.Copy] = []
        for (offset, member) in grantedMembers.enumerated() {
            try await db.raw(
                """
                INSERT INTO object_acl (object_id, grantee_kind, grantee, permission, granted_by, granted_at)
                VALUES (\(bind: record.object.id), \(bind: member.kind.rawValue), \(bind: member.id), 'read',
                        \(bind: principal.id), \(bind: now))
                ON CONFLICT (object_id, grantee_kind, grantee) DO NOTHING
                """
            ).run()
            let copy = DistributionReport.Copy(
                id: ObjectID.make(milliseconds: now), member: member, number: Int(last) + offset + 1,
                receiptRequired: receiptRequired)
            try await db.raw(
                """
                INSERT INTO distribution_copies (id, distribution_id, object_id, copy_number, recipient_kind, recipient,
                                                 role, receipt_required)
                VALUES (\(bind: copy.id), \(bind: distributionID), \(bind: record.object.id), \(bind: Int64(copy.number)),
                        \(bind: member.kind.rawValue), \(bind: member.id), \(bind: member.role.rawValue),
                        \(bind: Int64(receiptRequired ? 1 : 0)))
                """
            ).run()
            copies.append(copy)
        }
        return DistributionReport(
            distributionID: distributionID, reference: record.reference, granted: copies, refused: refused)
    }

    /// The distributions of a record the principal may read, oldest first; nil when it may not be read.
    public func distributions(of id: String, by principal: Principal) async throws -> (
        RegistryRecord, [Distribution], total: Int
    )? {
        try await database.transaction { db in
            guard let record = try await self.read(id, by: principal, on: db) else { return nil }
            let (distributions, total) = try await self.distributions(of: id, on: db)
            return (record, distributions, total)
        }
    }

    /// The distributions of a record and how many copies exist, for a caller who has read the record.
    package func distributions(of id: String, on db: any SQLDatabase) async throws -> ([Distribution], Int) {
        let copies = try await db.raw(
            """
            SELECT id, distribution_id, copy_number, recipient_kind, recipient, role, receipt_required,
                   acknowledged_by, acknowledged_at
            FROM distribution_copies WHERE object_id = \(bind: id) ORDER BY copy_number
            """
        ).all().map { row in (try row.decode(column: "distribution_id", as: String.self), try Self.copy(row)) }
        let rows = try await db.raw(
            """
            SELECT id, list_id, list_name, distributed_by, distributed_at, refused FROM distributions
            WHERE object_id = \(bind: id) ORDER BY id
            """
        ).all()
        let distributions = try rows.map { row in
            let stored = try row.decodeModel(DistributionRow.self)
            return Distribution(
                id: stored.id, listID: stored.listID, listName: stored.listName, distributedBy: stored.distributedBy,
                distributedAt: stored.distributedAt, copies: copies.filter { $0.0 == stored.id }.map(\.1),
                refused: stored.refused)
        }
        return (distributions, copies.count)
    }

    /// A row of `distributions`; its copies are read apart.
    private struct DistributionRow: Decodable {
        var id: String
        var listID: String
        var listName: String
        var distributedBy: String
        var distributedAt: Int64
        var refused: [DistributionReport.Refusal]
    }

    /// A row of `distribution_copies`, but for its id (see `copy(_:idColumn:)`).
    private struct CopyRow: Decodable {
        var recipientKind: DistributionList.Member.Kind
        var recipient: String
        var role: DistributionList.Member.Role
        var copyNumber: Int
        var receiptRequired: Bool
        var acknowledgedBy: String?
        var acknowledgedAt: Int64?
    }

    /// A copy from a row; `idColumn` names the copy's id when the row also holds an object's `id`.
    package static func copy(_ row: any SQLRow, idColumn: String = "id") throws -> DistributionReport.Copy {
        let copy = try row.decodeModel(CopyRow.self)
        return DistributionReport.Copy(
            id: try row.decode(column: idColumn, as: String.self),
            member: .init(kind: copy.recipientKind, id: copy.recipient, role: copy.role), number: copy.copyNumber,
            receiptRequired: copy.receiptRequired, acknowledgedBy: copy.acknowledgedBy,
            acknowledgedAt: copy.acknowledgedAt)
    }
}

extension RecordStore {
    /// The outcome of distributing one item of a batch.
    public enum BatchOutcome: Sendable {
        case distributed(DistributionReport)
        case refused(AppError)
    }

    /// Distributes several items to one list in one step (the queue of received messages): each item in its
    /// own transaction, so one refusal does not stop the others; each outcome is reported. Someone without a
    /// registry role is refused the whole batch up front, before any item is looked at.
    public func distribute(_ ids: [String], to listID: String, by principal: Principal) async throws
        -> [(id: String, outcome: BatchOutcome)]
    {
        try DistributionListStore.requireRegistrar(principal)
        var outcomes: [(id: String, outcome: BatchOutcome)] = []
        for id in ids {
            do {
                let report = try await distribute(id, to: listID, by: principal)
                outcomes.append((id, .distributed(report)))
            } catch let error as AppError {
                outcomes.append((id, .refused(error)))
            }
        }
        return outcomes
    }
}
