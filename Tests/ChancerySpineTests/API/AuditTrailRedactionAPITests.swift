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

/// Found by the leak probe: labels apply inside audit events, and the generic notes endpoint does not edit
/// an office's items.
@Suite("Audit trail redaction and office items")
struct AuditTrailRedactionAPITests {
    static let lowAuditor = UserAttributes(
        displayName: "Lucie Low", clearance: .natoConfidential, nationality: "BEL", categories: [], roles: [.auditor],
        units: ["IPS"], groups: [])

    @Test(
        "an NC auditor sees an NC record's events without the NS record a list showed, the NS attachment or the query")
    func redactedTrail() async throws {
        try await withInstallation { installation in
            // setup
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            _ = try await installation.user("lucie", Self.lowAuditor)
            _ = try await installation.user("ana", MockUser.auditor)
            let open = try await installation.register(
                "Ordinary memo", series: "IMSM", label: SecurityLabel(classification: .natoConfidential), by: clerk)
            let secret = try await installation.register(
                "Operation NIGHTJAR plan", series: "IMSM", label: SecurityLabel(classification: .natoSecret), by: clerk)
            _ = try await installation.chancery.records.attach(
                [ByteBuffer(string: "nightjar annex")].async, to: open.object.id, name: "nightjar-annex.txt",
                contentType: "text/plain", label: SecurityLabel(classification: .natoSecret), limit: 1 << 20, by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                #expect(try await client.api(.get, "/api/v1/records?limit=5", token: token).status == .ok)
                #expect(
                    try await client.api(.get, "/api/v1/search?q=nightjar%20OR%20ordinary", token: token).status == .ok)

                // exercise
                let lucie = try await client.token(for: "lucie")
                let response = try await client.api(.get, "/api/v1/audit?object=\(open.object.id)", token: lucie)

                // validate
                #expect(response.status == .ok)
                for word in [secret.object.id, "nightjar", "NIGHTJAR", "NATO SECRET", "annex"] {
                    #expect(!response.text.contains(word), "\(word) in \(response.text)")
                }
                let events = try response.decode(ListBody<StoredAuditEvent>.self).items
                let list = try #require(events.first { $0.action == "object.list" })
                #expect(list.details["objects"] == open.object.id && list.details["count"] == "1")
                let search = try #require(events.first { $0.action == "object.search" })
                #expect(search.details["query"] == nil && search.details["objects"] == open.object.id)
                #expect(!events.contains { $0.action == "attachment.add" })
                #expect(events.contains { $0.action == "object.create" && $0.hash.count == 64 })

                // an auditor who may read everything sees the whole events
                let full = try await client.api(
                    .get, "/api/v1/audit?object=\(open.object.id)", token: try await client.token(for: "ana"))
                let whole = try full.decode(ListBody<StoredAuditEvent>.self).items
                #expect(whole.contains { $0.action == "attachment.add" && $0.details["name"] == "nightjar-annex.txt" })
                #expect(
                    whole.first { $0.action == "object.list" }?.details["objects"]?.contains(secret.object.id) == true)
            }
        }
    }

    @Test("PATCH /api/v1/objects/{id} does not edit a registry record: 409, nothing changed")
    func officeItemsAreEditedAtTheirOffice() async throws {
        try await withInstallation { installation in
            // setup
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let record = try await installation.register("Minutes", series: "IMSM", by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let events = try await installation.auditEventCount()

                // exercise
                let response = try await client.api(
                    .patch, "/api/v1/objects/\(record.object.id)", token: token,
                    json: #"{"title":"Renamed","label":{"classification":"NS"}}"#, headers: [.ifMatch: "\"v1\""])

                // validate
                let problem = try response.problem(.conflict, type: "edit-elsewhere")
                #expect(problem.detail.contains("/api/v1/records/\(record.object.id)"))
                #expect(try await installation.auditEventCount() == events)
                let now = try await client.api(.get, "/api/v1/records/\(record.object.id)", token: token)
                #expect(now.text.contains("\"Minutes\"") && now.headers[.eTag] == "\"v1\"")
            }
        }
    }
}
