import ChanceryKit
import Foundation
import SQLKit

/// A page of search results: how many readable objects match, the hits of the page in order of relevance,
/// the facets of the whole readable set, and where the next page starts.
public struct SearchResults: Sendable {
    public var total: Int
    public var hits: [SearchHit]
    public var facets: SearchFacets
    /// The offset of the next page, nil on the last.
    public var nextOffset: Int?
}

/// One object found: what the list shows of it, and the excerpt around the words found.
public struct SearchHit: Sendable, LabelledItem {
    public var object: LabelledObject
    public var office: String
    public var type: String
    public var reference: String?
    public var day: String?
    /// HTML: the object's own text, escaped, with the words found in `<mark>`.
    public var snippet: String
}

/// Counts of the matching readable objects by office, type, classification (abbreviation) and year.
public struct SearchFacets: Sendable, Equatable {
    public var office: [String: Int] = [:]
    public var type: [String: Int] = [:]
    public var classification: [String: Int] = [:]
    public var year: [String: Int] = [:]
}

extension SearchIndex {
    /// The deepest a result list may be paged.
    public static let maxOffset = 10_000

    /// The readable objects matching `query`: the security predicate is part of the one query that matches,
    /// ranks and limits (never "top N, then filter"), and of the one that counts the facets. A page that shows
    /// NC+ or compartmented objects is an audited read of each, with the query in the event.
    public func search(
        _ query: SearchQuery, text: String, offset: Int = 0, limit: Int = 20, by principal: Principal
    ) async throws -> SearchResults {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        let plan = plan(query, scope: scope)
        let index = self
        return try await database.transaction { db in
            let (ids, total, facets) = try await index.matches(plan, offset: offset, limit: limit, on: db)
            let hits = try await index.hits(ids, query: query, scope: scope, on: db)
            let shown = hits.map(\.object).filter(\.readIsAudited).map(\.id)
            if !shown.isEmpty {
                try await index.audit.append(
                    AuditEntry(
                        actor: principal.id, action: "object.search", relatedObjectIDs: shown,
                        details: ["count": String(shown.count), "query": String(text.prefix(SearchQuery.maxLength))]),
                    on: db)
            }
            let end = offset + limit
            let next = ids.count == limit && end < total && end <= Self.maxOffset ? end : nil
            return SearchResults(total: total, hits: hits, facets: facets, nextOffset: next)
        }
    }

    /// Every object matching `query`, ignoring who asks (ids in rank order, and the facets): for the
    /// differential test and the benchmark's "untrimmed" figures only. Never reachable from the API.
    package func searchUntrimmed(_ query: SearchQuery, limit: Int) async throws -> (
        ids: [String], total: Int, facets: SearchFacets
    ) {
        let plan = plan(query, scope: nil)
        return try await database.read { db in try await self.matches(plan, offset: 0, limit: limit, on: db) }
    }

    /// The same as `search` without building hits or auditing: ids in rank order and the facets, trimmed.
    package func searchIDs(_ query: SearchQuery, limit: Int, by principal: Principal) async throws
        -> (ids: [String], total: Int, facets: SearchFacets)
    {
        let plan = plan(query, scope: SecurityScope(principal: principal, catalog: catalog, engine: database.engine))
        return try await database.read { db in try await self.matches(plan, offset: 0, limit: limit, on: db) }
    }

    // MARK: the SQL

    /// The parts of the statement a query needs on this engine: `rank` is a number, lower is better.
    package struct Plan {
        package var from: SQLQueryString
        package var conditions: SQLQueryString
        package var rank: SQLQueryString
    }

    package func plan(_ query: SearchQuery, scope: SecurityScope?) -> Plan {
        var conditions: [SQLQueryString] = []
        var from: SQLQueryString = "search_documents d"
        // Without words, the newest first.
        var rank: SQLQueryString = "CAST(-COALESCE(d.doc_day, 0) AS DOUBLE PRECISION)"
        switch database.engine {
        case .sqlite:
            if let expression = query.fts5Expression {
                from = "search_terms JOIN search_documents d ON d.doc_id = search_terms.rowid"
                conditions.append("search_terms MATCH \(bind: expression)")
                rank = "bm25(search_terms, 4.0, 1.0, 0.5)"
            }
        case .postgres:
            if let expression = query.tsquery {
                conditions.append("d.terms @@ CAST(\(bind: expression) AS tsquery)")
                rank = "CAST(-ts_rank(d.terms, CAST(\(bind: expression) AS tsquery)) AS DOUBLE PRECISION)"
            }
        }
        // Only the matches are visited, so the per-row probe of the access entries (a primary-key lookup) is
        // cheaper than gathering every id granted to a principal of many units; without a unit, the set.
        if let scope { conditions.append(scope.readable("d", lookup: scope.pageLookup)) }
        let filters = query.filters
        if let reference = filters.reference {
            // A prefix as a byte range, which the index on `reference` serves.
            conditions.append("d.reference >= \(bind: reference) AND d.reference < \(bind: reference + "\u{7F}")")
        }
        if let level = filters.maxClassification {
            conditions.append("d.classification <= \(bind: Int64(level.rawValue))")
        }
        if let series = filters.series { conditions.append("d.series = \(bind: series)") }
        if let office = filters.office { conditions.append("d.office = \(bind: office)") }
        if let type = filters.type { conditions.append("d.doc_type = \(bind: type)") }
        if let from = filters.fromDay { conditions.append("d.doc_day >= \(bind: Int64(from))") }
        if let to = filters.toDay { conditions.append("d.doc_day <= \(bind: Int64(to))") }
        conditions += Self.fieldConditions(filters)
        let condition: SQLQueryString = conditions.isEmpty ? "1 = 1" : conditions.joined(separator: " AND ")
        return Plan(from: from, conditions: condition, rank: rank)
    }

    /// One pass over the matching (readable) rows: they are gathered once, with their rank, and the one
    /// statement returns both the facet counts (hence the total) and the page's ids with their rank.
    package func matches(_ plan: Plan, offset: Int, limit: Int, on db: any SQLDatabase) async throws
        -> (ids: [String], total: Int, facets: SearchFacets)
    {
        let rows = try await db.raw(
            """
            WITH m AS MATERIALIZED (
                SELECT d.id, d.office, d.doc_type, d.classification, d.year, \(plan.rank) AS r
                FROM \(plan.from) WHERE \(plan.conditions)
            )
            SELECT 'f' AS part, office, doc_type, classification, year, COUNT(*) AS n,
                   CAST(NULL AS TEXT) AS id, CAST(NULL AS DOUBLE PRECISION) AS r
            FROM m GROUP BY office, doc_type, classification, year
            UNION ALL
            SELECT * FROM (
                SELECT 'h' AS part, CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT),
                       CAST(NULL AS BIGINT), id, r
                FROM m ORDER BY r, id DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
            ) page
            """
        ).all()
        var facets = SearchFacets()
        var total = 0
        var hits: [(id: String, rank: Double)] = []
        for row in rows {
            if try row.decode(column: "part", as: String.self) == "h" {
                hits.append(
                    (try row.decode(column: "id", as: String.self), try row.decode(column: "r", as: Double.self)))
                continue
            }
            let count = Int(try row.decode(column: "n", as: Int64.self))
            total += count
            facets.office[try row.decode(column: "office", as: String.self), default: 0] += count
            facets.type[try row.decode(column: "doc_type", as: String.self), default: 0] += count
            let level = Classification(rawValue: Int(try row.decode(column: "classification", as: Int64.self)))
            facets.classification[level?.abbreviation ?? "?", default: 0] += count
            if let year = try row.decode(column: "year", as: Int64?.self) {
                facets.year[String(year), default: 0] += count
            }
        }
        // A union does not promise the order of its parts: the page is put in rank order here.
        hits.sort { $0.rank != $1.rank ? $0.rank < $1.rank : $0.id > $1.id }
        return (hits.map(\.id), total, facets)
    }

    /// A hit's object and its `search_documents` columns.
    private struct HitRow: Decodable {
        var object: LabelledObject
        var office: String
        var docType: String
        var reference: String?
        var docDay: Int64?
    }

    /// The page's objects, read again through the security predicate on `objects`, with their snippets cut
    /// from the text their modules give now.
    package func hits(_ ids: [String], query: SearchQuery, scope: SecurityScope, on db: any SQLDatabase) async throws
        -> [SearchHit]
    {
        guard !ids.isEmpty else { return [] }
        let rows = try await db.raw(
            """
            SELECT \(LabelledObject.columns), d.office, d.doc_type, d.reference, d.doc_day
            FROM search_documents d JOIN objects o ON o.id = d.id
            WHERE d.id IN (\(binds: ids)) AND \(scope.readable())
            """
        ).all()
        var found: [String: SearchHit] = [:]
        for row in rows {
            let hit = try row.decodeModel(HitRow.self)
            // `doc_day` is YYYYMMDD as a number.
            let day = hit.docDay.map {
                String(format: "%04d-%02d-%02d", Int($0 / 10000), Int($0 / 100 % 100), Int($0 % 100))
            }
            found[hit.object.id] = SearchHit(
                object: hit.object, office: hit.office, type: hit.docType, reference: hit.reference, day: day,
                snippet: "")
        }
        let terms = query.highlighted
        var idsByKind: [String: [String]] = [:]
        for hit in found.values { idsByKind[hit.object.kind, default: []].append(hit.object.id) }
        for (kind, kindIDs) in idsByKind {
            for document in try await contributor(for: kind).searchDocuments(of: kindIDs, on: db) {
                // The excerpt of the text around the words found; the title's when only the title holds them.
                let inText = SearchSnippet.make(
                    from: SearchDocument.capped(document.text, SearchDocument.maxText), stems: terms.stems,
                    prefixes: terms.prefixes)
                found[document.objectID]?.snippet =
                    inText.contains("<mark>") || !query.hasText
                    ? inText : SearchSnippet.make(from: document.title, stems: terms.stems, prefixes: terms.prefixes)
            }
        }
        return ids.compactMap { found[$0] }
    }
}
