import ChanceryKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryServer

/// `POST /api/v1/auth/token`, `DELETE /api/v1/auth/token`, `GET /api/v1/me` and the sign-in throttle.
@Suite("Auth API")
struct AuthAPITests {
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

    @Test("five wrong passwords lock the account; then even the right one is refused, but not another user's")
    func throttleLocksAfterFiveFailures() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clinician", MockUser.clinician)
            try await installation.user("visitor", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let wrong = #"{"username":"clinician","password":"guess number one"}"#
                let right = #"{"username":"clinician","password":"\#(MockUser.password)"}"#

                // exercise
                var statuses: [HTTPResponse.Status] = []
                for _ in 1...4 {
                    statuses.append(try await client.api(.post, "/api/v1/auth/token", json: wrong).status)
                }
                let fifth = try await client.api(.post, "/api/v1/auth/token", json: wrong)
                let rightWhileLocked = try await client.api(.post, "/api/v1/auth/token", json: right)
                let otherUser = try await client.api(
                    .post, "/api/v1/auth/token", json: #"{"username":"visitor","password":"\#(MockUser.password)"}"#)

                // validate
                #expect(statuses == Array(repeating: .unauthorized, count: 4))
                try fifth.problem(.tooManyRequests, type: "account-locked")
                let locked = try rightWhileLocked.problem(.tooManyRequests, type: "account-locked")
                #expect(locked.detail.contains("locked"))
                #expect(!rightWhileLocked.text.contains("\"token\""))
                #expect(otherUser.status == .created, "a lock holds one account, not every account")
            }
            let account = try #require(try await installation.chancery.users.find(username: "clinician"))
            #expect(account.lockedUntil > Clock.nowMilliseconds() + 14 * 60 * 1000)
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
                // and the count really restarted: one more failure after the last success does not lock
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
