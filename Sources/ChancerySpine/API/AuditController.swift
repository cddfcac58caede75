import ChanceryKit
import Hummingbird

/// `GET /api/v1/audit?object=ID`: the events of one object, for auditors. Labels still apply: an auditor
/// sees the events of an object only if they may read the object itself.
package struct AuditController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("audit", use: events)
    }

    @Sendable package func events(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.auditor)
        guard let objectID = request.uri.queryParameters["object"].map(String.init), !objectID.isEmpty else {
            throw AppError.invalidQuery("object", reasonKey: "reason.auditObject")
        }
        let limit = try Pagination.limit(request)
        var after: Int64 = 0
        if let cursor = request.uri.queryParameters["cursor"] {
            guard let value = Int64(String(cursor)), value >= 0 else { throw AppError.badCursor }
            after = value
        }
        let events = try await chancery.objects.auditTrail(
            of: objectID, after: after, limit: limit, by: context.principal)
        let next = events.count == limit ? events.last.map { String($0.sequence) } : nil
        return try JSONResponse.make(PageBody(items: events, next: next, nextKey: .nextCursor))
    }
}
