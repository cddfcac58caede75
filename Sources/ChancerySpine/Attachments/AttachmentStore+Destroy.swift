import Foundation
import SQLKit

/// Destroying the files of an object: the registry's destruction of a record, the anonymisation of a candidate's
/// application. The rows stay (marked destroyed, for the audit trail and a certificate); the content goes.
extension AttachmentStore {
    /// Inside the caller's transaction: marks every file of the object destroyed, deletes the text read from them
    /// and refreshes the object's search document without them. Returns the files' descriptions (name, version,
    /// hash) and the hashes no file refers to any more, for `discardFiles` once the transaction committed.
    package func destroyFiles(of id: String, on db: any SQLDatabase) async throws -> (
        files: [String], freed: [String]
    ) {
        let rows = try await db.raw(
            "SELECT name, version, sha256 FROM attachments WHERE object_id = \(bind: id) AND destroyed_at IS NULL ORDER BY name, version"
        ).all()
        let files = try rows.map {
            "\(try $0.decode(column: "name", as: String.self)) v\(try $0.decode(column: "version", as: Int64.self)) "
                + (try $0.decode(column: "sha256", as: String.self))
        }
        let hashes = Set(try rows.map { try $0.decode(column: "sha256", as: String.self) })
        // The text read from the files goes with them.
        try await db.raw(
            "DELETE FROM attachment_texts WHERE attachment_id IN (SELECT id FROM attachments WHERE object_id = \(bind: id))"
        ).run()
        try await db.raw(
            "UPDATE attachments SET destroyed_at = \(bind: Clock.nowMilliseconds()) WHERE object_id = \(bind: id) AND destroyed_at IS NULL"
        ).run()
        // The record's document loses the files' text and names with them.
        try await objects.search.refresh([id], on: db)
        var freed: [String] = []
        for hash in hashes.sorted() {
            let stillUsed = try await db.raw(
                "SELECT id FROM attachments WHERE sha256 = \(bind: hash) AND destroyed_at IS NULL"
            ).first()
            if stillUsed == nil {
                try await db.raw(
                    "UPDATE blobs SET discarded_at = \(bind: Clock.nowMilliseconds()) WHERE sha256 = \(bind: hash)"
                ).run()
                freed.append(hash)
            }
        }
        freed += try await forgetSearchablePDFs(of: id, on: db)
        return (files, freed)
    }

    /// Deletes the stored files of destroyed content, after the destruction committed (`destroyFiles`).
    package func discardFiles(_ hashes: [String]) async throws {
        for hash in hashes {
            // Unless the same content was attached again meanwhile.
            let discarded = try await database.read { db in
                try await db.raw("SELECT sha256 FROM blobs WHERE sha256 = \(bind: hash) AND discarded_at IS NOT NULL")
                    .first()
            }
            if discarded != nil { try? FileManager.default.removeItem(atPath: blobs.path(of: hash)) }
        }
    }
}
