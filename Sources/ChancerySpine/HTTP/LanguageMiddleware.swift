import Hummingbird

/// Picks the answer's language: the signed-in user's choice, else the language cookie, else Accept-Language.
package struct LanguageMiddleware: RouterMiddleware {
    package typealias Context = AppRequestContext
    package static let cookieName = "chancery_lang"

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws
        -> Response
    {
        var context = context
        if let cookie = request.cookies[Self.cookieName], let language = Language(rawValue: cookie.value) {
            context.language = language
        } else {
            context.language = Language.preferred(byAcceptLanguage: request.headers[.acceptLanguage])
        }
        return try await next(request, context)
    }
}
