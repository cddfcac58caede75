import ChanceryKit
import ChancerySpine
import Hummingbird

/// Reference series, managed by the registry supervisor and readable by every signed-in user (they are
/// configuration, not information).
package struct ReferenceSeriesController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("reference-series", use: list)
        group.post("reference-series", use: create)
        group.get("reference-series/{code}", use: show)
        group.patch("reference-series/{code}", use: update)
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try JSONResponse.make(["items": try await chancery.referenceSeries.all().map(SeriesBody.init)])
    }

    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        try ReferenceSeriesStore.requireManager(context.principal)
        let (body, _) = try await JSONBody.decode(CreateSeriesRequest.self, from: request)
        let series = try await chancery.referenceSeries.create(try body.draft(), by: context.principal)
        return try JSONResponse.make(
            SeriesBody(series), status: .created, etag: series.etag, location: "/api/v1/reference-series/\(series.code)"
        )
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let series = try await find(context)
        return try JSONResponse.make(SeriesBody(series), etag: series.etag)
    }

    @Sendable package func update(_ request: Request, context: SignedInContext) async throws -> Response {
        try ReferenceSeriesStore.requireManager(context.principal)
        let code = try context.parameters.require("code")
        let version = try IfMatch.version(request)
        let patch = try await MergePatchBody.read(request)
        let series = try await chancery.referenceSeries.update(code, expectedVersion: version, by: context.principal) {
            current in try MergePatchBody.apply(patch, to: SeriesDocument(current), as: SeriesDocument.self).changes()
        }
        return try JSONResponse.make(SeriesBody(series), etag: series.etag)
    }

    private func find(_ context: SignedInContext) async throws -> ReferenceSeries {
        let code = try context.parameters.require("code")
        guard ReferenceSeries.isValidCode(code), let series = try await chancery.referenceSeries.find(code) else {
            throw RegistryError.unknownSeries(String(code.prefix(20)))
        }
        return series
    }
}
