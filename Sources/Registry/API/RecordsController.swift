import ChanceryKit
import ChancerySpine
import Crypto
import Foundation
import Hummingbird

/// The registry's records: registration with a reference, reading, trimmed lists, corrections, verification,
/// metadata history and the ADatP-4774 label.
package struct RecordsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("records", use: register)
        group.get("records", use: list)
        group.get("records/{id}", use: show)
        group.patch("records/{id}", use: update)
        group.get("records/{id}/label.xml", use: labelXML)
        group.get("records/{id}/history", use: history)
        group.post("records/{id}/verification", use: verify)
    }

    @Sendable package func register(_ request: Request, context: SignedInContext) async throws -> Response {
        if MultipartUpload.isMultipart(request.headers[.contentType]) {
            return try await registerWithFiles(request, context: context)
        }
        let (body, raw) = try await JSONBody.decode(RegisterRecordRequest.self, from: request)
        let draft = try body.draft(catalog: chancery.catalog)
        let principal = context.principal
        let records = chancery.records
        return try await chancery.idempotency.respond(
            to: request, route: "POST /api/v1/records", body: raw, by: principal, banner: draft.label.banner
        ) { db in
            let record = try await records.register(draft, by: principal, on: db)
            return .done(try Self.created(RecordBody(record), record))
        }
    }

    /// The answer to a registration, kept under its Idempotency-Key.
    private static func created(_ body: RecordBody, _ record: RegistryRecord) throws -> StoredResponse {
        try .json(body, location: "/api/v1/records/\(record.object.id)", etag: record.object.etag)
    }

    /// `POST /api/v1/records` as `multipart/form-data` (see `RecordRegistrationForm`): the item and its files
    /// in one transaction, or nothing at all (no record, no reference taken, no file kept).
    package func registerWithFiles(_ request: Request, context: SignedInContext) async throws -> Response {
        let key = request.headers[.idempotencyKey]
        if let key, !IdempotencyStore.isValidKey(key) { throw AppError.invalidIdempotencyKey }
        let principal = context.principal
        let form = try await RecordRegistrationForm.receive(request, chancery: chancery, by: principal)
        let (records, files, draft) = (chancery.records, form.files, form.draft)
        let response: StoredResponse
        do {
            response = try await chancery.idempotency.perform(
                key: key, userID: principal.id, requestHash: form.fingerprint
            ) { db in
                let (record, attachments) = try await records.register(draft, files: files, by: principal, on: db)
                var body = RecordBody(record)
                body.attachments = attachments.map(AttachmentBody.init)
                return .done(try Self.created(body, record))
            }
        } catch {
            await chancery.attachments.discard(files)
            throw error
        }
        // A replay recorded nothing now: a file stored only for this try goes.
        if response.replayed { await chancery.attachments.discard(files) }
        return JSONResponse.make(response, banner: draft.label.banner)
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let filter = try Self.filter(request)
        return try await ListPage(request).respond(
            nextKey: .nextOrNull,
            fetch: { try await chancery.records.list(filter, after: $0, limit: $1, by: context.principal) },
            count: { try await chancery.records.count(filter, by: context.principal) },
            banner: { chancery.objects.dominantBanner(of: $0) }, body: RecordBody.init)
    }

    package static func filter(_ request: Request) throws -> RecordStore.Filter {
        let query = request.uri.queryParameters
        var filter = RecordStore.Filter()
        if let series = query["series"], !series.isEmpty { filter.series = String(series).uppercased() }
        if let state = query["state"], !state.isEmpty {
            guard let value = RecordState(rawValue: String(state)) else {
                throw AppError.invalidQuery("state", reasonKey: "registry.reason.state")
            }
            filter.state = value
        }
        if let year = query["year"], !year.isEmpty {
            guard let value = Int(String(year)), (1900...2999).contains(value) else {
                throw AppError.invalidQuery("year", reasonKey: "registry.reason.year")
            }
            filter.year = value
        }
        return filter
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try await PathParameters.answer(context, as: { RecordBody($0) }) {
            try await chancery.records.read($0, by: context.principal)
        }
    }

    @Sendable package func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let version = try IfMatch.version(request)
        let patch = try await MergePatchBody.read(request)
        let catalog = chancery.catalog
        let record = try await chancery.records.update(id, expectedVersion: version, by: context.principal) { current in
            let document = try MergePatchBody.apply(patch, to: RecordDocument(current), as: RecordDocument.self)
            return try document.changes(catalog: catalog)
        }
        return try JSONResponse.make(RecordBody(record), of: record)
    }

    @Sendable package func verify(_ request: Request, context: SignedInContext) async throws -> Response {
        let record = try await chancery.records.verify(try PathParameters.objectID(context), by: context.principal)
        return try JSONResponse.make(RecordBody(record), of: record)
    }

    @Sendable package func history(_ request: Request, context: SignedInContext) async throws -> Response {
        let versions = try await PathParameters.found(context) {
            try await chancery.records.history(of: $0, by: context.principal)
        }
        let banner = chancery.objects.dominantLabel(of: []).banner
        let labels = (try? SecurityLabel.dominant(of: versions.map(\.label)))?.banner ?? banner
        return try JSONResponse.make(["versions": versions.map(RecordVersionBody.init)], banner: labels)
    }

    @Sendable package func labelXML(_ request: Request, context: SignedInContext) async throws -> Response {
        ObjectsController.labelXML(of: try await readable(request, context).object)
    }

    private func readable(_ request: Request, _ context: SignedInContext) async throws -> RegistryRecord {
        try await PathParameters.found(context) { try await chancery.records.read($0, by: context.principal) }
    }

}
