import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

extension RecordStore {
    /// Disposition and downgrading are the registry supervisor's.
    package static let supervisors: Set<Role> = [.registrySupervisor]

    /// One step of the life cycle in one transaction: the record must be readable, writable with one of
    /// `roles`, and in one of `states`; `apply` changes it (or refuses); the new version is saved, its history
    /// kept and the step audited as `record.<action>`.
    package func step(
        _ id: String, by principal: Principal, roles: Set<Role> = registrars, action: String,
        from states: Set<RecordState>,
        _ apply: @escaping @Sendable (inout RegistryRecord, any SQLDatabase) async throws -> Checked<[String: String]>
    ) async throws -> RegistryRecord {
        try await database.transaction { db in
            try await self.step(id, by: principal, roles: roles, action: action, from: states, on: db, apply)
        }.get()
    }

    /// The step inside the caller's transaction (the demo files and closes a batch of items in one).
    package func step(
        _ id: String, by principal: Principal, roles: Set<Role> = registrars, action: String,
        from states: Set<RecordState>, on db: any SQLDatabase,
        _ apply: @Sendable (inout RegistryRecord, any SQLDatabase) async throws -> Checked<[String: String]>
    ) async throws -> Checked<RegistryRecord> {
        let record: RegistryRecord
        switch try await self.writableRecord(
            id, by: principal, roles: roles, states: states, action: action, on: db)
        {
        case .refused(let error): return .refused(error)
        case .done(let found): record = found
        }
        var edited = record
        let details: [String: String]
        switch try await apply(&edited, db) {
        case .refused(let error): return .refused(error)
        case .done(let values): details = values
        }
        guard let saved = try await self.save(edited, replacing: record, by: principal, on: db) else {
            return .refused(.stale(currentVersion: record.object.version + 1))
        }
        try await self.objects.auditUpdate(
            saved.object, previous: record.object, fields: Self.changedFields(record, saved), by: principal,
            action: "record.\(action)", extra: details.merging(["reference": record.reference]) { own, _ in own },
            on: db)
        return .done(saved)
    }

    package static func changedFields(_ before: RegistryRecord, _ after: RegistryRecord) -> [String] {
        var fields: [String] = []
        if before.object.state != after.object.state { fields.append("state") }
        if before.object.label != after.object.label { fields.append("label") }
        if before.schedule.folderID != after.schedule.folderID { fields.append("folder") }
        if before.schedule.closedOn != after.schedule.closedOn { fields.append("closedOn") }
        if before.schedule.disposalDue != after.schedule.disposalDue { fields.append("disposalDue") }
        if before.schedule.reviewDue != after.schedule.reviewDue { fields.append("reviewDue") }
        return fields
    }

    /// Files a record in a folder of the file plan; a registered record becomes active.
    public func file(_ id: String, in folderID: String, by principal: Principal) async throws -> RegistryRecord {
        try await database.transaction { db in try await self.file(id, in: folderID, by: principal, on: db) }.get()
    }

    /// Files a record inside the caller's transaction.
    package func file(_ id: String, in folderID: String, by principal: Principal, on db: any SQLDatabase)
        async throws -> Checked<RegistryRecord>
    {
        let plan = FilePlanStore(database: database, audit: audit)
        return try await step(id, by: principal, action: "file", from: [.registered, .active], on: db) {
            record, db in
            guard let folder = try await plan.find(folderID, on: db), folder.kind == .folder else {
                return .refused(RegistryError.unknownFolder(folderID))
            }
            guard !folder.isRetired else { return .refused(RegistryError.retiredFolder(folder.code)) }
            record.schedule.folderID = folder.id
            record.object.state = RecordState.active.rawValue
            return .done(["folder": folder.code])
        }
    }

    /// Cuts a filed record off: no more additions, and the retention period of its folder starts today.
    public func close(_ id: String, by principal: Principal) async throws -> RegistryRecord {
        try await database.transaction { db in try await self.close(id, by: principal, on: db) }.get()
    }

    /// Closes a filed record inside the caller's transaction.
    package func close(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> Checked<RegistryRecord>
    {
        let plan = FilePlanStore(database: database, audit: audit)
        return try await step(id, by: principal, action: "close", from: [.registered, .active], on: db) {
            record, db in
            guard let folderID = record.schedule.folderID, let folder = try await plan.find(folderID, on: db),
                let years = folder.retentionYears
            else { return .refused(RegistryError.notFiled) }
            let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
            record.object.state = RecordState.closed.rawValue
            record.schedule.closedOn = today
            record.schedule.disposalDue = HeadquartersCalendar.adding(years: years, to: today)
            return .done([
                "disposalDue": record.schedule.disposalDue ?? "", "disposition": folder.disposition?.rawValue ?? "",
            ])
        }
    }

    /// Moves a closed record to the archive.
    public func archive(_ id: String, by principal: Principal) async throws -> RegistryRecord {
        try await step(id, by: principal, action: "archive", from: [.closed]) { record, _ in
            record.object.state = RecordState.archived.rawValue
            return .done([:])
        }
    }

    /// Lowers a record's label (downgrading or declassification), recording the authority and the reason.
    public func downgrade(
        _ id: String, to label: SecurityLabel, authority: String, reason: String, reviewDue: String?,
        by principal: Principal
    ) async throws -> RegistryRecord {
        try await downgrade(
            id, to: { _ in label }, authority: authority, reason: reason, reviewDue: reviewDue, by: principal)
    }

    /// `downgrade` with the new label made from the current one, read in the same transaction (the page
    /// lowers only the classification and keeps releasability and categories as they are).
    public func downgrade(
        _ id: String, to lower: @escaping @Sendable (SecurityLabel) -> SecurityLabel, authority: String, reason: String,
        reviewDue: String?, by principal: Principal
    ) async throws -> RegistryRecord {
        try await step(
            id, by: principal, roles: Self.supervisors, action: "downgrade",
            from: [.registered, .active, .closed, .archived]
        ) { record, _ in
            let label = lower(record.object.label)
            guard label != record.object.label, record.object.label.dominates(label) else {
                return .refused(RegistryError.notLower)
            }
            record.object.label = label
            record.schedule.reviewDue = reviewDue
            return .done(["authority": authority, "reason": reason])
        }
    }

    // MARK: legal holds

    /// A legal hold stops any disposition until it is released.
    public struct Hold: Sendable, Equatable, RowDecodable {
        public var id: String
        public var objectID: String
        public var reason: String
        public var placedBy: String
        public var placedAt: Int64
        public var releasedBy: String?
        public var releasedAt: Int64?
    }

    public func placeHold(on id: String, reason: String, by principal: Principal) async throws -> Hold {
        try await database.transaction { db -> Checked<Hold> in
            switch try await self.writableRecord(id, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let record):
                let holdID = ObjectID.make(milliseconds: Clock.nowMilliseconds())
                try await db.raw(
                    """
                    INSERT INTO legal_holds (id, object_id, reason, placed_by, placed_at)
                    VALUES (\(bind: holdID), \(bind: id), \(bind: reason), \(bind: principal.id), \(bind: Clock.nowMilliseconds()))
                    """
                ).run()
                try await self.audit.append(
                    AuditEntry(
                        actor: principal.id, action: "record.hold", objectID: id,
                        details: ["reference": record.reference, "hold": holdID, "reason": reason]),
                    on: db)
                guard let saved = try await self.hold(holdID, on: db) else {
                    return .refused(RegistryError.holdNotFound(holdID))
                }
                return .done(saved)
            }
        }.get()
    }

    /// Releases a hold (registry supervisor).
    public func releaseHold(_ holdID: String, by principal: Principal) async throws -> Hold {
        try await database.transaction { db -> Checked<Hold> in
            guard let hold = try await self.hold(holdID, on: db), hold.releasedAt == nil,
                let record = try await self.read(hold.objectID, by: principal, auditingRead: false, on: db)
            else { return .refused(RegistryError.holdNotFound(holdID)) }
            guard !Self.supervisors.isDisjoint(with: principal.roles) else {
                return .refused(.roleRequired(Self.supervisors))
            }
            try await db.raw(
                """
                UPDATE legal_holds SET released_by = \(bind: principal.id), released_at = \(bind: Clock.nowMilliseconds())
                WHERE id = \(bind: holdID)
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "record.hold.release", objectID: hold.objectID,
                    details: ["reference": record.reference, "hold": holdID]),
                on: db)
            guard let saved = try await self.hold(holdID, on: db) else {
                return .refused(RegistryError.holdNotFound(holdID))
            }
            return .done(saved)
        }.get()
    }

    /// The holds of a record the principal may read; nil otherwise.
    public func holds(of id: String, by principal: Principal) async throws -> (RegistryRecord, [Hold])? {
        try await database.transaction { db in
            guard let record = try await self.read(id, by: principal, on: db) else { return nil }
            return (record, try await self.holds(of: id, on: db))
        }
    }

    package func holds(of id: String, on db: any SQLDatabase) async throws -> [Hold] {
        try await db.raw("SELECT \(Self.holdColumns) FROM legal_holds WHERE object_id = \(bind: id) ORDER BY id")
            .all().map(Hold.init(row:))
    }

    package static let holdColumns: SQLQueryString =
        "id, object_id, reason, placed_by, placed_at, released_by, released_at"

    package func hold(_ id: String, on db: any SQLDatabase) async throws -> Hold? {
        try await db.raw("SELECT \(Self.holdColumns) FROM legal_holds WHERE id = \(bind: id)").first().map(
            Hold.init(row:))
    }

    package func isHeld(_ id: String, on db: any SQLDatabase) async throws -> Bool {
        try await db.raw("SELECT id FROM legal_holds WHERE object_id = \(bind: id) AND released_at IS NULL").first()
            != nil
    }
}

extension HeadquartersCalendar {
    /// `YYYY-MM-DD` plus whole years (29 February becomes 28 February in a common year).
    package static func adding(years: Int, to day: String) -> String? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var components = DateComponents(year: parts[0] + years, month: parts[1], day: parts[2])
        if !components.isValidDate(in: calendar) { components.day = parts[2] - 1 }
        return String(format: "%04d-%02d-%02d", components.year ?? 0, components.month ?? 0, components.day ?? 0)
    }

    /// `YYYY-MM-DD` plus whole months, kept within the month (31 January + 1 month is 28 or 29 February).
    package static func adding(months: Int, to day: String) -> String? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let total = parts[0] * 12 + (parts[1] - 1) + months
        let (year, month) = (total / 12, total % 12 + 1)
        var dayOfMonth = parts[2]
        while dayOfMonth > 28, !DateComponents(year: year, month: month, day: dayOfMonth).isValidDate(in: calendar) {
            dayOfMonth -= 1
        }
        return String(format: "%04d-%02d-%02d", year, month, dayOfMonth)
    }
}
