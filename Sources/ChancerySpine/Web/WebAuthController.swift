import ChanceryKit
import Hummingbird

/// Sign-in, sign-out and the language switch of the web pages.
///
/// The language switch changes stored state (the account's language) only through a POST carrying the session's
/// CSRF token; a GET of `/language/{code}` (an old link, or one planted on another site) changes nothing stored.
package struct WebAuthController {
    package static let loginCookie = "chancery_login"
    package let chancery: Chancery
    package var cookies: CookieJar { CookieJar(secure: chancery.configuration.secureCookies) }

    package func addRoutes(to router: RouterGroup<AppRequestContext>) {
        router.get("/", use: root)
        router.get("/login", use: loginPage)
        router.post("/login", use: login)
        router.get("/language/{code}", use: languagePage)
        router.post("/language", use: switchLanguage)
    }

    package func addSignedInRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("/logout", use: logout)
    }

    @Sendable package func root(_ request: Request, context: AppRequestContext) async throws -> Response {
        .redirect(to: context.session == nil ? "/login" : "/home", type: .normal)
    }

    @Sendable package func loginPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        if context.session != nil { return .redirect(to: "/home", type: .normal) }
        let notice = request.uri.queryParameters["signedOut"] != nil ? context.localizer("login.loggedOut") : nil
        return page(context: context, username: "", error: nil, notice: notice, status: .ok)
    }

    @Sendable package func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        let fields = try await WebForm.fields(request)
        let username = fields["username"] ?? ""
        guard let token = fields["_csrf"], let cookie = request.cookies[Self.loginCookie]?.value,
            WebForm.constantTimeEquals(token, cookie)
        else {
            return page(context: context, username: username, error: AppError.csrf, notice: nil, status: .forbidden)
        }
        do {
            let address = ClientAddress.of(request, context: context, trusting: chancery.configuration.trustedProxies)
            let account = try await chancery.users.authenticate(
                username: username, password: fields["password"] ?? "", from: address)
            let lifetime = chancery.configuration.sessionLifetime
            let (secret, _) = try await chancery.sessions.open(for: account, kind: .web, lifetime: lifetime)
            var response = Response.redirect(to: "/home", type: .normal)
            response.setCookie(cookies.session(secret, lifetime: lifetime))
            response.setCookie(cookies.expired(Self.loginCookie))
            if account.language == nil {
                try await chancery.users.setLanguage(context.language, for: account.id)
            }
            return response
        } catch let error as AppError {
            return page(context: context, username: username, error: error, notice: nil, status: error.status)
        }
    }

    @Sendable package func logout(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try await WebForm.verified(request, session: context.session)
        try await chancery.sessions.close(context.session)
        var response = Response.redirect(to: "/login?signedOut=1", type: .normal)
        response.setCookie(cookies.expired(SessionAuthenticator.cookieName))
        return response
    }

    /// `GET /language/{code}`: for a visitor who is not signed in, sets the language cookie and returns; for a
    /// signed-in user, shows in that language a form that asks to keep it for the account (nothing is stored yet).
    @Sendable package func languagePage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let language = Language(rawValue: try context.parameters.require("code")) else { throw AppError.notFound }
        let returnPath = Self.safeReturnPath(request.uri.queryParameters["return"].map(String.init))
        guard let session = context.session else {
            var response = Response.redirect(to: returnPath, type: .normal)
            response.setCookie(cookies.language(language))
            return response
        }
        let t = Localizer(language)
        let model = LanguagePage(
            t: ["title": t("language.title"), "use": t("language.use"), "back": t("language.back")],
            question: t("language.confirm", ["language": Self.endonym(language)]), code: language.rawValue,
            csrf: session.csrfToken, returnPath: returnPath)
        let frame = PageFrame(
            title: t("language.title"), label: .unclassified, localizer: t, path: returnPath, session: session)
        return PageRenderer.response("language", model, frame: frame)
    }

    /// `POST /language` (`language`, `return`, and `_csrf` when signed in): remembers the choice for the account
    /// (audited) and in the language cookie, then returns to the page.
    @Sendable package func switchLanguage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let fields: [String: String]
        if let session = context.session {
            fields = try await WebForm.verified(request, session: session)
        } else {
            fields = try await WebForm.fields(request)
        }
        guard let language = fields["language"].flatMap(Language.init(rawValue:)) else {
            throw AppError(
                .badRequest, type: "invalid-field", key: "language.unknown",
                ["code": String((fields["language"] ?? "").prefix(20))], field: "language")
        }
        if let session = context.session { try await chancery.users.setLanguage(language, for: session.account.id) }
        var response = Response.redirect(to: Self.safeReturnPath(fields["return"]), type: .normal)
        response.setCookie(cookies.language(language))
        return response
    }

    /// A language's name in itself, as a language menu shows it.
    package static func endonym(_ language: Language) -> String {
        switch language {
        case .en: "English"
        case .fr: "Français"
        }
    }

    /// Only a local path may be returned to, never another site.
    package static func safeReturnPath(_ path: String?) -> String {
        // Browsers drop tabs and newlines inside a URL, so "/\t/evil.example" would become "//evil.example".
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
            !path.hasPrefix("/language"), path.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7f })
        else { return "/home" }
        return path
    }

    private func page(
        context: AppRequestContext, username: String, error: AppError?, notice: String?, status: HTTPResponse.Status
    ) -> Response {
        let t = context.localizer
        let csrf = SecretToken.make()
        let model = LoginPage(
            t: [
                "title": t("login.title"), "intro": t("login.intro"), "username": t("login.username"),
                "password": t("login.password"), "submit": t("login.submit"),
            ],
            csrf: csrf, username: username, error: error.map { $0.detail(t) }, notice: notice)
        let frame = PageFrame(title: t("login.title"), label: .unclassified, localizer: t, path: "/login", session: nil)
        var response = PageRenderer.response("login", model, frame: frame, status: status)
        if let seconds = error?.retryAfter { response.headers[.retryAfter] = String(seconds) }
        response.setCookie(cookies.loginToken(csrf))
        return response
    }

    package init(chancery: Chancery) {
        self.chancery = chancery
    }
}
