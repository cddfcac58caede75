import ChanceryKit
import NIOCore
import SQLKit

extension AttachmentStore {
    /// A file received into the blob store and read for text, not yet recorded on any object: what `stage`
    /// gives and `record` attaches, in a transaction of the caller's choosing.
    package struct StagedFile: Sendable {
        package var stored: BlobStore.Stored
        /// The name to show (`Attachment.displayName` of the uploaded one).
        package var name: String
        package var type: FileType
        package var text: TextExtractor.Extracted?
    }

    /// Receives a file for an object, for any office: `writable` (run in a transaction) gives the object if the
    /// principal may attach to it now, and is asked twice, before a byte is stored and again when the file is
    /// recorded. The declared type must be accepted and match the content (the first bytes, and for office documents
    /// the structure of their ZIP container), the size within `limit`; the label is
    /// the object's unless a higher one is given. With `indexed`, the object's search document is refreshed
    /// (its files' text and names). A file refused after all is not kept.
    package func receive<Chunks: AsyncSequence & Sendable>(
        _ chunks: Chunks, name: String, contentType: String, label: SecurityLabel?, limit: Int64, indexed: Bool,
        by principal: Principal, writable: @escaping @Sendable (any SQLDatabase) async throws -> Checked<LabelledObject>
    ) async throws -> Attachment where Chunks.Element == ByteBuffer {
        // Everything that can be refused without the bytes is refused before a byte is stored.
        let object = try await database.transaction { db in try await writable(db) }.get()
        try Self.check(label ?? object.label, on: object, by: principal)
        let file = try await stage(chunks, name: name, contentType: contentType, limit: limit)
        do {
            return try await database.transaction { db -> Checked<Attachment> in
                switch try await writable(db) {
                case .refused(let error): return .refused(error)
                case .done(let object):
                    let attachment = try await self.record(file, label: label, on: object, by: principal, db: db)
                    // The file's name is indexed even when no text could be read from it.
                    if indexed { try await self.objects.search.refresh([object.id], on: db) }
                    return .done(attachment)
                }
            }.get()
        } catch {
            await discard([file])
            throw error
        }
    }

    /// Streams a file into the blob store and reads its text: the declared type must be accepted and match the
    /// content, the size within `limit`. Nothing is recorded yet; a caller that does not `record` the file
    /// after all `discard`s it.
    package func stage<Chunks: AsyncSequence & Sendable>(
        _ chunks: Chunks, name: String, contentType: String, limit: Int64
    ) async throws -> StagedFile where Chunks.Element == ByteBuffer {
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
        let extracted = await TextExtractor.extract(type, at: blobs.path(of: stored.sha256))
        return StagedFile(stored: stored, name: Attachment.displayName(name), type: type, text: extracted)
    }

    /// Inside the caller's transaction: records a staged file on the object (see `insert`) with its text. The
    /// caller refreshes the object's search document.
    package func record(
        _ file: StagedFile, label: SecurityLabel?, on object: LabelledObject, by principal: Principal,
        db: any SQLDatabase
    ) async throws -> Attachment {
        var attachment = try await insert(
            file.stored, name: file.name, type: file.type, label: label, on: object, by: principal, db: db)
        if let text = file.text {
            try await saveText(text, of: attachment.id, on: db)
            attachment.text = .done
        }
        if try await queueOCRIfNeeded(file, attachmentID: attachment.id, objectID: object.id, on: db) {
            attachment.text = .waiting
        }
        return attachment
    }

    /// Deletes the stored files of staged files that were not recorded after all (unless another attachment
    /// holds the same content).
    package func discard(_ files: [StagedFile]) async {
        for file in files where file.stored.created {
            try? await discardIfUnreferenced(file.stored.sha256)
        }
    }
}
