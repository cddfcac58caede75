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

/// A grant names an existing person (by user name or account id) or an existing group, or it is refused:
/// a grant that reaches nobody is never stored.
@Suite("Record access control grantees")
struct AccessControlGranteesAPITests {
    static let hana = UserAttributes(
        displayName: "Hana Planner", clearance: .natoSecret, nationality: "DEU", categories: [], roles: [],
        units: ["J5"],
        groups: ["PLANS", "HR-CASES"])

    @Test("a person granted by user name reads the record; the answer shows the account the grant resolved to")
    func byUsername() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let hana = try await installation.user("hana", Self.hana)
            try await installation.user("visitor", MockUser.visitor)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register(
                "Plan", series: "IMSM", label: SecurityLabel(classification: .natoConfidential), by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let hanaToken = try await client.token(for: "hana")
                let path = "/api/v1/records/\(record.object.id)"
                #expect(try await client.api(.get, path, token: hanaToken).status == .notFound)

                // exercise: the person by user name, in another case
                let granted = try await client.api(
                    .put, path + "/acl", token: token,
                    json: #"{"entries":[{"kind":"user","id":"Hana","permission":"read"}]}"#,
                    headers: [.ifMatch: "\"v1\""])

                // validate
                #expect(granted.status == .ok, "\(granted.text)")
                let entry = try #require(
                    (try granted.jsonObject()["entries"] as? [[String: Any]])?.first { $0["kind"] as? String == "user" }
                )
                #expect(entry["id"] as? String == hana.id)
                #expect(entry["username"] as? String == "hana")
                #expect(entry["displayName"] as? String == "Hana Planner")
                #expect(try await client.api(.get, path, token: hanaToken).status == .ok)
                // someone the grant does not name still cannot read it
                let visitor = try await client.token(for: "visitor")
                #expect(try await client.api(.get, path, token: visitor).status == .notFound)
                let shown = try await client.api(.get, path + "/acl", token: token)
                #expect(
                    (try shown.jsonObject()["entries"] as? [[String: Any]])?.contains {
                        $0["username"] as? String == "hana"
                    } == true)
                let stored = try await installation.chancery.database.read { db in
                    try await installation.chancery.objects.accessEntries(of: record.object.id, on: db)
                }
                #expect(stored.contains(AccessEntry(grantee: .user(hana.id), permission: .read)))
                #expect(!stored.contains { $0.grantee == .user("Hana") || $0.grantee == .user("hana") })

                // the same person by user name and by id is one grantee
                let twice = try await client.api(
                    .put, path + "/acl", token: token,
                    json:
                        #"{"entries":[{"kind":"user","id":"hana","permission":"read"},{"kind":"user","id":"\#(hana.id)","permission":"write"}]}"#,
                    headers: [.ifMatch: "\"v2\""])
                try twice.problem(.badRequest, type: "invalid-field")
            }
        }
    }

    @Test("an unknown person or group is refused with a 400 naming it; nothing is stored and no grant is audited")
    func unknownGrantees() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user("hana", Self.hana)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register(
                "Plan", series: "IMSM", label: SecurityLabel(classification: .natoConfidential), by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let path = "/api/v1/records/\(record.object.id)/acl"
                let before = try await installation.chancery.database.read { db in
                    try await installation.chancery.objects.accessEntries(of: record.object.id, on: db)
                }
                for (entries, name, kind) in [
                    (#"{"kind":"user","id":"ghost","permission":"read"}"#, "ghost", "user"),
                    (
                        #"{"kind":"user","id":"01J0000000000000000000000Z","permission":"read"}"#,
                        "01J0000000000000000000000Z", "user"
                    ),
                    (#"{"kind":"group","id":"NOSUCH","permission":"read"}"#, "NOSUCH", "group"),
                    // groups match exactly: another case, or `_` where the group has `-`, is another group
                    (#"{"kind":"group","id":"plans","permission":"read"}"#, "plans", "group"),
                    (#"{"kind":"group","id":"HR_CASES","permission":"read"}"#, "HR_CASES", "group"),
                ] {
                    // a valid entry beside the bad one is not stored either
                    let refused = try await client.api(
                        .put, path, token: token,
                        json: #"{"entries":[{"kind":"group","id":"PLANS","permission":"read"},\#(entries)]}"#,
                        headers: [.ifMatch: "\"v1\""])
                    let problem = try refused.problem(.badRequest, type: "unknown-grantee")
                    #expect(problem.detail.contains(name), "\(problem.detail)")
                    #expect(problem.field == "entries[1].id")
                    #expect(problem.detail.contains(kind == "group" ? "group" : "account"))
                }
                let french = try await client.api(
                    .put, path, token: token,
                    json: #"{"entries":[{"kind":"group","id":"NOSUCH","permission":"read"}]}"#,
                    headers: [.ifMatch: "\"v1\"", .acceptLanguage: "fr"])
                #expect(try french.problem(.badRequest, type: "unknown-grantee").detail.contains("aucun groupe"))

                // nothing changed: no entry, the same version, no event of a grant
                let stored = try await installation.chancery.database.read { db in
                    try await installation.chancery.objects.accessEntries(of: record.object.id, on: db)
                }
                #expect(stored == before)
                let current = try await client.api(.get, "/api/v1/records/\(record.object.id)", token: token)
                #expect(current.headers[.eTag] == "\"v1\"")
                #expect(try await installation.auditEvents(action: "record.acl").isEmpty)

                // an existing group is granted
                let granted = try await client.api(
                    .put, path, token: token, json: #"{"entries":[{"kind":"group","id":"PLANS","permission":"read"}]}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(granted.status == .ok, "\(granted.text)")
                #expect(try await installation.auditActions(of: record.object.id).contains("record.acl"))
            }
        }
    }
}
