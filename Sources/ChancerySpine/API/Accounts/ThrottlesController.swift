import ChanceryKit
import Hummingbird

/// The sign-in throttle's counters, for administrators: who is being made to wait, and clearing a counter (for
/// a person locked out by someone else's guesses). Every clearing is audited.
package struct ThrottlesController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("admin/throttles", use: list)
        group.delete("admin/throttles/{id}", use: clear)
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let throttles = chancery.users.throttles
        let now = throttles.currentTime()
        return try await ListPage(request).respond(
            fetchAfter: { after, limit in try await throttles.list(after: after, limit: limit) }, key: \.id,
            body: { ThrottleBody($0, now: now) })
    }

    @Sendable package func clear(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id),
            try await chancery.users.throttles.clear(id: id, actor: context.account.id) != nil
        else {
            throw AppError(
                .notFound, type: "throttle-not-found", key: "throttle.error.notFound", ["id": String(id.prefix(40))])
        }
        return Response(status: .noContent)
    }
}
