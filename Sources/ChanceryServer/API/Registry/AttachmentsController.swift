import ChanceryKit
import Foundation
import Hummingbird

/// Files of a record: streamed upload, trimmed list, audited download with the label banner in the headers.
struct AttachmentsController {
    let chancery: Chancery

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("records/{id}/attachments", use: upload)
        group.get("records/{id}/attachments", use: list)
        group.get("records/{id}/attachments/{attachmentId}", use: download)
    }

    /// `POST /api/v1/records/{id}/attachments?filename=scan.pdf[&label={…}]` with the file as the body.
    @Sendable func upload(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try RecordsController.id(context)
        let upload = try Self.uploadParameters(request, catalog: chancery.catalog)
        let attachment = try await chancery.records.attach(
            request.body, to: id, name: upload.filename, contentType: upload.contentType, label: upload.label,
            limit: chancery.configuration.maxUploadBytes, by: context.principal)
        return try Self.created(attachment, location: "/api/v1/records/\(id)/attachments/\(attachment.id)")
    }

    /// The query and headers of an upload: `filename` (a plain name), an optional `label` (JSON), the content type.
    static func uploadParameters(_ request: Request, catalog: CategoryCatalog) throws
        -> (filename: String, label: SecurityLabel?, contentType: String)
    {
        let query = request.uri.queryParameters
        guard let filename = query["filename"].map(String.init), !filename.isEmpty else {
            throw AppError.invalidQuery("filename", reasonKey: "attachment.reason.filename")
        }
        // A name with a folder in it (`../../etc/passwd`, `C:\x\scan.pdf`) is refused, not quietly cut down:
        // the client said something it may not have meant. (Files are stored by their hash, never by name.)
        guard Attachment.isPlainName(filename) else {
            throw AppError.invalidQuery("filename", reasonKey: "attachment.reason.filenameForm")
        }
        var label: SecurityLabel?
        if let text = query["label"].map(String.init), !text.isEmpty {
            let form: SecurityLabelForm
            do { form = try JSONDecoder().decode(SecurityLabelForm.self, from: Data(text.utf8)) } catch {
                throw AppError.invalidQuery("label", reasonKey: "attachment.reason.label")
            }
            label = try ObjectsController.label(form, catalog: catalog)
        }
        guard let contentType = request.headers[.contentType] else {
            throw AttachmentError.typeNotAllowed("(none)")
        }
        return (filename, label, contentType)
    }

    /// The 201 answer of a stored file.
    static func created(_ attachment: Attachment, location: String) throws -> Response {
        var response = try JSONResponse.make(
            AttachmentBody(attachment), status: .created, etag: "\"\(attachment.sha256)\"",
            banner: attachment.label.banner)
        response.headers[.location] = location
        return response
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try RecordsController.id(context)
        guard let (record, files) = try await chancery.records.attachments(of: id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let banner = (try? SecurityLabel.dominant(of: [record.object.label] + files.map(\.label)))?.banner
        return try JSONResponse.make(["items": files.map(AttachmentBody.init)], banner: banner)
    }

    @Sendable func download(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try RecordsController.id(context)
        let attachmentID = try context.parameters.require("attachmentId")
        guard ObjectID.isWellFormed(attachmentID),
            let attachment = try await chancery.attachments.download(attachmentID, of: id, by: context.principal)
        else { throw AppError.objectNotFound(id) }
        return try await Self.file(attachment, blobs: chancery.attachments.blobs, context: context)
    }

    /// The stored file of an attachment the caller was allowed to download (and whose download is audited),
    /// streamed, with its name, type and label banner in the headers.
    static func file(_ attachment: Attachment, blobs: BlobStore, context: some RequestContext) async throws -> Response {
        let path = blobs.path(of: attachment.sha256)
        guard FileManager.default.fileExists(atPath: path) else { throw AttachmentError.fileMissing }
        return Response(
            status: .ok,
            headers: [
                .contentType: attachment.contentType, .contentLength: String(attachment.size),
                .contentDisposition: disposition(attachment.name), .classification: attachment.label.banner,
                .eTag: "\"\(attachment.sha256)\"", .cacheControl: "private, no-store",
            ],
            body: try await FileIO().loadFile(path: path, context: context))
    }

    /// `attachment; filename="…"; filename*=UTF-8''…`, with the plain name reduced to safe ASCII.
    static func disposition(_ name: String) -> String {
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}

/// The JSON form of an attachment.
struct AttachmentBody: Codable, Sendable {
    var id: String
    var recordId: String
    var name: String
    var version: Int
    var contentType: String
    var size: Int64
    var sha256: String
    var label: SecurityLabelForm
    var banner: String
    var uploadedBy: String
    var uploadedAt: String

    init(_ attachment: Attachment) {
        id = attachment.id
        recordId = attachment.objectID
        name = attachment.name
        version = attachment.version
        contentType = attachment.contentType
        size = attachment.size
        sha256 = attachment.sha256
        label = SecurityLabelForm(attachment.label)
        banner = attachment.label.banner
        uploadedBy = attachment.uploadedBy
        uploadedAt = Clock.iso8601(attachment.uploadedAt)
    }
}
