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

/// Accounts and groups through the API: administrators only, audited, the same store as the CLI.
@Suite("Accounts API")
struct AccountsAPITests {
    static let newUser = #"""
        {"username":"Nadia.Nurse","password":"a long enough password","displayName":"Nadia Nurse","clearance":"NC",
         "nationality":"bel","categories":["medical"],"roles":["health.clerk"],"units":["health"]}
        """#

    static func actions(_ installation: TestInstallation) async throws -> [(action: String, details: String)] {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT action, details FROM audit_events ORDER BY seq").all().map {
                (try $0.decode(column: "action", as: String.self), try $0.decode(column: "details", as: String.self))
            }
        }
    }

    @Test("every accounts, groups and throttles operation refuses a principal without the admin role")
    func nonAdministratorsAreRefused() async throws {
        try await withInstallation { installation in
            // setup: an auditor and a registry clerk hold other roles, not admin
            try await installation.user("auditor", MockUser.auditor)
            try await installation.user("clerk", MockUser.registry)
            try await installation.chancery.groups.create(name: "BOARD", actor: "test")
            let throttle = ObjectID.make(milliseconds: Clock.nowMilliseconds())
            try await installation.app.test(.router) { client in
                for username in ["auditor", "clerk"] {
                    let token = try await client.token(for: username)
                    let attempts: [(HTTPRequest.Method, String, String?, HTTPFields)] = [
                        (.get, "/api/v1/users", nil, [:]),
                        (.post, "/api/v1/users", Self.newUser, [:]),
                        (.get, "/api/v1/users/clerk", nil, [:]),
                        (.patch, "/api/v1/users/\(username)", #"{"roles":["admin"]}"#, [.ifMatch: "\"v2\""]),
                        (.put, "/api/v1/users/clerk/password", #"{"password":"another long password"}"#, [:]),
                        (.delete, "/api/v1/users/clerk/sessions", nil, [:]),
                        (.get, "/api/v1/groups", nil, [:]),
                        (.post, "/api/v1/groups", #"{"name":"MINE"}"#, [:]),
                        (.get, "/api/v1/groups/BOARD", nil, [:]),
                        (.put, "/api/v1/groups/BOARD/members/\(username)", nil, [:]),
                        (.delete, "/api/v1/groups/BOARD/members/clerk", nil, [:]),
                        (.get, "/api/v1/admin/throttles", nil, [:]),
                        (.delete, "/api/v1/admin/throttles/\(throttle)", nil, [:]),
                    ]
                    for (method, path, body, headers) in attempts {
                        // exercise
                        let response = try await client.api(method, path, token: token, json: body, headers: headers)
                        // validate
                        let problem = try response.problem(.forbidden, type: "role-required")
                        #expect(problem.detail.contains("admin"), "\(username) \(method) \(path)")
                        #expect(!response.text.contains("another long password"), "\(username) \(method) \(path)")
                    }
                }
            }
            // nothing changed: no account, group or membership was made, and the clerk's token still works
            #expect(try await installation.chancery.users.list().map(\.username) == ["auditor", "clerk"])
            #expect(try await installation.chancery.groups.list().map(\.name) == ["BOARD"])
            #expect(try await installation.chancery.users.members(of: "BOARD").isEmpty)
            #expect(try await installation.chancery.users.find(username: "auditor")?.roles == [.auditor])
        }
    }

    @Test("an administrator creates an account with its initial password, which is never returned or audited")
    func createAccount() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.app.test(.router) { client in
                let admin = try await client.token(for: "admin")

                // exercise
                let created = try await client.api(.post, "/api/v1/users", token: admin, json: Self.newUser)
                let again = try await client.api(.post, "/api/v1/users", token: admin, json: Self.newUser)
                let weak = try await client.api(
                    .post, "/api/v1/users", token: admin,
                    json: #"{"username":"weak","password":"short","clearance":"NU","nationality":"BEL"}"#)
                let unknownField = try await client.api(
                    .post, "/api/v1/users", token: admin,
                    json:
                        #"{"username":"typo","password":"a long enough password","clearance":"NU","nationality":"BEL","role":["admin"]}"#
                )
                let unknownGroup = try await client.api(
                    .post, "/api/v1/users", token: admin,
                    json:
                        #"{"username":"grouped","password":"a long enough password","clearance":"NU","nationality":"BEL","groups":["NOPE"]}"#
                )
                let badClearance = try await client.api(
                    .post, "/api/v1/users", token: admin,
                    json:
                        #"{"username":"cleared","password":"a long enough password","clearance":"TOP","nationality":"BEL"}"#,
                    headers: [.acceptLanguage: "fr"])

                // validate
                #expect(created.status == .created)
                #expect(created.headers[.location] == "/api/v1/users/nadia.nurse")
                #expect(created.headers[.eTag] == "\"v1\"")
                let body = try created.jsonObject()
                #expect(body["username"] as? String == "nadia.nurse")
                #expect(body["clearance"] as? String == "NATO CONFIDENTIAL")
                #expect(body["nationality"] as? String == "BEL")
                #expect(body["categories"] as? [String] == ["MEDICAL"])
                #expect(body["units"] as? [String] == ["HEALTH"])
                #expect(body["disabled"] as? Bool == false)
                #expect(!created.text.contains("password") && !created.text.contains("$2"))
                try again.problem(.conflict, type: "username-taken")
                #expect(try weak.problem(.badRequest, type: "invalid-field").field == "password")
                #expect(try unknownField.problem(.badRequest, type: "unknown-field").field == "role")
                #expect(try unknownGroup.problem(.badRequest, type: "unknown-group").field == "groups")
                let french = try badClearance.problem(.badRequest, type: "invalid-field")
                #expect(french.detail.hasPrefix("« TOP » n'est pas une habilitation"))

                // the new account signs in with its password
                let nurse = try await client.token(for: "nadia.nurse", password: "a long enough password")
                #expect(try await client.api(.get, "/api/v1/me", token: nurse).status == .ok)
            }
            let audit = try await Self.actions(installation)
            let creation = try #require(audit.last { $0.action == "user.create" && $0.details.contains("nadia.nurse") })
            #expect(!creation.details.contains("a long enough password"))
            #expect(try await installation.chancery.users.list().map(\.username) == ["admin", "nadia.nurse"])
        }
    }

    @Test("PATCH is a merge patch at If-Match: sent fields change, others stay; stale, missing, null are refused")
    func patchAccount() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.chancery.groups.create(name: "BOARD", actor: "test")
            try await installation.app.test(.router) { client in
                let admin = try await client.token(for: "admin")
                let read = try await client.api(.get, "/api/v1/users/CLERK", token: admin)
                #expect(read.status == .ok)
                let etag = try #require(read.headers[.eTag])

                // exercise
                let missing = try await client.api(
                    .patch, "/api/v1/users/clerk", token: admin, json: #"{"clearance":"CTS"}"#)
                let null = try await client.api(
                    .patch, "/api/v1/users/clerk", token: admin, json: #"{"groups":null}"#, headers: [.ifMatch: etag])
                let unknownGroup = try await client.api(
                    .patch, "/api/v1/users/clerk", token: admin, json: #"{"groups":["BORD"]}"#,
                    headers: [.ifMatch: etag])
                let changed = try await client.api(
                    .patch, "/api/v1/users/clerk", token: admin,
                    json: #"{"clearance":"CTS","categories":["LEGAL"],"groups":["BOARD"]}"#,
                    headers: [.ifMatch: etag, .contentType: "application/merge-patch+json"])
                let stale = try await client.api(
                    .patch, "/api/v1/users/clerk", token: admin, json: #"{"clearance":"NU"}"#, headers: [.ifMatch: etag]
                )
                let nobody = try await client.api(
                    .patch, "/api/v1/users/nobody", token: admin, json: #"{"clearance":"NU"}"#,
                    headers: [.ifMatch: etag])

                // validate
                try missing.problem(.init(code: 428), type: "if-match-required")
                #expect(try null.problem(.badRequest, type: "invalid-field").field == "groups")
                try unknownGroup.problem(.badRequest, type: "unknown-group")
                #expect(changed.status == .ok)
                let body = try changed.jsonObject()
                #expect(body["clearance"] as? String == "COSMIC TOP SECRET")
                #expect(body["categories"] as? [String] == ["LEGAL"])
                #expect(body["groups"] as? [String] == ["BOARD"])
                #expect(body["roles"] as? [String] == ["registry.clerk"], "a field not sent stays")
                #expect(body["units"] as? [String] == ["IPS"])
                #expect(body["displayName"] as? String == "Rémi Registre")
                #expect(changed.headers[.eTag] != etag)
                try stale.problem(.preconditionFailed, type: "stale-version")
                try nobody.problem(.notFound, type: "user-not-found")

                // the clerk's principal is the new one at once
                let clerk = try await client.token(for: "clerk")
                let me = try await client.api(.get, "/api/v1/me", token: clerk).jsonObject()
                #expect(me["clearance"] as? String == "COSMIC TOP SECRET")
                #expect(me["groups"] as? [String] == ["BOARD"])
            }
            let updates = try await Self.actions(installation).filter { $0.action == "user.update" }
            #expect(updates.count == 1, "the refused patches changed nothing and wrote nothing")
        }
    }

    @Test("disabling locks an account at once (its tokens stop, sign-in is refused); enabling unlocks it")
    func lockAndUnlock() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let admin = try await client.token(for: "admin")
                let clerk = try await client.token(for: "clerk")
                let etag = try #require(try await client.api(.get, "/api/v1/users/clerk", token: admin).headers[.eTag])

                let locked = try await client.api(
                    .patch, "/api/v1/users/clerk", token: admin, json: #"{"disabled":true}"#, headers: [.ifMatch: etag])
                #expect(locked.status == .ok)
                try await client.api(.get, "/api/v1/me", token: clerk).problem(.unauthorized)
                let refused = try await client.api(
                    .post, "/api/v1/auth/token", json: AuthAPITests.credentials("clerk", MockUser.password))
                try refused.problem(.forbidden, type: "account-disabled")

                let unlocked = try await client.api(
                    .patch, "/api/v1/users/clerk", token: admin, json: #"{"disabled":false}"#,
                    headers: [.ifMatch: try #require(locked.headers[.eTag])])
                #expect(unlocked.status == .ok)
                _ = try await client.token(for: "clerk")

                // an administrator cannot lock themselves out
                let ownETag = try #require(
                    try await client.api(.get, "/api/v1/users/admin", token: admin).headers[.eTag])
                for body in [#"{"disabled":true}"#, #"{"roles":["auditor"]}"#] {
                    let own = try await client.api(
                        .patch, "/api/v1/users/admin", token: admin, json: body, headers: [.ifMatch: ownETag])
                    try own.problem(.conflict, type: "own-account")
                }
            }
        }
    }

    @Test("a password reset and a revocation end the account's sessions; the old password no longer works")
    func passwordAndSessions() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let admin = try await client.token(for: "admin")
                let first = try await client.token(for: "clerk")

                let weak = try await client.api(
                    .put, "/api/v1/users/clerk/password", token: admin, json: #"{"password":"short"}"#)
                try weak.problem(.badRequest, type: "invalid-field")
                #expect(
                    try await client.api(.get, "/api/v1/me", token: first).status == .ok,
                    "a refused reset changes nothing")

                let reset = try await client.api(
                    .put, "/api/v1/users/clerk/password", token: admin, json: #"{"password":"a brand new password"}"#)
                #expect(reset.status == .noContent)
                try await client.api(.get, "/api/v1/me", token: first).problem(.unauthorized)
                let old = try await client.api(
                    .post, "/api/v1/auth/token", json: AuthAPITests.credentials("clerk", MockUser.password))
                try old.problem(.unauthorized, type: "bad-credentials")
                let second = try await client.token(for: "clerk", password: "a brand new password")

                let revoked = try await client.api(.delete, "/api/v1/users/clerk/sessions", token: admin)
                #expect(revoked.status == .noContent)
                try await client.api(.get, "/api/v1/me", token: second).problem(.unauthorized)
                #expect(
                    try await client.api(.get, "/api/v1/me", token: admin).status == .ok, "only the clerk's sessions")
            }
            let audit = try await Self.actions(installation)
            #expect(audit.contains { $0.action == "user.password" })
            #expect(audit.contains { $0.action == "session.revoke-all" })
            #expect(!audit.contains { $0.details.contains("a brand new password") })
        }
    }

    @Test("groups: create, refuse a duplicate in any case, show members, add and remove members (audited)")
    func groupsAndMembers() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let admin = try await client.token(for: "admin")

                let created = try await client.api(
                    .post, "/api/v1/groups", token: admin, json: #"{"name":"HR-CASES","title":"HR case files"}"#)
                #expect(created.status == .created)
                #expect(created.headers[.location] == "/api/v1/groups/HR-CASES")
                try await client.api(.post, "/api/v1/groups", token: admin, json: #"{"name":"hr-cases"}"#)
                    .problem(.conflict, type: "group-exists")
                #expect(
                    try await client.api(.post, "/api/v1/groups", token: admin, json: #"{"name":"two words"}"#)
                        .problem(.badRequest, type: "invalid-field").field == "name")

                #expect(
                    try await client.api(.put, "/api/v1/groups/HR-CASES/members/clerk", token: admin).status
                        == .noContent)
                #expect(
                    try await client.api(.put, "/api/v1/groups/HR-CASES/members/clerk", token: admin).status
                        == .noContent)
                try await client.api(.put, "/api/v1/groups/HR-CASES/members/nobody", token: admin)
                    .problem(.notFound, type: "user-not-found")
                try await client.api(.put, "/api/v1/groups/NOPE/members/clerk", token: admin)
                    .problem(.notFound, type: "group-not-found")

                let shown = try await client.api(.get, "/api/v1/groups/HR-CASES", token: admin).jsonObject()
                #expect(shown["title"] as? String == "HR case files")
                let members = try #require(shown["members"] as? [[String: Any]])
                #expect(members.map { $0["username"] as? String } == ["clerk"])
                let list = try await client.api(.get, "/api/v1/groups", token: admin).jsonObject()
                #expect((list["items"] as? [[String: Any]])?.map { $0["name"] as? String } == ["HR-CASES"])
                let clerk = try await client.token(for: "clerk")
                #expect(
                    try await client.api(.get, "/api/v1/me", token: clerk).jsonObject()["groups"] as? [String] == [
                        "HR-CASES"
                    ])

                #expect(
                    try await client.api(.delete, "/api/v1/groups/HR-CASES/members/clerk", token: admin).status
                        == .noContent)
                try await client.api(.delete, "/api/v1/groups/HR-CASES/members/clerk", token: admin)
                    .problem(.notFound, type: "not-a-member")
                #expect(
                    try await client.api(.get, "/api/v1/me", token: clerk).jsonObject()["groups"] as? [String] == [])
            }
            let actions = try await Self.actions(installation).map(\.action)
            #expect(actions.filter { $0 == "group.create" }.count == 1)
            #expect(actions.filter { $0 == "group.member.add" }.count == 1, "adding an existing member changes nothing")
            #expect(actions.filter { $0 == "group.member.remove" }.count == 1)
            #expect(try await installation.chancery.groups.groupExists("HR-CASES"))
            #expect(try await !installation.chancery.groups.groupExists("hr-cases"))
        }
    }

    @Test("lists are paginated by name with an opaque cursor")
    func pagination() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            for name in ["bravo", "charlie", "delta"] { try await installation.user(name, MockUser.visitor) }
            try await installation.app.test(.router) { client in
                let admin = try await client.token(for: "admin")
                let first = try await client.api(.get, "/api/v1/users?limit=3", token: admin).jsonObject()
                #expect(
                    (first["items"] as? [[String: Any]])?.map { $0["username"] as? String } == [
                        "admin", "bravo", "charlie",
                    ])
                let cursor = try #require(first["nextCursor"] as? String)
                let second = try await client.api(.get, "/api/v1/users?limit=3&cursor=\(cursor)", token: admin)
                    .jsonObject()
                #expect((second["items"] as? [[String: Any]])?.map { $0["username"] as? String } == ["delta"])
                #expect(second["nextCursor"] == nil)
                try await client.api(.get, "/api/v1/users?cursor=%25%25", token: admin).problem(
                    .badRequest, type: "invalid-cursor")
            }
        }
    }

    @Test("the store keeps an enabled administrator and refuses groups that do not exist, for the CLI too")
    func storeRules() async throws {
        try await withInstallation { installation in
            let users = installation.chancery.users
            try await installation.user("admin", MockUser.admin)
            await #expect(throws: AccountError.lastAdministrator) {
                try await users.update(username: "admin", attributes: UserAttributes(disabled: true), actor: "cli")
            }
            await #expect(throws: AccountError.unknownGroup("GHOSTS")) {
                try await users.update(username: "admin", attributes: UserAttributes(groups: ["GHOSTS"]), actor: "cli")
            }
            try await installation.user("second", MockUser.admin)
            try await users.update(username: "admin", attributes: UserAttributes(roles: [.auditor]), actor: "cli")
            #expect(try await users.find(username: "admin")?.roles == [.auditor])
        }
    }

    @Test("the Role and Nationality schemas of the document list exactly what the server accepts")
    func roleSchema() throws {
        InstalledOffices.install(OfficeList.all)  // the document lists the roles of the offices installed
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let role = try #require(schemas["Role"] as? [String: Any])
        #expect(
            role["enum"] as? [String] == ["admin", "auditor"]
                + InstalledOffices.officeRoles(of: OfficeList.all).map(\.rawValue))
        #expect(Set(role["enum"] as? [String] ?? []) == Set(InstalledOffices.catalog.roles.map(\.rawValue)))
        let nationality = try #require(schemas["Nationality"] as? [String: Any])
        #expect(nationality["enum"] as? [String] == ReleasabilityCodes.allCodes)
    }
}
