import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// Screening through the API: a vacancy's applications with their stage and marks, an application's marks against
/// each essential criterion, moves between stages one at a time or in bulk. Everything is trimmed like every read
/// (a principal without RECRUITMENT is answered `404`, like a missing id) and every refusal writes nothing.
package struct ScreeningController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("recruitment/vacancies/{id}/screening", use: list)
        group.post("recruitment/vacancies/{id}/screening/bulk", use: bulk)
        group.get("recruitment/applications/{id}/screening/marks", use: show)
        group.put("recruitment/applications/{id}/screening/marks", use: setMarks)
        group.post("recruitment/applications/{id}/screening/stage", use: move)
    }

    /// The `stage` of a request, checked.
    package static func stage(_ text: String) throws -> ScreeningStage {
        guard let stage = ScreeningStage(rawValue: text) else { throw ScreeningError.unknownStage }
        return stage
    }

    /// The `stage` filter of a list, checked.
    static func stageFilter(_ request: Request) throws -> ScreeningStage? {
        guard let text = request.uri.queryParameters["stage"].map(String.init), !text.isEmpty else { return nil }
        guard let stage = ScreeningStage(rawValue: text) else {
            throw AppError.invalidQuery("stage", reasonKey: "recruitment.screening.reason.stage")
        }
        return stage
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let stage = try Self.stageFilter(request)
        let store = chancery.screening
        return try await ListPage(request).respond(
            fetch: { try await store.applications(of: id, stage: stage, after: $0, limit: $1, by: context.principal) },
            count: { try await store.count(of: id, stage: stage, by: context.principal) },
            banner: { chancery.objects.dominantLabel(of: $0.map(\.object)).banner }, body: ScreeningRowBody.init)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        return try Self.response(try await chancery.screening.screening(id, by: context.principal))
    }

    @Sendable package func setMarks(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(ScreeningMarksRequest.self, from: request)
        return try Self.response(try await chancery.screening.setMarks(id, body.marks, by: context.principal))
    }

    @Sendable package func move(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(ScreeningStageRequest.self, from: request)
        let stage = try Self.stage(body.stage)
        let moved = try await chancery.screening.move(id, to: stage, reason: body.reason, by: context.principal)
        return try JSONResponse.make(ScreeningRowBody(moved), banner: moved.object.label.banner)
    }

    @Sendable package func bulk(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(ScreeningBulkRequest.self, from: request)
        let stage = try Self.stage(body.stage)
        let moved = try await chancery.screening.move(
            body.applications, of: id, to: stage, reason: body.reason, by: context.principal)
        return try JSONResponse.make(
            ScreeningBulkBody(moved: moved.count, applications: moved.map(ScreeningRowBody.init)),
            banner: chancery.objects.dominantLabel(of: moved.map(\.object)).banner)
    }

    static func response(_ screening: ApplicationScreening) throws -> Response {
        try JSONResponse.make(ScreeningBody(screening), banner: screening.application.object.label.banner)
    }
}
