import ChanceryKit
import ChancerySpine
import Hummingbird

/// A record's access control list, kept by the registry: `GET` and `PUT /api/v1/records/{id}/acl`.
package struct AccessControlController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("records/{id}/acl", use: show)
        group.put("records/{id}/acl", use: replace)
    }

    /// An entry as a request gives it: a person by user name or account id, a group or a unit.
    package struct EntryRequest: Decodable, Sendable {
        package var kind: String
        package var id: String
        package var permission: String
    }

    package struct ACLRequest: Decodable, Sendable { package var entries: [EntryRequest] }

    /// An entry as the answer shows it: a person as the account id the grant resolved to, with the user name and
    /// display name, so that the caller sees whom it reaches.
    package struct EntryBody: Codable, Sendable {
        package var kind: String
        package var id: String
        package var permission: String
        package var username: String?
        package var displayName: String?

        package init(_ entry: AccessEntry, names: [String: UserStore.Names]) {
            kind = entry.grantee.kind
            id = entry.grantee.name
            permission = entry.permission.rawValue
            if case .user(let accountID) = entry.grantee, let account = names[accountID] {
                username = account.username
                displayName = account.displayName
            }
        }
    }

    package struct ACLBody: Codable, Sendable { package var entries: [EntryBody] }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard let (record, entries) = try await chancery.records.accessEntries(of: id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return try JSONResponse.make(try await body(entries), of: record)
    }

    @Sendable package func replace(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let version = try IfMatch.version(request)
        let (body, _) = try await JSONBody.decode(ACLRequest.self, from: request)
        let entries = try Self.entries(body.entries)
        let (record, saved) = try await chancery.records.replaceAccessEntries(
            of: id, with: entries, expectedVersion: version, by: context.principal)
        return try JSONResponse.make(try await self.body(saved), of: record)
    }

    private func body(_ entries: [AccessEntry]) async throws -> ACLBody {
        let people = entries.compactMap { if case .user(let id) = $0.grantee { id } else { nil } }
        let names = try await chancery.users.names(of: people)
        return ACLBody(entries: entries.map { EntryBody($0, names: names) })
    }

    /// Checked entries: a known kind and permission, a name, at most one entry per grantee.
    package static func entries(_ bodies: [EntryRequest]) throws -> [AccessEntry] {
        guard bodies.count <= 500 else { throw AppError.tooMany("entries", max: 500) }
        var seen: Set<Grantee> = []
        return try bodies.enumerated().map { index, body in
            let field = "entries[\(index)]"
            let name = try FieldRules.text(body.id, field: "\(field).id", max: 64)
            guard let grantee = Grantee(kind: body.kind, name: name) else {
                throw AppError(
                    .badRequest, type: "invalid-field", key: "registry.error.memberKind",
                    ["value": String(body.kind.prefix(20))],
                    field: "\(field).kind")
            }
            guard let permission = Permission(rawValue: body.permission) else {
                throw AppError(
                    .badRequest, type: "invalid-field", key: "registry.error.permission",
                    ["value": String(body.permission.prefix(20))], field: "\(field).permission")
            }
            guard seen.insert(grantee).inserted else {
                throw AppError(
                    .badRequest, type: "invalid-field", key: "registry.error.duplicateGrantee", ["id": name],
                    field: field)
            }
            return AccessEntry(grantee: grantee, permission: permission)
        }
    }
}
