import ChanceryKit
import Foundation
import Hummingbird

/// `GET /api/v1/search?q=…&cursor=…&limit=…`: security-trimmed full-text search over every office.
package struct SearchController {
    package let chancery: Chancery

    package struct HitBody: Codable, Sendable {
        package var id: String
        package var kind: String
        package var office: String
        package var type: String
        package var reference: String?
        package var title: String
        package var date: String?
        /// HTML: escaped text with the words found in `<mark>`.
        package var snippet: String
        package var label: SecurityLabelForm
        package var banner: String

        package init(_ hit: SearchHit) {
            id = hit.object.id
            kind = hit.object.kind
            office = hit.office
            type = hit.type
            reference = hit.reference
            title = hit.object.title
            date = hit.day
            snippet = hit.snippet
            label = SecurityLabelForm(hit.object.label)
            banner = hit.object.label.banner
        }
    }

    package struct FacetsBody: Codable, Sendable {
        package var office: [String: Int]
        package var type: [String: Int]
        package var classification: [String: Int]
        package var year: [String: Int]
    }

    package struct ResultsBody: Codable, Sendable {
        package var total: Int
        package var hits: [HitBody]
        package var facets: FacetsBody
        package var next: String?
    }

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("search", use: search)
    }

    @Sendable package func search(_ request: Request, context: SignedInContext) async throws -> Response {
        // Read as a form, like the page's search box: `q=two+words` is two words (a literal + is %2B).
        let parameters = WebForm.queryFields(request)
        let text = parameters["q"] ?? ""
        let query = try Self.parse(text)
        let offset = try Self.offset(parameters["cursor"])
        let limit = try Pagination.limit(request, standard: 20, max: 100)
        let results = try await chancery.search.search(
            query, text: text, offset: offset, limit: limit, by: context.principal)
        let body = ResultsBody(
            total: results.total, hits: results.hits.map(HitBody.init),
            facets: FacetsBody(
                office: results.facets.office, type: results.facets.type,
                classification: results.facets.classification, year: results.facets.year),
            next: results.nextOffset.map(Self.cursor))
        return try JSONResponse.make(
            body, banner: chancery.objects.dominantLabel(of: results.hits.map(\.object)).banner)
    }

    /// The query, or the 400 that says what is wrong with it.
    package static func parse(_ text: String) throws -> SearchQuery {
        do { return try SearchQuery(parsing: text, offices: InstalledOffices.catalog.searchOffices) } catch {
            throw AppError.invalidSearch(error)
        }
    }

    /// The opaque cursor of a result page is its offset; deeper than `SearchIndex.maxOffset` is refused.
    package static func cursor(_ offset: Int) -> String { Pagination.encode("s\(offset)") ?? "" }

    package static func offset(_ cursor: String?) throws -> Int {
        guard let cursor, !cursor.isEmpty else { return 0 }
        guard let text = Pagination.decode(cursor), text.first == "s", let offset = Int(text.dropFirst()),
            (0...SearchIndex.maxOffset).contains(offset)
        else { throw AppError.badCursor }
        return offset
    }
}
