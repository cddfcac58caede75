import ChanceryKit
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Turns every error into an answer a person can act on: RFC 9457 problem details under `/api`, an error
/// page elsewhere, a redirect to the sign-in page for a web request without a session. Unknown errors are
/// logged with the request id and answered with a 500 that says nothing was changed.
package struct ErrorMiddleware: RouterMiddleware {
    package typealias Context = AppRequestContext

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            var context = context
            var error = error
            if let wrapped = error as? InLanguage {
                context.language = wrapped.language
                error = wrapped.error
            }
            var problem = problem(for: error, context: context)
            let isAPI = request.uri.path.hasPrefix("/api/")
            // The router says 404 for a known address asked with another method: say 405 and what is allowed.
            var allowed: [String]?
            if isAPI, (error as? HTTPError)?.status == .notFound,
                let methods = AllowedMethods.methods(for: request.uri.path),
                !methods.contains(request.method.rawValue)
            {
                allowed = methods
                problem = AppError(
                    .methodNotAllowed, type: "method-not-allowed", key: "error.methodNotAllowedList",
                    ["allowed": methods.joined(separator: ", ")])
            }
            if !isAPI, problem.type == AppError.unauthenticated.type {
                return .redirect(to: "/login", type: .normal)
            }
            guard isAPI else { return ErrorPage.response(problem, localizer: context.localizer) }
            var response = ProblemResponse.make(problem, request: request, localizer: context.localizer)
            if let allowed { response.headers[.allow] = allowed.joined(separator: ", ") }
            return response
        }
    }

    private func problem(for error: any Error, context: Context) -> AppError {
        switch error {
        case let error as AppError:
            return error
        case let error as HTTPError:
            switch error.status {
            case .notFound: return .notFound
            case .methodNotAllowed:
                return AppError(.methodNotAllowed, type: "method-not-allowed", key: "error.methodNotAllowed")
            case .contentTooLarge:
                return AppError(.contentTooLarge, type: "body-too-large", key: "error.bodyTooLarge", ["limit": "2 MB"])
            case .badRequest:
                return AppError(
                    .badRequest, type: "bad-request", key: "error.badJSON", ["reason": error.body ?? "bad request"])
            default:
                return AppError(error.status, type: "http-\(error.status.code)", key: "error.notFound")
            }
        default:
            let incident = context.id
            context.logger.error(
                "Request failed", metadata: ["error": "\(String(reflecting: error))", "incident": "\(incident)"])
            return AppError(.internalServerError, type: "internal", key: "error.internal", ["id": incident])
        }
    }
}

/// RFC 9457 problem details.
package enum ProblemResponse {
    package struct Body: Encodable {
        package var type: String
        package var title: String
        package var status: Int
        package var detail: String
        package var instance: String
        package var field: String?
        package var errors: [ItemBody]?
        /// role-required: the roles any one of which allows the request, for programs (the sentence names jobs).
        package var roles: [String]?
    }

    package struct ItemBody: Encodable {
        package var field: String
        package var code: String?
        package var detail: String
    }

    package static func make(_ problem: AppError, request: Request, localizer: Localizer) -> Response {
        let body = Body(
            type: "urn:chancery:problem:\(problem.type)", title: problem.status.reasonPhrase,
            status: problem.status.code, detail: problem.detail(localizer), instance: request.uri.path,
            field: problem.field,
            errors: problem.errors.isEmpty
                ? nil : problem.errors.map { ItemBody(field: $0.field, code: $0.code, detail: $0.detail(localizer)) },
            roles: problem.requiredRoles.isEmpty ? nil : problem.requiredRoles.map(\.rawValue))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(body)) ?? Data("{}".utf8)
        var headers: HTTPFields = [
            .contentType: "application/problem+json", .contentLanguage: localizer.language.rawValue,
        ]
        if problem.status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"chancery\"" }
        if let seconds = problem.retryAfter { headers[.retryAfter] = String(seconds) }
        return Response(status: problem.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
