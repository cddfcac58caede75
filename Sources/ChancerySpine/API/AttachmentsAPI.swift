import ChanceryKit
import Foundation
import Hummingbird

/// What every office's attachment routes share: the upload's parameters, the created answer, the file download.
package enum AttachmentsAPI {
    /// The query and headers of an upload: `filename` (a plain name), an optional `label` (JSON), the content type.
    package static func uploadParameters(_ request: Request, catalog: CategoryCatalog) throws
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
    package static func created(_ attachment: Attachment, location: String) throws -> Response {
        try JSONResponse.make(
            AttachmentBody(attachment), status: .created, etag: "\"\(attachment.sha256)\"", location: location,
            banner: attachment.label.banner)
    }

    /// The files of an item, under the dominant label of the item and its files.
    package static func list(_ files: [Attachment], of item: some LabelledItem) throws -> Response {
        let banner = (try? SecurityLabel.dominant(of: [item.object.label] + files.map(\.label)))?.banner
        return try JSONResponse.make(["items": files.map(AttachmentBody.init)], banner: banner)
    }

    /// The file the path's `{attachmentId}` names on the item `id`, as `read` finds it for the caller: a malformed
    /// or unknown attachment id is answered like an item the caller may not read, `object-not-found` for the item.
    package static func download(
        of id: String, blobs: BlobStore, context: SignedInContext,
        _ read: (_ attachmentID: String) async throws -> Attachment?
    ) async throws -> Response {
        let attachmentID = try context.parameters.require("attachmentId")
        guard ObjectID.isWellFormed(attachmentID), let attachment = try await read(attachmentID) else {
            throw AppError.objectNotFound(id)
        }
        return try await file(attachment, blobs: blobs, context: context)
    }

    /// The stored file of an attachment the caller was allowed to download (and whose download is audited),
    /// streamed, with its name, type and label banner in the headers.
    package static func file(_ attachment: Attachment, blobs: BlobStore, context: some RequestContext) async throws
        -> Response
    {
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
    package static func disposition(_ name: String) -> String {
        let ascii = String(
            name.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? Character($0) : "_" }
        )
        var allowed = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}

/// The JSON form of an attachment.
package struct AttachmentBody: Codable, Sendable {
    package var id: String
    package var recordId: String
    package var name: String
    package var version: Int
    package var contentType: String
    package var size: Int64
    package var sha256: String
    package var label: SecurityLabelForm
    package var banner: String
    package var uploadedBy: String
    package var uploadedAt: String
    /// `none`, `waiting` (for OCR), `done` or `failed`; with `textFailure`, the reason.
    package var textState: String?
    package var textFailure: String?
    /// Whether OCR made a searchable PDF of it (`…/attachments/{id}/searchable-pdf`).
    package var searchablePdf: Bool

    package init(_ attachment: Attachment) {
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
        textState = attachment.text.name
        textFailure = attachment.text.failureReason
        searchablePdf = attachment.hasSearchablePDF
    }
}
