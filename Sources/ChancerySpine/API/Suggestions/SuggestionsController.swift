import ChanceryKit
import Hummingbird

/// Autocomplete: `GET /api/v1/suggestions/{kind}?q=…&limit=…` for API clients, and `GET /suggest/{kind}?q=…` for
/// the pages' script (`/assets/suggest.js`), which reaches it with the session cookie. Both answer
/// `{"items": [{"value", "label"}]}` from the source of that kind (the spine's or an office's), trimmed to what the
/// principal may read, under the dominant label of what it names.
package struct SuggestionsController {
    package let chancery: Chancery

    /// How many suggestions come back unless `limit` says otherwise, and at most.
    package static let standardLimit = 10
    package static let maxLimit = 25
    /// The longest text matched.
    package static let maxText = 100

    package struct Body: Encodable, Sendable {
        package var items: [Suggestion]
    }

    package func addAPIRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("suggestions/{kind}", use: suggest)
    }

    package func addWebRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/suggest/{kind}", use: suggest)
    }

    /// Every source of this installation: the spine's, then each office's.
    package var sources: [any SuggestionSource] {
        SpineSuggestions.sources + chancery.offices.flatMap(\.suggestionSources)
    }

    @Sendable package func suggest(_ request: Request, context: SignedInContext) async throws -> Response {
        let kind = try context.parameters.require("kind")
        let sources = self.sources
        guard let source = sources.first(where: { $0.kind == kind }) else {
            throw AppError(
                .notFound, type: "unknown-suggestion-kind", key: "suggest.error.unknownKind",
                ["kind": String(kind.prefix(40)), "kinds": sources.map(\.kind).joined(separator: ", ")])
        }
        // Read as a form, like the search: `q=two+words` is two words (a literal + is %2B).
        let parameters = WebForm.queryFields(request)
        let text = try FieldRules.text(parameters["q"] ?? "", field: "q", max: Self.maxText)
        let limit = try Pagination.limit(parameters["limit"], standard: Self.standardLimit, max: Self.maxLimit)
        let suggestions = try await source.suggest(
            matching: text, limit: limit, by: context.principal, chancery: chancery, language: context.language)
        return try JSONResponse.make(Body(items: suggestions.items), banner: suggestions.label.banner)
    }
}
