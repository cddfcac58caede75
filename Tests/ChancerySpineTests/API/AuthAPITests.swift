import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// `POST /api/v1/auth/token`, `DELETE /api/v1/auth/token`, `GET /api/v1/me` and the sign-in throttle.
@Suite("Auth API")
struct AuthAPITests {
    /// The JSON body of a token request.
    static func credentials(_ username: String, _ password: String) -> String {
        #"{"username":\#(jsonString(username)),"password":\#(jsonString(password))}"#
    }

    @Test("a correct password issues a bearer token; a wrong one or an unknown user gets the same 401")
    func issueToken() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clinician", MockUser.clinician)
            try await installation.app.test(.router) { client in
                // exercise
                let before = Date()
                let response = try await client.api(
                    .post, "/api/v1/auth/token", json: #"{"username":"clinician","password":"\#(MockUser.password)"}"#)
                let wrong = try await client.api(
                    .post, "/api/v1/auth/token", json: #"{"username":"clinician","password":"not the password"}"#)
                let unknown = try await client.api(
                    .post, "/api/v1/auth/token", json: #"{"username":"nobody","password":"not the password"}"#)

                // validate
                #expect(response.status == .created)
                #expect(response.headers[.contentType] == "application/json")
                let body = try response.jsonObject()
                #expect(Set(body.keys) == ["token", "expiresAt", "tokenType"])
                #expect(body["tokenType"] as? String == "Bearer")
                let token = try #require(body["token"] as? String)
                #expect(token.count >= 32)
                let expiresAt = try #require((body["expiresAt"] as? String).flatMap(ISO8601DateFormatter().date(from:)))
                #expect(expiresAt > before.addingTimeInterval(11 * 3600))
                #expect(expiresAt < before.addingTimeInterval(13 * 3600))

                let wrongProblem = try wrong.problem(.unauthorized, type: "bad-credentials")
                let unknownProblem = try unknown.problem(.unauthorized, type: "bad-credentials")
                #expect(wrongProblem.detail == unknownProblem.detail, "the answer must not tell which user names exist")
                #expect(!wrong.text.contains("\"token\":"))
            }
        }
    }

    @Test("GET /me returns the principal of the token, and only theirs")
    func me() async throws {
        try await withInstallation { installation in
            // setup
            var attributes = MockUser.clinician
            attributes.groups = ["BOARD", "ETHICS"]
            attributes.units = ["HEALTH", "IPS"]
            try await installation.user("clinician", attributes)
            try await installation.user("visitor", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let clinician = try await client.token(for: "clinician")
                let visitor = try await client.token(for: "visitor")

                // exercise
                let mine = try await client.api(.get, "/api/v1/me", token: clinician)
                let theirs = try await client.api(.get, "/api/v1/me", token: visitor)

                // validate
                #expect(mine.status == .ok)
                let me = try mine.jsonObject()
                #expect(me["username"] as? String == "clinician")
                #expect(me["displayName"] as? String == "Dr Martin")
                #expect(me["clearance"] as? String == "NATO SECRET")
                #expect(me["nationality"] as? String == "BEL")
                #expect(me["categories"] as? [String] == ["MEDICAL"])
                #expect(me["roles"] as? [String] == ["health.clinician"])
                #expect(me["units"] as? [String] == ["HEALTH", "IPS"])
                #expect(me["groups"] as? [String] == ["BOARD", "ETHICS"])

                let other = try theirs.jsonObject()
                #expect(other["username"] as? String == "visitor")
                #expect(other["clearance"] as? String == "NATO UNCLASSIFIED")
                #expect(other["nationality"] as? String == "SWE")
                #expect(other["categories"] as? [String] == [])
                #expect(other["roles"] as? [String] == [])
                #expect(other["units"] as? [String] == [])
                #expect(other["groups"] as? [String] == [])
                #expect(!theirs.text.contains("MEDICAL"))
            }
        }
    }

    @Test("no token, a bad token, another scheme or a web session secret: 401 problem with a sentence")
    func refusedWithoutValidToken() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clinician", MockUser.clinician)
            try await installation.app.test(.router) { client in
                let web = try await client.signIn("clinician")
                let attempts: [(String, HTTPFields)] = [
                    ("no header", [:]),
                    ("unknown token", [.authorization: "Bearer 0123456789abcdef0123456789abcdef"]),
                    ("empty token", [.authorization: "Bearer "]),
                    ("basic scheme", [.authorization: "Basic Y2xpbmljaWFuOnBhc3N3b3Jk"]),
                    ("web session secret as a token", [.authorization: "Bearer \(web.secret)"]),
                    ("web session cookie on the API", web.headers()),
                ]
                for (name, headers) in attempts {
                    // exercise
                    let response = try await client.api(.get, "/api/v1/me", headers: headers)

                    // validate
                    let problem = try response.problem(.unauthorized, type: "unauthenticated")
                    #expect(problem.detail.contains("sign in"), "\(name)")
                    #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"chancery\"", "\(name)")
                    #expect(!response.text.contains("clinician"), "\(name)")
                }
                let french = try await client.api(.get, "/api/v1/me", headers: [.acceptLanguage: "fr"])
                let problem = try french.problem(.unauthorized, type: "unauthenticated")
                #expect(problem.detail == Localizer(.fr)("error.unauthenticated"))
                #expect(french.headers[.contentLanguage] == "fr")
            }
        }
    }

    @Test(
        "five wrong passwords make the name wait: 429 with Retry-After even with the right password, not another user")
    func throttleAfterFiveFailures() async throws {
        let clock = ManualClock()
        try await withInstallation(throttleClock: clock) { installation in
            // setup
            try await installation.user("clinician", MockUser.clinician)
            try await installation.user("visitor", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let wrong = #"{"username":"clinician","password":"guess number one"}"#
                let right = #"{"username":"clinician","password":"\#(MockUser.password)"}"#

                // exercise
                var statuses: [HTTPResponse.Status] = []
                for _ in 1...5 {
                    statuses.append(try await client.api(.post, "/api/v1/auth/token", json: wrong).status)
                }
                let rightWhileWaiting = try await client.api(.post, "/api/v1/auth/token", json: right)
                let otherUser = try await client.api(
                    .post, "/api/v1/auth/token", json: #"{"username":"visitor","password":"\#(MockUser.password)"}"#)
                clock.advance(seconds: 30)
                let afterTheWait = try await client.api(.post, "/api/v1/auth/token", json: right)

                // validate
                #expect(statuses == Array(repeating: .unauthorized, count: 5))
                let throttled = try rightWhileWaiting.problem(.tooManyRequests, type: "sign-in-throttled")
                #expect(rightWhileWaiting.headers[.retryAfter] == "30")
                #expect(throttled.detail.contains("wait 30 s"))
                #expect(!rightWhileWaiting.text.contains("\"token\""))
                #expect(otherUser.status == .created, "a wait holds one name, not every account")
                #expect(afterTheWait.status == .created, "the wait ends; nothing was locked")
            }
        }
    }

    @Test("a known and an unknown name get byte-identical answers through a whole sequence of attempts")
    func unknownNamesAnsweredAlike() async throws {
        let clock = ManualClock()
        try await withInstallation(throttleClock: clock) { installation in
            // setup
            try await installation.user("clinician", MockUser.clinician)
            try await installation.app.test(.router) { client in
                for attempt in 1...9 {
                    // exercise: the same attempt for a real account and for a name that is none, at the same time;
                    // the real account's right password from the seventh on (it is refused unchecked while waiting)
                    let password = attempt >= 7 ? MockUser.password : "guess \(attempt)"
                    let known = try await client.api(
                        .post, "/api/v1/auth/token", json: Self.credentials("clinician", password))
                    let unknown = try await client.api(
                        .post, "/api/v1/auth/token", json: Self.credentials("clinicien", password))

                    // validate
                    #expect(known.status == unknown.status, "attempt \(attempt)")
                    #expect(
                        known.text == unknown.text.replacingOccurrences(of: "clinicien", with: "clinician"),
                        "attempt \(attempt)")
                    var knownHeaders = known.headers
                    var unknownHeaders = unknown.headers
                    knownHeaders[.date] = nil
                    unknownHeaders[.date] = nil
                    #expect(knownHeaders == unknownHeaders, "attempt \(attempt)")
                    #expect(known.status == (attempt <= 5 ? .unauthorized : .tooManyRequests), "attempt \(attempt)")
                    if attempt == 8 { clock.advance(seconds: 5) }
                }
            }
        }
    }

    @Test("two application nodes on one database share the throttle")
    func throttleSharedAcrossNodes() async throws {
        let clock = ManualClock()
        try await withInstallation(throttleClock: clock) { installation in
            // setup: a second node of the same deployment
            try await installation.user("clinician", MockUser.clinician)
            let otherNode = try await installation.anotherNode(throttleClock: clock)
            do {
                let wrong = #"{"username":"clinician","password":"guess number three"}"#
                let right = #"{"username":"clinician","password":"\#(MockUser.password)"}"#
                // exercise: five failures on the first node
                try await installation.app.test(.router) { client in
                    for _ in 1...5 {
                        try await client.api(.post, "/api/v1/auth/token", json: wrong).problem(
                            .unauthorized, type: "bad-credentials")
                    }
                }
                // validate: the second node makes the name wait too
                try await buildApplication(otherNode).test(.router) { client in
                    let response = try await client.api(.post, "/api/v1/auth/token", json: right)
                    try response.problem(.tooManyRequests, type: "sign-in-throttled")
                    #expect(Int(response.headers[.retryAfter] ?? "") ?? 0 > 0)
                }
            } catch {
                await otherNode.close()
                throw error
            }
            await otherNode.close()
        }
    }

    @Test("administrators list and clear throttles (audited); anyone else gets 403")
    func administratorsSeeAndClearThrottles() async throws {
        try await withInstallation(throttleClock: ManualClock()) { installation in
            // setup
            try await installation.user("admin", MockUser.admin)
            try await installation.user("clinician", MockUser.clinician)
            try await installation.user("visitor", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let admin = try await client.token(for: "admin")
                let visitor = try await client.token(for: "visitor")
                let wrong = #"{"username":"clinician","password":"guess number four"}"#
                for _ in 1...5 { _ = try await client.api(.post, "/api/v1/auth/token", json: wrong) }

                // exercise
                let refused = try await client.api(.get, "/api/v1/admin/throttles", token: visitor)
                let list = try await client.api(.get, "/api/v1/admin/throttles", token: admin)

                // validate
                try refused.problem(.forbidden, type: "role-required")
                #expect(list.status == .ok)
                let items = try #require(try list.jsonObject()["items"] as? [[String: Any]])
                let pair = try #require(
                    items.first { $0["scope"] as? String == "name-address" && $0["username"] as? String == "clinician" }
                )
                #expect(pair["failures"] as? Int == 5)
                #expect(pair["address"] as? String == "unknown")
                #expect((pair["retryAfter"] as? Int ?? 0) > 0)
                let id = try #require(pair["id"] as? String)

                let refusedClear = try await client.api(.delete, "/api/v1/admin/throttles/\(id)", token: visitor)
                try refusedClear.problem(.forbidden, type: "role-required")
                #expect(
                    try await client.api(
                        .post, "/api/v1/auth/token", json: Self.credentials("clinician", MockUser.password)
                    ).status == .tooManyRequests)

                let cleared = try await client.api(.delete, "/api/v1/admin/throttles/\(id)", token: admin)
                #expect(cleared.status == .noContent)
                let again = try await client.api(.delete, "/api/v1/admin/throttles/\(id)", token: admin)
                try again.problem(.notFound, type: "throttle-not-found")
                #expect(
                    try await client.api(
                        .post, "/api/v1/auth/token", json: Self.credentials("clinician", MockUser.password)
                    ).status == .created)
            }
            let clears = try await installation.chancery.database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'throttle.clear'").first()?
                    .decode(column: "n", as: Int64.self)
            }
            #expect(clears == 1)
        }
    }

    @Test("a successful sign-in before the fifth failure resets the count")
    func successResetsTheCount() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clinician", MockUser.clinician)
            try await installation.app.test(.router) { client in
                let wrong = #"{"username":"clinician","password":"guess number two"}"#
                let right = #"{"username":"clinician","password":"\#(MockUser.password)"}"#
                var statuses: [HTTPResponse.Status] = []

                // exercise: 4 failures, a success, 4 failures, a success
                for _ in 1...4 {
                    statuses.append(try await client.api(.post, "/api/v1/auth/token", json: wrong).status)
                }
                statuses.append(try await client.api(.post, "/api/v1/auth/token", json: right).status)
                for _ in 1...4 {
                    statuses.append(try await client.api(.post, "/api/v1/auth/token", json: wrong).status)
                }
                statuses.append(try await client.api(.post, "/api/v1/auth/token", json: right).status)

                // validate
                #expect(
                    statuses
                        == Array(repeating: .unauthorized, count: 4) + [.created]
                        + Array(repeating: .unauthorized, count: 4) + [.created])
                // and the count really restarted: one more failure after the last success makes nobody wait
                let after = try await client.api(.post, "/api/v1/auth/token", json: wrong)
                try after.problem(.unauthorized, type: "bad-credentials")
            }
        }
    }

    @Test("a revoked token is refused; the user's other tokens still work")
    func revokeToken() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clinician", MockUser.clinician)
            try await installation.app.test(.router) { client in
                let first = try await client.token(for: "clinician")
                let second = try await client.token(for: "clinician")
                #expect(try await client.api(.get, "/api/v1/me", token: first).status == .ok)

                // exercise
                let revoked = try await client.api(.delete, "/api/v1/auth/token", token: first)

                // validate
                #expect(revoked.status == .noContent)
                try await client.api(.get, "/api/v1/me", token: first).problem(.unauthorized, type: "unauthenticated")
                try await client.api(.get, "/api/v1/objects", token: first).problem(.unauthorized)
                try await client.api(.delete, "/api/v1/auth/token", token: first).problem(.unauthorized)
                #expect(try await client.api(.get, "/api/v1/me", token: second).status == .ok)
            }
        }
    }

    @Test("a malformed token request is a 400 with a sentence, never a 500")
    func malformedTokenRequest() async throws {
        try await withInstallation { installation in
            try await installation.user("clinician", MockUser.clinician)
            try await installation.app.test(.router) { client in
                let cases: [(String, String, String)] = [
                    ("", "invalid-json", "empty"),
                    ("username=clinician", "invalid-json", "not valid JSON"),
                    (#"{"username":"clinician"}"#, "missing-field", "password"),
                    (#"{"username":7,"password":"x"}"#, "wrong-type", "username"),
                ]
                for (body, type, words) in cases {
                    let response = try await client.api(.post, "/api/v1/auth/token", json: body)
                    let problem = try response.problem(.badRequest, type: type)
                    #expect(problem.detail.contains(words), "\(problem.detail)")
                }
            }
        }
    }
}
