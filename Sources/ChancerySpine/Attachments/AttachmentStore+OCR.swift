import ChanceryKit
import Foundation
import SQLKit

extension AttachmentStore {
    /// The job kind that reads a scanned attachment by OCR.
    package static let ocrJob = "attachment.ocr"

    /// Inside the caller's transaction (the one that records the file): a file from which no text could be read
    /// directly, and that OCR can read, gets its OCR job. True when it did.
    @discardableResult
    package func queueOCRIfNeeded(_ file: StagedFile, attachmentID: String, objectID: String, on db: any SQLDatabase)
        async throws -> Bool
    {
        guard file.text == nil, OCR.applies(to: file.type) else { return false }
        try await JobQueue(database: database, audit: audit, catalog: catalog)
            .enqueue(Self.ocrJob, subject: attachmentID, objectID: objectID, on: db)
        return true
    }

    /// The worker's side of OCR jobs.
    package var ocrHandler: OCRJobHandler { OCRJobHandler(attachments: self) }
}

/// Reads a scanned attachment by OCR (English and French), keeps the searchable PDF beside the original (stored
/// by its hash, referenced by the attachment so that it carries the attachment's label), saves the text for the
/// search index and refreshes the object's document, audited, in one transaction with the job's completion.
package struct OCRJobHandler: JobHandler {
    package let attachments: AttachmentStore
    package var kind: String { AttachmentStore.ocrJob }

    package func perform(_ job: Job, queue: JobQueue) async throws {
        let subject = job.subject
        let found = try await attachments.database.read { db in
            try await db.raw(
                "SELECT sha256, content_type FROM attachments WHERE id = \(bind: subject) AND destroyed_at IS NULL"
            ).first().map {
                (
                    try $0.decode(column: "sha256", as: String.self),
                    try $0.decode(column: "content_type", as: String.self)
                )
            }
        }
        // A file destroyed meanwhile has nothing left to read.
        guard let found, let type = FileType(rawValue: found.1) else {
            try await attachments.database.transaction { db in try await queue.complete(job, on: db) }
            return
        }
        let blobs = attachments.blobs
        let output = try blobs.temporaryPath(suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let text = try await OCR.read(blobs.path(of: found.0), type: type, into: output)
        let pdf = try blobs.adopt(output)
        let now = Clock.nowMilliseconds()
        // On PostgreSQL the row lock holds off a destruction until this commits (SQLite has one writer).
        let lock: SQLQueryString = attachments.database.engine == .postgres ? " FOR UPDATE" : ""
        let kept = try await attachments.database.transaction { db -> Bool in
            // Destroyed while it was read: nothing of it is kept.
            guard
                try await db.raw(
                    "SELECT id FROM attachments WHERE id = \(bind: subject) AND destroyed_at IS NULL\(lock)"
                ).first() != nil
            else {
                try await queue.complete(job, on: db)
                return false
            }
            try await db.raw(
                """
                INSERT INTO blobs (sha256, size, stored_at) VALUES (\(bind: pdf.sha256), \(bind: pdf.size), \(bind: now))
                ON CONFLICT (sha256) DO UPDATE SET discarded_at = NULL
                """
            ).run()
            try await db.raw("DELETE FROM attachment_searchable_pdfs WHERE attachment_id = \(bind: subject)").run()
            try await db.raw(
                """
                INSERT INTO attachment_searchable_pdfs (attachment_id, sha256, size, made_at)
                VALUES (\(bind: subject), \(bind: pdf.sha256), \(bind: pdf.size), \(bind: now))
                """
            ).run()
            try await db.raw("DELETE FROM attachment_texts WHERE attachment_id = \(bind: subject)").run()
            if !text.isEmpty {
                try await attachments.saveText(.init(text: text, extractor: "ocrmypdf"), of: subject, on: db)
            }
            try await attachments.objects.search.refresh([job.objectID], on: db)
            try await attachments.audit.append(
                AuditEntry(
                    actor: "system", action: "attachment.ocr", objectID: job.objectID,
                    details: [
                        "attachment": subject, "job": job.id, "languages": OCR.languages,
                        "characters": String(text.count), "searchablePdf": pdf.sha256,
                    ]),
                on: db)
            try await queue.complete(job, on: db)
            return true
        }
        if !kept, pdf.created { try? await attachments.discardIfUnreferenced(pdf.sha256) }
    }
}

extension AttachmentStore {
    /// Inside the transaction that destroys an object's files: the searchable PDFs made of them go too. Returns
    /// the hashes that no file refers to any more (marked discarded), for the caller to delete once committed.
    package func forgetSearchablePDFs(of objectID: String, on db: any SQLDatabase) async throws -> [String] {
        let hashes = try await db.raw(
            """
            SELECT DISTINCT p.sha256 FROM attachment_searchable_pdfs p JOIN attachments a ON a.id = p.attachment_id
            WHERE a.object_id = \(bind: objectID)
            """
        ).all().map { try $0.decode(column: "sha256", as: String.self) }
        try await db.raw(
            """
            DELETE FROM attachment_searchable_pdfs
            WHERE attachment_id IN (SELECT id FROM attachments WHERE object_id = \(bind: objectID))
            """
        ).run()
        var freed: [String] = []
        for hash in hashes.sorted() {
            let stillUsed = try await db.raw(
                """
                SELECT sha256 FROM attachments WHERE sha256 = \(bind: hash) AND destroyed_at IS NULL
                UNION ALL SELECT sha256 FROM attachment_searchable_pdfs WHERE sha256 = \(bind: hash)
                """
            ).first()
            guard stillUsed == nil else { continue }
            try await db.raw(
                "UPDATE blobs SET discarded_at = \(bind: Clock.nowMilliseconds()) WHERE sha256 = \(bind: hash)"
            ).run()
            freed.append(hash)
        }
        return freed
    }
}
