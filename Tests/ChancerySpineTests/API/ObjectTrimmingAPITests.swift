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

/// Security trimming seen through the API: lists, counts, reads and the refusal of an id out of reach, which
/// must look exactly like the refusal of an id that does not exist.
@Suite("Objects API trimming")
struct ObjectTrimmingAPITests {
    /// Notes of three units and the principals that look at them.
    struct Fixture: Sendable {
        var ipsNote: String
        var ipsSecret: String
        var frenchOnly: String
        var closed: String
        var medical: String
        static let titles = [
            "IPS budget working note", "IPS reorganisation plan", "Liaison with the French MoD",
            "Personal draft of the chief clerk", "Patient 4711 fitness review",
        ]
    }

    static func fixture(_ installation: TestInstallation) async throws -> Fixture {
        let clerk = try await installation.user("clerk", MockUser.registry)
        let clinician = try await installation.user("clinician", MockUser.clinician)
        try await installation.user("visitor", MockUser.visitor)
        try await installation.user(
            "junior",
            UserAttributes(
                displayName: "Junior Clerk", clearance: .natoRestricted, nationality: "SWE", categories: [],
                roles: [.registryClerk], units: ["IPS"], groups: []))
        let titles = Fixture.titles
        return Fixture(
            ipsNote: try await installation.note(titles[0], .unclassified, unit: "IPS", by: clerk.principal).id,
            ipsSecret: try await installation.note(titles[1], try .testLabel("NS"), unit: "IPS", by: clerk.principal)
                .id,
            frenchOnly: try await installation.note(
                titles[2], try .testLabel("NU", releasableTo: ["FRA"]), unit: "IPS", by: clerk.principal
            ).id,
            closed: try await installation.note(
                titles[3], .unclassified, unit: "IPS", by: clerk.principal, openToUnit: false
            ).id,
            medical: try await installation.note(
                titles[4], try .testLabel("NR", categories: ["MEDICAL"]), unit: "HEALTH", by: clinician.principal
            ).id)
    }

    /// The ids a principal sees in the list, and the total the list reports.
    static func visible(_ client: any TestClientProtocol, _ username: String) async throws -> (
        Set<String>, Int?, String
    ) {
        let token = try await client.token(for: username)
        let response = try await client.api(.get, "/api/v1/objects?withTotal=true", token: token)
        #expect(response.status == .ok)
        let page = try response.decode(ListBody<ObjectBody>.self)
        return (Set(page.items.map(\.id)), page.total, response.text)
    }

    @Test("each principal lists and counts exactly the notes they may read")
    func listsAndCountsAreTrimmed() async throws {
        try await withInstallation { installation in
            // setup
            let notes = try await Self.fixture(installation)
            try await installation.app.test(.router) { client in
                // exercise
                let clerk = try await Self.visible(client, "clerk")
                let junior = try await Self.visible(client, "junior")
                let clinician = try await Self.visible(client, "clinician")
                let visitor = try await Self.visible(client, "visitor")

                // validate
                #expect(clerk.0 == [notes.ipsNote, notes.ipsSecret, notes.frenchOnly, notes.closed])
                #expect(clerk.1 == 4)
                // clearance NR and Swedish: not the NS note, not the French-only one, not the closed one
                #expect(junior.0 == [notes.ipsNote])
                #expect(junior.1 == 1)
                // another unit: only their own medical note
                #expect(clinician.0 == [notes.medical])
                #expect(clinician.1 == 1)
                // NU, Swedish, no unit: nothing at all, and a count of zero
                #expect(visitor.0.isEmpty)
                #expect(visitor.1 == 0)
                for title in Fixture.titles.filter({ $0 != Fixture.titles[4] }) {
                    #expect(!clinician.2.contains(title))
                }
                for title in Fixture.titles { #expect(!visitor.2.contains(title)) }
                #expect(!clerk.2.contains(Fixture.titles[4]))
            }
        }
    }

    @Test("an id out of reach gets the same 404 sentence as an id that does not exist, and never the title")
    func noExistenceLeak() async throws {
        try await withInstallation { installation in
            // setup
            let notes = try await Self.fixture(installation)
            let missing = ObjectID.make(milliseconds: Clock.nowMilliseconds())
            try await installation.app.test(.router) { client in
                let outOfReach = [
                    "visitor": [notes.ipsNote, notes.ipsSecret, notes.frenchOnly, notes.closed, notes.medical],
                    "clinician": [notes.ipsNote, notes.ipsSecret, notes.frenchOnly, notes.closed],
                    "junior": [notes.ipsSecret, notes.frenchOnly, notes.closed, notes.medical],
                ]
                for (username, forbidden) in outOfReach {
                    let token = try await client.token(for: username)
                    for id in forbidden {
                        for (method, suffix, json, ifMatch) in [
                            (HTTPRequest.Method.get, "", nil as String?, nil as String?),
                            (.get, "/label.xml", nil, nil),
                            (.patch, "", #"{"title":"Overwritten"}"#, "\"v1\""),
                        ] {
                            // exercise
                            let headers: HTTPFields = ifMatch.map { [.ifMatch: $0] } ?? [:]
                            let refused = try await client.api(
                                method, "/api/v1/objects/\(id)\(suffix)", token: token, json: json, headers: headers)
                            let absent = try await client.api(
                                method, "/api/v1/objects/\(missing)\(suffix)", token: token, json: json,
                                headers: headers)

                            // validate
                            let context = "\(username) \(method) \(suffix)"
                            let refusedProblem = try refused.problem(.notFound, type: "object-not-found")
                            let absentProblem = try absent.problem(.notFound, type: "object-not-found")
                            #expect(
                                refusedProblem.detail.replacingOccurrences(of: id, with: "ID")
                                    == absentProblem.detail.replacingOccurrences(of: missing, with: "ID"), "\(context)")
                            #expect(refusedProblem.title == absentProblem.title, "\(context)")
                            #expect(refusedProblem.field == absentProblem.field, "\(context)")
                            #expect(refused.headers[.classification] == nil, "\(context)")
                            for title in Fixture.titles { #expect(!refused.text.contains(title), "\(context)") }
                            #expect(!refused.text.contains("NATO"), "\(context): the label must not show")
                        }
                    }
                }
            }
            // and nothing was changed by the refused PATCHes
            let clerk = try #require(try await installation.chancery.users.find(username: "clerk"))
            let secret = try #require(
                try await installation.chancery.objects.read(notes.ipsSecret, by: clerk.principal))
            #expect(secret.title == Fixture.titles[1])
            #expect(secret.version == 1)
        }
    }

    @Test(
        "a read of an id out of reach and of an id that does not exist do the same work: one access.denied event each")
    func missingAndRefusedAreAuditedAlike() async throws {
        try await withInstallation { installation in
            // setup
            let notes = try await Self.fixture(installation)
            let missing = ObjectID.make(milliseconds: Clock.nowMilliseconds())
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "visitor")
                for suffix in ["", "/label.xml"] {
                    // exercise
                    let refused = try await client.api(
                        .get, "/api/v1/objects/\(notes.ipsSecret)\(suffix)", token: token)
                    let absent = try await client.api(.get, "/api/v1/objects/\(missing)\(suffix)", token: token)

                    // validate: alike in status, headers and body (ids aside), and in what was written
                    #expect(refused.status == .notFound && absent.status == .notFound)
                    #expect(
                        refused.text.replacingOccurrences(of: notes.ipsSecret, with: "ID")
                            == absent.text.replacingOccurrences(of: missing, with: "ID"))
                    #expect(Self.headerNames(refused) == Self.headerNames(absent), "\(suffix)")
                }
                let refusedEvents = try await Self.denials(of: notes.ipsSecret, installation)
                let absentEvents = try await Self.denials(of: missing, installation)
                #expect(refusedEvents.count == 2)
                #expect(absentEvents.count == 2)
                #expect(refusedEvents.map(\.action) == absentEvents.map(\.action))
                #expect(refusedEvents.map { $0.details.keys.sorted() } == absentEvents.map { $0.details.keys.sorted() })
                #expect(absentEvents.allSatisfy { $0.details["reason"] == "no-such-object" })
            }
        }
    }

    /// The names of a response's headers, without those that differ by nature between two answers.
    static func headerNames(_ response: TestResponse) -> [String] {
        response.headers.map(\.name.canonicalName).filter { !["date", "content-length"].contains($0) }.sorted()
    }

    /// The `access.denied` events recorded about an id.
    static func denials(of id: String, _ installation: TestInstallation) async throws -> [StoredAuditEvent] {
        try await installation.chancery.database.read { db in
            try await installation.chancery.audit.events(of: id, after: 0, limit: 100, on: db)
                .filter { $0.action == "access.denied" }
        }
    }

    @Test("a principal who may read gets the object; the same id out of reach for another is a 404")
    func readIsTrimmed() async throws {
        try await withInstallation { installation in
            // setup
            let notes = try await Self.fixture(installation)
            try await installation.app.test(.router) { client in
                let clinician = try await client.token(for: "clinician")
                let clerk = try await client.token(for: "clerk")

                // exercise
                let own = try await client.api(.get, "/api/v1/objects/\(notes.medical)", token: clinician)
                let other = try await client.api(.get, "/api/v1/objects/\(notes.medical)", token: clerk)

                // validate
                #expect(own.status == .ok)
                #expect(try own.decode(ObjectBody.self).title == Fixture.titles[4])
                #expect(own.headers[.classification] == "NATO RESTRICTED // MEDICAL")
                try other.problem(.notFound, type: "object-not-found")
                #expect(!other.text.contains(Fixture.titles[4]))
            }
        }
    }
}
