import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The one owner of `records` and `record_versions`: registration with its reference, reading, listing and
/// correcting registered items. Everything goes through the spine's `ObjectStore` for trimming and audit.
public struct RecordStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let series: ReferenceSeriesStore
    package let attachments: AttachmentStore
    package let audit: AuditLog
    /// Called once the reference is taken and before anything is written; tests use it to fail a
    /// registration midway and show that the number is given back.
    package var afterNumbering: (@Sendable (String) throws -> Void)?

    /// Who may register, verify and correct items.
    package static let registrars: Set<Role> = [.registryClerk, .registrySupervisor]

    /// What a clerk registers.
    public struct Draft: Sendable {
        public var title: String
        public var label: SecurityLabel
        public var series: String
        public var direction: RegistryRecord.Direction
        public var details: RegistryRecord.Details
        public var owningUnit: String?
        public var openToUnit: Bool
        /// The originator's ADatP-4774 label, kept verbatim.
        public var originatorLabel: String?
    }

    // MARK: registering

    /// Registers an item inside the caller's transaction: takes the next reference of its series and year,
    /// writes the object, the record and its first version, and audits it. Anything thrown rolls all of it
    /// back, the number included, so a failed registration leaves no hole.
    package func register(_ draft: Draft, by principal: Principal, on db: any SQLDatabase) async throws
        -> RegistryRecord
    {
        let series = try await checkRegistration(draft, by: principal, on: db)
        let unit = draft.owningUnit ?? principal.units.sorted().first ?? ""

        let now = Clock.nowMilliseconds()
        let year = HeadquartersCalendar.year(now)
        let sequence = try await self.series.nextNumber(of: series.code, year: year, on: db)
        let reference = series.template.render(sequence: sequence, year: year)
        try afterNumbering?(reference)
        let taken = try await db.raw("SELECT object_id FROM records WHERE reference = \(bind: reference)").first()
        guard taken == nil else { throw RegistryError.referenceTaken(reference) }

        let state: RecordState = series.requiresVerification ? .received : .registered
        let object = LabelledObject(
            id: ObjectID.make(milliseconds: now), kind: RegistryRecord.kind, title: draft.title, label: draft.label,
            owningUnit: unit, openToUnit: draft.openToUnit, state: state.rawValue, createdBy: principal.id, at: now)
        let record = RegistryRecord(
            object: object, reference: reference, series: series.code, year: year, sequence: sequence,
            direction: draft.direction, details: draft.details)
        // An item closed to its unit stays in the hands of the clerk who registered it.
        let entries = draft.openToUnit ? [] : [AccessEntry(grantee: .user(principal.id), permission: .write)]
        try await objects.insert(
            object, accessEntries: entries, originatorLabel: draft.originatorLabel,
            auditDetails: ["reference": reference, "series": series.code, "state": state.rawValue], on: db)
        let details = draft.details
        try await db.raw(
            """
            INSERT INTO records (object_id, series, year, seq, reference, direction, record_type, originator,
                                 originator_reference, addressees, document_date, received_date, language,
                                 content_marking, keywords, metadata)
            VALUES (\(bind: object.id), \(bind: series.code), \(bind: Int64(year)), \(bind: Int64(sequence)),
                    \(bind: reference), \(bind: draft.direction.rawValue), \(bind: details.recordType),
                    \(bind: details.originator), \(bind: details.originatorReference),
                    \(bind: RegistryRecord.json(details.addressees)), \(bind: details.documentDate),
                    \(bind: details.receivedDate), \(bind: details.language),
                    \(bind: details.contentMarking.map { Int64($0.rawValue) }), \(bind: RegistryRecord.json(details.keywords)),
                    \(bind: RegistryRecord.json(details.metadata)))
            """
        ).run()
        try await saveVersion(record, by: principal, on: db)
        return record
    }

    /// Refuses a registration the principal may not make (role, series, label, unit) before anything is
    /// written; returns the series.
    package func checkRegistration(_ draft: Draft, by principal: Principal, on db: any SQLDatabase) async throws
        -> ReferenceSeries
    {
        guard !Self.registrars.isDisjoint(with: principal.roles) else { throw AppError.roleRequired(Self.registrars) }
        guard let series = try await series.find(draft.series, on: db) else {
            throw RegistryError.unknownSeries(draft.series)
        }
        guard series.active else { throw RegistryError.inactiveSeries(series.code) }
        guard canHold(draft.label, principal) else { throw AppError.labelAboveYou }
        let unit = draft.owningUnit ?? principal.units.sorted().first ?? ""
        guard principal.units.contains(unit) else { throw AppError.notYourUnit(principal) }
        return series
    }

    // MARK: reading

    /// The record if the principal may read it (audited); nil when it does not exist or may not be read.
    public func read(_ id: String, by principal: Principal) async throws -> RegistryRecord? {
        try await objects.readWritingOnlyIfAudited { db, audited in
            try await self.objects.readItem(
                RegistryRecord.self, id, by: principal, auditingRead: audited, auditingDenial: audited, on: db)
        }
    }

    package func read(_ id: String, by principal: Principal, auditingRead: Bool = true, on db: any SQLDatabase)
        async throws
        -> RegistryRecord?
    {
        try await objects.readItem(RegistryRecord.self, id, by: principal, auditingRead: auditingRead, on: db)
    }

    /// What a list of records may be narrowed to.
    public struct Filter: Sendable {
        public var series: String?
        public var state: RecordState?
        public var year: Int?
        public var queue: Queue?

        /// The registry's work queues.
        public enum Queue: String, Sendable, CaseIterable {
            /// Received, waiting for the Information Controlling Processor's check.
            case toVerify = "to-verify"
            /// Registered and never distributed.
            case toDistribute = "to-distribute"
            /// Closed or archived, past the disposal date, under no legal hold.
            case dispositionDue = "disposition-due"
            /// Past the review date for downgrading or declassification.
            case reviewDue = "review-due"
        }

        public init(series: String? = nil, state: RecordState? = nil, year: Int? = nil, queue: Queue? = nil) {
            self.series = series
            self.state = state
            self.year = year
            self.queue = queue
        }

        package var sql: SQLQueryString {
            var sql: SQLQueryString = " AND o.kind = \(bind: RegistryRecord.kind)"
            if let series { sql += " AND r.series = \(bind: series)" }
            if let state { sql += " AND o.state = \(bind: state.rawValue)" }
            if let year { sql += " AND r.year = \(bind: Int64(year))" }
            let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
            switch queue {
            case nil: break
            case .toVerify: sql += " AND o.state = 'received'"
            case .toDistribute:
                sql +=
                    " AND o.state = 'registered' AND NOT EXISTS (SELECT 1 FROM distributions d WHERE d.object_id = o.id)"
            case .dispositionDue:
                sql += " AND o.state IN ('closed', 'archived') AND r.disposal_due <= \(bind: today)"
                sql +=
                    " AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.object_id = o.id AND h.released_at IS NULL)"
            case .reviewDue:
                sql += " AND r.review_due <= \(bind: today) AND o.state NOT IN ('destroyed', 'transferred')"
            }
            return sql
        }
    }

    /// A page of the records the principal may read, newest first.
    public func list(_ filter: Filter, after cursor: String?, limit: Int, by principal: Principal) async throws
        -> Page<RegistryRecord>
    {
        try await objects.page(RegistryRecord.self, filter: filter.sql, after: cursor, limit: limit, by: principal)
    }

    /// A page of a records list page: sorted, paged or exported as `list` asks, in SQL, trimmed.
    package func list(_ filter: Filter, list: ListQuery, by principal: Principal) async throws
        -> (items: [RegistryRecord], hasMore: Bool)
    {
        try await objects.listPage(RegistryRecord.self, filter: filter.sql, query: list, by: principal)
    }

    /// How many records the principal may read.
    public func count(_ filter: Filter, by principal: Principal) async throws -> Int {
        try await objects.count(join: RegistryRecord.join, filter: filter.sql, by: principal)
    }

    /// The metadata history of a record the principal may read, oldest first.
    public func history(of id: String, by principal: Principal) async throws -> [RecordVersion]? {
        try await database.transaction { db -> [RecordVersion]? in
            guard try await self.read(id, by: principal, on: db) != nil else { return nil }
            return try await self.history(of: id, visibleTo: principal, on: db)
        }
    }

    /// The versions whose label the principal could read: after a downgrade, the versions from before it keep
    /// their higher label and stay hidden from readers below it.
    package func history(of id: String, visibleTo principal: Principal, on db: any SQLDatabase) async throws
        -> [RecordVersion]
    {
        try await db.raw(
            """
            SELECT version, snapshot, changed_by, changed_at FROM record_versions
            WHERE object_id = \(bind: id) ORDER BY version
            """
        ).all().map(RecordVersion.init(row:)).filter { labelRefusal(principal, $0.label) == nil }
    }

    /// Writes the history row of a record's new version and refreshes its search document.
    package func saveVersion(_ record: RegistryRecord, by principal: Principal, on db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO record_versions (object_id, version, snapshot, changed_by, changed_at)
            VALUES (\(bind: record.object.id), \(bind: record.object.version), \(bind: record.snapshot),
                    \(bind: principal.id), \(bind: record.object.updatedAt))
            """
        ).run()
        // Every registration and every change of a record ends here: its index entry changes with it.
        try await objects.search.refresh([record.object.id], on: db)
    }
}

/// One version of a record's metadata.
public struct RecordVersion: Sendable {
    public var version: Int64
    public var title: String
    public var label: SecurityLabel
    public var state: String
    public var details: RegistryRecord.Details
    public var changedBy: String
    public var changedAt: Int64

    /// The `record_versions` columns; `snapshot` is the JSON of `RegistryRecord.Snapshot`.
    private struct Columns: Decodable {
        var version: Int64
        var snapshot: RegistryRecord.Snapshot
        var changedBy: String
        var changedAt: Int64
    }

    package init(row: any SQLRow) throws {
        let columns = try row.decodeModel(Columns.self)
        version = columns.version
        title = columns.snapshot.title
        label = try columns.snapshot.label.storedLabel()
        state = columns.snapshot.state
        details = columns.snapshot.details
        changedBy = columns.changedBy
        changedAt = columns.changedAt
    }
}
