import ChanceryKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// A web session opened through the sign-in form, as a browser would hold it.
package struct WebSession: Sendable {
    /// The value of the `chancery_session` cookie.
    package var secret: String
    /// The `Set-Cookie` header that opened it.
    package var setCookie: SetCookie

    /// Headers that send the session cookie, plus any others.
    package func headers(_ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        headers[.cookie] = "\(SessionAuthenticator.cookieName)=\(secret)"
        return headers
    }

    package init(secret: String, setCookie: SetCookie) {
        self.secret = secret
        self.setCookie = setCookie
    }
}

/// One `Set-Cookie` header, read the way a browser reads it.
package struct SetCookie: Sendable, Equatable {
    package var name: String
    package var value: String
    /// Attribute names in lower case (`httponly`, `samesite`, `secure`, `path`, `max-age`) with their values.
    package var attributes: [String: String]

    package init?(header: String) {
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first, let equals = first.firstIndex(of: "=") else { return nil }
        name = String(first[..<equals])
        value = String(first[first.index(after: equals)...])
        var attributes: [String: String] = [:]
        for part in parts.dropFirst() {
            let pieces = part.split(separator: "=", maxSplits: 1)
            guard let key = pieces.first else { continue }
            attributes[key.lowercased()] = pieces.count > 1 ? String(pieces[1]) : ""
        }
        self.attributes = attributes
    }

    package var isHttpOnly: Bool { attributes["httponly"] != nil }
    package var isSecure: Bool { attributes["secure"] != nil }
    package var sameSite: String? { attributes["samesite"]?.lowercased() }
}

/// The answer of `POST /api/v1/auth/token`.
package struct IssuedToken: Decodable, Sendable {
    package var token: String
    package var expiresAt: String
    package var tokenType: String

    package init(token: String, expiresAt: String, tokenType: String) {
        self.token = token
        self.expiresAt = expiresAt
        self.tokenType = tokenType
    }
}

/// An RFC 9457 problem details body.
package struct Problem: Decodable, Sendable {
    package var type: String
    package var title: String
    package var status: Int
    package var detail: String
    package var instance: String?
    package var field: String?

    package init(
        type: String, title: String, status: Int, detail: String, instance: String? = nil, field: String? = nil
    ) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
        self.field = field
    }
}

// MARK: - requests

extension TestClientProtocol {
    /// Sends a request to the API, with a bearer token and a JSON body when given.
    package func api(
        _ method: HTTPRequest.Method, _ uri: String, token: String? = nil, json: String? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil, headers[.contentType] == nil { headers[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    /// Issues an API token through `POST /api/v1/auth/token`, failing the test if it is refused.
    package func token(
        for username: String, password: String = MockUser.password, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> String {
        let response = try await api(.post, "/api/v1/auth/token", json: Self.credentials(username, password))
        try #require(
            response.status == .created, "sign-in of \(username) refused: \(response.text)",
            sourceLocation: sourceLocation)
        return try response.decode(IssuedToken.self).token
    }

    /// The JSON body of a token request.
    package static func credentials(_ username: String, _ password: String) -> String {
        #"{"username":\#(jsonString(username)),"password":\#(jsonString(password))}"#
    }

    /// `GET /login`: the `chancery_login` cookie and the hidden `_csrf` field of the form.
    package func loginForm(headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws
        -> (cookie: String, csrf: String)
    {
        let page = try await execute(uri: "/login", method: .get, headers: headers)
        #expect(page.status == .ok, sourceLocation: sourceLocation)
        let cookie = try #require(page.cookie(WebAuthController.loginCookie), sourceLocation: sourceLocation)
        let csrf = try #require(page.text.hiddenField("_csrf"), sourceLocation: sourceLocation)
        return (cookie.value, csrf)
    }

    /// Posts the sign-in form as a browser would, after loading it.
    package func postLogin(
        _ username: String, password: String = MockUser.password, headers: HTTPFields = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> TestResponse {
        let form = try await loginForm(headers: headers, sourceLocation: sourceLocation)
        return try await postForm(
            "/login", ["_csrf": form.csrf, "username": username, "password": password],
            cookies: ["\(WebAuthController.loginCookie)=\(form.cookie)"], headers: headers)
    }

    /// Signs in through the web form and returns the session, failing the test if it is refused.
    package func signIn(
        _ username: String, password: String = MockUser.password, headers: HTTPFields = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> WebSession {
        let response = try await postLogin(
            username, password: password, headers: headers, sourceLocation: sourceLocation)
        try #require(response.status == .seeOther, "sign-in of \(username) refused", sourceLocation: sourceLocation)
        let cookie = try #require(response.cookie(SessionAuthenticator.cookieName), sourceLocation: sourceLocation)
        return WebSession(secret: cookie.value, setCookie: cookie)
    }

    /// Posts an `application/x-www-form-urlencoded` form with the given cookies.
    package func postForm(
        _ uri: String, _ fields: [String: String], cookies: [String] = [], headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        headers[.contentType] = "application/x-www-form-urlencoded"
        if !cookies.isEmpty { headers[.cookie] = cookies.joined(separator: "; ") }
        let body = fields.sorted { $0.key < $1.key }.map { "\(Self.formEncode($0.key))=\(Self.formEncode($0.value))" }
            .joined(separator: "&")
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// The CSRF token of a signed-in session, read from the sign-out form of its home page.
    package func sessionCSRF(_ session: WebSession, sourceLocation: SourceLocation = #_sourceLocation) async throws
        -> String
    {
        let home = try await execute(uri: "/home", method: .get, headers: session.headers())
        try #require(home.status == .ok, sourceLocation: sourceLocation)
        return try #require(home.text.hiddenField("_csrf"), sourceLocation: sourceLocation)
    }

    package static func formEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "").replacingOccurrences(
            of: "%20", with: "+")
    }
}

/// A string as a JSON literal, quoted and escaped.
package func jsonString(_ text: String) -> String {
    let data = try? JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed])
    let array = data.map { String(decoding: $0, as: UTF8.self) } ?? "[\"\"]"
    return String(array.dropFirst().dropLast())
}

/// The JSON body of `POST /api/v1/objects` for a note; `label` is the JSON form of a label.
package func noteBody(
    _ title: String, label: String = #"{"classification":"NATO UNCLASSIFIED","releasableTo":["NATO"]}"#,
    extra: String = ""
) -> String {
    #"{"title":\#(jsonString(title)),"label":\#(label)\#(extra)}"#
}

// MARK: - responses

extension TestResponse {
    /// The body as text.
    package var text: String { String(buffer: body) }

    /// The body decoded as JSON into `type`.
    package func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(buffer: body))
    }

    /// The body as a JSON object, to check the exact keys on the wire.
    package func jsonObject(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(buffer: body))
        return try #require(value as? [String: Any], "not a JSON object: \(text)", sourceLocation: sourceLocation)
    }

    /// Every `Set-Cookie` header.
    package var setCookies: [SetCookie] { headers[values: .setCookie].compactMap(SetCookie.init(header:)) }

    /// The last `Set-Cookie` of this name.
    package func cookie(_ name: String) -> SetCookie? { setCookies.last { $0.name == name } }

    /// Checks that this is an RFC 9457 problem with the status (and the `urn:chancery:problem:` type), whose
    /// `detail` is a sentence a person can read; returns the problem.
    @discardableResult
    package func problem(
        _ status: HTTPResponse.Status, type: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Problem {
        #expect(self.status == status, "body: \(text)", sourceLocation: sourceLocation)
        #expect(
            headers[.contentType] == "application/problem+json", "content type \(headers[.contentType] ?? "none")",
            sourceLocation: sourceLocation)
        let problem = try decode(Problem.self)
        #expect(problem.status == Int(status.code), sourceLocation: sourceLocation)
        if let type {
            #expect(problem.type == "urn:chancery:problem:\(type)", sourceLocation: sourceLocation)
        }
        #expect(problem.detail.isHumanSentence, "not a sentence: \(problem.detail)", sourceLocation: sourceLocation)
        return problem
    }
}

extension String {
    /// A sentence for a person: several words, closing punctuation, no unfilled `{placeholder}` and none of
    /// the debugging text of a leaked Swift error.
    package var isHumanSentence: Bool {
        let words = split(separator: " ")
        let leaks = ["DecodingError", "Optional(", "codingPath", "Swift.", "CodingKeys", "debugDescription", "SQL"]
        return words.count >= 4 && (hasSuffix(".") || hasSuffix("?") || hasSuffix("!"))
            && range(of: #"\{[A-Za-z]+\}"#, options: .regularExpression) == nil
            && !leaks.contains { contains($0) }
    }

    /// The value of the hidden `<input name="NAME" value="…">` of a form.
    package func hiddenField(_ name: String) -> String? {
        firstMatch(#"<input type="hidden" name="\#(name)" value="([^"]*)">"#)
    }

    /// The text of the element with this id (the first group of a non-greedy match up to its closing tag).
    package func element(id: String) -> String? {
        firstMatch(#"id="\#(id)"[^>]*>([\s\S]*?)</"#)
    }

    /// The `href` of the element with this id.
    package func firstHref(id: String) -> String? {
        firstMatch(#"id="\#(id)"[^>]*href="([^"]*)""#) ?? firstMatch(#"href="([^"]*)"[^>]*id="\#(id)""#)
    }

    /// The content of `<title>`.
    package var htmlTitle: String? { firstMatch(#"<title>([\s\S]*?)</title>"#) }

    /// What a reader sees: the page without its tags and their attributes (form field names and option values
    /// are machine identifiers, not text).
    package var visibleText: String {
        replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
    }

    /// The `lang` attribute of `<html>`.
    package var htmlLang: String? { firstMatch(#"<html lang="([^"]*)">"#) }

    private func firstMatch(_ pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: self, range: NSRange(startIndex..., in: self)),
            let range = Range(match.range(at: 1), in: self)
        else { return nil }
        return String(self[range])
    }
}

// MARK: - fixtures

extension TestInstallation {
    /// The application, as `chancery serve` builds it.
    package var app: some ApplicationProtocol { buildApplication(chancery) }

    /// Every object in the installation, unfiltered: to check that a refused request changed nothing.
    package func objectCount() async throws -> Int {
        try await chancery.database.read { db in
            Int(try await db.raw("SELECT COUNT(*) AS n FROM objects").first()?.decode(column: "n", as: Int64.self) ?? 0)
        }
    }

    /// Grants a need-to-know entry on an object, as the registry would.
    package func grant(_ entry: AccessEntry, on objectID: String) async throws {
        try await chancery.database.transaction { db in
            try await chancery.objects.grant(entry, on: objectID, by: "test", at: Clock.nowMilliseconds(), on: db)
        }
    }
}

extension SecurityLabel {
    /// A label from its JSON form, for fixtures.
    package static func testLabel(
        _ classification: String, releasableTo: [String] = ["NATO"], categories: [String] = [],
        informative: [String] = []
    ) throws -> SecurityLabel {
        try SecurityLabelForm(
            classification: classification, releasableTo: releasableTo, categories: categories,
            informative: informative
        ).label(in: .standard)
    }
}
