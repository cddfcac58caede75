import Foundation
import HTTPTypes

/// Which methods an API address accepts, read once from the OpenAPI document (which the test suite keeps
/// equal to the routes): so that a known address with another method is a `405` with `Allow`, not a `404`.
package enum AllowedMethods {
    package struct Route: Sendable {
        package var segments: [String]
        package var methods: [String]
    }

    private static var routes: [Route] { InstalledOffices.catalog.allowedRoutes }

    package static func routes(of json: String) -> [Route] {
        guard let document = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let paths = document["paths"] as? [String: Any]
        else { return [] }
        let verbs = ["get", "put", "post", "delete", "patch", "head", "options"]
        return paths.compactMap { path, item in
            guard let item = item as? [String: Any] else { return nil }
            let methods = verbs.filter { item[$0] != nil }.map { $0.uppercased() }
            return Route(segments: path.split(separator: "/").map(String.init), methods: methods)
        }
    }

    /// The methods of the documented address `path` matches, or nil when it matches none.
    package static func methods(for path: String) -> [String]? {
        let segments = path.split(separator: "/").map(String.init)
        let matching = routes.filter { route in
            route.segments.count == segments.count
                && zip(route.segments, segments).allSatisfy { pattern, segment in
                    pattern == segment || (pattern.hasPrefix("{") && pattern.hasSuffix("}"))
                }
        }
        guard !matching.isEmpty else { return nil }
        return Array(Set(matching.flatMap(\.methods))).sorted()
    }
}
