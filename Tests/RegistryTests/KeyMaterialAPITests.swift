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

/// The crypto key material register and the annual muster of NATO SECRET and COSMIC TOP SECRET copies.
@Suite("Key material and muster API")
struct KeyMaterialAPITests {
    @Test("an overdue item is listed as due; recording the update moves it one period on from the due date")
    func monthlyUpdates() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("vic", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let created = try await client.api(
                    .post, "/api/v1/key-material", token: token,
                    json:
                        #"{"shortTitle":"AKAT-1234","edition":"2026-10","custodian":"IPS crypto custodian","label":{"classification":"NS","releasableTo":["NATO"]},"nextDue":"2026-01-31"}"#
                )
                #expect(created.status == .created, "\(created.text)")
                let id = try #require(try created.jsonObject()["id"] as? String)
                #expect(try created.jsonObject()["overdue"] as? Bool == true)

                let due = try (try await client.api(.get, "/api/v1/key-material?due=true", token: token)).jsonObject()
                #expect((due["items"] as? [Any])?.count == 1)

                let updated = try await client.api(
                    .post, "/api/v1/key-material/\(id)/updates", token: token, json: #"{"edition":"2026-11"}"#)
                #expect(updated.status == .ok, "\(updated.text)")
                let body = try updated.jsonObject()
                #expect(body["nextDue"] as? String == "2026-02-28", "31 January plus a month")
                #expect(body["edition"] as? String == "2026-11")
                #expect(body["lastUpdatedBy"] as? String != nil)
                let actions = try await installation.auditActions(of: id)
                #expect(actions.contains("key-material.update"))

                let vic = try await client.token(for: "vic")
                let hidden = try (try await client.api(.get, "/api/v1/key-material", token: vic)).jsonObject()
                #expect((hidden["items"] as? [Any])?.isEmpty == true)
                #expect(
                    try await client.api(
                        .post, "/api/v1/key-material/\(id)/updates", token: vic, json: #"{"edition":"x"}"#
                    ).status == .notFound)
                let bad = try await client.api(
                    .post, "/api/v1/key-material", token: token,
                    json:
                        #"{"shortTitle":"X","edition":"1","custodian":"C","label":{"classification":"NU","releasableTo":["NATO"]},"nextDue":"2026-13-01"}"#
                )
                #expect(bad.status == .badRequest)
                #expect(try bad.decode(Problem.self).field == "nextDue")
            }
        }
    }

    @Test("the muster lists every copy of NS and CTS items still held, and only to the registry")
    func muster() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let ana = try await installation.user("ana", MockUser.clinician)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let secret = try await installation.register(
                "Secret order", series: "IMSM", label: SecurityLabel(classification: .natoSecret), by: clerk)
            let restricted = try await installation.register(
                "Routine", series: "IMSM", label: SecurityLabel(classification: .natoRestricted), by: clerk)
            let list = try await installation.chancery.distributionLists.create(
                .init(
                    name: "L", description: "",
                    members: [.init(kind: .user, id: ana.id, role: .info), .init(kind: .unit, id: "J2", role: .info)]),
                by: clerk)
            _ = try await installation.chancery.records.distribute(secret.object.id, to: list.id, by: clerk)
            _ = try await installation.chancery.records.distribute(restricted.object.id, to: list.id, by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let muster = try (try await client.api(.get, "/api/v1/registry/muster", token: token)).jsonObject()
                let items = try #require(muster["items"] as? [[String: Any]])
                #expect(items.count == 2)
                #expect(items.allSatisfy { $0["recordId"] as? String == secret.object.id })
                let anaToken = try await client.token(for: "ana")
                #expect(try await client.api(.get, "/api/v1/registry/muster", token: anaToken).status == .forbidden)
            }
        }
    }
}
