import ChanceryKit
import Foundation

extension OpenAPIDocument {
    /// Every operation refuses a query parameter it does not take (`QueryParameterMiddleware`), so every
    /// operation documents a 400: those that list none get the shared one (the FHIR routes their
    /// OperationOutcome, `Office.ownBadRequestResponse`), said once here rather than in each fragment.
    package static func withUnknownParameterRefusals(_ json: String, offices: [any Office], roles: [Role]) -> String {
        guard var document = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any],
            var paths = document["paths"] as? [String: [String: Any]]
        else { return json }
        for (path, item) in paths {
            var item = item
            for method in ["get", "put", "post", "delete", "patch"] {
                guard var operation = item[method] as? [String: Any],
                    var responses = operation["responses"] as? [String: Any], responses["400"] == nil
                else { continue }
                let response = offices.lazy.compactMap { $0.ownBadRequestResponse(path: path) }.first ?? "BadRequest"
                responses["400"] = [
                    "$ref": "#/components/responses/\(response)",
                    "description": "unknown-parameter: a query parameter this operation does not take.",
                ]
                operation["responses"] = responses
                item[method] = operation
            }
            paths[path] = item
        }
        document["paths"] = paths
        // The roles an installation accepts are those of the spine and of its offices: the `Role` schema lists them.
        if var components = document["components"] as? [String: Any],
            var schemas = components["schemas"] as? [String: Any],
            var role = schemas["Role"] as? [String: Any]
        {
            role["enum"] = roles.map(\.rawValue)
            schemas["Role"] = role
            components["schemas"] = schemas
            document["components"] = components
        }
        let data = try? JSONSerialization.data(
            withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? json
    }
}
