import Hummingbird

/// Resolves `Authorization: Bearer <token>` to an API session. Without a valid token the request goes on
/// unauthenticated, and a route that needs a principal refuses it.
package struct BearerAuthenticator: RouterMiddleware {
    package typealias Context = AppRequestContext
    package let sessions: SessionStore

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws
        -> Response
    {
        var context = context
        if let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") {
            let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            context.session = try await sessions.resolve(token, kind: .api)
            if let language = context.session?.account.language { context.language = language }
        }
        return try await InLanguage.run(context.language) { try await next(request, context) }
    }
}

/// Resolves the session cookie of the web pages.
package struct SessionAuthenticator: RouterMiddleware {
    package typealias Context = AppRequestContext
    package static let cookieName = "chancery_session"
    package let sessions: SessionStore

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws
        -> Response
    {
        var context = context
        if let cookie = request.cookies[Self.cookieName] {
            context.session = try await sessions.resolve(cookie.value, kind: .web)
            if let language = context.session?.account.language { context.language = language }
        }
        return try await InLanguage.run(context.language) { try await next(request, context) }
    }
}

/// An error on its way out, with the language of the signed-in user who met it: the error middleware runs
/// before authentication, so it learns the user's saved language from here.
package struct InLanguage: Error {
    package let error: any Error
    package let language: Language

    package static func run(_ language: Language, _ body: () async throws -> Response) async throws -> Response {
        do { return try await body() } catch let error as InLanguage { throw error } catch {
            throw InLanguage(error: error, language: language)
        }
    }
}
