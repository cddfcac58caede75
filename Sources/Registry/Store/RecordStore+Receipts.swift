import ChanceryKit
import ChancerySpine
import SQLKit

/// A copy awaiting (or having) its receipt, with the record it is a copy of.
public struct Receipt: Sendable {
    public var copy: DistributionReport.Copy
    public var record: RegistryRecord
    /// How many copies of the record exist, for "Copy 3 of 12".
    public var copiesOfRecord: Int
}

extension RecordStore {
    /// Receipts not yet acknowledged, of records the principal may read: every one for the registry (or only
    /// the principal's own with `mine`), the principal's own for anyone else. Audited like a list.
    public func outstandingReceipts(mine: Bool, by principal: Principal) async throws -> [Receipt] {
        var filter: SQLQueryString = " AND c.receipt_required = 1 AND c.acknowledged_at IS NULL"
        if mine || Self.registrars.isDisjoint(with: principal.roles) { filter += " AND \(Self.addressedTo(principal))" }
        return try await copies(filter, limit: 500, listName: "receipts", by: principal)
    }

    /// How many receipts `outstandingReceipts(mine: false, …)` would list (a count shows nothing, so it is not
    /// an audited read).
    public func outstandingReceiptCount(by principal: Principal) async throws -> Int {
        var filter: SQLQueryString = " AND c.receipt_required = 1 AND c.acknowledged_at IS NULL"
        if Self.registrars.isDisjoint(with: principal.roles) { filter += " AND \(Self.addressedTo(principal))" }
        return try await objects.count(
            join: "JOIN distribution_copies c ON c.object_id = o.id", filter: filter, by: principal)
    }

    /// The annual muster: every copy of every NATO SECRET and COSMIC TOP SECRET item still held (not destroyed
    /// or transferred) that the registrar may read, to be accounted for.
    public func muster(by principal: Principal) async throws -> [Receipt] {
        guard !Self.registrars.isDisjoint(with: principal.roles) else { throw AppError.roleRequired(Self.registrars) }
        let filter: SQLQueryString = """
             AND o.classification >= \(bind: Int64(Classification.natoSecret.rawValue)) \
            AND o.state NOT IN ('destroyed', 'transferred')
            """
        return try await copies(filter, limit: 10_000, listName: "muster", by: principal)
    }

    /// Copies of readable records matching `filter`, audited as a list.
    private func copies(_ filter: SQLQueryString, limit: Int, listName: String, by principal: Principal) async throws
        -> [Receipt]
    {
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        let query: SQLQueryString = """
            SELECT c.id AS copy_id, c.copy_number, c.recipient_kind, c.recipient, c.role, c.receipt_required, c.acknowledged_by,
                   c.acknowledged_at, (SELECT COUNT(*) FROM distribution_copies n WHERE n.object_id = c.object_id) AS total,
                   \(LabelledObject.columns)\(RegistryRecord.columns)
            FROM distribution_copies c JOIN objects o ON o.id = c.object_id \(RegistryRecord.join)
            WHERE \(scope.readable())\(filter)
            ORDER BY r.reference, c.copy_number LIMIT \(bind: limit)
            """
        let audit = self.audit
        return try await database.transaction { db in
            let receipts = try await db.raw(query).all().map { row in
                Receipt(
                    copy: try Self.copy(row, idColumn: "copy_id"), record: try RegistryRecord(row: row),
                    copiesOfRecord: Int(try row.decode(column: "total", as: Int64.self)))
            }
            let shown = Array(Set(receipts.map(\.record.object).filter(\.readIsAudited).map(\.id))).sorted()
            if !shown.isEmpty {
                try await audit.append(
                    AuditEntry(
                        actor: principal.id, action: "object.list", relatedObjectIDs: shown,
                        details: ["count": String(shown.count), "list": listName]),
                    on: db)
            }
            return receipts
        }
    }

    /// Acknowledges receipt of a copy: only its recipient (the person, or a member of the group or unit) who
    /// may read the record; anyone else gets the same answer as for a receipt that does not exist.
    public func acknowledge(_ copyID: String, by principal: Principal) async throws -> Receipt {
        try await database.transaction { db in try await self.acknowledge(copyID, by: principal, on: db) }.get()
    }

    /// The acknowledgement inside the caller's transaction (the demo acknowledges a batch of copies in one).
    package func acknowledge(_ copyID: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> Checked<Receipt>
    {
        guard
            let row = try await db.raw(
                """
                SELECT id, object_id, copy_number, recipient_kind, recipient, role, receipt_required, acknowledged_by,
                       acknowledged_at FROM distribution_copies c WHERE c.id = \(bind: copyID) AND \(Self.addressedTo(principal))
                """
            ).first()
        else { return .refused(RegistryError.receiptNotYours) }
        var copy = try Self.copy(row)
        let objectID = try row.decode(column: "object_id", as: String.self)
        guard let record = try await self.read(objectID, by: principal, auditingRead: false, on: db) else {
            return .refused(RegistryError.receiptNotYours)
        }
        guard copy.receiptRequired, copy.acknowledgedAt == nil else { return .refused(RegistryError.receiptDone) }
        copy.acknowledgedBy = principal.id
        copy.acknowledgedAt = Clock.nowMilliseconds()
        try await db.raw(
            """
            UPDATE distribution_copies SET acknowledged_by = \(bind: principal.id), acknowledged_at = \(bind: copy.acknowledgedAt)
            WHERE id = \(bind: copyID) AND acknowledged_at IS NULL
            """
        ).run()
        let total =
            try await db.raw(
                "SELECT COUNT(*) AS n FROM distribution_copies WHERE object_id = \(bind: objectID)"
            ).first()?.decode(column: "n", as: Int64.self) ?? 0
        try await self.audit.append(
            AuditEntry(
                actor: principal.id, action: "receipt.acknowledge", objectID: objectID,
                details: ["reference": record.reference, "copy": String(copy.number), "of": String(total)]),
            on: db)
        return .done(Receipt(copy: copy, record: record, copiesOfRecord: Int(total)))
    }

    /// The copies addressed to the principal: to them, to one of their groups or to one of their units.
    package static func addressedTo(_ principal: Principal) -> SQLQueryString {
        var parts: [SQLQueryString] = ["(c.recipient_kind = 'user' AND c.recipient = \(bind: principal.id))"]
        if !principal.groups.isEmpty {
            parts.append("(c.recipient_kind = 'group' AND c.recipient IN (\(binds: principal.groups.sorted())))")
        }
        if !principal.units.isEmpty {
            parts.append("(c.recipient_kind = 'unit' AND c.recipient IN (\(binds: principal.units.sorted())))")
        }
        return "(\(parts.joined(separator: " OR ")))"
    }
}

extension RecordStore {
    /// One copy with its record, for its printed receipt: to its recipient, or to the registry, when the
    /// principal may read the record; nil otherwise.
    public func receipt(_ copyID: String, by principal: Principal) async throws -> Receipt? {
        try await database.transaction { db -> Receipt? in
            var condition: SQLQueryString = ""
            if Self.registrars.isDisjoint(with: principal.roles) { condition = " AND \(Self.addressedTo(principal))" }
            guard
                let row = try await db.raw(
                    """
                    SELECT id, object_id, copy_number, recipient_kind, recipient, role, receipt_required, acknowledged_by,
                           acknowledged_at FROM distribution_copies c WHERE c.id = \(bind: copyID)\(condition)
                    """
                ).first()
            else { return nil }
            let objectID = try row.decode(column: "object_id", as: String.self)
            guard let record = try await self.read(objectID, by: principal, on: db) else { return nil }
            let total =
                try await db.raw(
                    "SELECT COUNT(*) AS n FROM distribution_copies WHERE object_id = \(bind: objectID)"
                ).first()?.decode(column: "n", as: Int64.self) ?? 0
            return Receipt(copy: try Self.copy(row), record: record, copiesOfRecord: Int(total))
        }
    }
}
