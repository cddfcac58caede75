import ChanceryKit
import Foundation
import SQLKit

/// A page of a cursor-paginated list.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    /// Opaque cursor of the next page, nil on the last page.
    public var nextCursor: String?

    package init(items: [Item], nextCursor: String? = nil) {
        self.items = items
        self.nextCursor = nextCursor
    }

    /// The total for a list's `withTotal`. When this first page is the whole list, the total is its length:
    /// the same snapshot as the items, so the two can never disagree (two statements could, on PostgreSQL,
    /// if an object is created between them). Otherwise `count` runs.
    public func total(ifWhole isFirstPage: Bool, count: () async throws -> Int) async throws -> Int {
        if isFirstPage, nextCursor == nil { return items.count }
        return try await count()
    }
}

/// The outcome of a unit of work that may be refused after its audit event was written.
///
/// A refusal must still commit (the denial is an audited event), so stores return it instead of throwing,
/// and the caller throws once the transaction has committed.
package enum Checked<Value: Sendable>: Sendable {
    case done(Value)
    case refused(AppError)

    package func get() throws(AppError) -> Value {
        switch self {
        case .done(let value): return value
        case .refused(let error): throw error
        }
    }

    /// What `transform` makes of the value when it was done; a refusal stays the same refusal.
    package func map<Other: Sendable>(_ transform: (Value) throws -> Other) rethrows -> Checked<Other> {
        switch self {
        case .done(let value): return .done(try transform(value))
        case .refused(let error): return .refused(error)
        }
    }
}

/// The one owner of the `objects` and `object_acl` tables: every read is security-trimmed in SQL, every change
/// and every audited read writes its audit event in the same transaction.
public struct ObjectStore: Sendable {
    package let database: Database
    package let audit: AuditLog
    package let catalog: CategoryCatalog
    package let search: SearchIndex

    // MARK: creating

    /// Inserts an object and its access entries inside the caller's transaction, and audits the creation.
    /// Office modules call this from their own store, in the same transaction as their own row.
    package func insert(
        _ object: LabelledObject, accessEntries: [AccessEntry] = [], originatorLabel: String? = nil,
        auditDetails: [String: String] = [:], on db: any SQLDatabase
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
                details: ["kind": object.kind, "label": object.label.banner, "unit": object.owningUnit]
                    .merging(auditDetails) { own, _ in own }),
            on: db)
        try await search.refreshIfUndescribed(object, on: db)
    }

    package func grant(
        _ entry: AccessEntry, on objectID: String, by actor: String, at time: Int64, on db: any SQLDatabase
    )
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
    package func read(_ id: String, by principal: Principal) async throws -> LabelledObject? {
        try await readWritingOnlyIfAudited { db, audited in
            try await self.readItem(id, by: principal, auditingRead: audited, auditingDenial: audited, on: db) {
                try LabelledObject(row: $0)
            }
        }
    }

    /// Runs a single-item read that may have to write its audit event. Most reads write nothing (NATO
    /// UNCLASSIFIED or RESTRICTED, no category): those run as one SELECT without a write transaction (which
    /// on SQLite would queue behind every writer). Reads that must be audited, and misses (a denial is
    /// audited), run again in a transaction that writes the event with the read.
    package func readWritingOnlyIfAudited<Item: LabelledItem & Sendable>(
        _ read: @escaping @Sendable (any SQLDatabase, _ audited: Bool) async throws -> Item?
    ) async throws -> Item? {
        if let item = try await database.read({ db in try await read(db, false) }), !item.object.readIsAudited {
            return item
        }
        return try await database.transaction { db in try await read(db, true) }
    }

    /// `read(_:by:)` inside the caller's transaction. `auditingRead` is false when the caller records a
    /// more specific event of its own (an update is not also a read).
    package func read(_ id: String, by principal: Principal, auditingRead: Bool = true, on db: any SQLDatabase)
        async throws
        -> LabelledObject?
    {
        try await readItem(id, by: principal, auditingRead: auditingRead, on: db) { try LabelledObject(row: $0) }
    }

    /// An object joined to an office's own table (as in `page`) if the principal may read it, auditing the read
    /// or the denial. Nil both when it does not exist and when it may not be read: the caller cannot tell.
    package func readItem<Item: LabelledItem>(
        _ id: String, join: SQLQueryString = "", columns: SQLQueryString = "", by principal: Principal,
        auditingRead: Bool = true, auditingDenial: Bool = true, on db: any SQLDatabase,
        decode: (any SQLRow) throws -> Item
    ) async throws -> Item? {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        let row = try await db.raw(
            "SELECT \(LabelledObject.columns)\(columns) FROM objects o \(join) WHERE o.id = \(bind: id) AND \(scope.readable())"
        ).first()
        guard let row else {
            if auditingDenial { try await auditDenial(of: id, action: .read, by: principal, on: db) }
            return nil
        }
        let item = try decode(row)
        if auditingRead { try await auditRead(item.object, by: principal, on: db) }
        return item
    }

    /// Records a refused access, with the reason `decide` gives (never shown to the user).
    ///
    /// An id that names no object is refused and recorded the same way (reason `no-such-object`), with the same
    /// queries and the same write: were only existing objects audited, the time an answer takes would tell an
    /// object the principal may not read from one that does not exist. An id that cannot be an identifier at all
    /// names nothing that could exist, so it is not recorded.
    package func auditDenial(of id: String, action: Action, by principal: Principal, on db: any SQLDatabase)
        async throws
    {
        guard ObjectID.isWellFormed(id) else { return }
        let reason: String
        if let protected = try await protectedObject(id, on: db) {
            // Allowed means readable but not of the kind asked for: that is not a denial.
            guard case .deny(let refusal) = decide(principal, action, protected) else { return }
            reason = refusal.rawValue
        } else {
            reason = Self.noSuchObject
        }
        try await audit.append(
            AuditEntry(
                actor: principal.id, action: "access.denied", objectID: id, outcome: .denied,
                details: ["action": action.kind.rawValue, "reason": reason]),
            on: db)
    }

    /// The label, unit and access entries of an object, unfiltered: for the access decision only.
    package func protectedObject(_ id: String, on db: any SQLDatabase) async throws -> ProtectedObject? {
        let row = try await db.raw("SELECT \(LabelledObject.columns) FROM objects o WHERE o.id = \(bind: id)").first()
        // The access entries are read whether or not the object exists, so that both cases do the same work.
        let entries = try await accessEntries(of: id, on: db)
        let excluded = try await exclusions(of: id, on: db)
        guard let row else { return nil }
        let object = try LabelledObject(row: row)
        return ProtectedObject(
            label: object.label, owningUnit: object.owningUnit, openToUnit: object.openToUnit, accessEntries: entries,
            excluded: excluded)
    }

    /// The reason recorded when a refused id names no object.
    package static let noSuchObject = "no-such-object"

    package func accessEntries(of id: String, on db: any SQLDatabase) async throws -> [AccessEntry] {
        try await db.raw(
            """
            SELECT grantee_kind, grantee, permission FROM object_acl
            WHERE object_id = \(bind: id) AND (expires_at IS NULL OR expires_at > \(bind: Clock.nowMilliseconds()))
            ORDER BY grantee_kind, grantee
            """
        ).all().compactMap { row in
            guard
                let grantee = Grantee(
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
        var filter: SQLQueryString = ""
        if let kind { filter += " AND o.kind = \(bind: kind)" }
        return try await page(filter: filter, after: cursor, limit: limit, by: principal) { row in
            try LabelledObject(row: row)
        }
    }

    /// A page of readable objects joined to an office's own table: `join` adds the table (e.g.
    /// `JOIN records r ON r.object_id = o.id`), `columns` its columns, `filter` conditions starting with ` AND`.
    /// The security predicate is always part of the query; the page is audited like `list`.
    package func page<Item: LabelledItem>(
        join: SQLQueryString = "", columns: SQLQueryString = "", filter: SQLQueryString = "", after cursor: String?,
        limit: Int, by principal: Principal, decode: @escaping @Sendable (any SQLRow) throws -> Item
    ) async throws -> Page<Item> {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        var conditions = filter
        if let cursor { conditions += " AND o.id < \(bind: cursor)" }
        let query: SQLQueryString = """
            SELECT \(LabelledObject.columns)\(columns) FROM objects o \(join)
            WHERE \(scope.readable(lookup: scope.pageLookup))\(conditions)
            ORDER BY o.id DESC LIMIT \(bind: limit + 1)
            """
        let audit = self.audit
        var items = try await database.transaction { db in
            let items = try await db.raw(query).all().map(decode)
            let shown = items.prefix(limit).map(\.object).filter(\.readIsAudited).map(\.id)
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
            next = items.last?.object.id
        }
        return Page(items: items, nextCursor: next)
    }

    /// A page of a list page (`ListQuery`): readable objects joined as in `page`, in the query's order, from its
    /// offset, with one row more read to tell whether another page follows. The security predicate is part of the
    /// query, as in `page`. A page is audited like `page`; an export (`query.isExport`) is one `list.export` event
    /// naming the list, the number of rows and every object it carries, in the same transaction as the read.
    package func listPage<Item: LabelledItem>(
        join: SQLQueryString = "", columns: SQLQueryString = "", filter: SQLQueryString = "", query list: ListQuery,
        by principal: Principal, decode: @escaping @Sendable (any SQLRow) throws -> Item
    ) async throws -> (items: [Item], hasMore: Bool) {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        let limit = list.limit
        let query: SQLQueryString = """
            SELECT \(LabelledObject.columns)\(columns) FROM objects o \(join)
            WHERE \(scope.readable(lookup: scope.pageLookup))\(filter)\(list.orderBy)
            LIMIT \(bind: limit + 1) OFFSET \(bind: list.isExport ? 0 : list.offset)
            """
        let audit = self.audit
        var items = try await database.transaction { db in
            let items = try await db.raw(query).all().map(decode)
            let shown = items.prefix(limit).map(\.object)
            let audited = shown.filter(\.readIsAudited).map(\.id)
            if list.isExport {
                try await audit.append(
                    ListExport.event(list, count: shown.count, objects: shown.map(\.id), by: principal), on: db)
            } else if list.auditsRead, !audited.isEmpty {
                try await audit.append(
                    AuditEntry(
                        actor: principal.id, action: "object.list", relatedObjectIDs: audited,
                        details: ["count": String(audited.count)]),
                    on: db)
            }
            return items
        }
        let hasMore = items.count > limit
        if hasMore { items.removeLast() }
        return (items, hasMore)
    }

    /// How many objects the principal may read, optionally of one kind.
    public func count(kind: String?, by principal: Principal) async throws -> Int {
        var filter: SQLQueryString = ""
        if let kind { filter += " AND o.kind = \(bind: kind)" }
        return try await count(filter: filter, by: principal)
    }

    /// How many objects, joined to an office's table as in `page`, the principal may read.
    package func count(join: SQLQueryString = "", filter: SQLQueryString, by principal: Principal) async throws -> Int {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        let query: SQLQueryString =
            "SELECT COUNT(*) AS n FROM objects o \(join) WHERE \(scope.readable(lookup: scope.countLookup))\(filter)"
        let row = try await database.read { db in try await db.raw(query).first() }
        return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
    }

    /// How many objects there are, unfiltered: for operators' commands, never shown to a user.
    package func totalCount() async throws -> Int {
        try await database.read { db in
            Int(try await db.raw("SELECT COUNT(*) AS n FROM objects").first()?.decode(column: "n", as: Int64.self) ?? 0)
        }
    }

    /// The dominant label of a set of objects (what a page showing them together must be marked).
    public func dominantLabel(of objects: [LabelledObject]) -> SecurityLabel {
        (try? SecurityLabel.dominant(of: objects.map(\.label))) ?? .unclassified
    }

    /// The banner of the dominant label of a set of items: what an answer listing them together is marked.
    package func dominantBanner(of items: [some LabelledItem]) -> String {
        dominantLabel(of: items.map(\.object)).banner
    }

    // MARK: changing

    /// What an edit may change. A label may only be raised here; lowering is a downgrade action.
    public struct Changes: Sendable {
        public var title: String?
        public var label: SecurityLabel?
    }

    /// Applies an edit if the principal may write the object, the version matches and the label is not lowered.
    package func update(
        _ id: String, expectedVersion: Int64, changes: Changes, requiredRoles: Set<Role>, kinds: Set<String>? = nil,
        by principal: Principal
    ) async throws -> LabelledObject {
        try await update(
            id, expectedVersion: expectedVersion, requiredRoles: requiredRoles, kinds: kinds, by: principal
        ) {
            _ in changes
        }
    }

    /// Applies the edit `changes` makes of the object as it is at `expectedVersion` (a merge patch is merged onto
    /// that version, inside the transaction); what it throws refuses the edit.
    package func update(
        _ id: String, expectedVersion: Int64, requiredRoles: Set<Role>, kinds: Set<String>? = nil,
        by principal: Principal, changes makeChanges: @escaping @Sendable (LabelledObject) throws -> Changes
    ) async throws -> LabelledObject {
        try await database.transaction { db -> Checked<LabelledObject> in
            let object: LabelledObject
            switch try await self.beginWrite(
                id, expectedVersion: expectedVersion, requiredRoles: requiredRoles, by: principal, on: db)
            {
            case .refused(let error): return .refused(error)
            case .done(let current): object = current
            }
            // An office's item changes through its own endpoint, with that office's roles, history and index.
            if let kinds, !kinds.contains(object.kind) { return .refused(.editElsewhere(object)) }
            let changes = try makeChanges(object)
            var edited = object
            var changed: [String] = []
            if let title = changes.title, title != object.title {
                edited.title = title
                changed.append("title")
            }
            if let label = changes.label, label != object.label {
                if let refusal = Self.labelRaiseRefusal(from: object.label, to: label, by: principal) {
                    return .refused(refusal)
                }
                edited.label = label
                changed.append("label")
            }
            guard !changed.isEmpty else {
                // Nothing to change: the answer still shows the object, so it is a read.
                try await self.auditRead(object, by: principal, on: db)
                return .done(object)
            }
            guard let saved = try await self.save(edited, replacing: object, on: db) else {
                return .refused(.stale(currentVersion: expectedVersion + 1))
            }
            try await self.auditUpdate(saved, previous: object, fields: changed, by: principal, on: db)
            return .done(saved)
        }.get()
    }

    /// The first half of every edit, inside the caller's transaction: the object if the principal may read
    /// and write it (with one of `requiredRoles`) at `expectedVersion`; a denial is audited.
    package func beginWrite(
        _ id: String, expectedVersion: Int64, requiredRoles: Set<Role>, by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> Checked<LabelledObject> {
        try await lockForWrite(id, on: db)
        guard let object = try await read(id, by: principal, auditingRead: false, on: db) else {
            return .refused(.objectNotFound(id))
        }
        if let refusal = try await authorizeWrite(
            object, expectedVersion: expectedVersion, requiredRoles: requiredRoles, by: principal, on: db)
        {
            return .refused(refusal)
        }
        return .done(object)
    }

    /// Holds the object's row until the transaction ends, so that concurrent writers of one object (its next
    /// attachment version, its next copy number, its next version) take turns. Call it before reading what
    /// the write depends on. SQLite transactions (`BEGIN IMMEDIATE`) are serial already.
    package func lockForWrite(_ id: String, on db: any SQLDatabase) async throws {
        guard database.engine == .postgres else { return }
        _ = try await db.raw("SELECT id FROM objects WHERE id = \(bind: id) FOR UPDATE").first()
    }

    /// Why the principal may not write an object they have just read (lock first), or nil: write need-to-know
    /// and one of `requiredRoles` (a denial is audited), and the version when one is expected.
    package func authorizeWrite(
        _ object: LabelledObject, expectedVersion: Int64? = nil, requiredRoles: Set<Role>, by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> AppError? {
        let action = Action.write(requiring: requiredRoles)
        let protected = ProtectedObject(
            label: object.label, owningUnit: object.owningUnit, openToUnit: object.openToUnit,
            accessEntries: try await accessEntries(of: object.id, on: db),
            excluded: try await exclusions(of: object.id, on: db))
        guard decide(principal, action, protected) == .allow else {
            try await auditDenial(of: object.id, action: action, by: principal, on: db)
            return .writeDenied
        }
        if let expectedVersion, object.version != expectedVersion { return .stale(currentVersion: object.version) }
        return nil
    }

    /// Why a label may not replace another in an edit (lowering is a downgrade, never an edit), or nil.
    package static func labelRaiseRefusal(from current: SecurityLabel, to label: SecurityLabel, by principal: Principal)
        -> AppError?
    {
        guard label.dominates(current) else { return .labelLowered }
        guard canHold(label, principal) else { return .labelAboveYou }
        return nil
    }

    /// Writes the spine's columns of an edited object as the next version of `previous`. Nil when a
    /// concurrent writer committed first (on PostgreSQL, since the read): then nothing is written.
    package func save(_ edited: LabelledObject, replacing previous: LabelledObject, on db: any SQLDatabase) async throws
        -> LabelledObject?
    {
        var object = edited
        object.version = previous.version + 1
        object.updatedAt = Clock.nowMilliseconds()
        let columns = try object.label.columns(in: catalog)
        let updated = try await db.raw(
            """
            UPDATE objects SET title = \(bind: object.title), classification = \(bind: Int64(columns.classification)),
                releasable = \(bind: columns.releasable), categories = \(bind: columns.categories),
                label_json = \(bind: LabelledObject.labelJSON(object.label)), state = \(bind: object.state),
                version = \(bind: object.version), updated_at = \(bind: object.updatedAt)
            WHERE id = \(bind: object.id) AND version = \(bind: previous.version)
            RETURNING version
            """
        ).first()
        guard updated != nil else { return nil }
        try await search.refreshIfUndescribed(object, on: db)
        return object
    }

    /// The `object.update` event of a saved edit, naming the fields and any label change.
    package func auditUpdate(
        _ object: LabelledObject, previous: LabelledObject, fields: [String], by principal: Principal,
        action: String = "object.update", extra: [String: String] = [:], on db: any SQLDatabase
    ) async throws {
        var details = ["fields": fields.joined(separator: ","), "version": String(object.version)]
        if object.label != previous.label {
            details["previousLabel"] = previous.label.banner
            details["label"] = object.label.banner
        }
        if object.state != previous.state {
            details["previousState"] = previous.state
            details["state"] = object.state
        }
        try await audit.append(
            AuditEntry(
                actor: principal.id, action: action, objectID: object.id,
                details: details.merging(extra) { own, _ in own }),
            on: db)
    }

    /// The `object.read` event of an answer that shows an object, when its label makes reads audited.
    package func auditRead(_ object: LabelledObject, by principal: Principal, on db: any SQLDatabase) async throws {
        guard object.readIsAudited else { return }
        try await audit.append(
            AuditEntry(actor: principal.id, action: "object.read", objectID: object.id, details: ["kind": object.kind]),
            on: db)
    }
}

/// Whether a principal could read an object with this label (ignoring need-to-know): nobody may create or
/// raise an item to a label above their own clearance, releasability or categories.
package func canHold(_ label: SecurityLabel, _ principal: Principal) -> Bool {
    label.classification <= principal.clearance && label.releasability.includes(principal.nationality)
        && label.categories.isSubset(of: principal.categories)
}

/// An office's model: a labelled object joined to the office's own table, read from one row. The trimmed reads take
/// the model's type and find its join, its columns and its decoding here, rather than each call naming all three.
package protocol StoredItem: LabelledItem {
    /// The join from `objects o` to the office's table.
    static var join: SQLQueryString { get }
    /// The office table's columns, after the object's (each starting with a comma).
    static var columns: SQLQueryString { get }
    init(row: any SQLRow) throws
}

extension ObjectStore {
    /// `readItem` of an office's model.
    package func readItem<Item: StoredItem>(
        _ type: Item.Type, _ id: String, by principal: Principal, auditingRead: Bool = true,
        auditingDenial: Bool = true, on db: any SQLDatabase
    ) async throws -> Item? {
        try await readItem(
            id, join: Item.join, columns: Item.columns, by: principal, auditingRead: auditingRead,
            auditingDenial: auditingDenial, on: db, decode: Item.init(row:))
    }

    /// `page` of an office's model.
    package func page<Item: StoredItem>(
        _ type: Item.Type, filter: SQLQueryString = "", after cursor: String?, limit: Int, by principal: Principal
    ) async throws -> Page<Item> {
        try await page(
            join: Item.join, columns: Item.columns, filter: filter, after: cursor, limit: limit, by: principal,
            decode: { try Item(row: $0) })
    }

    /// `listPage` of an office's model.
    package func listPage<Item: StoredItem>(
        _ type: Item.Type, filter: SQLQueryString = "", query list: ListQuery, by principal: Principal
    ) async throws -> (items: [Item], hasMore: Bool) {
        try await listPage(
            join: Item.join, columns: Item.columns, filter: filter, query: list, by: principal,
            decode: { try Item(row: $0) })
    }
}
