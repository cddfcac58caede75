import ChanceryKit
import ChancerySpine
import Crypto
import Foundation
import Hummingbird

/// `POST /api/v1/records` as `multipart/form-data`: the record's JSON in a part named `record`, first, then one
/// or more files in parts named `file`, read as the body streams. The record is checked (its fields, and that
/// the caller may register it) before a byte of a file is stored; each file is streamed into the blob store
/// and read for text as it arrives. Nothing is recorded here: the caller registers the draft and the staged
/// files in one transaction, or discards the files.
package struct RecordRegistrationForm {
    package var draft: RecordStore.Draft
    package var files: [AttachmentStore.StagedFile]
    /// What the request's Idempotency-Key stands for: the record's JSON as sent and each file's name, type and
    /// SHA-256, in order (not the bytes of the body, whose boundary a client draws anew for each try).
    package var fingerprint: String

    /// The most files registered with one item in one request.
    package static let maxFiles = 20
    package static let recordPart = "record"
    package static let filePart = "file"

    /// Reads the form; whatever is refused, every file already stored for it is discarded first.
    package static func receive(_ request: Request, chancery: Chancery, by principal: Principal) async throws
        -> RecordRegistrationForm
    {
        guard let boundary = MultipartUpload.boundary(of: request.headers[.contentType]) else { throw notMultipart }
        let limit = chancery.configuration.maxUploadBytes
        let attachments = chancery.attachments
        let upload = MultipartUpload(boundary: boundary, maxFiles: maxFiles, fieldLimit: JSONBody.limit) { name, _ in
            name == filePart
        }
        var record: (draft: RecordStore.Draft, json: String)?
        var staging: [Task<AttachmentStore.StagedFile, any Error>] = []
        do {
            var received: Int64 = 0
            let most = Int64(maxFiles) * limit + Int64(JSONBody.limit) + 65_536
            for try await chunk in request.body {
                received += Int64(chunk.readableBytes)
                // Larger than the most files a form may hold, with the record: refused while it streams.
                guard received <= most else { throw AppError.bodyTooLarge("\(limit >> 20) MB") }
                do { try upload.feed(chunk) } catch { throw notMultipart }
                try checkParts(upload)
                if record == nil, let json = upload.fields[recordPart] {
                    let draft = try self.draft(json, catalog: chancery.catalog)
                    try await chancery.records.checkRegistration(draft, by: principal)
                    record = (draft, json)
                }
                for (file, chunks) in upload.takeStartedFiles() {
                    guard record != nil else { throw recordFirst }
                    // The name a client gives is shown, never used as a path; one with a folder is refused.
                    guard Attachment.isPlainName(file.filename) else {
                        throw AppError.invalidField(filePart, reasonKey: "attachment.reason.filenameForm")
                    }
                    guard FileType(contentType: file.contentType) != nil else {
                        throw AttachmentError.typeNotAllowed(file.contentType)
                    }
                    staging.append(
                        Task {
                            try await attachments.stage(
                                chunks, name: file.filename, contentType: file.contentType, limit: limit)
                        })
                }
            }
            guard !upload.isInsidePart else { throw notMultipart }
            guard let record else { throw recordMissing }
            guard !staging.isEmpty else { throw noFile }
            var files: [AttachmentStore.StagedFile] = []
            for task in staging { files.append(try await task.value) }
            return RecordRegistrationForm(
                draft: record.draft, files: files, fingerprint: fingerprint(record: record.json, files: files))
        } catch {
            upload.abandon(error)
            for task in staging {
                if let file = try? await task.value { await attachments.discard([file]) }
            }
            throw error
        }
    }

    /// Refuses a file before the record, a part the form does not take, a second record, a record over the JSON
    /// limit, too many files.
    package static func checkParts(_ upload: MultipartUpload) throws {
        let names = upload.partNames
        if let file = names.firstIndex(of: filePart), names.firstIndex(of: recordPart).map({ $0 > file }) ?? true {
            throw recordFirst
        }
        if let unknown = names.first(where: { $0 != recordPart && $0 != filePart }) {
            throw AppError.unknownField(String(unknown.prefix(60)))
        }
        if names.filter({ $0 == recordPart }).count > 1 { throw recordTwice }
        if upload.oversizedFields.contains(recordPart) { throw AppError.bodyTooLarge("1 MB") }
        if upload.skippedFiles > 0 {
            throw AppError(
                .badRequest, type: "too-many-files", key: "registry.form.tooManyFiles", ["max": String(maxFiles)],
                field: filePart)
        }
    }

    /// The checked draft of the `record` part, refused as the JSON body of a registration would be.
    package static func draft(_ json: String, catalog: CategoryCatalog) throws -> RecordStore.Draft {
        do {
            return try JSONBody.decode(RegisterRecordRequest.self, from: Data(json.utf8)).draft(catalog: catalog)
        } catch let error as AppError where error.type == "invalid-json" {
            var refusal = error
            refusal.key = "registry.form.badRecord"
            refusal.field = recordPart
            throw refusal
        }
    }

    package static func fingerprint(record json: String, files: [AttachmentStore.StagedFile]) -> String {
        var text = "POST /api/v1/records multipart/form-data\n\(json)\n"
        for file in files { text += "file \(file.name)\n\(file.type.rawValue)\n\(file.stored.sha256)\n" }
        return SHA256.hash(data: Data(text.utf8)).hexString
    }

    package static let notMultipart = AppError(.badRequest, type: "not-multipart", key: "registry.form.notMultipart")
    package static let recordMissing = AppError(
        .badRequest, type: "missing-field", key: "registry.form.recordMissing", field: recordPart)
    package static let recordFirst = AppError(
        .badRequest, type: "record-not-first", key: "registry.form.recordFirst", field: recordPart)
    package static let recordTwice = AppError(
        .badRequest, type: "invalid-field", key: "registry.form.recordTwice", field: recordPart)
    package static let noFile = AppError(.badRequest, type: "no-file", key: "registry.form.noFile", field: filePart)
}
