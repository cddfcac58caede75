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

/// The break-glass review queue as a list: sorted, paged and exported in SQL, trimmed to the records whose label the
/// advisor could read.
@Suite("Break-glass queue list")
struct BreakGlassListWebTests {
    static func reasons(_ page: String) -> [String] {
        page.matches(of: #/<tr><td>[^<]*</td><td>[^<]*</td><td>[^<]*</td><td>([^<]*)</td>/#).map {
            String($0.output.1)
        }
    }

    @Test(
        "sorted by reason both ways, page 2; the CSV equals the page; a lower-cleared advisor never sees the SECRET one"
    )
    func queue() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", MockUser.clinician).principal
            let jonas = try await installation.user("jonas", MockUser.clinician).principal
            let pieter = try await installation.user("pieter", HealthUser.advisor)
            var low = HealthUser.advisor
            low.displayName = "Dr Low Clearance"
            low.clearance = .natoConfidential
            try await installation.user("lowadv", low)
            let anna = try await installation.patient("Berg", "Anna", restricted: true, by: claire)
            let bram = try await installation.patient("Claes", "Bram", restricted: true, by: claire)
            let secret = try await installation.chancery.health.createPatient(
                Patient.Details(
                    familyName: "ZORRO", givenNames: "Zed", dateOfBirth: "1970-01-01", sex: "male", staffNumber: nil,
                    staffUserID: nil, staffUnit: nil, nationality: "BEL", phone: nil, email: nil, address: nil,
                    emergencyName: nil, emergencyPhone: nil, insurer: nil, insurerNumber: nil, restricted: true),
                label: SecurityLabel(classification: .natoSecret, categories: ["MEDICAL"]), careTeam: [], by: claire)
            let health = installation.chancery.health
            _ = try await health.breakGlass(anna.object.id, reason: "Collapsed in the corridor", by: jonas)
            _ = try await health.breakGlass(bram.object.id, reason: "Allergic reaction", by: jonas)
            _ = try await health.breakGlass(secret.object.id, reason: "Unconscious at the gate", by: jonas)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("pieter")
                func get(_ uri: String) async throws -> TestResponse {
                    try await client.execute(uri: uri, method: .get, headers: session.headers())
                }
                let first = try await get("/health/break-glass")
                #expect(first.status == .ok)
                #expect(first.text.element(id: "list-count") == "Rows 1 to 3 of 3")
                let byReason = try await get("/health/break-glass?sort=reason")
                #expect(
                    Self.reasons(byReason.text)
                        == ["Allergic reaction", "Collapsed in the corridor", "Unconscious at the gate"])
                let descending = try await get("/health/break-glass?sort=reason&order=desc")
                #expect(
                    Self.reasons(descending.text)
                        == ["Unconscious at the gate", "Collapsed in the corridor", "Allergic reaction"])
                let second = try await get("/health/break-glass?sort=reason&limit=2&page=2")
                #expect(Self.reasons(second.text) == ["Unconscious at the gate"])
                #expect(try await get("/health/break-glass?sort=patient").status == .badRequest)

                let csvHref = (descending.text.firstHref(id: "csv-link") ?? "").replacingOccurrences(
                    of: "&amp;", with: "&")
                #expect(csvHref == "/health/break-glass?sort=reason&order=desc&format=csv")
                let csv = try await get(csvHref)
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                let table = ReadCSV(csv.text)
                #expect(table.header == ["Opened", "Clinician", "Patient", "Reason"])
                #expect(table.rows.map { $0[3] } == Self.reasons(descending.text))
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == pieter.id && export.details["list"] == "health.break-glass")
                #expect(export.details["count"] == "3")

                let lower = try await client.signIn("lowadv")
                let page = try await client.execute(
                    uri: "/health/break-glass?sort=reason", method: .get, headers: lower.headers())
                #expect(Self.reasons(page.text) == ["Allergic reaction", "Collapsed in the corridor"])
                #expect(page.text.element(id: "list-count") == "Rows 1 to 2 of 2")
                let lowerCSV = try await client.execute(
                    uri: "/health/break-glass?format=csv", method: .get, headers: lower.headers())
                #expect(ReadCSV(lowerCSV.text).rows.count == 2)
                #expect(!lowerCSV.text.contains("Unconscious") && !page.text.contains("Unconscious"))
                #expect(try await installation.auditEvents(action: "list.export").last?.details["count"] == "2")

                // A clinician is no reviewer: the queue is refused, its CSV too.
                let clinician = try await client.signIn("jonas")
                let refused = try await client.execute(
                    uri: "/health/break-glass?format=csv", method: .get, headers: clinician.headers())
                #expect(refused.status == .forbidden)
                #expect(!refused.text.contains("Unconscious"))
            }
        }
    }
}
