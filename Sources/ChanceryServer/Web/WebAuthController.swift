import ChanceryKit
import Hummingbird

/// Sign-in, sign-out and the language switch of the web pages.
struct WebAuthController {
    static let loginCookie = "chancery_login"
    let chancery: Chancery
    var cookies: CookieJar { CookieJar(secure: chancery.configuration.secureCookies) }

    func addRoutes(to router: RouterGroup<AppRequestContext>) {
        router.get("/", use: root)
        router.get("/login", use: loginPage)
        router.post("/login", use: login)
        router.get("/language/{code}", use: switchLanguage)
    }

    func addSignedInRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("/logout", use: logout)
    }

    @Sendable func root(_ request: Request, context: AppRequestContext) async throws -> Response {
        .redirect(to: context.session == nil ? "/login" : "/home", type: .normal)
    }

    @Sendable func loginPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        if context.session != nil { return .redirect(to: "/home", type: .normal) }
        let notice = request.uri.queryParameters["signedOut"] != nil ? context.localizer("login.loggedOut") : nil
        return page(context: context, username: "", error: nil, notice: notice, status: .ok)
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
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

    @Sendable func logout(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try await WebForm.verified(request, session: context.session)
        try await chancery.sessions.close(context.session)
        var response = Response.redirect(to: "/login?signedOut=1", type: .normal)
        response.setCookie(cookies.expired(SessionAuthenticator.cookieName))
        return response
    }

    @Sendable func switchLanguage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let language = Language(rawValue: try context.parameters.require("code")) else { throw AppError.notFound }
        if let session = context.session { try await chancery.users.setLanguage(language, for: session.account.id) }
        var response = Response.redirect(to: Self.safeReturnPath(request.uri.queryParameters["return"].map(String.init)), type: .normal)
        response.setCookie(cookies.language(language))
        return response
    }

    /// Only a local path may be returned to, never another site.
    static func safeReturnPath(_ path: String?) -> String {
        // Browsers drop tabs and newlines inside a URL, so "/\t/evil.example" would become "//evil.example".
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
            !path.hasPrefix("/language/"), path.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7f })
        else { return "/home" }
        return path
    }

    private func page(
        context: AppRequestContext, username: String, error: AppError?, notice: String?, status: HTTPResponse.Status
    ) -> Response {
        let t = context.localizer
        let csrf = SecretToken.make()
        let model: [String: Any] = [
            "t": [
                "title": t("login.title"), "intro": t("login.intro"), "username": t("login.username"),
                "password": t("login.password"), "submit": t("login.submit"),
            ],
            "csrf": csrf, "username": username, "error": error.map { $0.detail(t) } ?? false, "notice": notice ?? false,
        ]
        let frame = PageFrame(title: t("login.title"), label: .unclassified, localizer: t, path: "/login", session: nil)
        var response = PageRenderer.response("login", model, frame: frame, status: status)
        if let seconds = error?.retryAfter { response.headers[.retryAfter] = String(seconds) }
        response.setCookie(cookies.loginToken(csrf))
        return response
    }
}
