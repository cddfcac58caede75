import ChanceryKit
import SQLKit

/// The field values of the index (`search_fields`): a metadata value under its key, a file's name, each in the
/// folded form that `meta.<key>:` and `filename:` filters compare, whole or by its beginning. A plain table
/// with a B-tree index, the same on SQLite and PostgreSQL (values compared as bytes); a filter is one more
/// condition on the index row `d`, so it is trimmed by the same predicate as every search.
extension SearchIndex {
    /// Rows inserted per statement (three bound values each, well under both databases' limits).
    package static let fieldRowsPerStatement = 1_000

    /// Replaces the field values of these documents' objects, inside the caller's transaction.
    package static func writeFields(of documents: some Collection<SearchDocument>, on db: any SQLDatabase) async throws
    {
        guard !documents.isEmpty else { return }
        try await db.raw("DELETE FROM search_fields WHERE object_id IN (\(binds: documents.map(\.objectID)))").run()
        try await insertFields(documents.flatMap { document in rows(of: document.objectID, document.fields) }, on: db)
    }

    /// The distinct folded rows of an object's fields (a value with no letter or digit is left out).
    package static func rows(of objectID: String, _ fields: [SearchDocument.Field]) -> [(
        object: String, name: String, value: String
    )] {
        var seen: Set<SearchDocument.Field> = []
        return fields.compactMap { field in
            let folded = SearchDocument.Field(field.name, SearchText.fieldValue(field.value))
            guard !folded.value.isEmpty, seen.insert(folded).inserted else { return nil }
            return (objectID, folded.name, folded.value)
        }
    }

    package static func insertFields(_ rows: [(object: String, name: String, value: String)], on db: any SQLDatabase)
        async throws
    {
        var start = 0
        while start < rows.count {
            let end = min(start + fieldRowsPerStatement, rows.count)
            let values: [SQLQueryString] = rows[start..<end].map {
                "(\(bind: $0.object), \(bind: $0.name), \(bind: $0.value))"
            }
            try await db.raw(
                "INSERT INTO search_fields (object_id, field, value) VALUES \(values.joined(separator: ", "))"
            ).run()
            start = end
        }
    }

    /// The condition of one field filter on the index row `d`: the object has a value of the field equal to the
    /// match, or beginning with it (a byte range, which the index on `(field, value)` serves).
    package static func fieldCondition(_ name: String, _ match: SearchQuery.FieldMatch) -> SQLQueryString {
        // U+10FFFF is the greatest character, and its UTF-8 bytes sort after those of any other.
        let value: SQLQueryString =
            match.isPrefix
            ? "f.value >= \(bind: match.value) AND f.value < \(bind: match.value + "\u{10FFFF}")"
            : "f.value = \(bind: match.value)"
        return "d.id IN (SELECT f.object_id FROM search_fields f WHERE f.field = \(bind: name) AND \(value))"
    }

    /// The conditions of a query's field filters.
    package static func fieldConditions(_ filters: SearchQuery.Filters) -> [SQLQueryString] {
        filters.metadata.sorted { $0.key < $1.key }.map {
            fieldCondition(SearchQuery.metadataPrefix + $0.key, $0.value)
        }
            + (filters.filename.map { [fieldCondition(SearchQuery.filenameFilter, $0)] } ?? [])
    }
}
