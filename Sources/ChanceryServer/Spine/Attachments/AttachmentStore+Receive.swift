import ChanceryKit
import NIOCore
import SQLKit

extension AttachmentStore {
    /// Receives a file for an object, for any office: `writable` (run in a transaction) gives the object if the
    /// principal may attach to it now, and is asked twice, before a byte is stored and again when the file is
    /// recorded. The declared type must be accepted and match the content (the first bytes, and for office documents
    /// the structure of their ZIP container), the size within `limit`; the label is
    /// the object's unless a higher one is given. With `indexed`, the object's search document is refreshed
    /// when text was extracted. A file refused after all is not kept.
    func receive<Chunks: AsyncSequence & Sendable>(
        _ chunks: Chunks, name: String, contentType: String, label: SecurityLabel?, limit: Int64, indexed: Bool,
        by principal: Principal, writable: @escaping @Sendable (any SQLDatabase) async throws -> Checked<LabelledObject>
    ) async throws -> Attachment where Chunks.Element == ByteBuffer {
        // Everything that can be refused without the bytes is refused before a byte is stored.
        let object = try await database.transaction { db in try await writable(db) }.get()
        try Self.check(label ?? object.label, on: object, by: principal)
        guard let type = FileType(contentType: contentType) else { throw AttachmentError.typeNotAllowed(contentType) }
        let stored: BlobStore.Stored
        do {
            stored = try await blobs.store(chunks, limit: limit, accept: { type.matches(prefix: $0) }) { path in
                if let problem = type.containerProblem(atPath: path) {
                    throw AttachmentError.containerMismatch(type, problem)
                }
            }
        } catch let failure as BlobStore.Failure {
            switch failure {
            case .tooLarge: throw AppError.bodyTooLarge("\(limit >> 20) MB")
            case .empty: throw AttachmentError.empty
            case .refusedContent: throw AttachmentError.contentMismatch(type.rawValue)
            }
        }
        let displayName = Attachment.displayName(name)
        let extracted = await TextExtractor.extract(type, at: blobs.path(of: stored.sha256))
        do {
            return try await database.transaction { db -> Checked<Attachment> in
                switch try await writable(db) {
                case .refused(let error): return .refused(error)
                case .done(let object):
                    let attachment = try await self.insert(
                        stored, name: displayName, type: type, label: label, on: object, by: principal, db: db)
                    if let text = extracted {
                        try await self.saveText(text, of: attachment.id, on: db)
                        if indexed { try await self.objects.search.refresh([object.id], on: db) }
                    }
                    return .done(attachment)
                }
            }.get()
        } catch {
            if stored.created { try await discardIfUnreferenced(stored.sha256) }
            throw error
        }
    }
}
