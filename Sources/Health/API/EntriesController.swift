import ChanceryKit
import ChancerySpine
import Hummingbird

/// A patient's record entries: `/api/v1/health/patients/{id}/entries`, their versions, corrections and consent
/// revocations.
package struct EntriesController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("health/patients/{id}/entries", use: list)
        group.post("health/patients/{id}/entries", use: add)
        group.get("health/patients/{id}/entries/{entryId}", use: show)
        group.post("health/patients/{id}/entries/{entryId}/corrections", use: correct)
        group.post("health/patients/{id}/entries/{entryId}/revocation", use: revoke)
        group.post("health/patients/{id}/entries/{entryId}/attachments", use: upload)
        group.get("health/patients/{id}/entries/{entryId}/attachments", use: listAttachments)
        group.get("health/patients/{id}/entries/{entryId}/attachments/{attachmentId}", use: download)
    }

    package static func entryID(_ context: SignedInContext) throws -> String {
        try PathParameters.objectID(context, "entryId")
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try PathParameters.objectID(context)
        let list = try ListPage(request)
        let type: RecordEntry.EntryType? = try Pagination.choice(request, "type", reasonKey: "health.reason.entryType")
        // An unreadable patient's entries are not there: the same 404 as a missing patient.
        guard try await chancery.health.patient(patientID, by: context.principal) != nil else {
            throw AppError.objectNotFound(patientID)
        }
        return try await list.respond(
            fetch: {
                try await chancery.health.entries(
                    of: patientID, type: type, after: $0, limit: $1, by: context.principal)
            },
            count: { try await chancery.health.entryCount(of: patientID, type: type, by: context.principal) },
            banner: { chancery.objects.dominantBanner(of: $0) }, body: { EntryBody($0) })
    }

    @Sendable package func add(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(EntryRequest.self, from: request)
        if body.reason != nil { throw AppError.unknownField("reason") }
        let label = try body.label.map { try ObjectsController.label($0, catalog: chancery.catalog) }
        let entry = try await chancery.health.addEntry(
            to: patientID, try body.content(), label: label, by: context.principal)
        return try JSONResponse.make(
            EntryBody(entry), of: entry, status: .created,
            location: "/api/v1/health/patients/\(patientID)/entries/\(entry.object.id)")
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try PathParameters.objectID(context)
        let id = try Self.entryID(context)
        guard let (entry, versions) = try await chancery.health.entry(id, of: patientID, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return try JSONResponse.make(EntryBody(entry, versions: versions), of: entry)
    }

    @Sendable package func correct(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try PathParameters.objectID(context)
        let id = try Self.entryID(context)
        let version = try IfMatch.version(request)
        let (body, _) = try await JSONBody.decode(EntryRequest.self, from: request)
        if body.label != nil { throw AppError.unknownField("label") }
        guard let reasonText = body.reason else { throw AppError.missingField("reason") }
        let reason = try FieldRules.text(reasonText, field: "reason", max: 500)
        let entry = try await chancery.health.correctEntry(
            id, of: patientID, expectedVersion: version, reason: reason, by: context.principal
        ) { type in
            // The type of an entry never changes: naming another one is refused, naming its own is allowed.
            if let given = body.type, given != type.rawValue { throw AppError.unknownField("type") }
            return try body.content(as: type)
        }
        return try JSONResponse.make(EntryBody(entry), of: entry)
    }

    @Sendable package func revoke(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try PathParameters.objectID(context)
        let id = try Self.entryID(context)
        let (body, _) = try await JSONBody.decode(ReasonRequest.self, from: request)
        let entry = try await chancery.health.revokeConsent(
            id, of: patientID, reason: try FieldRules.text(body.reason, field: "reason", max: 500),
            by: context.principal)
        return try JSONResponse.make(EntryBody(entry), of: entry)
    }

    // MARK: attachments

    @Sendable package func upload(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try PathParameters.objectID(context)
        let id = try Self.entryID(context)
        let upload = try AttachmentsAPI.uploadParameters(request, catalog: chancery.catalog)
        let attachment = try await chancery.health.attach(
            request.body, toEntry: id, of: patientID, name: upload.filename, contentType: upload.contentType,
            label: upload.label, limit: chancery.configuration.maxUploadBytes, by: context.principal)
        return try AttachmentsAPI.created(
            attachment, location: "/api/v1/health/patients/\(patientID)/entries/\(id)/attachments/\(attachment.id)")
    }

    @Sendable package func listAttachments(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try PathParameters.objectID(context)
        let id = try Self.entryID(context)
        guard
            let (entry, files) = try await chancery.health.attachments(
                ofEntry: id, of: patientID, by: context.principal)
        else { throw AppError.objectNotFound(id) }
        return try AttachmentsAPI.list(files, of: entry)
    }

    @Sendable package func download(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try PathParameters.objectID(context)
        let id = try Self.entryID(context)
        return try await AttachmentsAPI.download(of: id, blobs: chancery.attachments.blobs, context: context) {
            try await chancery.health.download($0, ofEntry: id, of: patientID, by: context.principal)
        }
    }
}
