import ChanceryKit
import ChancerySpine
import SQLKit

extension RecordStore {
    /// The Information Controlling Processor's check of a *received* item against its series' checklist.
    /// Passed: the item becomes *registered*, with who and when. Failed: nothing changes but the attempt is
    /// audited, and the refusal names every failed check with its field and reason.
    public func verify(_ id: String, by principal: Principal) async throws -> RegistryRecord {
        try await database.transaction { db in try await self.verify(id, by: principal, on: db) }.get()
    }

    /// The check inside the caller's transaction (the demo verifies a batch of items in one); a failed check
    /// is returned refused, its audit event written.
    package func verify(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> Checked<RegistryRecord>
    {
        let record: RegistryRecord
        switch try await self.writableRecord(id, by: principal, states: [.received], action: "verify", on: db) {
        case .refused(let error): return .refused(error)
        case .done(let found): record = found
        }
        guard let series = try await self.series.find(record.series, on: db) else {
            return .refused(RegistryError.unknownSeries(record.series))
        }
        let failures = ChanceryKit.verify(
            try await self.facts(of: record, by: principal, on: db),
            against: series.requiresVerification ? series.checks : [])
        guard failures.isEmpty else {
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "record.verify", objectID: id, outcome: .failure,
                    details: [
                        "reference": record.reference,
                        "failed": failures.map { "\($0.check.rawValue):\($0.reason.rawValue)" }.joined(
                            separator: ","),
                    ]),
                on: db)
            var refusal = RegistryError.verificationFailed
            refusal.errors = failures.map(Self.problemItem)
            return .refused(refusal)
        }
        var edited = record
        edited.object.state = RecordState.registered.rawValue
        edited.verifiedBy = principal.id
        edited.verifiedAt = Clock.nowMilliseconds()
        guard let saved = try await self.save(edited, replacing: record, by: principal, on: db) else {
            return .refused(.stale(currentVersion: record.object.version + 1))
        }
        try await self.objects.auditUpdate(
            saved.object, previous: record.object, fields: ["state"], by: principal, action: "record.verify",
            extra: [
                "reference": record.reference,
                "checks": series.checks.sorted().map(\.rawValue).joined(separator: ","),
            ],
            on: db)
        return .done(saved)
    }

    /// What the checks look at: the record, and the attachments the verifier may read, each re-read from disk.
    package func facts(of record: RegistryRecord, by principal: Principal, on db: any SQLDatabase) async throws
        -> RecordFacts
    {
        let store = self.attachments
        let files = try await store.list(of: record.object.id, by: principal, on: db)
        let unreadable = files.filter { store.blobs.check($0.sha256, size: $0.size) != BlobStore.Health.intact }
            .map { "\($0.name) (v\($0.version))" }
        return RecordFacts(
            label: record.object.label, contentMarking: record.details.contentMarking,
            originator: record.details.originator, documentDate: record.details.documentDate,
            today: HeadquartersCalendar.day(Clock.nowMilliseconds()),
            originatorReference: record.details.originatorReference, addresseeCount: record.details.addressees.count,
            attachmentCount: files.count, unreadableAttachments: unreadable)
    }

    package static func problemItem(_ failure: CheckFailure) -> AppError.Item {
        AppError.Item(
            field: failure.field, code: "\(failure.check.rawValue).\(failure.reason.rawValue)",
            key: "registry.check.\(failure.reason.rawValue)", ["field": failure.field, "value": failure.value ?? ""])
    }
}
