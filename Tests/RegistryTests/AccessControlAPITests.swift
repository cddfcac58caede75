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

/// The registry edits a record's access control list; every change is audited and versioned.
@Suite("Record access control API")
struct AccessControlAPITests {
    @Test("granting a group opens the record to its members; removing it closes it again; all audited")
    func grantAndRevoke() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user(
                "hana",
                UserAttributes(
                    displayName: "Hana", clearance: .natoSecret, nationality: "DEU", categories: [], roles: [],
                    units: ["J5"],
                    groups: ["PLANS"]))
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register(
                "Plan", series: "IMSM", label: SecurityLabel(classification: .natoConfidential), openToUnit: false,
                by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let hana = try await client.token(for: "hana")
                let path = "/api/v1/records/\(record.object.id)/acl"
                #expect(
                    try await client.api(.get, "/api/v1/records/\(record.object.id)", token: hana).status == .notFound)
                #expect(try await client.api(.get, path, token: hana).status == .notFound)

                let granted = try await client.api(
                    .put, path, token: token,
                    json:
                        #"{"entries":[{"kind":"user","id":"\#(clerk.id)","permission":"write"},{"kind":"group","id":"PLANS","permission":"read"}]}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(granted.status == .ok, "\(granted.text)")
                #expect(granted.headers[.eTag] == "\"v2\"")
                #expect(try await client.api(.get, "/api/v1/records/\(record.object.id)", token: hana).status == .ok)
                // a reader is not an editor
                let hanaEdit = try await client.api(
                    .put, path, token: hana, json: #"{"entries":[]}"#, headers: [.ifMatch: "\"v2\""])
                #expect(hanaEdit.status == .forbidden)

                let duplicate = try await client.api(
                    .put, path, token: token,
                    json:
                        #"{"entries":[{"kind":"group","id":"PLANS","permission":"read"},{"kind":"group","id":"PLANS","permission":"write"}]}"#,
                    headers: [.ifMatch: "\"v2\""])
                #expect(duplicate.status == .badRequest)
                let stale = try await client.api(
                    .put, path, token: token, json: #"{"entries":[]}"#, headers: [.ifMatch: "\"v1\""])
                #expect(stale.status == .preconditionFailed)

                let revoked = try await client.api(
                    .put, path, token: token,
                    json: #"{"entries":[{"kind":"user","id":"\#(clerk.id)","permission":"write"}]}"#,
                    headers: [.ifMatch: "\"v2\""])
                #expect(revoked.status == .ok)
                #expect(
                    try await client.api(.get, "/api/v1/records/\(record.object.id)", token: hana).status == .notFound)
                let actions = try await installation.auditActions(of: record.object.id)
                #expect(actions.filter { $0 == "record.acl" }.count == 2)
            }
        }
    }
}
