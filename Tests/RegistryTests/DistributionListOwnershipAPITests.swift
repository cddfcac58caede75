import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// Distribution lists have an owner: only the owner (a person, or a member of the owning unit), a registry
/// supervisor or an administrator changes a list; every clerk may still distribute to it.
@Suite("Distribution list ownership")
struct DistributionListOwnershipAPITests {
    static func clerk(_ clearance: Classification, units: Set<String>) -> UserAttributes {
        UserAttributes(
            displayName: "Clerk", clearance: clearance, nationality: "FRA", categories: [], roles: [.registryClerk],
            units: units, groups: [])
    }

    static let admin = UserAttributes(
        displayName: "Alex Admin", clearance: .natoSecret, nationality: "BEL", categories: [], roles: [.admin],
        units: ["IPS"], groups: [])

    static func listBody(_ name: String, members: [(String, String)], owner: String? = nil) -> String {
        let items = members.map { #"{"kind":"user","id":"\#($0.0)","role":"\#($0.1)"}"# }.joined(separator: ",")
        return #"{"name":"\#(name)","members":[\#(items)]\#(owner.map { #","owner":\#($0)"# } ?? "")}"#
    }

    @Test("an NR clerk cannot rewrite a list another clerk owns; the owner, a supervisor and an admin can; all audited")
    func onlyKeepersChange() async throws {
        try await withInstallation { installation in
            // setup: the owner's list for NS distributions
            try await installation.user("sylvie", MockUser.supervisor)
            let owner = try await installation.user("owner", Self.clerk(.natoSecret, units: ["IPS"]))
            try await installation.user("colleague", Self.clerk(.natoSecret, units: ["IPS"]))
            try await installation.user("nrclerk", Self.clerk(.natoRestricted, units: ["J1"]))
            try await installation.user("alex", Self.admin)
            let ana = try await installation.user("ana", DistributionAPITests.person(.natoSecret, "FRA"))
            let mallory = try await installation.user("mallory", DistributionAPITests.person(.natoRestricted, "FRA"))
            try await installation.app.test(.router) { client in
                let ownerToken = try await client.token(for: "owner")
                let created = try await client.api(
                    .post, "/api/v1/distribution-lists", token: ownerToken,
                    json: Self.listBody("NS readers", members: [("ana", "action")]))
                #expect(created.status == .created, "\(created.text)")
                let list = try created.jsonObject()
                let listID = try #require(list["id"] as? String)
                #expect((list["owner"] as? [String: Any])?["kind"] as? String == "user")
                #expect((list["owner"] as? [String: Any])?["id"] as? String == owner.id)
                let path = "/api/v1/distribution-lists/\(listID)"
                let rewrite = Self.listBody("NS readers", members: [("mallory", "action")])

                // exercise and validate: neither a clerk of another unit nor a colleague of the owner may change it
                for intruder in ["nrclerk", "colleague"] {
                    let token = try await client.token(for: intruder)
                    let refused = try await client.api(
                        .put, path, token: token, json: rewrite, headers: [.ifMatch: "\"v1\""])
                    let problem = try refused.problem(.forbidden, type: "list-not-yours")
                    #expect(problem.detail.contains("owner"), "\(problem.detail)")
                    // the list is still usable: they read it to distribute to it
                    #expect(try await client.api(.get, path, token: token).status == .ok)
                }
                let unchanged = try await installation.chancery.distributionLists.find(listID)
                #expect(unchanged?.version == 1)
                #expect(unchanged?.members.map(\.id) == [ana.id])
                let denials = try await installation.auditEvents(action: "access.denied")
                    .filter { $0.details["action"] == "distribution-list.update" }
                #expect(denials.count == 2)
                #expect(denials.allSatisfy { $0.outcome == "denied" && $0.details["list"] == listID })

                // the owner, a supervisor and an administrator may
                var version = 1
                for keeper in ["owner", "sylvie", "alex"] {
                    let token = try await client.token(for: keeper)
                    let members = keeper == "alex" ? [("ana", "info")] : [("ana", "action"), ("mallory", "info")]
                    let changed = try await client.api(
                        .put, path, token: token, json: Self.listBody("NS readers", members: members),
                        headers: [.ifMatch: "\"v\(version)\""])
                    #expect(changed.status == .ok, "\(keeper): \(changed.text)")
                    version += 1
                }
                let updates = try await installation.auditEvents(action: "distribution-list.update")
                #expect(updates.count == 3)
                let first = try #require(updates.first)
                #expect(first.actor == owner.id)
                #expect(first.details["membersBefore"] == "user:\(ana.id):action")
                #expect(
                    first.details["membersAfter"]
                        == ["user:\(ana.id):action", "user:\(mallory.id):info"].sorted().joined(separator: ","))
                #expect(updates.last?.details["membersAfter"] == "user:\(ana.id):info")
                #expect(updates.last?.details["owner"] == "user:\(owner.id)")
            }
        }
    }

    @Test("a list owned by a unit: its members change it, other clerks do not; a list is given only to one's own unit")
    func unitOwner() async throws {
        try await withInstallation { installation in
            try await installation.user("sylvie", MockUser.supervisor)
            try await installation.user("owner", Self.clerk(.natoSecret, units: ["IPS"]))
            try await installation.user("colleague", Self.clerk(.natoSecret, units: ["IPS"]))
            try await installation.user("nrclerk", Self.clerk(.natoRestricted, units: ["J1"]))
            try await installation.user("ana", DistributionAPITests.person(.natoSecret, "FRA"))
            try await installation.app.test(.router) { client in
                let ownerToken = try await client.token(for: "owner")
                let created = try await client.api(
                    .post, "/api/v1/distribution-lists", token: ownerToken,
                    json: Self.listBody("Registry", members: [("ana", "info")], owner: #"{"kind":"unit","id":"IPS"}"#))
                #expect(created.status == .created, "\(created.text)")
                let listID = try #require(try created.jsonObject()["id"] as? String)
                let path = "/api/v1/distribution-lists/\(listID)"

                let colleague = try await client.token(for: "colleague")
                let byColleague = try await client.api(
                    .put, path, token: colleague, json: Self.listBody("Registry", members: []),
                    headers: [.ifMatch: "\"v1\""])
                #expect(byColleague.status == .ok, "\(byColleague.text)")
                let nrclerk = try await client.token(for: "nrclerk")
                let byOutsider = try await client.api(
                    .put, path, token: nrclerk, json: Self.listBody("Registry", members: [("ana", "action")]),
                    headers: [.ifMatch: "\"v2\""])
                let problem = try byOutsider.problem(.forbidden, type: "list-not-yours")
                #expect(problem.detail.contains("IPS"))
                // nor may an outsider take the list over by naming themselves its owner
                let takeover = try await client.api(
                    .put, path, token: nrclerk,
                    json: Self.listBody("Registry", members: [], owner: #"{"kind":"user","id":"nrclerk"}"#),
                    headers: [.ifMatch: "\"v2\""])
                try takeover.problem(.forbidden, type: "list-not-yours")

                // a clerk cannot hand a new list to a unit they are not in, nor to nobody
                let elsewhere = try await client.api(
                    .post, "/api/v1/distribution-lists", token: nrclerk,
                    json: Self.listBody("J9 list", members: [], owner: #"{"kind":"unit","id":"J9"}"#))
                try elsewhere.problem(.forbidden, type: "not-your-unit")
                let nobody = try await client.api(
                    .post, "/api/v1/distribution-lists", token: nrclerk,
                    json: Self.listBody("Nobody's", members: [], owner: #"{"kind":"user","id":"ghost"}"#))
                try nobody.problem(.unprocessableContent, type: "unknown-owner")
                // the supervisor hands the list over to a person
                let supervisor = try await client.token(for: "sylvie")
                let handed = try await client.api(
                    .put, path, token: supervisor,
                    json: Self.listBody("Registry", members: [], owner: #"{"kind":"user","id":"nrclerk"}"#),
                    headers: [.ifMatch: "\"v2\""])
                #expect(handed.status == .ok, "\(handed.text)")
                let all = try await installation.chancery.distributionLists.all()
                #expect(all.map(\.name) == ["Registry"])
                #expect(
                    try await installation.auditEvents(action: "distribution-list.update").last?.details["ownerBefore"]
                        == "unit:IPS")
            }
        }
    }

    @Test("lists made before owners existed belong to their creator's unit, or to IPS")
    func migration() async throws {
        // setup: a database migrated up to the step before owners, with three lists
        let directory = NSTemporaryDirectory() + "chancery-migration-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let scratch = try await TestInstallation.scratchDatabase()
        let logger = Logger(label: "test")
        let database =
            if let scratch {
                try await Database.openPostgres(url: scratch.url, logger: logger)
            } else {
                try await Database.openSQLite(path: directory + "/chancery.sqlite", logger: logger)
            }
        do {
            try await Migrator.before("UpdateDistributionListsAddOwner").migrate(database, logger: logger)
            try await database.transaction { db in
                for (id, units) in [("U1", "J1"), ("U2", "HR,IPS"), ("U3", "")] {
                    try await db.raw(
                        """
                        INSERT INTO users (id, username, display_name, password_hash, clearance, nationality, categories,
                                           roles, units, groups_list, created_at, updated_at)
                        VALUES (\(bind: id), \(bind: id.lowercased()), 'x', 'x', 0, 'FRA', '', 'registry.clerk',
                                \(bind: units), '', 0, 0)
                        """
                    ).run()
                }
                for (id, creator) in [("L1", "U1"), ("L2", "U2"), ("L3", "U3"), ("L4", "GONE")] {
                    try await db.raw(
                        """
                        INSERT INTO distribution_lists (id, name, description, version, created_by, created_at, updated_at)
                        VALUES (\(bind: id), \(bind: id), '', 1, \(bind: creator), 0, 0)
                        """
                    ).run()
                }
            }

            // exercise
            try await Migrator.application.migrate(database, logger: logger)

            // validate
            let owners = try await database.read { db in
                try await db.raw("SELECT id, owner_kind, owner FROM distribution_lists ORDER BY id").all().map {
                    "\(try $0.decode(column: "id", as: String.self))=\(try $0.decode(column: "owner_kind", as: String.self)):\(try $0.decode(column: "owner", as: String.self))"
                }
            }
            #expect(owners == ["L1=unit:J1", "L2=unit:IPS", "L3=unit:IPS", "L4=unit:IPS"])
        } catch {
            await database.close()
            await scratch?.drop()
            throw error
        }
        await database.close()
        await scratch?.drop()
    }
}
