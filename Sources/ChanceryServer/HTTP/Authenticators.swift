import Hummingbird

/// Resolves `Authorization: Bearer <token>` to an API session. Without a valid token the request goes on
/// unauthenticated, and a route that needs a principal refuses it.
struct BearerAuthenticator: RouterMiddleware {
    typealias Context = AppRequestContext
    let sessions: SessionStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        if let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") {
            let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            context.session = try await sessions.resolve(token, kind: .api)
            if let language = context.session?.account.language { context.language = language }
        }
        return try await next(request, context)
    }
}

/// Resolves the session cookie of the web pages.
struct SessionAuthenticator: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "chancery_session"
    let sessions: SessionStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        if let cookie = request.cookies[Self.cookieName] {
            context.session = try await sessions.resolve(cookie.value, kind: .web)
            if let language = context.session?.account.language { context.language = language }
        }
        return try await next(request, context)
    }
}
