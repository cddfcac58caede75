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

/// The suspected duplicates' queue as a list: sorted, paged and exported in SQL, trimmed to the pairs whose labels
/// the advisor could read.
@Suite("Duplicates queue list")
struct DuplicateListWebTests {
    /// The name of each row's suspected duplicate, in the page's order.
    static func duplicates(_ page: String) -> [String] {
        page.matches(
            of:
                #/<tr id="duplicate-[^"]+"><td>[^<]*</td><td>[^<]*</td>\s*<td><a href="/health/patients/[^"]+">([^<]+)</a>/#
        )
        .map { String($0.output.1) }
    }

    @Test(
        "sorted by match both ways, page 2; the CSV equals the page; a lower-cleared advisor never sees the SECRET pair"
    )
    func queue() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", MockUser.clinician).principal
            let pieter = try await installation.user("pieter", HealthUser.advisor)
            var low = HealthUser.advisor
            low.displayName = "Dr Low Clearance"
            low.clearance = .natoConfidential
            try await installation.user("lowadv", low)
            _ = try await installation.patient("Dupont", "Jeanne", born: "1984-03-02", by: claire)
            _ = try await installation.patient("Dupont", "Jeanne", born: "1984-03-02", by: claire)
            _ = try await installation.patient("Berg", "Anna", born: "1980-05-17", staffNumber: "S-500", by: claire)
            _ = try await installation.patient("Other", "Person", born: "1990-01-01", staffNumber: "S-500", by: claire)
            for _ in 0..<2 {
                _ = try await installation.chancery.health.createPatient(
                    Patient.Details(
                        familyName: "ZORRO", givenNames: "Zed", dateOfBirth: "1970-01-01", sex: "male",
                        staffNumber: nil, staffUserID: nil, staffUnit: nil, nationality: "BEL", phone: nil, email: nil,
                        address: nil, emergencyName: nil, emergencyPhone: nil, insurer: nil, insurerNumber: nil,
                        restricted: false),
                    label: SecurityLabel(classification: .natoSecret, categories: ["MEDICAL"]), careTeam: [],
                    by: claire)
            }
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("pieter")
                func get(_ uri: String) async throws -> TestResponse {
                    try await client.execute(uri: uri, method: .get, headers: session.headers())
                }
                let first = try await get("/health/duplicates")
                #expect(first.status == .ok)
                #expect(first.text.element(id: "list-count") == "Rows 1 to 3 of 3")
                let byMatch = try await get("/health/duplicates?sort=matched&order=desc")
                let names = Self.duplicates(byMatch.text)
                #expect(names.count == 3)
                #expect(names.first?.uppercased().contains("OTHER") == true, "staff-number sorts after identity")
                let second = try await get("/health/duplicates?sort=matched&order=desc&limit=1&page=2")
                #expect(Self.duplicates(second.text) == [names[1]])
                #expect(second.text.element(id: "list-count") == "Rows 2 to 2 of 3")
                #expect(try await get("/health/duplicates?sort=duplicate").status == .badRequest)

                let csvHref = (byMatch.text.firstHref(id: "csv-link") ?? "").replacingOccurrences(
                    of: "&amp;", with: "&")
                #expect(csvHref == "/health/duplicates?sort=matched&order=desc&format=csv")
                let csv = try await get(csvHref)
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                let table = ReadCSV(csv.text)
                #expect(table.rows.map { String($0[2].split(separator: " · ").first ?? "") } == names)
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == pieter.id && export.details["list"] == "health.duplicates")
                #expect(export.details["count"] == "3")

                let lower = try await client.signIn("lowadv")
                let page = try await client.execute(uri: "/health/duplicates", method: .get, headers: lower.headers())
                #expect(Self.duplicates(page.text).count == 2)
                #expect(page.text.element(id: "list-count") == "Rows 1 to 2 of 2")
                let lowerCSV = try await client.execute(
                    uri: "/health/duplicates?format=csv", method: .get, headers: lower.headers())
                #expect(ReadCSV(lowerCSV.text).rows.count == 2)
                #expect(!lowerCSV.text.uppercased().contains("ZORRO") && !page.text.uppercased().contains("ZORRO"))

                let clinician = try await client.signIn("claire")
                let refused = try await client.execute(
                    uri: "/health/duplicates?format=csv", method: .get, headers: clinician.headers())
                #expect(refused.status == .forbidden)
            }
        }
    }
}
