import ChanceryKit
import Foundation
import Hummingbird

extension RegistryWebController {
    /// The record page's upload form (`multipart/form-data`): the CSRF field must come before the file, which
    /// is streamed to the blob store as it arrives.
    @Sendable func upload(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        guard let boundary = MultipartUpload.boundary(of: request.headers[.contentType]) else { throw Self.notMultipart }
        let limit = chancery.configuration.maxUploadBytes
        let upload = MultipartUpload(boundary: boundary)
        var attaching: Task<Attachment, any Error>?
        do {
            var received: Int64 = 0
            for try await chunk in request.body {
                received += Int64(chunk.readableBytes)
                // The form's few fields plus the file: anything much larger is refused while it streams.
                guard received <= limit + 65_536 else { throw AppError.bodyTooLarge("\(limit >> 20) MB") }
                do { try upload.feed(chunk) } catch { throw Self.notMultipart }
                if attaching == nil, let file = upload.file {
                    guard let token = upload.fields["_csrf"], WebForm.constantTimeEquals(token, context.session.csrfToken)
                    else { throw AppError.csrf }
                    let (records, chunks, principal) = (chancery.records, upload.fileChunks, context.principal)
                    attaching = Task {
                        try await records.attach(
                            chunks, to: id, name: file.filename, contentType: file.contentType, label: nil, limit: limit,
                            by: principal)
                    }
                }
            }
            upload.finish()
            guard let attaching else { throw Self.noFile }
            _ = try await attaching.value
            return .redirect(to: "/registry/records/\(id)?done=upload", type: .normal)
        } catch let error as AppError where error.type != AppError.csrf.type && error.status != .notFound {
            upload.finish()
            _ = try? await attaching?.value
            return try await recordPage(try await view(id, context), context, notice: nil, error: error, status: error.status)
        } catch {
            upload.finish()
            _ = try? await attaching?.value
            throw error
        }
    }

    static let notMultipart = AppError(.badRequest, type: "not-multipart", key: "reg.error.notMultipart")
    static let noFile = AppError(.badRequest, type: "no-file", key: "reg.error.noFile", field: "file")
}
