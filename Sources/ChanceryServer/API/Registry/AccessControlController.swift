import ChanceryKit
import Hummingbird

/// A record's access control list, kept by the registry: `GET` and `PUT /api/v1/records/{id}/acl`.
struct AccessControlController {
    let chancery: Chancery

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("records/{id}/acl", use: show)
        group.put("records/{id}/acl", use: replace)
    }

    struct EntryBody: Codable, Sendable {
        var kind: String
        var id: String
        var permission: String

        init(kind: String, id: String, permission: String) {
            self.kind = kind
            self.id = id
            self.permission = permission
        }

        init(_ entry: AccessEntry) {
            kind = entry.grantee.kind
            id = entry.grantee.name
            permission = entry.permission.rawValue
        }
    }

    struct ACLBody: Codable, Sendable { var entries: [EntryBody] }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try RecordsController.id(context)
        guard let (record, entries) = try await chancery.records.accessEntries(of: id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return try JSONResponse.make(
            ACLBody(entries: entries.map(EntryBody.init)), etag: record.object.etag, banner: record.object.label.banner)
    }

    @Sendable func replace(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try RecordsController.id(context)
        let version = try RecordsController.ifMatchVersion(request)
        let (body, _) = try await JSONBody.decode(ACLBody.self, from: request)
        let entries = try Self.entries(body.entries)
        let (record, saved) = try await chancery.records.replaceAccessEntries(
            of: id, with: entries, expectedVersion: version, by: context.principal)
        return try JSONResponse.make(
            ACLBody(entries: saved.map(EntryBody.init)), etag: record.object.etag, banner: record.object.label.banner)
    }

    /// Checked entries: a known kind and permission, a name, at most one entry per grantee.
    static func entries(_ bodies: [EntryBody]) throws -> [AccessEntry] {
        guard bodies.count <= 500 else {
            throw AppError(
                .badRequest, type: "invalid-field", key: "field.tooMany", ["field": "entries", "count": "500"], field: "entries")
        }
        var seen: Set<Grantee> = []
        return try bodies.enumerated().map { index, body in
            let field = "entries[\(index)]"
            let name = try FieldRules.text(body.id, field: "\(field).id", max: 64)
            guard let grantee = Grantee(kind: body.kind, name: name) else {
                throw AppError(
                    .badRequest, type: "invalid-field", key: "registry.error.memberKind", ["value": String(body.kind.prefix(20))],
                    field: "\(field).kind")
            }
            guard let permission = Permission(rawValue: body.permission) else {
                throw AppError(
                    .badRequest, type: "invalid-field", key: "registry.error.permission",
                    ["value": String(body.permission.prefix(20))], field: "\(field).permission")
            }
            guard seen.insert(grantee).inserted else {
                throw AppError(
                    .badRequest, type: "invalid-field", key: "registry.error.duplicateGrantee", ["id": name], field: field)
            }
            return AccessEntry(grantee: grantee, permission: permission)
        }
    }
}
