import ChanceryKit
import ChancerySpine
import SQLKit

/// Everything the record page shows, read in one transaction with one audited read of the record.
public struct RecordDossier: Sendable {
    public var record: RegistryRecord
    public var attachments: [Attachment]
    public var distributions: [Distribution]
    public var copiesOfRecord: Int
    public var history: [RecordVersion]
    public var holds: [RecordStore.Hold]
    public var accessEntries: [AccessEntry]
    public var certificate: DestructionCertificate?
}

extension RecordStore {
    /// The record with its attachments (label-trimmed), distributions, history, holds, access entries and
    /// certificate; nil when it does not exist or may not be read.
    public func dossier(of id: String, by principal: Principal) async throws -> RecordDossier? {
        try await database.transaction { db -> RecordDossier? in
            guard let record = try await self.read(id, by: principal, on: db) else { return nil }
            let (distributions, total) = try await self.distributions(of: id, on: db)
            var certificate: DestructionCertificate?
            if record.state == .destroyed,
                let row = try await db.raw(
                    "SELECT object_id FROM destruction_certificates WHERE record_id = \(bind: id)"
                ).first()
            {
                certificate = try await self.objects.readItem(
                    try row.decode(column: "object_id", as: String.self), join: DestructionCertificate.join,
                    columns: DestructionCertificate.columns, by: principal, on: db,
                    decode: DestructionCertificate.init(row:))
            }
            return RecordDossier(
                record: record, attachments: try await self.attachments.list(of: id, by: principal, on: db),
                distributions: distributions, copiesOfRecord: total,
                history: try await self.history(of: id, visibleTo: principal, on: db),
                holds: try await self.holds(of: id, on: db),
                accessEntries: try await self.objects.accessEntries(of: id, on: db),
                certificate: certificate)
        }
    }
}
