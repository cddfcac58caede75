import ChanceryKit
import ChancerySpine
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
        try await attachments.receive(
            chunks, name: name, contentType: contentType, label: label, limit: limit, indexed: true, by: principal
        ) { db in
            switch try await self.writableRecord(id, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let record): return .done(record.object)
            }
        }
    }

    /// Refuses, before any file is received, a registration the principal may not make.
    public func checkRegistration(_ draft: Draft, by principal: Principal) async throws {
        _ = try await database.read { db in try await self.checkRegistration(draft, by: principal, on: db) }
    }

    /// Registers an item with its files inside the caller's transaction: the record (its reference taken
    /// there, so a failure leaves no hole), each staged file as an attachment with the record's label, and the
    /// record's search document with their text and names. Anything thrown rolls all of it back.
    package func register(
        _ draft: Draft, files: [AttachmentStore.StagedFile], by principal: Principal, on db: any SQLDatabase
    ) async throws -> (RegistryRecord, [Attachment]) {
        let record = try await register(draft, by: principal, on: db)
        var attached: [Attachment] = []
        for file in files {
            attached.append(try await attachments.record(file, label: nil, on: record.object, by: principal, db: db))
        }
        try await objects.search.refresh([record.object.id], on: db)
        return (record, attached)
    }

    /// The attachments of a record the principal may read (the read of the record is audited); nil when the
    /// record does not exist or may not be read.
    public func attachments(of id: String, by principal: Principal) async throws -> (RegistryRecord, [Attachment])? {
        try await database.transaction { db in
            guard let record = try await self.read(id, by: principal, on: db) else { return nil }
            return (record, try await self.attachments.list(of: id, by: principal, on: db))
        }
    }

    /// The record if the principal may change it now, inside the caller's transaction: its row is locked,
    /// it is read once, the principal must hold one of `roles` with write need-to-know, the version must be
    /// `expectedVersion` when one is given, and the state one of `states` (any but destroyed or transferred
    /// when nil). Refusals of access are audited and committed.
    package func writableRecord(
        _ id: String, by principal: Principal, roles: Set<Role> = registrars, states: Set<RecordState>? = nil,
        action: String = "edit", expectedVersion: Int64? = nil, on db: any SQLDatabase
    ) async throws -> Checked<RegistryRecord> {
        try await objects.lockForWrite(id, on: db)
        guard let record = try await read(id, by: principal, auditingRead: false, on: db) else {
            return .refused(.objectNotFound(id))
        }
        if let refusal = try await objects.authorizeWrite(
            record.object, expectedVersion: expectedVersion, requiredRoles: roles, by: principal, on: db)
        {
            return .refused(refusal)
        }
        if let states {
            guard states.contains(record.state) else {
                return .refused(RegistryError.wrongState(record.state, action: action))
            }
        } else {
            guard !record.state.isFinal else { return .refused(RegistryError.finalState(record.state)) }
        }
        return .done(record)
    }
}
