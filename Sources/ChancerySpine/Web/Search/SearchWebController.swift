import ChanceryKit
import Foundation
import Hummingbird

/// `GET /search?q=…`: the search page, in the reader's language, over everything they may read.
package struct SearchWebController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/search", use: page)
        group.post("/search/saved", use: save)
        group.get("/search/saved/{id}", use: run)
        group.post("/search/saved/{id}/delete", use: delete)
    }

    @Sendable package func page(_ request: Request, context: SignedInContext) async throws -> Response {
        // The form is sent with GET, so the query string is form-encoded (a space is `+`).
        let parameters = WebForm.queryFields(request)
        return try await page(
            text: parameters["q"] ?? "", cursor: parameters["cursor"], notice: parameters["done"], context: context)
    }

    /// The search page for `text`: its results, the person's saved searches, and the form to save this one
    /// (shown again with its errors when saving was refused).
    private func page(
        text: String, cursor: String?, notice: String?, saveName: String = "", errors: FormErrors = FormErrors(),
        context: SignedInContext
    ) async throws -> Response {
        let t = context.localizer
        var model = SearchPage(
            t: Dictionary(uniqueKeysWithValues: SearchWebStrings.pageKeys.map { ($0, t("search.\($0)")) }), q: text)
        var label = SecurityLabel.unclassified
        var status: HTTPResponse.Status = errors.isEmpty ? .ok : .badRequest
        if !text.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                let query = try SearchController.parse(text)
                let offset = try SearchController.offset(cursor)
                let results = try await chancery.search.search(
                    query, text: text, offset: offset, limit: 20, by: context.principal)
                Self.addResults(results, query: query, text: text, offset: offset, t, to: &model)
                label = chancery.objects.dominantLabel(of: results.hits.map(\.object))
                model.canSave = true
            } catch let error as AppError where error.status == .badRequest {
                // A refused query is shown on the page itself, with the box to correct it.
                model.error = error.detail(t)
                status = .badRequest
            }
        }
        model.csrf = context.session.csrfToken
        model.saveName = saveName
        model.errors = errors.model(t)
        if !errors.isEmpty { model.canSave = true }
        if let notice, ["saved", "deleted"].contains(notice) { model.notice = t("saved.done.\(notice)") }
        let saved = try await chancery.savedSearches.all(of: context.principal)
        model.saved = saved.map { SearchPage.Saved(id: $0.id, name: $0.name, query: $0.query) }
        model.hasSaved = !saved.isEmpty
        let frame = PageFrame(
            title: t("search.title"), label: label, localizer: t, path: "/search", session: context.session)
        return PageRenderer.response("search", model, frame: frame, status: status)
    }

    // MARK: saved searches

    /// Keeps the search under a name; every field's refusal is shown at once on the search page.
    @Sendable package func save(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        let name = (fields["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let text = (fields["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FormErrors()
        errors.check("name", t) { try SavedSearchStore.check(name: name) }
        errors.check("q", t) { try SavedSearchStore.check(query: text) }
        if errors.isEmpty {
            do {
                try await chancery.savedSearches.save(name: name, query: text, by: context.principal)
                return .redirect(to: Self.link(text, done: "saved"), type: .normal)
            } catch let error as AppError {
                errors.add(error, field: "name", t)
            }
        }
        return try await page(text: text, cursor: nil, notice: nil, saveName: name, errors: errors, context: context)
    }

    /// Runs a saved search: the search page for its text, searched now, within what the person may read now.
    @Sendable package func run(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id), let saved = try await chancery.savedSearches.find(id, of: context.principal)
        else { throw AppError.notFound }
        return .redirect(to: Self.link(saved.query), type: .normal)
    }

    @Sendable package func delete(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try await WebForm.verified(request, session: context.session)
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppError.notFound }
        try await chancery.savedSearches.delete(id, by: context.principal)
        return .redirect(to: "/search?done=deleted", type: .normal)
    }

    /// The search page's link for a text (and a page of its results, or a notice).
    package static func link(_ q: String, cursor: String? = nil, done: String? = nil) -> String {
        var items = [URLQueryItem(name: "q", value: q)]
        if let cursor { items.append(URLQueryItem(name: "cursor", value: cursor)) }
        if let done { items.append(URLQueryItem(name: "done", value: done)) }
        var components = URLComponents()
        components.path = "/search"
        components.queryItems = items
        // A literal + would be read back as a space: the page reads its query string as a form.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        return components.string ?? "/search"
    }

    package static func addResults(
        _ results: SearchResults, query: SearchQuery, text: String, offset: Int, _ t: Localizer,
        to model: inout SearchPage
    ) {
        let link = { (q: String, cursor: String?) in Self.link(q, cursor: cursor) }
        let filters = query.filters
        func facet(_ id: String, _ counts: [String: Int], name: (String) -> String, filter: ((String) -> String)?)
            -> SearchPage.Facet
        {
            let values = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
                value, count in
                SearchPage.Facet.Value(
                    name: name(value), value: value, count: count, facet: id,
                    href: filter.map { link(text + " " + $0(value), nil) })
            }
            return SearchPage.Facet(id: id, name: t("search.\(id)"), values: values)
        }
        // an office may name its types in both languages (`search.type.<type>`); a type it does not name is shown as indexed
        func typeName(_ type: String) -> String {
            let key = "search.type.\(type)"
            let name = t(key)
            return name == key ? type : name
        }
        var facets: [SearchPage.Facet] = []
        facets.append(
            facet(
                "office", results.facets.office, name: { t("search.office.\($0)") },
                filter: filters.office == nil ? { "office:\($0)" } : nil))
        facets.append(
            facet("type", results.facets.type, name: typeName, filter: filters.type == nil ? { "type:\($0)" } : nil))
        let order = Classification.allCases.map(\.abbreviation)
        var classification = facet("classification", results.facets.classification, name: { $0 }, filter: nil)
        classification.values.sort { (order.firstIndex(of: $0.value) ?? 9) < (order.firstIndex(of: $1.value) ?? 9) }
        facets.append(classification)
        facets.append(
            facet(
                "year", results.facets.year, name: { $0 },
                filter: filters.fromDay == nil && filters.toDay == nil ? { "from:\($0) to:\($0)" } : nil))
        model.hits = results.hits.map { hit in
            SearchPage.Hit(
                id: hit.object.id, title: hit.object.title, banner: t.banner(hit.object.label),
                bannerClass: PageRenderer.bannerClass(hit.object.label.classification),
                office: t("search.office.\(hit.office)"), type: typeName(hit.type), snippet: hit.snippet,
                href: InstalledOffices.webPath(kind: hit.object.kind, id: hit.object.id), reference: hit.reference,
                date: hit.day.map { DayText.withWeekday($0, t) })
        }
        model.searched = true
        model.first = offset + 1
        model.facets = facets
        model.hasFacets = results.total > 0
        model.totalText =
            results.total == 0
            ? t("search.totalNone")
            : results.total == 1 ? t("search.totalOne") : t("search.total", ["count": String(results.total)])
        model.next = results.nextOffset.map { link(text, SearchController.cursor($0)) }
    }

    package init(chancery: Chancery) {
        self.chancery = chancery
    }
}
