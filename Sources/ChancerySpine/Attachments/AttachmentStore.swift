import ChanceryKit
import Foundation
import SQLKit

/// The one owner of `attachments` and `blobs`: files attached to any labelled object. Need-to-know comes from
/// the object (whoever may read it may see its attachments); each attachment's own label is tested in SQL too.
public struct AttachmentStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let blobs: BlobStore
    package let audit: AuditLog
    package let catalog: CategoryCatalog

    /// Inside the caller's transaction: records a stored file as the next version of `name` on the object, with
    /// the given label (the object's when nil; never lower), and audits it. The caller has checked that the
    /// principal may write the object.
    package func insert(
        _ stored: BlobStore.Stored, name: String, type: FileType, label requested: SecurityLabel?,
        on object: LabelledObject, by principal: Principal, db: any SQLDatabase
    ) async throws -> Attachment {
        let label = requested ?? object.label
        try Self.check(label, on: object, by: principal)
        let now = Clock.nowMilliseconds()
        let latest = try await db.raw(
            "SELECT MAX(version) AS v FROM attachments WHERE object_id = \(bind: object.id) AND name = \(bind: name)"
        ).first()?.decode(column: "v", as: Int64?.self)
        let attachment = Attachment(
            id: ObjectID.make(milliseconds: now), objectID: object.id, name: name, version: Int((latest ?? 0) + 1),
            contentType: type.rawValue, size: stored.size, sha256: stored.sha256, label: label,
            uploadedBy: principal.id,
            uploadedAt: now)
        try await db.raw(
            """
            INSERT INTO blobs (sha256, size, stored_at) VALUES (\(bind: stored.sha256), \(bind: stored.size), \(bind: now))
            ON CONFLICT (sha256) DO UPDATE SET discarded_at = NULL
            """
        ).run()
        let columns = try label.columns(in: catalog)
        try await db.raw(
            """
            INSERT INTO attachments (id, object_id, name, version, content_type, size, sha256, classification, releasable,
                                     categories, label_json, uploaded_by, uploaded_at)
            VALUES (\(bind: attachment.id), \(bind: object.id), \(bind: name), \(bind: Int64(attachment.version)),
                    \(bind: attachment.contentType), \(bind: stored.size), \(bind: stored.sha256),
                    \(bind: Int64(columns.classification)), \(bind: columns.releasable), \(bind: columns.categories),
                    \(bind: LabelledObject.labelJSON(label)), \(bind: principal.id), \(bind: now))
            """
        ).run()
        try await audit.append(
            AuditEntry(
                actor: principal.id, action: "attachment.add", objectID: object.id,
                details: [
                    "attachment": attachment.id, "name": name, "version": String(attachment.version),
                    "sha256": stored.sha256, "size": String(stored.size), "label": label.banner,
                ]),
            on: db)
        return attachment
    }

    /// Refuses a label below the object's (an attachment is never less protected than its item) or one the
    /// principal could not read.
    package static func check(_ label: SecurityLabel, on object: LabelledObject, by principal: Principal) throws {
        guard label.dominates(object.label) else { throw AttachmentError.labelBelowObject }
        guard canHold(label, principal) else { throw AppError.labelAboveYou }
    }

    /// Deletes a stored file that no attachment row refers to (an upload refused after its bytes were stored).
    package func discardIfUnreferenced(_ sha256: String) async throws {
        let referenced = try await database.read { db in
            try await db.raw("SELECT sha256 FROM blobs WHERE sha256 = \(bind: sha256)").first()
        }
        if referenced == nil { try? FileManager.default.removeItem(atPath: blobs.path(of: sha256)) }
    }

    /// The attachments of an object that the principal's clearance, nationality and categories allow, in name
    /// and version order. The caller has read the object (need-to-know).
    package func list(of objectID: String, by principal: Principal, on db: any SQLDatabase) async throws -> [Attachment]
    {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        return try await db.raw(
            """
            SELECT \(Attachment.columns) FROM attachments a
            WHERE a.object_id = \(bind: objectID) AND a.destroyed_at IS NULL AND \(scope.labelPermits("a"))
            ORDER BY a.name, a.version
            """
        ).all().map(Attachment.init(row:))
    }

    /// One attachment for download, audited: nil (and a denial event when it exists) unless the principal may
    /// read both the object and the attachment. `copy` chooses the file: the one received, or the searchable PDF
    /// that OCR made of it (then an attachment without one throws `AttachmentError.noSearchablePDF`, and nothing
    /// is audited: nothing was downloaded, and nothing was refused).
    public func download(
        _ attachmentID: String, of objectID: String, copy: AttachmentCopy = .original, by principal: Principal
    ) async throws -> Attachment? {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        return try await database.transaction { db -> Attachment? in
            guard let object = try await self.objects.read(objectID, by: principal, auditingRead: false, on: db) else {
                return nil
            }
            guard
                let row = try await db.raw(
                    """
                    SELECT \(Attachment.columns), sp.sha256 AS pdf_sha256, sp.size AS pdf_size
                    FROM attachments a LEFT JOIN attachment_searchable_pdfs sp ON sp.attachment_id = a.id
                    WHERE a.id = \(bind: attachmentID) AND a.object_id = \(bind: objectID) AND a.destroyed_at IS NULL
                          AND \(scope.labelPermits("a"))
                    """
                ).first()
            else {
                // A file above the reader's label and a file that does not exist are refused alike, and both
                // refusals are recorded, so that neither the answer nor the time it takes tells them apart.
                let exists = try await db.raw(
                    "SELECT id FROM attachments WHERE id = \(bind: attachmentID) AND object_id = \(bind: objectID)"
                ).first()
                try await self.audit.append(
                    AuditEntry(
                        actor: principal.id, action: "access.denied", objectID: objectID, outcome: .denied,
                        details: [
                            "action": "download", "attachment": attachmentID,
                            "reason": exists == nil ? ObjectStore.noSuchObject : "label",
                        ]),
                    on: db)
                return nil
            }
            var attachment = try Attachment(row: row)
            var details = [
                "attachment": attachment.id, "name": attachment.name, "version": String(attachment.version),
                "kind": object.kind, "label": attachment.label.banner,
            ]
            if copy == .searchablePDF {
                let pdf = try row.decodeModel(SearchablePDFRow.self)
                guard let sha256 = pdf.pdfSha256, let size = pdf.pdfSize else { throw AttachmentError.noSearchablePDF }
                attachment = attachment.searchablePDF(sha256: sha256, size: size)
                details["copy"] = copy.rawValue
                details["sha256"] = sha256
            }
            try await self.audit.append(
                AuditEntry(actor: principal.id, action: "attachment.download", objectID: objectID, details: details),
                on: db)
            return attachment
        }
    }

    /// Counts of every stored file checked against its hash, for `chancery verify-blobs`.
    public struct BlobReport: Sendable {
        public var checked = 0
        public var bytes: Int64 = 0
        public var missing: [String] = []
        public var corrupted: [(sha256: String, actual: String)] = []
        public var isIntact: Bool { missing.isEmpty && corrupted.isEmpty }
    }

    /// Re-reads every stored file and compares it with its hash.
    public func verifyBlobs(progress: (Int) -> Void = { _ in }) async throws -> BlobReport {
        let rows = try await database.read { db in
            try await db.raw("SELECT sha256, size FROM blobs WHERE discarded_at IS NULL ORDER BY sha256").all().map {
                (try $0.decode(column: "sha256", as: String.self), try $0.decode(column: "size", as: Int64.self))
            }
        }
        var report = BlobReport()
        for (hash, size) in rows {
            switch blobs.check(hash, size: size) {
            case .intact: break
            case .missing: report.missing.append(hash)
            case .corrupted(let actual): report.corrupted.append((hash, actual))
            }
            report.checked += 1
            report.bytes += size
            progress(report.checked)
        }
        return report
    }

    package init(database: Database, objects: ObjectStore, blobs: BlobStore, audit: AuditLog, catalog: CategoryCatalog)
    {
        self.database = database
        self.objects = objects
        self.blobs = blobs
        self.audit = audit
        self.catalog = catalog
    }
}

/// Refusals about attachments.
package enum AttachmentError {
    package static let labelBelowObject = AppError(
        .conflict, type: "attachment-label-too-low", key: "attachment.error.labelBelowObject", field: "label")

    package static func typeNotAllowed(_ declared: String) -> AppError {
        AppError(
            .unsupportedMediaType, type: "file-type-not-allowed", key: "attachment.error.typeNotAllowed",
            ["type": String(declared.prefix(100)), "types": FileType.allCases.map(\.rawValue).joined(separator: ", ")])
    }

    package static func contentMismatch(_ declared: String) -> AppError {
        AppError(
            .unsupportedMediaType, type: "file-content-mismatch", key: "attachment.error.contentMismatch",
            ["type": declared])
    }

    package static let empty = AppError(.badRequest, type: "empty-file", key: "attachment.error.empty")

    /// An office document whose ZIP container is not of its declared kind (or no readable ZIP at all).
    package static func containerMismatch(_ type: FileType, _ problem: FileType.ContainerProblem) -> AppError {
        var arguments = ["type": type.rawValue]
        let reason: String
        switch problem {
        case .notAnArchive: reason = "attachment.container.notAnArchive"
        case .missingContentTypes: reason = "attachment.container.missingContentTypes"
        case .missingMainPart(let folder):
            reason = "attachment.container.missingMainPart"
            arguments["folder"] = folder
        case .mimetypeNotFirst: reason = "attachment.container.mimetypeNotFirst"
        case .mimetypeCompressed: reason = "attachment.container.mimetypeCompressed"
        case .wrongMimetype: reason = "attachment.container.wrongMimetype"
        case .missingManifest: reason = "attachment.container.missingManifest"
        }
        return AppError(
            .unsupportedMediaType, type: "file-content-mismatch", key: "attachment.error.containerMismatch", arguments,
            localizing: ["reason": reason])
    }
}

extension AttachmentError {
    /// The database knows the file but the disk has lost it: `chancery verify-blobs` says which.
    package static let fileMissing = AppError(
        .internalServerError, type: "file-missing", key: "attachment.error.fileMissing")

    /// A searchable PDF asked of a file that OCR did not read (its text was read on receipt, it is still waiting,
    /// or OCR failed).
    package static let noSearchablePDF = AppError(
        .notFound, type: "no-searchable-pdf", key: "attachment.error.noSearchablePDF")
}

/// The searchable PDF of an attachment, when OCR made one (the columns of a `LEFT JOIN`).
private struct SearchablePDFRow: Decodable {
    var pdfSha256: String?
    var pdfSize: Int64?
}

extension AttachmentStore {
    /// Keeps the text read from an attachment, for the search index, inside the caller's transaction.
    package func saveText(_ extracted: TextExtractor.Extracted, of attachmentID: String, on db: any SQLDatabase)
        async throws
    {
        try await db.raw(
            """
            INSERT INTO attachment_texts (attachment_id, extractor, text)
            VALUES (\(bind: attachmentID), \(bind: extracted.extractor), \(bind: extracted.text))
            """
        ).run()
    }
}
