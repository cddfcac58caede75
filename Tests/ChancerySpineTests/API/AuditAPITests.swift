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

/// `GET /api/v1/audit?object=ID`: for auditors, and only about objects the auditor may read.
@Suite("Audit API")
struct AuditAPITests {
    static let confidential = #"{"classification":"NATO CONFIDENTIAL","releasableTo":["NATO"]}"#

    @Test("the events of a created, read and updated NC note list create, read and update in order")
    func eventsInOrder() async throws {
        try await withInstallation { installation in
            // setup
            let clerk = try await installation.user("clerk", MockUser.registry)
            let auditor = try await installation.user("auditor", MockUser.auditor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let created = try await client.api(
                    .post, "/api/v1/objects", token: token,
                    json: noteBody("Crypto key update, May", label: Self.confidential))
                let id = try created.decode(ObjectBody.self).id
                #expect(try await client.api(.get, "/api/v1/objects/\(id)", token: token).status == .ok)
                let updated = try await client.api(
                    .patch, "/api/v1/objects/\(id)", token: token, json: #"{"title":"Crypto key update, June"}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(updated.status == .ok)

                // exercise
                let response = try await client.api(
                    .get, "/api/v1/audit?object=\(id)", token: try await client.token(for: "auditor"))

                // validate
                #expect(response.status == .ok)
                let events = try response.decode(ListBody<StoredAuditEvent>.self).items
                let actions = events.map(\.action).filter { $0.hasPrefix("object.") }
                // the update records its own event, not a read as well
                #expect(actions == ["object.create", "object.read", "object.update"])
                #expect(events.map(\.sequence) == events.map(\.sequence).sorted())
                #expect(events.allSatisfy { $0.objectID == id })
                #expect(events.filter { $0.action.hasPrefix("object.") }.allSatisfy { $0.actor == clerk.id })
                let change = try #require(events.first { $0.action == "object.update" })
                #expect(change.details["fields"] == "title")
                #expect(change.details["version"] == "2")
                #expect(events.allSatisfy { $0.hash.count == 64 })

                // the auditor's own consultation is recorded too
                let again = try await client.api(
                    .get, "/api/v1/audit?object=\(id)", token: try await client.token(for: "auditor"))
                let views = try again.decode(ListBody<StoredAuditEvent>.self).items.filter { $0.action == "audit.view" }
                #expect(views.count == 1)
                #expect(views.first?.actor == auditor.id)
            }
        }
    }

    @Test("without the auditor role: 403, even for your own note")
    func needsAuditorRole() async throws {
        try await withInstallation { installation in
            // setup
            let clerk = try await installation.user("clerk", MockUser.registry)
            let note = try await installation.note("Own note", .unclassified, unit: "IPS", by: clerk.principal)
            try await installation.app.test(.router) { client in
                // exercise
                let response = try await client.api(
                    .get, "/api/v1/audit?object=\(note.id)", token: try await client.token(for: "clerk"))

                // validate
                let problem = try response.problem(.forbidden, type: "role-required")
                #expect(problem.detail.contains("auditor"))
                #expect(!response.text.contains("object.create"))
                try await client.api(.get, "/api/v1/audit?object=\(note.id)").problem(.unauthorized)
            }
        }
    }

    @Test("an auditor who may not read the object gets the same 404 as for an object that does not exist")
    func auditorOutOfReach() async throws {
        try await withInstallation { installation in
            // setup
            let clinician = try await installation.user("clinician", MockUser.clinician)
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.user("auditor", MockUser.auditor)
            var unbriefed = MockUser.auditor
            unbriefed.categories = []
            try await installation.user("unbriefed", unbriefed)
            var restricted = MockUser.auditor
            restricted.clearance = .natoRestricted
            try await installation.user("restricted", restricted)
            let medical = try await installation.note(
                "Patient 4711 fitness review", try .testLabel("NR", categories: ["MEDICAL"]), unit: "HEALTH",
                by: clinician.principal)
            let secret = try await installation.note(
                "Move of the registry", try .testLabel("NS"), unit: "IPS", by: clerk.principal)
            let missing = ObjectID.make(milliseconds: Clock.nowMilliseconds())
            try await installation.app.test(.router) { client in
                let full = try await client.token(for: "auditor")
                let noCategory = try await client.token(for: "unbriefed")
                let lowClearance = try await client.token(for: "restricted")
                let absent = try await client.api(.get, "/api/v1/audit?object=\(missing)", token: noCategory)
                    .problem(.notFound, type: "object-not-found")

                for (token, id, title) in [
                    (noCategory, medical.id, medical.title), (lowClearance, secret.id, secret.title),
                ] {
                    // exercise
                    let response = try await client.api(.get, "/api/v1/audit?object=\(id)", token: token)

                    // validate
                    let problem = try response.problem(.notFound, type: "object-not-found")
                    #expect(
                        problem.detail.replacingOccurrences(of: id, with: "ID")
                            == absent.detail.replacingOccurrences(of: missing, with: "ID"))
                    #expect(!response.text.contains(title))
                    #expect(!response.text.contains("object.create"))
                }
                // the fully briefed auditor sees both trails: the refusals were about the label
                for id in [medical.id, secret.id] {
                    let response = try await client.api(.get, "/api/v1/audit?object=\(id)", token: full)
                    #expect(response.status == .ok)
                    #expect(try response.decode(ListBody<StoredAuditEvent>.self).items.first?.action == "object.create")
                }
            }
        }
    }

    @Test("a missing object parameter or a bad cursor is a 400 with a sentence")
    func badQueries() async throws {
        try await withInstallation { installation in
            try await installation.user("auditor", MockUser.auditor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "auditor")
                let missing = try await client.api(.get, "/api/v1/audit", token: token)
                    .problem(.badRequest, type: "invalid-query")
                #expect(missing.field == "object")
                let french = try await client.api(
                    .get, "/api/v1/audit?object=", token: token, headers: [.acceptLanguage: "fr"]
                )
                .problem(.badRequest, type: "invalid-query")
                #expect(french.detail.hasPrefix("Le paramètre « object » n'est pas valide"))
                #expect(!french.detail.contains(" the "))
                let id = ObjectID.make(milliseconds: Clock.nowMilliseconds())
                for cursor in ["-1", "abc", "1.5"] {
                    try await client.api(.get, "/api/v1/audit?object=\(id)&cursor=\(cursor)", token: token)
                        .problem(.badRequest, type: "invalid-cursor")
                }
                try await client.api(.get, "/api/v1/audit?object=\(id)&limit=0", token: token)
                    .problem(.badRequest, type: "invalid-limit")
            }
        }
    }

    @Test("the audit trail pages by sequence number")
    func pagination() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("auditor", MockUser.auditor)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let id = try await client.api(
                    .post, "/api/v1/objects", token: clerk, json: noteBody("Read often", label: Self.confidential)
                ).decode(ObjectBody.self).id
                for _ in 1...4 { _ = try await client.api(.get, "/api/v1/objects/\(id)", token: clerk) }
                let auditor = try await client.token(for: "auditor")

                // exercise
                var sequences: [Int64] = []
                var uri = "/api/v1/audit?object=\(id)&limit=2"
                for _ in 1...10 {
                    let response = try await client.api(.get, uri, token: auditor)
                    try #require(response.status == .ok, "\(uri): \(response.text)")
                    let page = try response.decode(ListBody<StoredAuditEvent>.self)
                    sequences += page.items.filter { $0.action.hasPrefix("object.") }.map(\.sequence)
                    guard let next = page.nextCursor else { break }
                    uri = "/api/v1/audit?object=\(id)&limit=2&cursor=\(next)"
                }

                // validate: one create and four reads, each once, in order
                #expect(sequences.count == 5)
                #expect(sequences == sequences.sorted())
                #expect(Set(sequences).count == 5)
            }
        }
    }
}
