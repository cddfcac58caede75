import ChanceryKit
import Foundation
import SQLKit

/// A page of a cursor-paginated list.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    /// Opaque cursor of the next page, nil on the last page.
    public var nextCursor: String?
}

/// The outcome of a unit of work that may be refused after its audit event was written.
///
/// A refusal must still commit (the denial is an audited event), so stores return it instead of throwing,
/// and the caller throws once the transaction has committed.
enum Checked<Value: Sendable>: Sendable {
    case done(Value)
    case refused(AppError)

    func get() throws(AppError) -> Value {
        switch self {
        case .done(let value): return value
        case .refused(let error): throw error
        }
    }
}

/// The one owner of the `objects` and `object_acl` tables: every read is security-trimmed in SQL, every change
/// and every audited read writes its audit event in the same transaction.
public struct ObjectStore: Sendable {
    let database: Database
    let audit: AuditLog
    let catalog: CategoryCatalog

    // MARK: creating

    /// Inserts an object and its access entries inside the caller's transaction, and audits the creation.
    /// Office modules call this from their own store, in the same transaction as their own row.
    func insert(
        _ object: LabelledObject, accessEntries: [AccessEntry] = [], originatorLabel: String? = nil,
        on db: any SQLDatabase
    ) async throws {
        let columns = try object.label.columns(in: catalog)
        try await db.raw(
            """
            INSERT INTO objects (id, kind, title, classification, releasable, categories, label_json, originator_label,
                                 owning_unit, open_to_unit, state, version, created_by, created_at, updated_at)
            VALUES (\(bind: object.id), \(bind: object.kind), \(bind: object.title),
                    \(bind: Int64(columns.classification)), \(bind: columns.releasable), \(bind: columns.categories),
                    \(bind: LabelledObject.labelJSON(object.label)), \(bind: originatorLabel), \(bind: object.owningUnit),
                    \(bind: Int64(object.openToUnit ? 1 : 0)), \(bind: object.state), \(bind: object.version),
                    \(bind: object.createdBy), \(bind: object.createdAt), \(bind: object.updatedAt))
            """
        ).run()
        for entry in accessEntries {
            try await grant(entry, on: object.id, by: object.createdBy, at: object.createdAt, on: db)
        }
        try await audit.append(
            AuditEntry(
                actor: object.createdBy, action: "object.create", objectID: object.id,
                details: ["kind": object.kind, "label": object.label.banner, "unit": object.owningUnit]),
            on: db)
    }

    func grant(_ entry: AccessEntry, on objectID: String, by actor: String, at time: Int64, on db: any SQLDatabase)
        async throws
    {
        try await db.raw(
            """
            INSERT INTO object_acl (object_id, grantee_kind, grantee, permission, granted_by, granted_at)
            VALUES (\(bind: objectID), \(bind: entry.grantee.kind), \(bind: entry.grantee.name),
                    \(bind: entry.permission.rawValue), \(bind: actor), \(bind: time))
            """
        ).run()
    }

    // MARK: reading

    /// The object if the principal may read it, auditing the read (NC+ or compartmented) or the denial.
    func read(_ id: String, by principal: Principal) async throws -> LabelledObject? {
        try await database.transaction { db in
            try await self.read(id, by: principal, on: db)
        }
    }

    /// `read(_:by:)` inside the caller's transaction. `auditingRead` is false when the caller records a
    /// more specific event of its own (an update is not also a read).
    func read(_ id: String, by principal: Principal, auditingRead: Bool = true, on db: any SQLDatabase) async throws
        -> LabelledObject?
    {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        let row = try await db.raw(
            "SELECT \(LabelledObject.columns) FROM objects o WHERE o.id = \(bind: id) AND \(scope.readable())"
        ).first()
        guard let row else {
            try await auditDenial(of: id, action: .read, by: principal, on: db)
            return nil
        }
        let object = try LabelledObject(row: row)
        if auditingRead && object.readIsAudited {
            try await audit.append(
                AuditEntry(actor: principal.id, action: "object.read", objectID: id, details: ["kind": object.kind]),
                on: db)
        }
        return object
    }

    /// Records a refused access to an existing object, with the reason `decide` gives (never shown to the user).
    func auditDenial(of id: String, action: Action, by principal: Principal, on db: any SQLDatabase) async throws {
        guard let protected = try await protectedObject(id, on: db) else { return }
        let reason: String =
            switch decide(principal, action, protected) {
            case .allow: "none"
            case .deny(let reason): reason.rawValue
            }
        try await audit.append(
            AuditEntry(
                actor: principal.id, action: "access.denied", objectID: id, outcome: .denied,
                details: ["action": action.kind.rawValue, "reason": reason]),
            on: db)
    }

    /// The label, unit and access entries of an object, unfiltered: for the access decision only.
    func protectedObject(_ id: String, on db: any SQLDatabase) async throws -> ProtectedObject? {
        guard let row = try await db.raw(
            "SELECT \(LabelledObject.columns) FROM objects o WHERE o.id = \(bind: id)"
        ).first() else { return nil }
        let object = try LabelledObject(row: row)
        return ProtectedObject(
            label: object.label, owningUnit: object.owningUnit, openToUnit: object.openToUnit,
            accessEntries: try await accessEntries(of: id, on: db))
    }

    func accessEntries(of id: String, on db: any SQLDatabase) async throws -> [AccessEntry] {
        try await db.raw(
            "SELECT grantee_kind, grantee, permission FROM object_acl WHERE object_id = \(bind: id) ORDER BY grantee_kind, grantee"
        ).all().compactMap { row in
            guard let grantee = Grantee(
                kind: try row.decode(column: "grantee_kind", as: String.self),
                name: try row.decode(column: "grantee", as: String.self)),
                let permission = Permission(rawValue: try row.decode(column: "permission", as: String.self))
            else { return nil }
            return AccessEntry(grantee: grantee, permission: permission)
        }
    }

    /// A page of the objects the principal may read, newest first, optionally of one kind. A page that shows
    /// NC+ or compartmented objects is an audited read of each of them (one event naming them all).
    public func list(kind: String?, after cursor: String?, limit: Int, by principal: Principal) async throws
        -> Page<LabelledObject>
    {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        var filter: SQLQueryString = ""
        if let kind { filter += " AND o.kind = \(bind: kind)" }
        if let cursor { filter += " AND o.id < \(bind: cursor)" }
        let query: SQLQueryString = """
            SELECT \(LabelledObject.columns) FROM objects o WHERE \(scope.readable(lookup: scope.pageLookup))\(filter)
            ORDER BY o.id DESC LIMIT \(bind: limit + 1)
            """
        let audit = self.audit
        var items = try await database.transaction { db in
            let items = try await db.raw(query).all().map { try LabelledObject(row: $0) }
            let shown = items.prefix(limit).filter(\.readIsAudited).map(\.id)
            if !shown.isEmpty {
                try await audit.append(
                    AuditEntry(
                        actor: principal.id, action: "object.list", relatedObjectIDs: shown,
                        details: ["count": String(shown.count)]),
                    on: db)
            }
            return items
        }
        var next: String?
        if items.count > limit {
            items.removeLast()
            next = items.last?.id
        }
        return Page(items: items, nextCursor: next)
    }

    /// How many objects the principal may read, optionally of one kind.
    public func count(kind: String?, by principal: Principal) async throws -> Int {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        var filter: SQLQueryString = ""
        if let kind { filter += " AND o.kind = \(bind: kind)" }
        let query: SQLQueryString = "SELECT COUNT(*) AS n FROM objects o WHERE \(scope.readable(lookup: scope.countLookup))\(filter)"
        let row = try await database.read { db in try await db.raw(query).first() }
        return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
    }

    /// The dominant label of a set of objects (what a page showing them together must be marked).
    public func dominantLabel(of objects: [LabelledObject]) -> SecurityLabel {
        (try? SecurityLabel.dominant(of: objects.map(\.label))) ?? .unclassified
    }

    // MARK: changing

    /// What an edit may change. A label may only be raised here; lowering is a downgrade action.
    public struct Changes: Sendable {
        public var title: String?
        public var label: SecurityLabel?
    }

    /// Applies an edit if the principal may write the object, the version matches and the label is not lowered.
    func update(
        _ id: String, expectedVersion: Int64, changes: Changes, requiredRoles: Set<Role>, by principal: Principal
    ) async throws -> LabelledObject {
        try await database.transaction { db -> Checked<LabelledObject> in
            guard var object = try await self.read(id, by: principal, auditingRead: false, on: db) else {
                return .refused(.objectNotFound(id))
            }
            let action = Action.write(requiring: requiredRoles)
            guard let protected = try await self.protectedObject(id, on: db),
                decide(principal, action, protected) == .allow
            else {
                try await self.auditDenial(of: id, action: action, by: principal, on: db)
                return .refused(.writeDenied)
            }
            guard object.version == expectedVersion else { return .refused(.stale(currentVersion: object.version)) }
            var changed: [String] = []
            if let title = changes.title, title != object.title {
                object.title = title
                changed.append("title")
            }
            if let label = changes.label, label != object.label {
                guard label.dominates(object.label) else { return .refused(.labelLowered) }
                guard canHold(label, principal) else { return .refused(.labelAboveYou) }
                object.label = label
                changed.append("label")
            }
            guard !changed.isEmpty else {
                // Nothing to change: the answer still shows the object, so it is a read.
                if object.readIsAudited {
                    try await self.audit.append(
                        AuditEntry(actor: principal.id, action: "object.read", objectID: id, details: ["kind": object.kind]),
                        on: db)
                }
                return .done(object)
            }
            let previousBanner = protected.label.banner
            object.version += 1
            object.updatedAt = Clock.nowMilliseconds()
            let columns = try object.label.columns(in: self.catalog)
            // The version test is repeated in the UPDATE: on PostgreSQL a concurrent writer may have committed
            // since the read, and then no row matches and nothing (not even an audit event) is written.
            let updated = try await db.raw(
                """
                UPDATE objects SET title = \(bind: object.title), classification = \(bind: Int64(columns.classification)),
                    releasable = \(bind: columns.releasable), categories = \(bind: columns.categories),
                    label_json = \(bind: LabelledObject.labelJSON(object.label)), version = \(bind: object.version),
                    updated_at = \(bind: object.updatedAt)
                WHERE id = \(bind: id) AND version = \(bind: expectedVersion)
                RETURNING version
                """
            ).first()
            guard updated != nil else { return .refused(.stale(currentVersion: expectedVersion + 1)) }
            var details = ["fields": changed.joined(separator: ","), "version": String(object.version)]
            if changed.contains("label") {
                details["previousLabel"] = previousBanner
                details["label"] = object.label.banner
            }
            try await self.audit.append(
                AuditEntry(actor: principal.id, action: "object.update", objectID: id, details: details), on: db)
            return .done(object)
        }.get()
    }
}

/// Whether a principal could read an object with this label (ignoring need-to-know): nobody may create or
/// raise an item to a label above their own clearance, releasability or categories.
func canHold(_ label: SecurityLabel, _ principal: Principal) -> Bool {
    label.classification <= principal.clearance && label.releasability.includes(principal.nationality)
        && label.categories.isSubset(of: principal.categories)
}
