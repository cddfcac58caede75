import ChanceryKit
import Crypto
import Foundation
import Hummingbird

/// A person's saved searches through the API (`/api/v1/saved-searches`): the list of the caller's own, keeping one
/// (idempotent with `Idempotency-Key`), reading one, and deleting one. Everything is scoped to the caller in SQL
/// (`SavedSearchStore`): another person's saved search is not found, exactly like one that does not exist. Saving
/// and deleting are audited in the same transaction as the change.
package struct SavedSearchesController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("saved-searches", use: list)
        group.post("saved-searches", use: create)
        group.get("saved-searches/{id}", use: show)
        group.delete("saved-searches/{id}", use: delete)
    }

    /// `POST /api/v1/saved-searches`: a name and the text of a search.
    package struct CreateRequest: Decodable {
        package var name: String
        package var q: String
    }

    /// A saved search: its text, to run with `GET /api/v1/search?q=…`.
    package struct Body: Codable, Sendable {
        package var id: String
        package var name: String
        package var q: String
        package var created: String

        init(_ saved: SavedSearch) {
            id = saved.id
            name = saved.name
            q = saved.query
            created = Clock.iso8601(saved.createdAt)
        }
    }

    /// `GET /api/v1/saved-searches`: the caller's own, by name, paged like every list (`limit`, `cursor`,
    /// `withTotal`; the next page's cursor as `nextCursor`, as the spine's lists name it).
    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let store = chancery.savedSearches
        let principal = context.principal
        return try await ListPage(request) { !$0.isEmpty && $0.count <= SavedSearchStore.maxName }.respond(
            nextKey: .nextCursor,
            fetch: { after, limit in try await store.page(of: principal, after: after, limit: limit) },
            count: { try await store.count(of: principal) }, banner: { _ in nil }, body: Body.init)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try JSONResponse.make(Body(try await find(context)))
    }

    /// Keeps the search under its name: `201` with its address, or `200` when the name was already the caller's
    /// (its text is replaced).
    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, raw) = try await JSONBody.decode(CreateRequest.self, from: request)
        let (name, query) = try SavedSearchStore.checked(name: body.name, query: body.q)
        let principal = context.principal
        let store = chancery.savedSearches
        let requestHash = SHA256.hash(data: Data("POST /api/v1/saved-searches\n".utf8) + raw).hexString
        let response = try await chancery.idempotency.perform(
            key: request.headers[.idempotencyKey], userID: principal.id, requestHash: requestHash
        ) { db in
            let (saved, replaced) = try await store.save(name: name, query: query, by: principal, on: db)
            return .done(
                StoredResponse(
                    status: replaced ? 200 : 201, body: try JSONResponse.encode(Body(saved)),
                    location: "/api/v1/saved-searches/\(saved.id)", replayed: false))
        }
        var answer = JSONResponse.make(
            response.body, status: .init(code: response.status), location: response.location)
        if response.replayed { answer.headers[.idempotentReplayed] = "true" }
        return answer
    }

    @Sendable package func delete(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw Self.notFound(id) }
        do {
            try await chancery.savedSearches.delete(id, by: context.principal)
        } catch let error as AppError where error.status == .notFound {
            throw Self.notFound(id)
        }
        return Response(status: .noContent)
    }

    private func find(_ context: SignedInContext) async throws -> SavedSearch {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id), let saved = try await chancery.savedSearches.find(id, of: context.principal)
        else { throw Self.notFound(id) }
        return saved
    }

    /// The same refusal for a saved search that is another person's and one that does not exist.
    static func notFound(_ id: String) -> AppError {
        AppError(.notFound, type: "saved-search-not-found", key: "saved.error.notFound", ["id": String(id.prefix(40))])
    }
}
