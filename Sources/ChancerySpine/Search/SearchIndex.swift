import ChanceryKit
import Foundation
import SQLKit

/// The owner of the search index: it writes each object's document in the transaction of the change that
/// altered it, rebuilds the whole index on demand, and answers queries (`SearchIndex+Query.swift`).
public struct SearchIndex: Sendable {
    package let database: Database
    package let audit: AuditLog
    package let catalog: CategoryCatalog
    package let contributors: [any SearchContributor]

    /// The contributor that describes objects of `kind`; the title alone when no module claims it.
    package func contributor(for kind: String) -> any SearchContributor {
        contributors.first { $0.kinds.contains(kind) } ?? TitleContributor(kinds: [kind])
    }

    // MARK: writing

    /// Re-reads the documents of these objects from their modules and writes them, inside the caller's
    /// transaction: every store calls this after a change, so the index is never behind a commit.
    package func refresh(_ ids: [String], on db: any SQLDatabase) async throws {
        guard !ids.isEmpty else { return }
        var idsByKind: [String: [String]] = [:]
        for row in try await db.raw("SELECT id, kind FROM objects WHERE id IN (\(binds: ids))").all() {
            idsByKind[try row.decode(column: "kind", as: String.self), default: []]
                .append(try row.decode(column: "id", as: String.self))
        }
        var documents: [SearchDocument] = []
        for (kind, ids) in idsByKind.sorted(by: { $0.key < $1.key }) {
            documents += try await contributor(for: kind).searchDocuments(of: ids, on: db)
        }
        let now = Clock.nowMilliseconds()
        var start = 0
        while start < documents.count {
            let end = min(start + Self.rowsPerStatement, documents.count)
            try await write(documents[start..<end], at: now, on: db)
            start = end
        }
    }

    /// Documents written per statement (well under both databases' limits on bound values).
    package static let rowsPerStatement = 250

    /// Upserts documents in two statements (`CROSS JOIN` keeps SQLite from scanning `objects` for a long list
    /// of values instead of looking each up): the index rows (each with its object's label and unit copied from
    /// `objects` in the same statement) and, on SQLite, their terms.
    package func write(_ documents: ArraySlice<SearchDocument>, at time: Int64, on db: any SQLDatabase) async throws {
        guard !documents.isEmpty else { return }
        let postgres = database.engine == .postgres
        let terms = documents.map(IndexedTerms.init)
        var rows: [SQLQueryString] = []
        for (document, terms) in zip(documents, terms) {
            let day = document.dayNumber
            var row: SQLQueryString = """
                (CAST(\(bind: document.objectID) AS TEXT), CAST(\(bind: document.office) AS TEXT), \
                CAST(\(bind: document.type) AS TEXT), CAST(\(bind: document.reference?.uppercased()) AS TEXT), \
                CAST(\(bind: document.series) AS TEXT), CAST(\(bind: day) AS BIGINT), CAST(\(bind: day.map { $0 / 10000 }) AS BIGINT)
                """
            if postgres { row += ", CAST(\(bind: terms.tsvector) AS tsvector)" }
            rows.append(row + ")")
        }
        let termsColumn: SQLQueryString = postgres ? ", terms" : ""
        let termsUpdate: SQLQueryString = postgres ? ", terms = excluded.terms" : ""
        let written = try await db.raw(
            """
            WITH v (id, office, doc_type, reference, series, doc_day, year\(termsColumn)) AS (VALUES \(rows.joined(separator: ", ")))
            INSERT INTO search_documents (id, kind, office, doc_type, reference, series, doc_day, year, classification,
                                          releasable, categories, owning_unit, open_to_unit, indexed_at\(termsColumn))
            SELECT o.id, o.kind, v.office, v.doc_type, v.reference, v.series, v.doc_day, v.year, o.classification,
                   o.releasable, o.categories, o.owning_unit, o.open_to_unit, \(bind: time)\(postgres ? ", v.terms" : "")
            FROM v CROSS JOIN objects o WHERE o.id = v.id
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, office = excluded.office, doc_type = excluded.doc_type,
                reference = excluded.reference, series = excluded.series, doc_day = excluded.doc_day,
                year = excluded.year, classification = excluded.classification, releasable = excluded.releasable,
                categories = excluded.categories, owning_unit = excluded.owning_unit,
                open_to_unit = excluded.open_to_unit, indexed_at = excluded.indexed_at\(termsUpdate)
            RETURNING doc_id, id
            """
        ).all()
        try await Self.writeFields(of: documents, on: db)
        guard !postgres, !written.isEmpty else { return }
        var documentIDs: [String: Int64] = [:]
        for row in written {
            documentIDs[try row.decode(column: "id", as: String.self)] = try row.decode(
                column: "doc_id", as: Int64.self)
        }
        var values: [SQLQueryString] = []
        for (document, terms) in zip(documents, terms) {
            guard let documentID = documentIDs[document.objectID] else { continue }
            values.append(
                "(\(bind: documentID), \(bind: terms.titleStems), \(bind: terms.textStems), \(bind: terms.words))")
        }
        try await db.raw(
            "INSERT OR REPLACE INTO search_terms (rowid, t, b, w) VALUES \(values.joined(separator: ", "))"
        ).run()
    }

    /// Indexes an object that no module describes (its title is all there is) right after the spine wrote it,
    /// from the object in hand. Modules that describe their kind call `refresh` once their own rows are written.
    package func refreshIfUndescribed(_ object: LabelledObject, on db: any SQLDatabase) async throws {
        guard !contributors.contains(where: { $0.kinds.contains(object.kind) }) else { return }
        try await write([TitleContributor.document(of: object)], at: Clock.nowMilliseconds(), on: db)
    }

    // MARK: rebuilding

    /// Rebuilds the document of every object, in batches of short transactions so that a serving node goes on
    /// answering and writing meanwhile; then compacts the index, and records who rebuilt it in the audit chain.
    /// Returns how many objects were indexed.
    public func reindex(
        batchSize: Int = 500, by actor: String, progress: @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) async throws -> Int {
        let total = try await database.read { db in
            Int(try await db.raw("SELECT COUNT(*) AS n FROM objects").first()?.decode(column: "n", as: Int64.self) ?? 0)
        }
        var done = 0
        var reported = 0
        var after = ""
        progress(0, total)
        while true {
            let from = after
            let ids = try await database.read { db in
                try await db.raw("SELECT id FROM objects WHERE id > \(bind: from) ORDER BY id LIMIT \(bind: batchSize)")
                    .all().map { try $0.decode(column: "id", as: String.self) }
            }
            guard let last = ids.last else { break }
            let engine = database.engine
            try await database.transaction { db in
                if engine == .postgres {
                    // Wait for (and hold off) edits of these objects: without the lock, a batch could read an
                    // object just before an edit commits and then write its document over the edit's newer one.
                    // (SQLite has one writer at a time: BEGIN IMMEDIATE already does this.)
                    try await db.raw("SELECT id FROM objects WHERE id IN (\(binds: ids)) ORDER BY id FOR UPDATE").run()
                }
                try await self.refresh(ids, on: db)
            }
            done += ids.count
            after = last
            // About every 1 %, so that a log of the progress stays short.
            if done - reported >= max(total / 100, 1) || ids.count < batchSize {
                progress(done, total)
                reported = done
            }
        }
        try await compact()
        let indexed = done
        try await database.transaction { db in
            try await self.audit.append(
                AuditEntry(actor: actor, action: "search.reindex", details: ["objects": String(indexed)]), on: db)
        }
        return done
    }

    /// Merges the index's segments a little at a time (SQLite), or refreshes the planner's statistics
    /// (PostgreSQL), so that queries after a rebuild read a compact index.
    package func compact() async throws {
        switch database.engine {
        case .sqlite:
            while true {
                let merged = try await database.transaction { db -> Bool in
                    let before = try await Self.totalChanges(db)
                    try await db.raw("INSERT INTO search_terms (search_terms, rank) VALUES ('merge', 500)").run()
                    return try await Self.totalChanges(db) - before >= 2
                }
                if !merged { break }
            }
        case .postgres:
            try await database.read { db in try await db.raw("ANALYZE search_documents").run() }
        }
    }

    package static func totalChanges(_ db: any SQLDatabase) async throws -> Int64 {
        try await db.raw("SELECT total_changes() AS n").first()?.decode(column: "n", as: Int64.self) ?? 0
    }

    /// How many objects the index holds, for `chancery search status`.
    public func documentCount() async throws -> Int {
        try await database.read { db in
            Int(
                try await db.raw("SELECT COUNT(*) AS n FROM search_documents").first()?.decode(
                    column: "n", as: Int64.self) ?? 0)
        }
    }
}

/// The terms of a document as both databases store them: stems of the title, stems of the rest, and every
/// distinct folded word (for prefixes).
package struct IndexedTerms {
    package var titleStems: String
    package var textStems: String
    package var words: String
    private var titleList: [String]
    private var textList: [String]
    private var wordList: [String]

    /// Words longer than this are not indexed (nor found), on both databases alike.
    package static let maxWordLength = 100

    package init(_ document: SearchDocument) {
        let title = SearchText.words(of: SearchDocument.capped(document.title, SearchDocument.maxTitle))
            .filter { $0.folded.utf8.count <= Self.maxWordLength }
        let text = SearchText.words(of: SearchDocument.capped(document.text, SearchDocument.maxText))
            .filter { $0.folded.utf8.count <= Self.maxWordLength }
        titleList = title.map { SearchText.stem($0.folded) }
        textList = text.map { SearchText.stem($0.folded) }
        var seen: Set<String> = []
        wordList = (title + text).map(\.folded).filter { seen.insert($0).inserted }
        titleStems = titleList.joined(separator: " ")
        textStems = textList.joined(separator: " ")
        words = wordList.joined(separator: " ")
    }

    /// The PostgreSQL `tsvector` literal: title stems at positions from 1 with weight A, the rest after a gap
    /// with weight B (so that no phrase spans the two), every word once at the last position with weight C.
    package var tsvector: String {
        let lastPosition = 16_383
        let lastStemPosition = 16_000
        var positions: [String: [String]] = [:]
        var order: [String] = []
        func add(_ lexeme: String, _ position: String) {
            if positions[lexeme] == nil { order.append(lexeme) }
            positions[lexeme, default: []].append(position)
        }
        var position = 1
        for stem in titleList {
            if (positions[stem]?.count ?? 0) < 254 { add(stem, "\(min(position, lastStemPosition))A") }
            position += 1
        }
        position += 1
        for stem in textList {
            if (positions[stem]?.count ?? 0) < 254 { add(stem, "\(min(position, lastStemPosition))B") }
            position += 1
        }
        for word in wordList { add(word, "\(lastPosition)C") }
        var literal = ""
        for lexeme in order {
            var seen: Set<String> = []
            let unique = positions[lexeme]!.filter { seen.insert(String($0.dropLast())).inserted }
            literal +=
                "'" + lexeme.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''")
                + "':" + unique.joined(separator: ",") + " "
        }
        return literal
    }
}
