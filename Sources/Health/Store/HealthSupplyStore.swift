import ChanceryKit
import ChancerySpine
import SQLKit

extension Chancery {
    /// The Health Office's medical supplies.
    public var healthSupplies: HealthSupplyStore {
        HealthSupplyStore(database: database, objects: objects, audit: audit)
    }
}

/// The one owner of the supplies tables: items (objects of kind `supply-item`), their lots, and the append-only
/// journal of stock movements. Only Health Office staff may use them; every change is audited with the item's id.
public struct HealthSupplyStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let audit: AuditLog

    /// What a new item says.
    public struct Draft: Sendable {
        public var name: String
        public var form: String
        public var unitOfIssue: String
        public var reorderLevel: Int
        public var reorderQuantity: Int
        public var location: String
    }

    /// The label of every supply item: nothing about a patient, so no MEDICAL category.
    package static let label = SecurityLabel.unclassified

    package static func requireStaff(_ principal: Principal) throws {
        try HealthOffice.require(HealthOffice.staff, principal)
    }

    /// Adds an item to the catalogue of supplies, owned by the Health Office and open to it.
    public func createItem(_ draft: Draft, by principal: Principal) async throws -> SupplyItem {
        try Self.requireStaff(principal)
        try HealthOffice.requireUnit(principal)
        let now = Clock.nowMilliseconds()
        let item = SupplyItem(
            object: LabelledObject(
                id: ObjectID.make(milliseconds: now), kind: SupplyItem.kind, title: draft.name, label: Self.label,
                owningUnit: HealthOffice.unit, openToUnit: true, state: "active", createdBy: principal.id, at: now),
            draft: draft)
        try await database.transaction { db in
            try await self.objects.insert(
                item.object,
                auditDetails: [
                    "reorderLevel": String(draft.reorderLevel), "reorderQuantity": String(draft.reorderQuantity),
                ],
                on: db)
            try await db.raw(
                """
                INSERT INTO health_supplies (object_id, name, form, unit_of_issue, reorder_level, reorder_quantity, location)
                VALUES (\(bind: item.object.id), \(bind: draft.name), \(bind: draft.form), \(bind: draft.unitOfIssue),
                        \(bind: Int64(draft.reorderLevel)), \(bind: Int64(draft.reorderQuantity)), \(bind: draft.location))
                """
            ).run()
        }
        return item
    }

    /// The items the principal may read, newest first; with `reorderOnly`, those whose stock is at or below
    /// their reorder level.
    public func items(reorderOnly: Bool, after cursor: String?, limit: Int, by principal: Principal) async throws
        -> Page<SupplyItem>
    {
        try Self.requireStaff(principal)
        return try await objects.page(
            SupplyItem.self, filter: Self.filter(reorderOnly: reorderOnly), after: cursor, limit: limit, by: principal)
    }

    /// How many items the principal may read (only those to reorder with `reorderOnly`).
    public func count(reorderOnly: Bool, by principal: Principal) async throws -> Int {
        try Self.requireStaff(principal)
        return try await objects.count(
            join: SupplyItem.join, filter: Self.filter(reorderOnly: reorderOnly), by: principal)
    }

    package static func filter(reorderOnly: Bool, name: String? = nil) -> SQLQueryString {
        var filter: SQLQueryString = " AND o.kind = \(bind: SupplyItem.kind)"
        if reorderOnly { filter += " AND \(SupplyItem.onHandColumn) <= s.reorder_level" }
        if let name, !name.isEmpty { filter += " AND \(LikePattern.matches("s.name", LikePattern.containing(name)))" }
        return filter
    }

    /// A page of a supplies list page: sorted, paged or exported as `list` asks, in SQL, trimmed; `name` keeps the
    /// items whose name contains it.
    package func items(reorderOnly: Bool, name: String?, list: ListQuery, by principal: Principal) async throws
        -> (items: [SupplyItem], hasMore: Bool)
    {
        try Self.requireStaff(principal)
        // The suggested order as `SupplyItem.suggestedQuantity` computes it, so that the list may sort by it.
        let suggested: SQLQueryString = """
            , CASE WHEN s.reorder_quantity > s.reorder_level - \(SupplyItem.onHandColumn) + 1 THEN s.reorder_quantity
                   ELSE s.reorder_level - \(SupplyItem.onHandColumn) + 1 END AS suggested
            """
        return try await objects.listPage(
            join: SupplyItem.join, columns: SupplyItem.columns + suggested,
            filter: Self.filter(reorderOnly: reorderOnly, name: name), query: list, by: principal,
            decode: SupplyItem.init(row:))
    }

    /// How many items a supplies list page counts (as `items(reorderOnly:name:list:by:)` filters them).
    package func count(reorderOnly: Bool, name: String?, by principal: Principal) async throws -> Int {
        try Self.requireStaff(principal)
        return try await objects.count(
            join: SupplyItem.join, filter: Self.filter(reorderOnly: reorderOnly, name: name), by: principal)
    }

    /// An item with its lots and journal, if the principal may read it.
    public func stock(of id: String, by principal: Principal) async throws -> SupplyItem.Stock? {
        try Self.requireStaff(principal)
        return try await database.transaction { db in
            guard let item = try await self.readItem(id, by: principal, on: db) else { return nil }
            return SupplyItem.Stock(
                item: item, lots: try await self.lots(of: id, on: db),
                movements: try await self.movements(of: id, on: db))
        }
    }

    package func readItem(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws -> SupplyItem? {
        try await objects.readItem(SupplyItem.self, id, by: principal, on: db)
    }

    package func lots(of id: String, lot: String? = nil, on db: any SQLDatabase) async throws -> [SupplyItem.Lot] {
        var query: SQLQueryString = """
            SELECT l.item_id, l.lot, l.expires,
                (SELECT CAST(COALESCE(SUM(m.quantity), 0) AS BIGINT) FROM health_supply_movements m
                 WHERE m.item_id = l.item_id AND m.lot = l.lot) AS on_hand
            FROM health_supply_lots l WHERE l.item_id = \(bind: id)
            """
        if let lot { query += " AND l.lot = \(bind: lot)" }
        query += " ORDER BY l.expires, l.lot"
        return try await db.raw(query).all().map(SupplyItem.Lot.init(row:))
    }

    package func movements(of id: String, on db: any SQLDatabase) async throws -> [SupplyItem.Movement] {
        try await db.raw(
            """
            SELECT id, lot, kind, quantity, note, actor, recorded_at FROM health_supply_movements
            WHERE item_id = \(bind: id) ORDER BY id DESC LIMIT 200
            """
        ).all().map(SupplyItem.Movement.init(row:))
    }

    /// The item, locked until the transaction ends, if the principal may change its stock: concurrent movements of
    /// one item take turns, so two issues of the last units cannot both succeed.
    package func writableItem(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws -> Checked<
        SupplyItem
    > {
        try await objects.lockForWrite(id, on: db)
        guard let item = try await readItem(id, by: principal, on: db) else { return .refused(.objectNotFound(id)) }
        if let refusal = try await objects.authorizeWrite(
            item.object, requiredRoles: HealthOffice.staff, by: principal, on: db)
        {
            return .refused(refusal)
        }
        return .done(item)
    }

    /// Adds a lot with its expiry; a positive `quantity` is recorded as the lot's first receipt.
    public func addLot(
        to id: String, lot: String, expires: String, quantity: Int, by principal: Principal
    ) async throws -> SupplyItem.Stock {
        try await database.transaction { db in
            try await self.addLot(to: id, lot: lot, expires: expires, quantity: quantity, by: principal, on: db)
        }.get()
    }

    /// Inside the caller's transaction (the demo loads a batch in one).
    package func addLot(
        to id: String, lot: String, expires: String, quantity: Int, by principal: Principal, on db: any SQLDatabase
    ) async throws -> Checked<SupplyItem.Stock> {
        try Self.requireStaff(principal)
        let item: SupplyItem
        switch try await self.writableItem(id, by: principal, on: db) {
        case .refused(let error): return .refused(error)
        case .done(let found): item = found
        }
        guard try await self.lots(of: id, lot: lot, on: db).isEmpty else {
            return .refused(SupplyError.lotExists(lot))
        }
        let now = Clock.nowMilliseconds()
        try await db.raw(
            """
            INSERT INTO health_supply_lots (item_id, lot, expires, created_by, created_at)
            VALUES (\(bind: id), \(bind: lot), \(bind: expires), \(bind: principal.id), \(bind: now))
            """
        ).run()
        try await self.audit.append(
            AuditEntry(
                actor: principal.id, action: "health.supply.lot", objectID: id,
                details: ["lot": lot, "expires": expires, "quantity": String(quantity)]),
            on: db)
        if quantity > 0 {
            try await self.insertMovement(
                item: id, lot: lot, kind: .receipt, change: quantity, note: nil, by: principal, on: db)
        }
        return .done(
            SupplyItem.Stock(
                item: try await self.readItem(item.object.id, by: principal, on: db) ?? item,
                lots: try await self.lots(of: id, on: db), movements: try await self.movements(of: id, on: db)))
    }

    /// Records a movement of a lot's stock. Refused (409), changing nothing, when it would take the lot below zero.
    public func recordMovement(
        of id: String, lot: String, kind: SupplyItem.MovementKind, quantity: Int, note: String?, by principal: Principal
    ) async throws -> SupplyItem.Movement {
        try await database.transaction { db in
            try await self.recordMovement(
                of: id, lot: lot, kind: kind, quantity: quantity, note: note, by: principal, on: db)
        }.get()
    }

    /// Inside the caller's transaction (the demo loads a batch in one).
    package func recordMovement(
        of id: String, lot: String, kind: SupplyItem.MovementKind, quantity: Int, note: String?,
        by principal: Principal, on db: any SQLDatabase
    ) async throws -> Checked<SupplyItem.Movement> {
        try Self.requireStaff(principal)
        switch try await self.writableItem(id, by: principal, on: db) {
        case .refused(let error): return .refused(error)
        case .done: break
        }
        guard let current = try await self.lots(of: id, lot: lot, on: db).first else {
            return .refused(SupplyError.lotNotFound(lot))
        }
        let change = kind.change(quantity)
        guard current.onHand + change >= 0 else {
            return .refused(SupplyError.insufficientStock(lot: lot, onHand: current.onHand, asked: -change))
        }
        return .done(
            try await self.insertMovement(
                item: id, lot: lot, kind: kind, change: change, note: note, by: principal, on: db))
    }

    @discardableResult
    package func insertMovement(
        item id: String, lot: String, kind: SupplyItem.MovementKind, change: Int, note: String?,
        by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> SupplyItem.Movement {
        let now = Clock.nowMilliseconds()
        let movement = SupplyItem.Movement(
            id: ObjectID.make(milliseconds: now), lot: lot, kind: kind, quantity: change, note: note,
            actor: principal.id,
            at: now)
        try await db.raw(
            """
            INSERT INTO health_supply_movements (id, item_id, lot, kind, quantity, note, actor, recorded_at)
            VALUES (\(bind: movement.id), \(bind: id), \(bind: lot), \(bind: kind.rawValue), \(bind: Int64(change)),
                    \(bind: note), \(bind: principal.id), \(bind: now))
            """
        ).run()
        var details = ["movement": movement.id, "lot": lot, "kind": kind.rawValue, "quantity": String(change)]
        if let note { details["note"] = note }
        try await audit.append(
            AuditEntry(actor: principal.id, action: "health.supply.movement", objectID: id, details: details), on: db)
        return movement
    }

    /// The lots of readable items that still hold stock and expire within `days` days (or have expired),
    /// soonest first.
    public func expiring(withinDays days: Int, by principal: Principal) async throws -> [SupplyItem.ExpiringLot] {
        try Self.requireStaff(principal)
        let now = Clock.nowMilliseconds()
        let today = HeadquartersCalendar.day(now)
        let limit = HeadquartersCalendar.day(now + Int64(days) * 86_400_000)
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        let rows = try await database.read { db in
            try await db.raw(
                """
                SELECT \(LabelledObject.columns)\(SupplyItem.columns), l.item_id, l.lot, l.expires, x.lot_on_hand AS lot_stock
                FROM health_supply_lots l
                JOIN (SELECT item_id, lot, CAST(SUM(quantity) AS BIGINT) AS lot_on_hand FROM health_supply_movements
                      GROUP BY item_id, lot) x ON x.item_id = l.item_id AND x.lot = l.lot
                JOIN objects o ON o.id = l.item_id \(SupplyItem.join)
                WHERE l.expires <= \(bind: limit) AND x.lot_on_hand > 0 AND o.kind = \(bind: SupplyItem.kind)
                  AND \(scope.readable("o"))
                ORDER BY l.expires, s.name, l.lot LIMIT 500
                """
            ).all()
        }
        return try rows.map { row in
            let item = try SupplyItem(row: row)
            // The lot's stock is `lot_stock`: `on_hand` is the item's.
            let stored = try row.decodeModel(ExpiringLotRow.self)
            let lot = SupplyItem.Lot(
                itemID: stored.itemID, lot: stored.lot, expires: stored.expires, onHand: stored.lotStock)
            return SupplyItem.ExpiringLot(item: item, lot: lot, expired: lot.expires < today)
        }
    }
}

/// The refusals of the supplies, each a sentence in the localisation table.
package enum SupplyError {
    package static func insufficientStock(lot: String, onHand: Int, asked: Int) -> AppError {
        AppError(
            .conflict, type: "insufficient-stock", key: "health.supply.error.insufficient",
            ["lot": lot, "onHand": String(onHand), "asked": String(asked)], field: "quantity")
    }

    package static func lotNotFound(_ lot: String) -> AppError {
        AppError(
            .unprocessableContent, type: "lot-not-found", key: "health.supply.error.noLot", ["lot": lot], field: "lot")
    }

    package static func lotExists(_ lot: String) -> AppError {
        AppError(.conflict, type: "lot-exists", key: "health.supply.error.lotExists", ["lot": lot], field: "lot")
    }
}

/// The lot columns of an expiring-lot row, beside its item's.
private struct ExpiringLotRow: Decodable {
    var itemID: String
    var lot: String
    var expires: String
    var lotStock: Int
}
