import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// Vacancies for the office's people: `/api/v1/recruitment/vacancies`, each read trimmed like every object.
package struct VacanciesController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("recruitment/vacancies", use: list)
        group.post("recruitment/vacancies/import", use: importNotice)
        group.get("recruitment/vacancies/{id}", use: show)
        group.patch("recruitment/vacancies/{id}", use: update)
        group.post("recruitment/vacancies/{id}/publish", use: publish)
        group.post("recruitment/vacancies/{id}/state", use: move)
        group.get("recruitment/vacancies/{id}/applications", use: applications)
    }

    /// The applications to a vacancy, for its recruitment assistants (trimmed; a vacancy they may not read is 404).
    @Sendable package func applications(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        return try await ListPage(request).respond(
            fetch: {
                try await chancery.applications.applications(of: id, after: $0, limit: $1, by: context.principal)
            },
            banner: { chancery.objects.dominantLabel(of: $0.map(\.object)).banner }, body: ApplicationBody.init)
    }

    package struct StateRequest: Decodable {
        package var state: String
    }

    /// The `state` filter of a list, checked.
    package static func state(_ text: String?, field: String = "state") throws -> Vacancy.State? {
        guard let text, !text.isEmpty else { return nil }
        guard let state = Vacancy.State(rawValue: text) else {
            throw AppError.invalidQuery(field, reasonKey: "recruitment.reason.state")
        }
        return state
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let state = try Self.state(request.uri.queryParameters["state"].map(String.init))
        return try await ListPage(request).respond(
            fetch: {
                try await chancery.recruitment.vacancies(state: state, after: $0, limit: $1, by: context.principal)
            },
            count: { try await chancery.recruitment.vacancyCount(state: state, by: context.principal) },
            banner: { chancery.objects.dominantLabel(of: $0.map(\.object)).banner }, body: VacancySummaryBody.init)
    }

    /// The notice's text as the body asks it to be read: `text/plain` in UTF-8, at most 256 KB.
    package static func noticeText(_ request: Request) async throws -> String {
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("text/plain") else { throw VacancyError.notPlainText }
        let buffer = try await JSONBody.collect(
            request, upTo: VacancyStore.maximumNoticeBytes, limitText: "256 KB")
        guard let text = String(data: Data(buffer: buffer), encoding: .utf8) else { throw VacancyError.notText }
        return text
    }

    @Sendable package func importNotice(_ request: Request, context: SignedInContext) async throws -> Response {
        // the role first: someone who may not import learns nothing from the body's checks
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let text = try await Self.noticeText(request)
        let vacancy = try await chancery.recruitment.importNotice(text, by: context.principal)
        return try Self.response(vacancy, status: .created, location: true)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let vacancy = try await PathParameters.found(context) {
            try await chancery.recruitment.vacancy($0, by: context.principal)
        }
        return try Self.response(vacancy)
    }

    /// Completes a draft: a JSON merge patch of its fields, at the version the caller read (`If-Match`).
    @Sendable package func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let version = try IfMatch.version(request)
        let patch = try await MergePatchBody.read(request)
        let vacancy = try await chancery.recruitment.update(id, expectedVersion: version, by: context.principal) {
            try MergePatchBody.apply(patch, to: VacancyEditDocument($0), as: VacancyEditDocument.self).checked(
                current: $0)
        }
        return try Self.response(vacancy)
    }

    @Sendable package func publish(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        return try Self.response(try await chancery.recruitment.publish(id, by: context.principal))
    }

    @Sendable package func move(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(StateRequest.self, from: request)
        guard let state = Vacancy.State(rawValue: body.state) else {
            throw AppError.invalidField("state", reasonKey: "recruitment.reason.state")
        }
        return try Self.response(try await chancery.recruitment.move(id, to: state, by: context.principal))
    }

    package static func response(_ vacancy: Vacancy, status: HTTPResponse.Status = .ok, location: Bool = false) throws
        -> Response
    {
        JSONResponse.make(
            try JSONResponse.encode(VacancyBody(vacancy)), status: status, etag: vacancy.object.etag,
            location: location ? "/api/v1/recruitment/vacancies/\(vacancy.object.id)" : nil,
            banner: vacancy.object.label.banner)
    }
}

/// The published vacancies for everyone, without sign-in: `/api/v1/public/vacancies`.
package struct PublicVacanciesController {
    package let chancery: Chancery
    /// The rate limit of applications, per address (one per node).
    package var limiter = PublicApplicationLimiter()

    package func addRoutes(to router: Router<AppRequestContext>) {
        let group = router.group("api/v1/public").add(middleware: QueryParameterMiddleware())
        group.get("vacancies", use: list)
        group.get("vacancies/{id}", use: show)
        group.post("vacancies/{id}/applications", use: apply)
    }

    @Sendable package func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await ListPage(request).respond(
            fetch: { try await chancery.recruitment.publishedVacancies(after: $0, limit: $1) },
            banner: { _ in SecurityLabel.unclassified.banner }, body: PublicVacancyBody.init)
    }

    @Sendable package func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id), let vacancy = try await chancery.recruitment.publishedVacancy(id) else {
            throw AppError.objectNotFound(String(id.prefix(40)))
        }
        return try JSONResponse.make(PublicVacancyBody(vacancy), banner: SecurityLabel.unclassified.banner)
    }

    /// A candidate's application: rate-limited per address, checked field by field, then recorded (or refused with
    /// nothing stored) by the store, which enforces the vacancy's rules.
    @Sendable package func apply(_ request: Request, context: AppRequestContext) async throws -> Response {
        let address = ClientAddress.of(request, context: context, trusting: chancery.configuration.trustedProxies)
        try limiter.admit(address)
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        let body = try await JSONBody.collect(request, upTo: 64 * 1024, limitText: "64 KB")
        let form = try ApplicationForm(
            try JSONBody.decode(ApplicationRequest.self, from: Data(buffer: body)),
            today: HeadquartersCalendar.day(Clock.nowMilliseconds()))
        let receipt = try await chancery.applications.apply(to: id, form, address: address, documentsToken: true)
        return JSONResponse.make(
            try JSONResponse.encode(receipt), status: .created, etag: nil, location: nil,
            banner: SecurityLabel.unclassified.banner)
    }
}
