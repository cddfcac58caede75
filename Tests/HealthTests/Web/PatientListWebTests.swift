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

/// The patients list as a list: sorted by its columns, paged, filtered and exported, in SQL and trimmed.
@Suite("Patients list")
struct PatientListWebTests {
    /// A link as the page writes it, read back as a path and query.
    static func unescaped(_ href: String?) -> String { (href ?? "").replacingOccurrences(of: "&amp;", with: "&") }

    /// The names of the rows of the list, in the order shown.
    static func names(_ page: String) -> [String] {
        page.matches(of: #/<td><a href="/health/patients/[^"]+">([^<]+)</a>/#).map { String($0.output.1) }
    }

    @Test("sorted by date of birth, page 2, filtered; the CSV is the page's rows, trimmed like it, audited")
    func sortPageFilterExport() async throws {
        try await withInstallation { installation in
            let advisor = try await installation.user("pieter", HealthUser.advisor).principal
            let marta = try await installation.user("marta", HealthUser.clerk)
            try await installation.user("nina", HealthUser.uncategorised)
            try await installation.patient("Adams", "Anna", born: "1990-01-01", by: advisor)
            try await installation.patient("Brown", "Bea", born: "1970-01-01", by: advisor)
            try await installation.patient("Clark", "Cara", born: "1980-01-01", by: advisor)
            // Above Marta's clearance: she must never see it, in the page, the count or the CSV.
            try await installation.chancery.health.createPatient(
                Patient.Details(
                    familyName: "Hidden", givenNames: "Hugo", dateOfBirth: "1960-01-01", sex: "male",
                    staffNumber: nil, staffUnit: "J2", nationality: "BEL", restricted: false),
                label: SecurityLabel(classification: .natoSecret, categories: ["MEDICAL"]), careTeam: [],
                by: advisor)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("marta")
                let sorted = try await client.execute(
                    uri: "/health/patients?sort=born&order=asc", method: .get, headers: session.headers())
                #expect(sorted.status == .ok)
                #expect(Self.names(sorted.text) == ["BROWN, Bea", "CLARK, Cara", "ADAMS, Anna"])
                #expect(sorted.text.contains(#"aria-sort="ascending""#))
                #expect(sorted.text.element(id: "list-count") == "Rows 1 to 3 of 3")
                #expect(!sorted.text.contains("HIDDEN"))
                // The header of the sorted column offers the other direction.
                #expect(
                    Self.unescaped(sorted.text.firstHref(id: "sort-born")) == "/health/patients?sort=born&order=desc")

                let descending = try await client.execute(
                    uri: "/health/patients?sort=name&order=desc", method: .get, headers: session.headers())
                #expect(Self.names(descending.text) == ["CLARK, Cara", "BROWN, Bea", "ADAMS, Anna"])

                let second = try await client.execute(
                    uri: "/health/patients?sort=born&order=asc&limit=2&page=2", method: .get, headers: session.headers()
                )
                #expect(Self.names(second.text) == ["ADAMS, Anna"])
                #expect(second.text.element(id: "list-count") == "Rows 3 to 3 of 3")
                #expect(
                    Self.unescaped(second.text.firstHref(id: "previous-page"))
                        == "/health/patients?sort=born&order=asc&limit=2")
                let first = try await client.execute(
                    uri: "/health/patients?sort=born&order=asc&limit=2", method: .get, headers: session.headers())
                #expect(
                    Self.unescaped(first.text.firstHref(id: "next-page"))
                        == "/health/patients?sort=born&order=asc&limit=2&page=2")

                let filtered = try await client.execute(
                    uri: "/health/patients?q=cl&sort=born", method: .get, headers: session.headers())
                #expect(Self.names(filtered.text) == ["CLARK, Cara"])
                let csvHref = Self.unescaped(filtered.text.firstHref(id: "csv-link"))
                #expect(csvHref == "/health/patients?q=cl&sort=born&order=asc&format=csv")

                // The CSV of the sorted list: the same rows, in the same order, and nothing Marta may not read.
                let csv = try await client.execute(
                    uri: Self.unescaped(sorted.text.firstHref(id: "csv-link")), method: .get, headers: session.headers()
                )
                #expect(csv.status == .ok)
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(csv.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"health-patients-") == true)
                #expect(Array(csv.text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF], "the byte-order mark comes first")
                let table = ReadCSV(csv.text)
                #expect(table.header == ["Name", "Date of birth", "Staff number", "Unit", "Classification"])
                #expect(table.rows.map { $0[0] } == Self.names(sorted.text))
                #expect(table.banner == csv.headers[.classification])
                #expect(!csv.text.contains("HIDDEN"))
                let filteredCSV = try await client.execute(uri: csvHref, method: .get, headers: session.headers())
                #expect(ReadCSV(filteredCSV.text).rows.map { $0[0] } == ["CLARK, Cara"])

                let exports = try await installation.auditEvents(action: "list.export")
                #expect(exports.count == 2)
                #expect(exports.first?.actor == marta.id)
                #expect(exports.first?.details["list"] == "health.patients")
                #expect(exports.first?.details["count"] == "3")
                #expect(exports.last?.details["filters"] == "q=cl")

                // Nina is not briefed for MEDICAL: an empty list and an empty CSV, still audited.
                let nina = try await client.signIn("nina")
                let ninaCSV = try await client.execute(
                    uri: "/health/patients?format=csv", method: .get, headers: nina.headers())
                #expect(ninaCSV.status == .ok)
                #expect(ReadCSV(ninaCSV.text).rows.isEmpty)
                #expect(try await installation.auditEvents(action: "list.export").last?.details["count"] == "0")
            }
        }
    }

    @Test("bad list parameters are refused with a sentence, in French too, never a 500")
    func badParameters() async throws {
        try await withInstallation { installation in
            try await installation.user("marta", HealthUser.clerk)
            try await installation.user("marie", HealthUser.clerk)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("marta")
                for query in [
                    "sort=family_name", "sort=p.family_name;DROP", "order=up", "page=0", "page=x", "page=10001",
                    "limit=500", "format=xlsx",
                ] {
                    let response = try await client.execute(
                        uri: "/health/patients?\(query)", method: .get, headers: session.headers())
                    #expect(response.status == .badRequest, "\(query)")
                }
                let french = try await client.signIn("marie", headers: [.acceptLanguage: "fr"])
                let fr = try await client.execute(
                    uri: "/health/patients?sort=nope", method: .get,
                    headers: french.headers([.acceptLanguage: "fr"]))
                #expect(fr.status == .badRequest)
                #expect(fr.text.contains("cette liste ne se trie pas par cette colonne"))
            }
        }
    }
}
