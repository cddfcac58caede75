import ChanceryKit
import Hummingbird

/// Need-to-know groups and their members through the API, for administrators: the same operations as
/// `chancery group`, every change audited.
package struct GroupsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("groups", use: list)
        group.post("groups", use: create)
        group.get("groups/{name}", use: show)
        group.put("groups/{name}/members/{username}", use: addMember)
        group.delete("groups/{name}/members/{username}", use: removeMember)
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        return try await ListPage(request, isValidKey: GroupStore.isValidName).respond(
            fetchAfter: { after, limit in try await chancery.groups.list(after: after, limit: limit) }, key: \.name,
            body: { GroupBody($0) })
    }

    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let (body, _) = try await JSONBody.decode(CreateGroupRequest.self, from: request)
        let title = try FieldRules.optionalText(body.title, field: "title", max: 200)
        let group = try await UsersController.refusingAsProblem {
            do {
                return try await chancery.groups.create(name: body.name, title: title, actor: context.account.id)
            } catch AccountError.invalidName(_, let value) {
                throw AppError(
                    .badRequest, type: "invalid-field", key: "account.error.invalidGroup",
                    ["value": String(value.prefix(64))], field: "name")
            }
        }
        return try JSONResponse.make(
            GroupBody(group, members: []), status: .created, location: "/api/v1/groups/\(group.name)")
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let group = try await find(context)
        let members = try await chancery.users.members(of: group.name)
        return try JSONResponse.make(GroupBody(group, members: members))
    }

    /// Puts the account in the group; the same answer when it already was a member.
    @Sendable package func addMember(_ request: Request, context: SignedInContext) async throws -> Response {
        try await changeMembership(context) { username, group, actor in
            try await chancery.users.addMember(username, to: group, actor: actor)
        }
    }

    @Sendable package func removeMember(_ request: Request, context: SignedInContext) async throws -> Response {
        try await changeMembership(context) { username, group, actor in
            try await chancery.users.removeMember(username, from: group, actor: actor)
        }
    }

    /// An administrator's change to the membership of the group and account named in the path, refused as a
    /// problem, answered with no content.
    private func changeMembership(
        _ context: SignedInContext,
        _ change: (_ username: String, _ group: String, _ actor: String) async throws -> Void
    ) async throws -> Response {
        try context.require(.admin)
        let group = try await find(context)
        let username = try context.parameters.require("username")
        try await UsersController.refusingAsProblem { try await change(username, group.name, context.account.id) }
        return Response(status: .noContent)
    }

    private func find(_ context: SignedInContext) async throws -> AccessGroup {
        let name = try context.parameters.require("name")
        guard GroupStore.isValidName(name), let group = try await chancery.groups.find(name: name) else {
            throw AppError(
                .notFound, type: "group-not-found", key: "group.error.notFound", ["value": String(name.prefix(64))])
        }
        return group
    }
}
