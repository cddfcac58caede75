import ChanceryKit
import SQLKit

/// What the registry gives the index for a record: its reference, series and document date for the filters,
/// its record type, and as text the reference, originator and their reference, addressees, keywords, metadata
/// values and the text of its current attachments.
///
/// Only attachments labelled exactly as their record are indexed: one labelled higher (allowed, see
/// `AttachmentStore.check`) would otherwise let a reader of the record find, and read in a snippet, words
/// they may not read. Such a file is found through its record's own description only.
struct RegistrySearchContributor: SearchContributor {
    let kinds = [RegistryRecord.kind]

    func searchDocuments(of ids: [String], on db: any SQLDatabase) async throws -> [SearchDocument] {
        guard !ids.isEmpty else { return [] }
        let records = try await db.raw(
            "SELECT \(LabelledObject.columns)\(RegistryRecord.columns) FROM objects o \(RegistryRecord.join) WHERE o.id IN (\(binds: ids))"
        ).all().map(RegistryRecord.init(row:))
        var texts: [String: [String]] = [:]
        let attachments = try await db.raw(
            """
            SELECT a.object_id, t.text FROM attachments a
            JOIN attachment_texts t ON t.attachment_id = a.id
            JOIN objects o ON o.id = a.object_id
            WHERE a.object_id IN (\(binds: ids)) AND a.destroyed_at IS NULL
              AND a.classification = o.classification AND a.releasable = o.releasable AND a.categories = o.categories
              AND a.version = (SELECT MAX(n.version) FROM attachments n WHERE n.object_id = a.object_id AND n.name = a.name)
            ORDER BY a.object_id, a.name
            """
        ).all()
        for row in attachments {
            texts[try row.decode(column: "object_id", as: String.self), default: []]
                .append(try row.decode(column: "text", as: String.self))
        }
        return records.map { record in
            let details = record.details
            let described: [String?] =
                [record.reference, details.originator, details.originatorReference]
                + details.addressees + details.keywords + details.metadata.sorted { $0.key < $1.key }.map(\.value)
            return SearchDocument(
                objectID: record.object.id, office: "registry", type: details.recordType.lowercased(),
                reference: record.reference, series: record.series, day: details.documentDate ?? details.receivedDate,
                title: record.object.title,
                text: (described.compactMap { $0 } + texts[record.object.id, default: []]).joined(separator: "\n"))
        }
    }
}
