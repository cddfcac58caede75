import ChanceryKit
import ChancerySpine
import Foundation
import NIOCore
import SQLKit

/// A candidate's document: the CV or the motivation letter, each a PDF, DOCX or ODT file of at most 5 MB.
package enum ApplicationDocument: String, CaseIterable, Sendable {
    case cv
    case letter

    /// The largest document accepted.
    package static let limit: Int64 = 5 << 20
    /// The types a candidate may send.
    package static let types: Set<FileType> = [.pdf, .docx, .odt]

    /// The name the document is kept under (never the name the candidate's computer gave it): `cv.pdf`,
    /// `letter.docx`.
    package func fileName(_ type: FileType) -> String {
        switch type {
        case .docx: "\(rawValue).docx"
        case .odt: "\(rawValue).odt"
        default: "\(rawValue).pdf"
        }
    }

    /// Which document a kept file is, by its name.
    package static func of(_ name: String) -> ApplicationDocument? {
        allCases.first { name.hasPrefix($0.rawValue + ".") }
    }

    /// A type outside PDF, DOCX and ODT.
    package static func typeNotAllowed(_ declared: String) -> AppError {
        AppError(
            .unsupportedMediaType, type: "file-type-not-allowed", key: "recruitment.application.documentType",
            ["type": String(declared.prefix(100))])
    }
}

/// A document received from the public form and staged, waiting for its application to be recorded.
package struct StagedDocument: Sendable {
    package var kind: ApplicationDocument
    package var file: AttachmentStore.StagedFile
}

extension ApplicationStore {
    /// Receives a document of a candidate's own application, through the API right after applying: the reference and
    /// the one-time secret of the receipt must match, within its thirty minutes, and each document is given once.
    /// Every refusal is the same `404` (a wrong reference, a wrong secret or an expired one): a stranger learns
    /// nothing of anyone's application.
    package func attach<Chunks: AsyncSequence & Sendable>(
        _ chunks: Chunks, kind: ApplicationDocument, contentType: String, reference: String, token: String,
        at now: Int64 = Clock.nowMilliseconds()
    ) async throws -> Attachment where Chunks.Element == ByteBuffer {
        guard let type = FileType(contentType: contentType), ApplicationDocument.types.contains(type) else {
            throw ApplicationDocument.typeNotAllowed(contentType)
        }
        let digest = SecretToken.digest(token)
        @Sendable func writable(_ db: any SQLDatabase) async throws -> Checked<(LabelledObject, String)> {
            guard
                let row = try await db.raw(
                    """
                    SELECT a.object_id, a.nationality, a.documents_token, a.documents_until FROM recruitment_applications a
                    WHERE a.reference = \(bind: reference) AND a.merged_into IS NULL
                    """
                ).first(),
                let stored = try row.decode(column: "documents_token", as: String?.self),
                let until = try row.decode(column: "documents_until", as: Int64?.self),
                WebForm.constantTimeEquals(stored, digest), now < until
            else { return .refused(ApplicationError.noSuchReference) }
            let id = try row.decode(column: "object_id", as: String.self)
            try await self.objects.lockForWrite(id, on: db)
            let taken = try await db.raw(
                """
                SELECT id FROM attachments WHERE object_id = \(bind: id) AND name LIKE \(bind: kind.rawValue + ".%")
                """
            ).first()
            guard taken == nil else { return .refused(ApplicationError.documentGiven(kind.rawValue)) }
            // the candidate holds no session: the application is read unfiltered, by the secret only
            guard
                let object = try await db.raw(
                    "SELECT \(LabelledObject.columns) FROM objects o WHERE o.id = \(bind: id)"
                ).first().map(LabelledObject.init(row:))
            else { return .refused(ApplicationError.noSuchReference) }
            return .done((object, try row.decode(column: "nationality", as: String.self)))
        }
        _ = try await database.transaction { db in try await writable(db) }.get()
        let file = try await attachments.stage(
            chunks, name: kind.fileName(type), contentType: type.rawValue, limit: ApplicationDocument.limit)
        do {
            return try await database.transaction { db -> Checked<Attachment> in
                switch try await writable(db) {
                case .refused(let error): return .refused(error)
                case .done(let (object, nationality)):
                    let attachment = try await self.attachments.record(
                        file, label: nil, on: object, by: Self.candidate(nationality), db: db)
                    try await self.objects.search.refresh([object.id], on: db)
                    return .done(attachment)
                }
            }.get()
        } catch {
            await attachments.discard([file])
            throw error
        }
    }
}
