import ChanceryKit
import ChancerySpine
import NIOCore
import SQLKit

extension HealthStore {
    /// Receives a file for a record entry (a scanned consent form, a lab report, a letter): the principal must be
    /// able to write the entry, as for a correction. The file carries the entry's label (or a higher one).
    public func attach<Chunks: AsyncSequence & Sendable>(
        _ chunks: Chunks, toEntry entryID: String, of patientID: String, name: String, contentType: String,
        label: SecurityLabel?, limit: Int64, by principal: Principal
    ) async throws -> Attachment where Chunks.Element == ByteBuffer {
        try await attachments.receive(
            chunks, name: name, contentType: contentType, label: label, limit: limit, indexed: false, by: principal
        ) { db in
            switch try await self.writableEntry(entryID, of: patientID, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let entry): return .done(entry.object)  // the file's own event is `attachment.add`
            }
        }
    }

    /// The files of an entry the principal may read (an audited read of the entry); nil when the entry is not
    /// there for them.
    public func attachments(ofEntry entryID: String, of patientID: String, by principal: Principal) async throws
        -> (RecordEntry, [Attachment])?
    {
        try await database.transaction { db in
            guard let entry = try await self.readEntry(entryID, of: patientID, by: principal, on: db) else {
                return nil
            }
            try await self.auditRead(entry.object, patientID: patientID, by: principal, on: db)
            return (entry, try await self.attachments.list(of: entryID, by: principal, on: db))
        }
    }

    /// One file of an entry of the patient, for download (audited), if the principal may read both.
    public func download(_ attachmentID: String, ofEntry entryID: String, of patientID: String, by principal: Principal)
        async throws -> Attachment?
    {
        let belongs = try await database.read { db in
            try await db.raw(
                "SELECT 1 AS x FROM health_entries WHERE object_id = \(bind: entryID) AND patient_id = \(bind: patientID)"
            ).first() != nil
        }
        guard belongs else { return nil }
        return try await attachments.download(attachmentID, of: entryID, by: principal)
    }
}

extension HealthStore {
    /// The files of an entry the caller has just read (and whose read is audited), trimmed by their own labels.
    package func files(ofReadEntry entryID: String, by principal: Principal) async throws -> [Attachment] {
        try await database.read { db in try await self.attachments.list(of: entryID, by: principal, on: db) }
    }
}
