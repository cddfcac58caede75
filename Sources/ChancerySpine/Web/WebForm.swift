import Foundation
import Hummingbird

/// Reads `application/x-www-form-urlencoded` bodies of the web pages.
package enum WebForm {
    package static func fields(_ request: Request) async throws -> [String: String] {
        let buffer = try await JSONBody.collect(request, upTo: 64 * 1024, limitText: "64 KB")
        return decoded(String(buffer: buffer))
    }

    /// The fields of a form sent with GET (`?q=two+words`): the query string decoded as a form, `+` being a space.
    package static func queryFields(_ request: Request) -> [String: String] {
        decoded(request.uri.query ?? "")
    }

    package static func decoded(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first else { continue }
            fields[decode(name)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }

    /// The fields of a form posted within a session, after checking its CSRF token.
    package static func verified(_ request: Request, session: ActiveSession) async throws -> [String: String] {
        let fields = try await fields(request)
        guard let token = fields["_csrf"], constantTimeEquals(token, session.csrfToken) else { throw AppError.csrf }
        return fields
    }

    package static func constantTimeEquals(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
