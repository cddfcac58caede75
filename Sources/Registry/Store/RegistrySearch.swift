import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// What the registry gives the index for a record: its reference, series and document date for the filters,
/// its record type, and as text the reference, originator and their reference, addressees, keywords, metadata
/// values and the text of its current attachments. As fields, for `meta.<key>:` and `filename:`, each metadata
/// value under its key (in lower case) and the name of each of its files.
///
/// Only attachments labelled exactly as their record are indexed, text and name alike: one labelled higher
/// (allowed, see `AttachmentStore.check`) would otherwise let a reader of the record find, and read in a
/// snippet, words they may not read. Such a file is found through its record's own description only.
package struct RegistrySearchContributor: SearchContributor {
    package let kinds = [RegistryRecord.kind]

    /// Whether an attachment `a` of its object `o` is one of the records `ids` that the index may show: current,
    /// and labelled as its record.
    package static func isIndexed(_ ids: [String]) -> SQLQueryString {
        """
        a.object_id IN (\(binds: ids)) AND a.destroyed_at IS NULL
          AND a.classification = o.classification AND a.releasable = o.releasable AND a.categories = o.categories
        """
    }

    package func searchDocuments(of ids: [String], on db: any SQLDatabase) async throws -> [SearchDocument] {
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
            WHERE \(Self.isIndexed(ids))
              AND a.version = (SELECT MAX(n.version) FROM attachments n WHERE n.object_id = a.object_id AND n.name = a.name)
            ORDER BY a.object_id, a.name
            """
        ).all()
        for row in attachments {
            texts[try row.decode(column: "object_id", as: String.self), default: []]
                .append(try row.decode(column: "text", as: String.self))
        }
        let names = try await Self.fileNames(of: ids, on: db)
        return records.map { record in
            let details = record.details
            let described: [String?] =
                [record.reference, details.originator, details.originatorReference]
                + details.addressees + details.keywords + details.metadata.sorted { $0.key < $1.key }.map(\.value)
            var document = SearchDocument(
                objectID: record.object.id, office: "registry", type: details.recordType.lowercased(),
                reference: record.reference, series: record.series, day: details.documentDate ?? details.receivedDate,
                title: record.object.title,
                text: (described.compactMap { $0 } + texts[record.object.id, default: []]).joined(separator: "\n"))
            document.fields = Self.fields(metadata: details.metadata, fileNames: names[record.object.id, default: []])
            return document
        }
    }

    /// The names of the indexed attachments of these records.
    package static func fileNames(of ids: [String], on db: any SQLDatabase) async throws -> [String: [String]] {
        var names: [String: [String]] = [:]
        let rows = try await db.raw(
            "SELECT DISTINCT a.object_id, a.name FROM attachments a JOIN objects o ON o.id = a.object_id WHERE \(isIndexed(ids)) ORDER BY a.name"
        ).all()
        for row in rows {
            names[try row.decode(column: "object_id", as: String.self), default: []]
                .append(try row.decode(column: "name", as: String.self))
        }
        return names
    }

    /// A record's fields: `meta.<key>` for each metadata value (the key in lower case), `filename` for each file.
    package static func fields(metadata: [String: String], fileNames: [String]) -> [SearchDocument.Field] {
        metadata.sorted { $0.key < $1.key }.map {
            SearchDocument.Field(SearchQuery.metadataPrefix + $0.key.lowercased(), $0.value)
        }
            + fileNames.map { SearchDocument.Field(SearchQuery.filenameFilter, $0) }
    }

    /// The fields of every record, written straight to `search_fields` in batches: how an installation that
    /// had no field index gets one (`CreateSearchFields`), without rewriting the rest of the index.
    package static func backfillFields(on db: any SQLDatabase, batchSize: Int = 500) async throws {
        var after = ""
        while true {
            let rows = try await db.raw(
                """
                SELECT object_id, metadata FROM records WHERE object_id > \(bind: after) ORDER BY object_id LIMIT \(bind: batchSize)
                """
            ).all()
            guard !rows.isEmpty else { return }
            var metadata: [(String, [String: String])] = []
            for row in rows {
                let id = try row.decode(column: "object_id", as: String.self)
                let json = try row.decode(column: "metadata", as: String.self)
                metadata.append((id, try JSONDecoder().decode([String: String].self, from: Data(json.utf8))))
            }
            let names = try await fileNames(of: metadata.map(\.0), on: db)
            let fieldRows = metadata.flatMap { id, values in
                SearchIndex.rows(of: id, fields(metadata: values, fileNames: names[id, default: []]))
            }
            try await SearchIndex.insertFields(fieldRows, on: db)
            after = metadata.last?.0 ?? after
        }
    }
}
