import Hummingbird
import Logging

/// Builds the HTTP application of an opened installation. `chancery serve` and the tests both call it.
public func buildApplication(_ chancery: Chancery) -> some ApplicationProtocol {
    let configuration = chancery.configuration
    return Application(
        router: buildRouter(chancery),
        configuration: .init(
            address: .hostname(configuration.hostname, port: configuration.port), serverName: "Chancery"),
        logger: chancery.logger)
}

/// Every route of Chancery: the spine's here, each office's from `Office.addRoutes`. Protection is by route
/// group: routes in a `SignedInContext` group cannot run without a principal.
public func buildRouter(_ chancery: Chancery) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: LanguageMiddleware())
    router.add(middleware: ErrorMiddleware(sessions: chancery.sessions))

    router.get("/healthz") { _, _ in "ok" }
    router.get("/assets/chancery.css") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
    }
    router.get("/assets/suggest.js") { _, _ in
        Response(
            status: .ok,
            headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: SuggestScript.javaScript)))
    }
    router.group("api/v1").add(middleware: QueryParameterMiddleware()).get("openapi.json") { _, _ in
        JSONResponse.make(OpenAPIDocument.json)
    }

    // JSON API: bearer tokens.
    let api = router.group("api/v1").add(middleware: BearerAuthenticator(sessions: chancery.sessions))
        .add(middleware: QueryParameterMiddleware())
    AuthController(chancery: chancery).addRoutes(to: api)
    let signedInAPI = api.group(context: SignedInContext.self)
    AuthController(chancery: chancery).addSignedInRoutes(to: signedInAPI)
    ObjectsController(chancery: chancery).addRoutes(to: signedInAPI)
    LabelsController(chancery: chancery).addRoutes(to: signedInAPI)
    CalendarController(chancery: chancery).addRoutes(to: signedInAPI)
    AuditController(chancery: chancery).addRoutes(to: signedInAPI)
    SearchController(chancery: chancery).addRoutes(to: signedInAPI)
    UsersController(chancery: chancery).addRoutes(to: signedInAPI)
    GroupsController(chancery: chancery).addRoutes(to: signedInAPI)
    ThrottlesController(chancery: chancery).addRoutes(to: signedInAPI)
    SuggestionsController(chancery: chancery).addAPIRoutes(to: signedInAPI)
    SavedSearchesController(chancery: chancery).addRoutes(to: signedInAPI)

    // Web pages: session cookies and CSRF tokens.
    let web = router.group().add(middleware: SessionAuthenticator(sessions: chancery.sessions))
    WebAuthController(chancery: chancery).addRoutes(to: web)
    let signedInWeb = web.group(context: SignedInContext.self)
    WebAuthController(chancery: chancery).addSignedInRoutes(to: signedInWeb)
    HomeController(chancery: chancery).addRoutes(to: signedInWeb)
    SearchWebController(chancery: chancery).addRoutes(to: signedInWeb)
    WorkController(chancery: chancery).addRoutes(to: signedInWeb)
    AdminController(chancery: chancery).addRoutes(to: signedInWeb)
    SuggestionsController(chancery: chancery).addWebRoutes(to: signedInWeb)

    // Each office's routes, behind the same authenticators.
    for office in chancery.offices {
        office.addRoutes(api: signedInAPI, web: signedInWeb, open: router, chancery: chancery)
    }
    return router
}
