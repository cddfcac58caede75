import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// Files of a record: streamed upload, trimmed list, audited download with the label banner in the headers.
package struct AttachmentsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("records/{id}/attachments", use: upload)
        group.get("records/{id}/attachments", use: list)
        group.get("records/{id}/attachments/{attachmentId}", use: download)
        group.get("records/{id}/attachments/{attachmentId}/searchable-pdf", use: downloadSearchablePDF)
    }

    /// `POST /api/v1/records/{id}/attachments?filename=scan.pdf[&label={…}]` with the file as the body.
    @Sendable package func upload(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let upload = try AttachmentsAPI.uploadParameters(request, catalog: chancery.catalog)
        let attachment = try await chancery.records.attach(
            request.body, to: id, name: upload.filename, contentType: upload.contentType, label: upload.label,
            limit: chancery.configuration.maxUploadBytes, by: context.principal)
        return try AttachmentsAPI.created(attachment, location: "/api/v1/records/\(id)/attachments/\(attachment.id)")
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard let (record, files) = try await chancery.records.attachments(of: id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return try AttachmentsAPI.list(files, of: record)
    }

    @Sendable package func download(_ request: Request, context: SignedInContext) async throws -> Response {
        try await file(.original, context)
    }

    /// The searchable PDF that OCR made of a scanned file: trimmed and audited like the file itself.
    @Sendable package func downloadSearchablePDF(_ request: Request, context: SignedInContext) async throws -> Response
    {
        try await file(.searchablePDF, context)
    }

    private func file(_ copy: AttachmentCopy, _ context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        return try await AttachmentsAPI.download(of: id, blobs: chancery.attachments.blobs, context: context) {
            try await chancery.attachments.download($0, of: id, copy: copy, by: context.principal)
        }
    }

}
