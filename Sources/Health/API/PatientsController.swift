import ChanceryKit
import ChancerySpine
import Hummingbird

/// The Health Office's patients: `/api/v1/health/patients`, break-glass openings with their review, and the
/// suspected duplicates the medical advisor merges or dismisses.
package struct PatientsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("health/patients", use: list)
        group.post("health/patients", use: create)
        group.get("health/patients/{id}", use: show)
        group.patch("health/patients/{id}", use: update)
        group.post("health/patients/{id}/break-glass", use: breakGlass)
        group.get("health/break-glass", use: openings)
        group.post("health/break-glass/{openingId}/review", use: review)
        group.get("health/duplicates", use: duplicates)
        group.post("health/duplicates/{suspicionId}/merge", use: merge)
        group.post("health/duplicates/{suspicionId}/dismissal", use: dismiss)
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let list = try ListPage(request)
        let query = try FieldRules.optionalText(request.uri.queryParameters.get("q"), field: "q", max: 100)
        return try await list.respond(
            fetch: { try await chancery.health.patients(matching: query, after: $0, limit: $1, by: context.principal) },
            count: { try await chancery.health.patientCount(matching: query, by: context.principal) },
            banner: { chancery.objects.dominantBanner(of: $0) }, body: PatientBody.init)
    }

    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(PatientRequest.self, from: request)
        let label = try body.label.map { try ObjectsController.label($0, catalog: chancery.catalog) }
        let team = try FieldRules.list(body.careTeam ?? [], field: "careTeam", count: 20, max: 40)
        let patient = try await chancery.health.createPatient(
            try body.details(), label: label, careTeam: team, by: context.principal)
        return try JSONResponse.make(
            PatientBody(patient), of: patient, status: .created,
            location: "/api/v1/health/patients/\(patient.object.id)")
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try await PathParameters.answer(context, as: PatientBody.init) {
            try await chancery.health.patient($0, by: context.principal)
        }
    }

    @Sendable package func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let version = try IfMatch.version(request)
        let patch = try await MergePatchBody.read(request)
        // The patch is merged onto the current details inside the update, and checked there.
        let patient = try await chancery.health.updatePatient(
            id, expectedVersion: version, by: context.principal
        ) { current in
            let body = try MergePatchBody.apply(patch, to: PatientRequest(current), as: PatientRequest.self)
            if body.restricted != nil { throw AppError.unknownField("restricted") }
            if body.careTeam != nil { throw AppError.unknownField("careTeam") }
            if body.label != nil { throw AppError.unknownField("label") }
            return try body.replacing(current)
        }
        return try JSONResponse.make(PatientBody(patient), of: patient)
    }

    @Sendable package func breakGlass(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(ReasonRequest.self, from: request)
        let reason = try FieldRules.text(body.reason, field: "reason", max: 500)
        let opening = try await chancery.health.breakGlass(id, reason: reason, by: context.principal)
        return try JSONResponse.make(BreakGlassBody(opening), status: .created)
    }

    @Sendable package func openings(_ request: Request, context: SignedInContext) async throws -> Response {
        let openings = try await chancery.health.breakGlassOpenings(
            all: try Pagination.flag(request, "all"), limit: try Pagination.limit(request, standard: 100, max: 500),
            by: context.principal)
        let reader = context.principal.id
        return try JSONResponse.make(PageBody(items: openings.map { BreakGlassBody($0, reader: reader) }))
    }

    @Sendable package func review(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context, "openingId") { _ in AppError.notFound }
        let (body, _) = try await JSONBody.decode(ReviewRequest.self, from: request)
        let opening = try await chancery.health.reviewBreakGlass(
            id, note: try FieldRules.text(body.note, field: "note", max: 1000), by: context.principal)
        return try JSONResponse.make(BreakGlassBody(opening))
    }

    @Sendable package func duplicates(_ request: Request, context: SignedInContext) async throws -> Response {
        let items = try await chancery.health.suspectedDuplicates(
            all: try Pagination.flag(request, "all"), limit: try Pagination.limit(request, standard: 100, max: 500),
            by: context.principal)
        let shown = items.flatMap { [$0.patient?.object, $0.existing?.object].compactMap { $0 } }
        return try JSONResponse.make(
            PageBody(items: items.map { SuspectedDuplicateBody($0, reader: context.principal.id) }),
            banner: chancery.objects.dominantLabel(of: shown).banner)
    }

    @Sendable package func merge(_ request: Request, context: SignedInContext) async throws -> Response {
        let (id, note) = try await Self.decision(request, context)
        let merged = try await chancery.health.mergeDuplicate(id, note: note, by: context.principal)
        return try JSONResponse.make(SuspectedDuplicateBody(merged, reader: context.principal.id))
    }

    @Sendable package func dismiss(_ request: Request, context: SignedInContext) async throws -> Response {
        let (id, note) = try await Self.decision(request, context)
        let dismissed = try await chancery.health.dismissDuplicate(id, note: note, by: context.principal)
        return try JSONResponse.make(SuspectedDuplicateBody(dismissed, reader: context.principal.id))
    }

    /// The suspicion a decision is about, and the advisor's note.
    package static func decision(_ request: Request, _ context: SignedInContext) async throws -> (String, String) {
        let id = try PathParameters.objectID(context, "suspicionId") { _ in AppError.notFound }
        let (body, _) = try await JSONBody.decode(ReviewRequest.self, from: request)
        return (id, try FieldRules.text(body.note, field: "note", max: 1000))
    }
}
