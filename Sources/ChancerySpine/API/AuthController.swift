import ChanceryKit
import Hummingbird

/// `POST /api/v1/auth/token`, `DELETE /api/v1/auth/token` and `GET /api/v1/me`.
package struct AuthController {
    package let chancery: Chancery

    package struct TokenRequest: Decodable {
        package var username: String
        package var password: String
    }

    package struct TokenBody: Encodable {
        package var token: String
        package var expiresAt: String
        package var tokenType = "Bearer"
    }

    package func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.post("auth/token", use: issueToken)
    }

    package func addSignedInRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("me", use: me)
        group.delete("auth/token", use: revokeToken)
    }

    @Sendable package func issueToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(TokenRequest.self, from: request)
        let address = ClientAddress.of(request, context: context, trusting: chancery.configuration.trustedProxies)
        let account = try await chancery.users.authenticate(
            username: body.username, password: body.password, from: address)
        let (token, expiresAt) = try await chancery.sessions.open(
            for: account, kind: .api, lifetime: chancery.configuration.tokenLifetime)
        return try JSONResponse.make(TokenBody(token: token, expiresAt: Clock.iso8601(expiresAt)), status: .created)
    }

    @Sendable package func me(_ request: Request, context: SignedInContext) async throws -> Response {
        try JSONResponse.make(PrincipalBody(context.account))
    }

    @Sendable package func revokeToken(_ request: Request, context: SignedInContext) async throws -> Response {
        try await chancery.sessions.close(context.session)
        return Response(status: .noContent)
    }
}
