import ChanceryKit
import ChancerySpine
import SQLKit

/// An item of crypto key material whose key must be updated on schedule, and who last did it.
public struct KeyMaterial: StoredItem, Equatable, RowDecodable {
    public static let kind = "key-material"

    public var object: LabelledObject
    public var shortTitle: String
    public var edition: String
    public var custodian: String
    public var periodMonths: Int
    /// `YYYY-MM-DD`
    public var nextDue: String
    public var lastUpdatedBy: String?
    public var lastUpdatedAt: Int64?

    package static let columns: SQLQueryString = """
        , k.short_title, k.edition, k.custodian, k.period_months, k.next_due, k.last_updated_by, k.last_updated_at
        """
    package static let join: SQLQueryString = "JOIN key_material k ON k.object_id = o.id"

    public var isOverdue: Bool { nextDue < HeadquartersCalendar.day(Clock.nowMilliseconds()) }
}

/// The one owner of `key_material`: the register the registry keeps of key updates.
public struct KeyMaterialStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let audit: AuditLog

    public struct Draft: Sendable {
        public var shortTitle: String
        public var edition: String
        public var custodian: String
        public var label: SecurityLabel
        public var periodMonths: Int
        public var nextDue: String
    }

    /// Registers an item (registry roles), owned by the registrar's unit.
    public func register(_ draft: Draft, by principal: Principal) async throws -> KeyMaterial {
        guard !RecordStore.registrars.isDisjoint(with: principal.roles) else {
            throw AppError.roleRequired(RecordStore.registrars)
        }
        guard canHold(draft.label, principal) else { throw AppError.labelAboveYou }
        guard let unit = principal.units.sorted().first else { throw AppError.notYourUnit(principal) }
        let now = Clock.nowMilliseconds()
        let item = KeyMaterial(
            object: LabelledObject(
                id: ObjectID.make(milliseconds: now), kind: KeyMaterial.kind, title: draft.shortTitle,
                label: draft.label,
                owningUnit: unit, openToUnit: true, state: "active", createdBy: principal.id, at: now),
            shortTitle: draft.shortTitle, edition: draft.edition, custodian: draft.custodian,
            periodMonths: draft.periodMonths, nextDue: draft.nextDue)
        try await database.transaction { db in
            try await self.objects.insert(item.object, auditDetails: ["nextDue": draft.nextDue], on: db)
            try await db.raw(
                """
                INSERT INTO key_material (object_id, short_title, edition, custodian, period_months, next_due)
                VALUES (\(bind: item.object.id), \(bind: item.shortTitle), \(bind: item.edition), \(bind: item.custodian),
                        \(bind: Int64(item.periodMonths)), \(bind: item.nextDue))
                """
            ).run()
        }
        return item
    }

    /// The items the principal may read, by due date (only those due by today with `dueOnly`).
    public func list(dueOnly: Bool, after cursor: String?, limit: Int, by principal: Principal) async throws -> Page<
        KeyMaterial
    > {
        try await objects.page(
            KeyMaterial.self, filter: Self.filter(dueOnly: dueOnly), after: cursor, limit: limit, by: principal)
    }

    /// How many items the principal may read (only those due by today with `dueOnly`).
    public func count(dueOnly: Bool, by principal: Principal) async throws -> Int {
        try await objects.count(join: KeyMaterial.join, filter: Self.filter(dueOnly: dueOnly), by: principal)
    }

    package static func filter(dueOnly: Bool) -> SQLQueryString {
        var filter: SQLQueryString = " AND o.kind = \(bind: KeyMaterial.kind)"
        if dueOnly { filter += " AND k.next_due <= \(bind: HeadquartersCalendar.day(Clock.nowMilliseconds()))" }
        return filter
    }

    /// Records that the key was updated to `edition` now: who and when, and the next due date one period on
    /// from the date that was due (so a late update does not shift the schedule).
    public func recordUpdate(_ id: String, edition: String, by principal: Principal) async throws -> KeyMaterial {
        try await database.transaction { db -> Checked<KeyMaterial> in
            try await self.objects.lockForWrite(id, on: db)
            guard
                let item = try await self.objects.readItem(
                    KeyMaterial.self, id, by: principal, auditingRead: false, on: db)
            else { return .refused(.objectNotFound(id)) }
            if let refusal = try await self.objects.authorizeWrite(
                item.object, requiredRoles: RecordStore.registrars, by: principal, on: db)
            {
                return .refused(refusal)
            }
            var updated = item
            updated.edition = edition
            updated.lastUpdatedBy = principal.id
            updated.lastUpdatedAt = Clock.nowMilliseconds()
            updated.nextDue = HeadquartersCalendar.adding(months: item.periodMonths, to: item.nextDue) ?? item.nextDue
            guard let saved = try await self.objects.save(updated.object, replacing: item.object, on: db) else {
                return .refused(.stale(currentVersion: item.object.version + 1))
            }
            updated.object = saved
            try await db.raw(
                """
                UPDATE key_material SET edition = \(bind: edition), next_due = \(bind: updated.nextDue),
                    last_updated_by = \(bind: principal.id), last_updated_at = \(bind: updated.lastUpdatedAt)
                WHERE object_id = \(bind: id)
                """
            ).run()
            try await self.objects.auditUpdate(
                saved, previous: item.object, fields: ["edition", "nextDue"], by: principal,
                action: "key-material.update",
                extra: [
                    "edition": edition, "previousEdition": item.edition, "wasDue": item.nextDue,
                    "nextDue": updated.nextDue,
                ],
                on: db)
            return .done(updated)
        }.get()
    }
}
