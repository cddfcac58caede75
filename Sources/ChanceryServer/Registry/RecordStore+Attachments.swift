import ChanceryKit
import NIOCore
import SQLKit

extension RecordStore {
    /// Receives a file for a record: the principal must be a registrar who may write the record (checked before
    /// a byte is stored), the declared type must be accepted and match the content, the size within `limit`.
    /// The label is the record's unless a higher one is given.
    public func attach<Chunks: AsyncSequence & Sendable>(
        _ chunks: Chunks, to id: String, name: String, contentType: String, label: SecurityLabel?, limit: Int64,
        by principal: Principal
    ) async throws -> Attachment where Chunks.Element == ByteBuffer {
        _ = try await writableRecord(id, by: principal)
        guard let type = FileType(contentType: contentType) else { throw AttachmentError.typeNotAllowed(contentType) }
        let stored: BlobStore.Stored
        do {
            stored = try await attachments.blobs.store(chunks, limit: limit) { type.matches(prefix: $0) }
        } catch let failure as BlobStore.Failure {
            switch failure {
            case .tooLarge: throw AppError.bodyTooLarge("\(limit >> 20) MB")
            case .empty: throw AttachmentError.empty
            case .refusedContent: throw AttachmentError.contentMismatch(type.rawValue)
            }
        }
        let displayName = Attachment.displayName(name)
        return try await database.transaction { db -> Checked<Attachment> in
            switch try await self.writableRecord(id, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let record):
                return .done(
                    try await self.attachments.insert(
                        stored, name: displayName, type: type, label: label, on: record.object, by: principal, db: db))
            }
        }.get()
    }

    /// The attachments of a record the principal may read (the read of the record is audited); nil when the
    /// record does not exist or may not be read.
    public func attachments(of id: String, by principal: Principal) async throws -> (RegistryRecord, [Attachment])? {
        try await database.transaction { db in
            guard let record = try await self.read(id, by: principal, on: db) else { return nil }
            return (record, try await self.attachments.list(of: id, by: principal, on: db))
        }
    }

    /// The record if the principal may change it now (a registrar with write need-to-know, not destroyed or
    /// transferred); refusals are audited and committed.
    func writableRecord(_ id: String, by principal: Principal) async throws -> RegistryRecord {
        try await database.transaction { db in try await self.writableRecord(id, by: principal, on: db) }.get()
    }

    func writableRecord(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> Checked<RegistryRecord>
    {
        guard let record = try await read(id, by: principal, auditingRead: false, on: db) else {
            return .refused(.objectNotFound(id))
        }
        if case .refused(let error) = try await objects.beginWrite(
            id, expectedVersion: record.object.version, requiredRoles: Self.registrars, by: principal, on: db)
        {
            return .refused(error)
        }
        guard !record.state.isFinal else { return .refused(RegistryError.finalState(record.state)) }
        return .done(record)
    }
}
