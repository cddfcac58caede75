import ChanceryKit
import Hummingbird

extension MultipartUpload {
    /// Receives a page's upload form (`multipart/form-data`) for any office: the CSRF field must come before the
    /// file, which is streamed to `attach` as it arrives (a body much larger than `limit` is refused while it
    /// streams). Returns the stored attachment; whatever is refused (a body cut short in the file too), the
    /// stream fails, so nothing of the file is kept, and the attaching task is awaited before the error is thrown.
    package static func receive(
        _ request: Request, session: ActiveSession, limit: Int64,
        attach: @escaping @Sendable (FileChunks, FilePart) async throws -> Attachment
    ) async throws -> Attachment {
        guard let boundary = boundary(of: request.headers[.contentType]) else { throw notMultipart }
        let upload = MultipartUpload(boundary: boundary)
        var attaching: Task<Attachment, any Error>?
        do {
            var received: Int64 = 0
            for try await chunk in request.body {
                received += Int64(chunk.readableBytes)
                // The form's few fields plus the file: anything much larger is refused while it streams.
                guard received <= limit + 65_536 else { throw AppError.bodyTooLarge("\(limit >> 20) MB") }
                do { try upload.feed(chunk) } catch { throw notMultipart }
                // The form has one file field: a second file part is skipped by the parser.
                if attaching == nil, let started = upload.takeStartedFiles().first {
                    guard let token = upload.fields["_csrf"], WebForm.constantTimeEquals(token, session.csrfToken)
                    else { throw AppError.csrf }
                    let (file, chunks) = started
                    attaching = Task { try await attach(chunks, file) }
                }
            }
            guard !upload.isInsidePart else { throw notMultipart }
            guard let attaching else { throw noFile }
            return try await attaching.value
        } catch {
            upload.abandon(error)
            _ = try? await attaching?.value
            throw error
        }
    }

    package static let notMultipart = AppError(.badRequest, type: "not-multipart", key: "upload.error.notMultipart")
    package static let noFile = AppError(.badRequest, type: "no-file", key: "upload.error.noFile", field: "file")
}
