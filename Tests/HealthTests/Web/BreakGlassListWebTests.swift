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

    @Test(
        "the queue and its CSV name patients: marked as the highest label of their records, or the office's floor when empty; never UNCLASSIFIED"
    )
    func marking() async throws {
        try await withInstallation { installation in
            // setup
            let claire = try await installation.user("claire", MockUser.clinician).principal
            let jonas = try await installation.user("jonas", MockUser.clinician).principal
            try await installation.user("pieter", HealthUser.advisor)
            var low = HealthUser.advisor
            low.displayName = "Dr Low Clearance"
            low.clearance = .natoConfidential
            try await installation.user("lowadv", low)
            let anna = try await installation.patient("Berg", "Anna", restricted: true, by: claire)
            let secret = try await installation.chancery.health.createPatient(
                Patient.Details(
                    familyName: "ZORRO", givenNames: "Zed", dateOfBirth: "1970-01-01", sex: "male", staffNumber: nil,
                    staffUserID: nil, staffUnit: nil, nationality: "BEL", phone: nil, email: nil, address: nil,
                    emergencyName: nil, emergencyPhone: nil, insurer: nil, insurerNumber: nil, restricted: true),
                label: SecurityLabel(classification: .natoSecret, categories: ["MEDICAL"]), careTeam: [], by: claire)
            try await installation.app.test(.router) { client in
                let pieter = try await client.signIn("pieter")
                let lower = try await client.signIn("lowadv")
                func get(_ uri: String, _ session: WebSession) async throws -> TestResponse {
                    try await client.execute(uri: uri, method: .get, headers: session.headers())
                }

                // exercise: an empty queue, then one opening of each label
                let emptyCSV = try await get("/health/break-glass?format=csv", pieter)
                let emptyPage = try await get("/health/break-glass", pieter)
                let health = installation.chancery.health
                _ = try await health.breakGlass(anna.object.id, reason: "Collapsed in the corridor", by: jonas)
                _ = try await health.breakGlass(secret.object.id, reason: "Unconscious at the gate", by: jonas)
                let csv = try await get("/health/break-glass?format=csv", pieter)
                let page = try await get("/health/break-glass", pieter)
                let lowerCSV = try await get("/health/break-glass?format=csv", lower)
                let lowerPage = try await get("/health/break-glass", lower)

                // validate
                let floor = "NATO UNCLASSIFIED // MEDICAL"
                #expect(emptyCSV.headers[.classification] == floor)
                #expect(ReadCSV(emptyCSV.text).records.first == [floor])
                #expect(emptyPage.text.element(id: "banner-top") == floor)
                let highest = "NATO SECRET // MEDICAL"
                #expect(csv.headers[.classification] == highest)
                #expect(ReadCSV(csv.text).records.first == [highest] && ReadCSV(csv.text).records.last == [highest])
                #expect(page.text.element(id: "banner-top") == highest)
                // The lower-cleared advisor sees only Anna's opening: marked as her record, nothing of the SECRET one.
                let annas = anna.object.label.banner
                #expect(annas.contains("MEDICAL"))
                #expect(lowerCSV.headers[.classification] == annas)
                #expect(ReadCSV(lowerCSV.text).records.first == [annas])
                #expect(lowerPage.text.element(id: "banner-top") == annas)
                #expect(!lowerCSV.text.contains("SECRET") && !lowerPage.text.contains("NATO SECRET"))
            }
        }
    }
}
