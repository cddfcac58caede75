import ChanceryKit
import Hummingbird

/// Accounts through the API, for administrators: the same operations as `chancery user`, through the same store,
/// every change audited. Passwords are taken, never returned.
package struct UsersController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("users", use: list)
        group.post("users", use: create)
        group.get("users/{username}", use: show)
        group.patch("users/{username}", use: update)
        group.put("users/{username}/password", use: setPassword)
        group.delete("users/{username}/sessions", use: revokeSessions)
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        return try await ListPage(request, isValidKey: UserStore.isValidUsername).respond(
            fetchAfter: { after, limit in try await chancery.users.list(after: after, limit: limit) }, key: \.username,
            body: AccountBody.init)
    }

    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let (body, _) = try await JSONBody.decode(CreateAccountRequest.self, from: request)
        let attributes = try body.attributes.attributes()
        let account = try await Self.refusingAsProblem {
            try await chancery.users.create(
                username: body.username, password: body.password, attributes: attributes, actor: context.account.id)
        }
        return try JSONResponse.make(
            AccountBody(account), status: .created, etag: account.etag, location: "/api/v1/users/\(account.username)")
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let account = try await find(context)
        return try JSONResponse.make(AccountBody(account), etag: account.etag)
    }

    /// JSON Merge Patch at `If-Match`: the fields sent change, the others stay.
    @Sendable package func update(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let username = try context.parameters.require("username")
        let version = try IfMatch.version(request)
        let (body, data) = try await JSONBody.decode(AccountAttributesRequest.self, from: request)
        try AccountAttributesRequest.refuseNulls(in: data)
        let attributes = try body.attributes()
        if username.lowercased() == context.account.username,
            attributes.disabled == true || attributes.roles.map({ !$0.contains(.admin) }) == true
        {
            throw AppError(.conflict, type: "own-account", key: "account.error.ownAccount")
        }
        let account = try await Self.refusingAsProblem {
            try await chancery.users.update(
                username: username, attributes: attributes, expectedVersion: version, actor: context.account.id)
        }
        return try JSONResponse.make(AccountBody(account), etag: account.etag)
    }

    /// Sets a new password (at least 12 characters); the account's sessions and tokens end, and the sign-in
    /// throttle's counters of its name are cleared.
    @Sendable package func setPassword(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let account = try await find(context)
        let (body, _) = try await JSONBody.decode(PasswordRequest.self, from: request)
        try await Self.refusingAsProblem {
            try await chancery.users.setPassword(
                username: account.username, password: body.password, actor: context.account.id)
        }
        return Response(status: .noContent)
    }

    /// Ends every web session and revokes every API token of the account.
    @Sendable package func revokeSessions(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let account = try await find(context)
        try await chancery.sessions.closeAll(of: account, actor: context.account.id)
        return Response(status: .noContent)
    }

    private func find(_ context: SignedInContext) async throws -> UserAccount {
        let username = try context.parameters.require("username")
        guard let account = try await chancery.users.find(username: username) else {
            throw AccountError.unknownUser(username).problem
        }
        return account
    }

    /// Runs a store call, turning its refusals into problems in the reader's language.
    @discardableResult
    package static func refusingAsProblem<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error as AccountError { throw error.problem }
    }
}
