import Foundation
import Hummingbird

/// Which query parameters each API operation takes, read once from the OpenAPI document (which the test suite
/// keeps equal to the routes): a parameter the operation does not take (`page_size`, a misspelt `witTotal`) is
/// refused with a 400 `unknown-parameter` that names it, as an unknown field of a JSON body is, instead of
/// being silently ignored. The document is the one list: a handler that reads a parameter must document it.
package enum QueryParameters {
    /// One operation of the document: the query parameters it takes, and whether it needs no token.
    package struct Operation: Sendable {
        package var names: Set<String>
        package var isPublic: Bool
    }

    /// Every operation of the document, by "METHOD /path" as the router names its routes.
    package static var operations: [String: Operation] { InstalledOffices.catalog.queryOperations }

    package static func operations(of json: String) -> [String: Operation] {
        guard let document = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let paths = document["paths"] as? [String: [String: Any]]
        else { return [:] }
        let components = (document["components"] as? [String: Any])?["parameters"] as? [String: [String: Any]] ?? [:]
        func queryNames(_ parameters: Any?) -> Set<String> {
            Set(
                (parameters as? [[String: Any]] ?? []).compactMap { parameter in
                    var resolved = parameter
                    if let reference = parameter["$ref"] as? String {
                        resolved = components[String(reference.split(separator: "/").last ?? "")] ?? [:]
                    }
                    return resolved["in"] as? String == "query" ? resolved["name"] as? String : nil
                })
        }
        var operations: [String: Operation] = [:]
        for (path, item) in paths {
            let shared = queryNames(item["parameters"])
            for method in ["get", "put", "post", "delete", "patch"] {
                guard let operation = item[method] as? [String: Any] else { continue }
                let security = operation["security"] as? [Any]
                operations["\(method.uppercased()) \(path)"] = Operation(
                    names: shared.union(queryNames(operation["parameters"])), isPublic: security?.isEmpty == true)
            }
        }
        return operations
    }

    /// The first query parameter of the request that its operation does not take, with the ones it does.
    package static func unknown(in request: Request, endpoint: String?) -> (name: String, allowed: [String])? {
        guard let endpoint, let operation = operations["\(request.method.rawValue) \(endpoint)"] else { return nil }
        for (name, _) in request.uri.queryParameters where !name.isEmpty && !operation.names.contains(String(name)) {
            return (String(name), operation.names.sorted())
        }
        return nil
    }

    /// Refuses a query parameter the request's operation does not take.
    package static func check(_ request: Request, endpoint: String?) throws {
        if let (name, allowed) = unknown(in: request, endpoint: endpoint) {
            throw AppError.unknownParameter(name, allowed: allowed)
        }
    }

    /// Whether the request's operation is answered without a token.
    package static func isPublic(_ request: Request, endpoint: String?) -> Bool {
        guard let endpoint else { return false }
        return operations["\(request.method.rawValue) \(endpoint)"]?.isPublic ?? false
    }
}

/// Refuses, on the API's routes, a query parameter the operation does not take (see `QueryParameters`). It runs
/// once the route is known, after the bearer token is read: a request without a valid token to an operation
/// that needs one goes on to its 401 first. An office that answers in its own format checks its own routes
/// (`Office.ownBadRequestResponse`: the FHIR routes, whose refusals are OperationOutcomes).
package struct QueryParameterMiddleware: RouterMiddleware {
    package typealias Context = AppRequestContext

    package init() {}

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws
        -> Response
    {
        let endpoint = context.endpointPath
        let checkedElsewhere = endpoint.flatMap(InstalledOffices.ownBadRequestResponse(path:)) != nil
        if !checkedElsewhere, context.session != nil || QueryParameters.isPublic(request, endpoint: endpoint) {
            try QueryParameters.check(request, endpoint: endpoint)
        }
        return try await next(request, context)
    }
}
