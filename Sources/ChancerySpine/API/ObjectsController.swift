import ChanceryKit
import Foundation
import Hummingbird

/// The spine's generic object API: trimmed lists and counts, reads, working notes, raising labels,
/// and the ADatP-4774 label of an object.
package struct ObjectsController {
    package let chancery: Chancery

    package struct CreateRequest: Decodable {
        package var kind: String?
        package var title: String
        package var label: SecurityLabelForm
        package var owningUnit: String?
        package var openToUnit: Bool?
    }

    /// The editable fields of a note: what `PATCH /api/v1/objects/{id}` merges its JSON Merge Patch onto.
    package struct NoteDocument: Codable {
        package var title: String?
        package var label: SecurityLabelForm?

        package init(_ object: LabelledObject) {
            title = object.title
            label = SecurityLabelForm(object.label)
        }
    }

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("objects", use: list)
        group.post("objects", use: create)
        group.get("objects/{id}", use: show)
        group.patch("objects/{id}", use: update)
        group.get("objects/{id}/label.xml", use: labelXML)
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let kind = request.uri.queryParameters["kind"].map(String.init)
        return try await ListPage(request).respond(
            nextKey: .nextCursor,
            fetch: { try await chancery.objects.list(kind: kind, after: $0, limit: $1, by: context.principal) },
            count: { try await chancery.objects.count(kind: kind, by: context.principal) },
            banner: { chancery.objects.dominantBanner(of: $0) }, body: ObjectBody.init)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let object = try await readable(request, context)
        return try JSONResponse.make(ObjectBody(object), etag: object.etag, banner: object.label.banner)
    }

    @Sendable package func labelXML(_ request: Request, context: SignedInContext) async throws -> Response {
        Self.labelXML(of: try await readable(request, context))
    }

    /// The ADatP-4774 confidentiality label of an object the caller may read, under its banner.
    package static func labelXML(of object: LabelledObject) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "application/xml; charset=utf-8", .classification: object.label.banner],
            body: .init(byteBuffer: ByteBuffer(string: ConfidentialityLabelXML.export(object.label))))
    }

    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, raw) = try await JSONBody.decode(CreateRequest.self, from: request)
        let kind = body.kind ?? ObjectStore.noteKind
        guard kind == ObjectStore.noteKind else {
            throw AppError(
                .unprocessableContent, type: "unsupported-kind", key: "error.unsupportedKind", ["kind": kind],
                field: "kind")
        }
        let title = try Self.title(body.title)
        let label = try Self.label(body.label, catalog: chancery.catalog)
        let principal = context.principal
        let unit = body.owningUnit ?? principal.units.sorted().first ?? ""
        let objects = chancery.objects
        return try await chancery.idempotency.respond(
            to: request, route: "POST /api/v1/objects", body: raw, by: principal, banner: label.banner
        ) { db in
            try await objects.createNote(
                title: title, label: label, owningUnit: unit, openToUnit: body.openToUnit ?? true, by: principal, on: db
            ).map { object in
                try .json(ObjectBody(object), location: "/api/v1/objects/\(object.id)", etag: object.etag)
            }
        }
    }

    @Sendable package func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let version = try IfMatch.version(request)
        let patch = try await MergePatchBody.read(request)
        let catalog = chancery.catalog
        let object = try await chancery.objects.update(
            id, expectedVersion: version, requiredRoles: ObjectStore.noteEditors, kinds: [ObjectStore.noteKind],
            by: context.principal
        ) { current in
            let note = try MergePatchBody.apply(patch, to: NoteDocument(current), as: NoteDocument.self)
            return ObjectStore.Changes(
                title: try Self.title(try MergePatchBody.required(note.title, "title")),
                label: try Self.label(try MergePatchBody.required(note.label, "label"), catalog: catalog))
        }
        return try JSONResponse.make(ObjectBody(object), etag: object.etag, banner: object.label.banner)
    }

    private func readable(_ request: Request, _ context: SignedInContext) async throws -> LabelledObject {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id), let object = try await chancery.objects.read(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return object
    }

    package static func title(_ text: String) throws -> String {
        let title = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...500).contains(title.count) else {
            throw AppError.invalidField("title", reasonKey: "reason.titleLength")
        }
        guard !FieldRules.containsControl(title) else {
            throw AppError(.badRequest, type: "invalid-field", key: "field.control", ["field": "title"], field: "title")
        }
        return title
    }

    package static func label(_ form: SecurityLabelForm, catalog: CategoryCatalog) throws -> SecurityLabel {
        do { return try form.label(in: catalog) } catch { throw AppError.invalidLabel(error) }
    }

    /// Reads `"v3"` (or `W/"v3"`, or `*` for "any version" is refused) into 3.
    package static func version(fromETag header: String) -> Int64? {
        var text = header.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("W/") { text.removeFirst(2) }
        guard text.hasPrefix("\"v"), text.hasSuffix("\""), text.count > 3 else { return nil }
        return Int64(text.dropFirst(2).dropLast())
    }
}
