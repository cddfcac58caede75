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

/// Distributing records to lists: access for exactly those who pass the label, copies and receipts.
@Suite("Distribution API")
struct DistributionAPITests {
    static func person(
        _ clearance: Classification, _ nation: String, categories: Set<String> = [], groups: Set<String> = [],
        roles: Set<Role> = [], units: Set<String> = ["J1"]
    ) -> UserAttributes {
        UserAttributes(
            displayName: "Person", clearance: clearance, nationality: nation, categories: categories, roles: roles,
            units: units, groups: groups)
    }

    @Test("a list of mixed people gives access to exactly those who pass; the report names the others and why")
    func mixedList() async throws {
        try await withInstallation { installation in
            // setup: a NATO SECRET STAFF item releasable to BEL and FRA
            let registrar = try await installation.user(
                "reg", Self.person(.natoSecret, "FRA", categories: ["STAFF"], roles: [.registryClerk], units: ["IPS"])
            ).principal
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let ana = try await installation.user("ana", Self.person(.natoSecret, "BEL", categories: ["STAFF"]))
            let lowly = try await installation.user(
                "lowly", Self.person(.natoConfidential, "FRA", categories: ["STAFF"]))
            let sven = try await installation.user("sven", Self.person(.natoSecret, "SWE", categories: ["STAFF"]))
            let med = try await installation.user("med", Self.person(.natoSecret, "BEL", categories: ["MEDICAL"]))
            let hr1 = try await installation.user(
                "hr1", Self.person(.natoSecret, "GBR", categories: ["STAFF"], groups: ["HR-CASES"]))
            try await installation.user(
                "hr2", Self.person(.natoSecret, "BEL", categories: ["STAFF"], groups: ["HR-CASES"]))
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register(
                "Grievance file", series: "IMSM",
                label: SecurityLabel(
                    classification: .natoSecret, releasability: .listed(["BEL", "FRA"]), categories: ["STAFF"]),
                openToUnit: false, by: registrar)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "reg")
                let members =
                    [
                        (ana.username, "action"), (lowly.username, "info"), (sven.username, "info"), (med.id, "info"),
                    ].map { #"{"kind":"user","id":"\#($0.0)","role":"\#($0.1)"}"# } + [
                        #"{"kind":"group","id":"HR-CASES"}"#
                    ]
                let created = try await client.api(
                    .post, "/api/v1/distribution-lists", token: token,
                    json: #"{"name":"Staff grievances","members":[\#(members.joined(separator: ","))]}"#)
                #expect(created.status == .created, "\(created.text)")
                let listID = try #require(try created.jsonObject()["id"] as? String)

                // exercise
                let response = try await client.api(
                    .post, "/api/v1/records/\(record.object.id)/distributions", token: token,
                    json: #"{"list":"\#(listID)"}"#)

                // validate the report
                #expect(response.status == .created, "\(response.text)")
                let report = try response.jsonObject()
                let granted = try #require(report["granted"] as? [[String: Any]])
                let grantedMembers = granted.compactMap { ($0["member"] as? [String: Any])?["id"] as? String }
                #expect(Set(grantedMembers) == [ana.id, "HR-CASES"])
                #expect(Set(granted.compactMap { $0["copyNumber"] as? Int }) == [1, 2])
                #expect(granted.allSatisfy { $0["receiptRequired"] as? Bool == true })
                let refused = try #require(report["refused"] as? [[String: Any]])
                let reasons = Dictionary(
                    uniqueKeysWithValues: refused.compactMap { entry -> (String, String)? in
                        guard let id = (entry["member"] as? [String: Any])?["id"] as? String,
                            let reason = entry["reason"] as? String
                        else { return nil }
                        return (id, reason)
                    })
                #expect(
                    reasons == [
                        lowly.id: "clearance", sven.id: "releasability", med.id: "category", hr1.id: "releasability",
                    ])
                #expect(refused.first { ($0["member"] as? [String: Any])?["id"] as? String == hr1.id }?["via"] != nil)

                // validate who can now read it
                for (username, visible) in [
                    ("ana", true), ("hr2", true), ("lowly", false), ("sven", false), ("med", false), ("hr1", false),
                ] {
                    let reader = try await client.token(for: username)
                    let read = try await client.api(.get, "/api/v1/records/\(record.object.id)", token: reader)
                    #expect(read.status == (visible ? .ok : .notFound), "\(username)")
                }
                let state = try await client.api(.get, "/api/v1/records/\(record.object.id)", token: token)
                #expect(try state.decode(RecordBody.self).state == "active")
                let actions = try await installation.auditActions(of: record.object.id)
                #expect(actions.contains("record.distribute") && actions.contains("record.activate"))
            }
        }
    }

    @Test("receipts: outstanding until the recipient acknowledges; only the recipient may; then the list empties")
    func receipts() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let ana = try await installation.user("ana", Self.person(.natoSecret, "FRA"))
            try await installation.user("bob", Self.person(.natoSecret, "FRA", units: ["J2"]))
            try await installation.user("cyd", Self.person(.natoSecret, "FRA", units: ["J2"]))
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register(
                "Order", series: "IMSM", label: SecurityLabel(classification: .natoSecret), openToUnit: false, by: clerk
            )
            let list = try await installation.chancery.distributionLists.create(
                .init(
                    name: "J", description: "",
                    members: [.init(kind: .user, id: ana.id, role: .action), .init(kind: .unit, id: "J2", role: .info)]),
                by: clerk)
            _ = try await installation.chancery.records.distribute(record.object.id, to: list.id, by: clerk)
            try await installation.app.test(.router) { client in
                let registry = try await client.token(for: "clerk")
                let all = try (try await client.api(.get, "/api/v1/receipts", token: registry)).jsonObject()
                #expect((all["items"] as? [Any])?.count == 2)

                let anaToken = try await client.token(for: "ana")
                let mine = try (try await client.api(.get, "/api/v1/receipts", token: anaToken)).jsonObject()
                let items = try #require(mine["items"] as? [[String: Any]])
                #expect(items.count == 1)
                let copy = try #require(items.first?["copy"] as? [String: Any])
                let copyID = try #require(copy["id"] as? String)
                #expect(items.first?["copiesOfRecord"] as? Int == 2)

                let bob = try await client.token(for: "bob")
                #expect(try await client.api(.get, "/api/v1/distribution-lists", token: bob).status == .forbidden)
                #expect(
                    try await client.api(.get, "/api/v1/distribution-lists/\(list.id)", token: bob).status == .forbidden
                )
                let notBobs = try await client.api(.post, "/api/v1/receipts/\(copyID)/acknowledgement", token: bob)
                #expect(notBobs.status == .notFound)
                let done = try await client.api(.post, "/api/v1/receipts/\(copyID)/acknowledgement", token: anaToken)
                #expect(done.status == .ok, "\(done.text)")
                let again = try await client.api(.post, "/api/v1/receipts/\(copyID)/acknowledgement", token: anaToken)
                #expect(again.status == .conflict)

                // the unit's copy: any member of J2 signs for it
                let bobs = try (try await client.api(.get, "/api/v1/receipts", token: bob)).jsonObject()
                let unitCopy = try #require(
                    ((bobs["items"] as? [[String: Any]])?.first?["copy"] as? [String: Any])?["id"] as? String)
                let cyd = try await client.token(for: "cyd")
                #expect(
                    try await client.api(.post, "/api/v1/receipts/\(unitCopy)/acknowledgement", token: cyd).status
                        == .ok)
                let none = try (try await client.api(.get, "/api/v1/receipts", token: registry)).jsonObject()
                #expect((none["items"] as? [Any])?.isEmpty == true)

                let history = try
                    (try await client.api(.get, "/api/v1/records/\(record.object.id)/distributions", token: registry))
                    .jsonObject()
                let copies = try #require(
                    ((history["items"] as? [[String: Any]])?.first?["copies"]) as? [[String: Any]])
                #expect(copies.allSatisfy { $0["acknowledgedAt"] as? String != nil })
                let actions = try await installation.auditActions(of: record.object.id)
                #expect(actions.filter { $0 == "receipt.acknowledge" }.count == 2)
            }
        }
    }

    @Test("an empty list reaches nobody; a received item is verified before it is distributed")
    func emptyListAndUnverified() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            try await installation.series("MSG", template: "MSG-{seq}-{year}", checks: [.originator], by: supervisor)
            let record = try await installation.register("Order", series: "IMSM", openToUnit: false, by: clerk)
            let unverified = try await installation.register("Signal", series: "MSG", by: clerk)
            let empty = try await installation.chancery.distributionLists.create(
                .init(name: "Nobody", description: "", members: []), by: clerk)
            let entriesBefore = try await installation.chancery.database.read { db in
                try await installation.chancery.objects.accessEntries(of: record.object.id, on: db)
            }
            let report = try await installation.chancery.records.distribute(record.object.id, to: empty.id, by: clerk)
            #expect(report.granted.isEmpty && report.refused.isEmpty)
            let entriesAfter = try await installation.chancery.database.read { db in
                try await installation.chancery.objects.accessEntries(of: record.object.id, on: db)
            }
            #expect(entriesAfter == entriesBefore)
            await #expect(throws: AppError.self) {
                try await installation.chancery.records.distribute(unverified.object.id, to: empty.id, by: clerk)
            }
        }
    }

    @Test("received messages are distributed in one step; each item is reported, a refusal does not stop the others")
    func batch() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let ana = try await installation.user("ana", Self.person(.natoSecret, "FRA"))
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            try await installation.series("MSG", template: "MSG-{seq}-{year}", checks: [.originator], by: supervisor)
            let first = try await installation.register("One", series: "IMSM", by: clerk)
            let second = try await installation.register("Two", series: "IMSM", by: clerk)
            let unverified = try await installation.register("Three", series: "MSG", by: clerk)
            let list = try await installation.chancery.distributionLists.create(
                .init(name: "J", description: "", members: [.init(kind: .user, id: ana.id, role: .action)]), by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let queue = try (try await client.api(.get, "/api/v1/registry/queues/to-distribute", token: token))
                    .jsonObject()
                #expect(queue["total"] as? Int == 2)
                let ids = [first.object.id, second.object.id, unverified.object.id, "not-an-id"]
                let response = try await client.api(
                    .post, "/api/v1/registry/distributions", token: token,
                    json: #"{"records":[\#(ids.map { "\"\($0)\"" }.joined(separator: ","))],"list":"\#(list.id)"}"#)
                #expect(response.status == .ok, "\(response.text)")
                let results = try #require(try response.jsonObject()["results"] as? [[String: Any]])
                let statuses = Dictionary(
                    uniqueKeysWithValues: results.compactMap { result -> (String, Int)? in
                        guard let id = result["record"] as? String, let status = result["status"] as? Int else {
                            return nil
                        }
                        return (id, status)
                    })
                #expect(
                    statuses == [
                        first.object.id: 201, second.object.id: 201, unverified.object.id: 409, "not-an-id": 404,
                    ])
                let firstResult = results.first { $0["record"] as? String == first.object.id }
                #expect(firstResult?["reference"] as? String == first.reference)
                let after = try (try await client.api(.get, "/api/v1/registry/queues/to-distribute", token: token))
                    .jsonObject()
                #expect(after["total"] as? Int == 0)
            }
        }
    }
}
