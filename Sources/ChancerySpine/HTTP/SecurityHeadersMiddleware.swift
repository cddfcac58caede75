import HTTPTypes
import Hummingbird

/// Headers every answer carries: no caching of protected content, no framing, no sniffing, scripts and
/// styles from Chancery only.
package struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws
        -> Response
    {
        var response = try await next(request, context)
        response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.referrerPolicy] = "same-origin"
        // Browsers honour this only over HTTPS (behind the load balancer), and ignore it on plain-HTTP demos.
        response.headers[.strictTransportSecurity] = "max-age=31536000"
        response.headers[.contentSecurityPolicy] = "default-src 'self'; form-action 'self'; frame-ancestors 'none'"
        return response
    }
}

extension HTTPField.Name {
    package static let xFrameOptions = Self("X-Frame-Options")!
    package static let referrerPolicy = Self("Referrer-Policy")!
    package static let idempotencyKey = Self("Idempotency-Key")!
    package static let idempotentReplayed = Self("Idempotent-Replayed")!
    package static let classification = Self("X-Classification")!
}
