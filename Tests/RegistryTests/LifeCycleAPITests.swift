import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// File plan, cutoff, holds, disposition with a certificate, downgrading and the registry's queues.
@Suite("Record life cycle API")
struct LifeCycleAPITests {
    @Test("file → close → archive → destroy: the metadata stays, the file goes, a witnessed certificate remains")
    func destroyWithCertificate() async throws {
        try await withInstallation { installation in
            let scene = try await LifeCycleFixtures.scene(installation)
            let id = scene.record.object.id
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let supervisor = try await client.token(for: "sylvie")
                let early = try await client.api(.post, "/api/v1/records/\(id)/closure", token: clerk)
                #expect(early.status == .conflict, "a record is filed before it is closed")
                let filed = try await client.api(
                    .post, "/api/v1/records/\(id)/filing", token: clerk, json: #"{"folder":"\#(scene.folder.id)"}"#)
                #expect(try filed.decode(RecordBody.self).state == "active")
                let closed = try await client.api(.post, "/api/v1/records/\(id)/closure", token: clerk)
                let body = try closed.decode(RecordBody.self)
                #expect(body.state == "closed" && body.disposalDue == body.closedOn)
                #expect(try await client.api(.post, "/api/v1/records/\(id)/archiving", token: clerk).status == .ok)

                let queue = try
                    (try await client.api(.get, "/api/v1/registry/queues/disposition-due", token: supervisor))
                    .jsonObject()
                #expect(queue["total"] as? Int == 1)

                let byClerk = try await client.api(
                    .post, "/api/v1/records/\(id)/disposition", token: clerk,
                    json: #"{"action":"destroy","witness":"W"}"#)
                #expect(byClerk.status == .forbidden, "disposition is the supervisor's")
                let noWitness = try await client.api(
                    .post, "/api/v1/records/\(id)/disposition", token: supervisor, json: #"{"action":"destroy"}"#)
                #expect(noWitness.status == .badRequest)
                let destroyed = try await client.api(
                    .post, "/api/v1/records/\(id)/disposition", token: supervisor,
                    json: #"{"action":"destroy","witness":"Capt. Witness","method":"cross-cut shredder"}"#)
                #expect(destroyed.status == .ok, "\(destroyed.text)")
                let answer = try destroyed.jsonObject()
                let certificate = try #require(answer["certificate"] as? [String: Any])
                #expect(certificate["witness"] as? String == "Capt. Witness")
                #expect((certificate["attachments"] as? [String])?.first?.hasPrefix("order.pdf v1 ") == true)

                // the metadata survives; the content does not
                let after = try await client.api(.get, "/api/v1/records/\(id)", token: clerk)
                #expect(try after.decode(RecordBody.self).state == "destroyed")
                #expect(try after.decode(RecordBody.self).title == "Exercise order")
                let files = try (try await client.api(.get, "/api/v1/records/\(id)/attachments", token: clerk))
                    .jsonObject()
                #expect((files["items"] as? [Any])?.isEmpty == true)
                #expect(try await installation.chancery.attachments.verifyBlobs().checked == 0)
                let cert = try await client.api(.get, "/api/v1/records/\(id)/certificate", token: clerk)
                #expect(cert.status == .ok)
                #expect(cert.headers[.classification] == "NATO SECRET")
                let edit = try await client.api(
                    .patch, "/api/v1/records/\(id)", token: clerk, json: #"{"title":"x"}"#,
                    headers: [.ifMatch: "\"v5\""])
                #expect(edit.status == .conflict)

                let actions = try await installation.auditActions(of: id)
                for action in ["record.file", "record.close", "record.archive", "record.destroy"] {
                    #expect(actions.contains(action), "\(action) is in the audit chain")
                }
            }
        }
    }

    @Test("a legal hold blocks disposition until it is released")
    func holdBlocksDestruction() async throws {
        try await withInstallation { installation in
            let scene = try await LifeCycleFixtures.scene(installation, label: .unclassified)
            let records = installation.chancery.records
            let id = scene.record.object.id
            _ = try await records.file(id, in: scene.folder.id, by: scene.clerk)
            _ = try await records.close(id, by: scene.clerk)
            let hold = try await records.placeHold(on: id, reason: "Tribunal case 2026/14", by: scene.clerk)
            let queue = try await records.count(.init(queue: .dispositionDue), by: scene.supervisor)
            #expect(queue == 0, "a held item is not due")
            await #expect(throws: AppError.self) {
                try await records.dispose(id, action: .destroy, witness: nil, method: nil, by: scene.supervisor)
            }
            await #expect(throws: AppError.self) { try await records.releaseHold(hold.id, by: scene.clerk) }
            _ = try await records.releaseHold(hold.id, by: scene.supervisor)
            let (record, certificate) = try await records.dispose(
                id, action: .destroy, witness: nil, method: nil, by: scene.supervisor)
            #expect(record.state == .destroyed)
            #expect(certificate == nil, "below NATO SECRET no certificate is issued")
        }
    }

    @Test("a downgrade lowers the label with its authority; raising is refused; the review queue lists what is due")
    func downgradeAndReview() async throws {
        try await withInstallation { installation in
            let scene = try await LifeCycleFixtures.scene(installation)
            let id = scene.record.object.id
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let supervisor = try await client.token(for: "sylvie")
                let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
                let set = try await client.api(
                    .patch, "/api/v1/records/\(id)", token: clerk, json: #"{"reviewDue":"\#(today)"}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(set.status == .ok)
                let due = try (try await client.api(.get, "/api/v1/registry/queues/review-due", token: clerk))
                    .jsonObject()
                #expect(due["total"] as? Int == 1)
                let raise = try await client.api(
                    .post, "/api/v1/records/\(id)/downgrade", token: supervisor,
                    json:
                        #"{"label":{"classification":"CTS","releasableTo":["NATO"]},"authority":"originator","reason":"x"}"#
                )
                #expect(raise.status == .conflict)
                let lowered = try await client.api(
                    .post, "/api/v1/records/\(id)/downgrade", token: supervisor,
                    json:
                        #"{"label":{"classification":"NR","releasableTo":["NATO"]},"authority":"SHAPE J3 message 123","reason":"exercise ended"}"#
                )
                #expect(lowered.status == .ok, "\(lowered.text)")
                #expect(try lowered.decode(RecordBody.self).banner == "NATO RESTRICTED")
                let after = try (try await client.api(.get, "/api/v1/registry/queues/review-due", token: clerk))
                    .jsonObject()
                #expect(after["total"] as? Int == 0)
                let audit = installation.chancery.audit
                let events = try await installation.chancery.database.read { db in
                    try await audit.events(of: id, after: 0, limit: 100, on: db)
                }
                let downgrade = try #require(events.first { $0.action == "record.downgrade" })
                #expect(downgrade.details["authority"] == "SHAPE J3 message 123")
                #expect(downgrade.details["previousLabel"] == "NATO SECRET")

                // a reader cleared only to NATO RESTRICTED now reads the item, but not its versions from before
                try await installation.user(
                    "rita",
                    UserAttributes(
                        displayName: "Rita", clearance: .natoRestricted, nationality: "ITA", categories: [], roles: [],
                        units: ["IPS"], groups: []))
                let rita = try await client.token(for: "rita")
                let history = try await client.api(.get, "/api/v1/records/\(id)/history", token: rita)
                #expect(history.status == .ok)
                let versions = try #require(try history.jsonObject()["versions"] as? [[String: Any]])
                #expect(versions.compactMap { $0["banner"] as? String } == ["NATO RESTRICTED"])
                let full = try (try await client.api(.get, "/api/v1/records/\(id)/history", token: clerk)).jsonObject()
                #expect((full["versions"] as? [Any])?.count == 3)
            }
        }
    }
}
