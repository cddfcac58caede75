import ChanceryKit
import ChancerySpine
import SQLKit

extension RecordStore {
    /// A correction of a record's metadata; nil leaves a field as it is, an empty text clears an optional one.
    public struct Changes: Sendable {
        public var title: String?
        public var label: SecurityLabel?
        public var direction: RegistryRecord.Direction?
        public var recordType: String?
        public var originator: String?
        public var originatorReference: String?
        public var addressees: [String]?
        public var documentDate: String?
        public var language: String?
        /// nil leaves it; `.some(nil)` clears it.
        public var contentMarking: Classification??
        public var keywords: [String]?
        public var metadata: [String: String]?
        /// `YYYY-MM-DD`; "" clears it.
        public var reviewDue: String?

        public init() {}
    }

    /// Applies a correction at `expectedVersion`: the previous metadata stays in the history, the label may
    /// only be raised, and a destroyed or transferred item is no longer edited.
    public func update(_ id: String, expectedVersion: Int64, changes: Changes, by principal: Principal) async throws
        -> RegistryRecord
    {
        try await update(id, expectedVersion: expectedVersion, by: principal) { _ in changes }
    }

    /// Applies the correction `changes` makes of the record as it is at `expectedVersion` (a merge patch is
    /// merged onto that version, inside the transaction); what it throws refuses the correction.
    public func update(
        _ id: String, expectedVersion: Int64, by principal: Principal,
        changes: @escaping @Sendable (RegistryRecord) throws -> Changes
    ) async throws -> RegistryRecord {
        try await database.transaction { db -> Checked<RegistryRecord> in
            let record: RegistryRecord
            switch try await self.writableRecord(id, by: principal, expectedVersion: expectedVersion, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): record = found
            }
            var edited = record
            let fields = Self.apply(try changes(record), to: &edited)
            guard !fields.isEmpty else {
                try await self.objects.auditRead(record.object, by: principal, on: db)
                return .done(record)
            }
            if edited.object.label != record.object.label,
                let refusal = ObjectStore.labelRaiseRefusal(
                    from: record.object.label, to: edited.object.label, by: principal)
            {
                return .refused(refusal)
            }
            guard let saved = try await self.save(edited, replacing: record, by: principal, on: db) else {
                return .refused(.stale(currentVersion: expectedVersion + 1))
            }
            try await self.objects.auditUpdate(
                saved.object, previous: record.object, fields: fields, by: principal,
                extra: ["reference": record.reference], on: db)
            return .done(saved)
        }.get()
    }

    /// Copies the changes onto the record; returns the names of the fields that differ.
    package static func apply(_ changes: Changes, to record: inout RegistryRecord) -> [String] {
        var fields: [String] = []
        func set<Value: Equatable>(_ name: String, _ value: Value?, _ path: WritableKeyPath<RegistryRecord, Value>) {
            guard let value, record[keyPath: path] != value else { return }
            record[keyPath: path] = value
            fields.append(name)
        }
        func clearable(_ name: String, _ value: String?, _ path: WritableKeyPath<RegistryRecord, String?>) {
            guard let value else { return }
            set(name, Optional(value.isEmpty ? nil : value), path)
        }
        set("title", changes.title, \.object.title)
        set("label", changes.label, \.object.label)
        set("direction", changes.direction, \.direction)
        set("recordType", changes.recordType, \.details.recordType)
        clearable("originator", changes.originator, \.details.originator)
        clearable("originatorReference", changes.originatorReference, \.details.originatorReference)
        set("addressees", changes.addressees, \.details.addressees)
        clearable("documentDate", changes.documentDate, \.details.documentDate)
        clearable("language", changes.language, \.details.language)
        set("contentMarking", changes.contentMarking, \.details.contentMarking)
        set("keywords", changes.keywords, \.details.keywords)
        set("metadata", changes.metadata, \.details.metadata)
        clearable("reviewDue", changes.reviewDue, \.schedule.reviewDue)
        return fields
    }

    /// Writes the next version of a record (object columns, record row, history), or nil when a concurrent
    /// writer committed first.
    package func save(
        _ edited: RegistryRecord, replacing previous: RegistryRecord, by principal: Principal, on db: any SQLDatabase
    )
        async throws -> RegistryRecord?
    {
        guard let object = try await objects.save(edited.object, replacing: previous.object, on: db) else { return nil }
        var record = edited
        record.object = object
        let details = record.details
        try await db.raw(
            """
            UPDATE records SET direction = \(bind: record.direction.rawValue), record_type = \(bind: details.recordType),
                originator = \(bind: details.originator), originator_reference = \(bind: details.originatorReference),
                addressees = \(bind: RegistryRecord.json(details.addressees)), document_date = \(bind: details.documentDate),
                language = \(bind: details.language), content_marking = \(bind: details.contentMarking.map { Int64($0.rawValue) }),
                keywords = \(bind: RegistryRecord.json(details.keywords)), metadata = \(bind: RegistryRecord.json(details.metadata)),
                verified_by = \(bind: record.verifiedBy), verified_at = \(bind: record.verifiedAt),
                folder_id = \(bind: record.schedule.folderID), closed_on = \(bind: record.schedule.closedOn),
                disposal_due = \(bind: record.schedule.disposalDue), review_due = \(bind: record.schedule.reviewDue)
            WHERE object_id = \(bind: record.object.id)
            """
        ).run()
        try await saveVersion(record, by: principal, on: db)
        return record
    }
}
