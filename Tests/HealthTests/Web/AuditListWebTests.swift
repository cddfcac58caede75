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

/// The record QA audits as a list: sorted, paged, filtered by state and exported in SQL, trimmed.
@Suite("QA audits list")
struct AuditListWebTests {
    static func titles(_ page: String) -> [String] {
        page.matches(of: #/<a href="/health/audits/[^"]+">([^<]+)</a>/#).map { String($0.output.1) }
    }

    @Test("sorted by title both ways, page 2, by state; the CSV equals the page; nothing for a reader without MEDICAL")
    func audits() async throws {
        try await withInstallation { installation in
            let clinician = try await installation.user("martin", MockUser.clinician)
            try await installation.user("nina", AuditsSuppliesMocks.unbriefed)
            _ = try await installation.chancery.health.createPatient(
                AuditsSuppliesMocks.details("Lefebvre", complete: false), label: nil, careTeam: [],
                by: clinician.principal)
            for title in ["Beta audit", "Alpha audit"] {
                _ = try await installation.chancery.health.startAudit(
                    title: title, size: 1, seed: 7, by: clinician.principal)
            }
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("martin")
                func get(_ uri: String) async throws -> TestResponse {
                    try await client.execute(uri: uri, method: .get, headers: session.headers())
                }
                let byTitle = try await get("/health/audits?sort=title")
                #expect(byTitle.status == .ok)
                #expect(Self.titles(byTitle.text) == ["Alpha audit", "Beta audit"])
                #expect(byTitle.text.element(id: "list-count") == "Rows 1 to 2 of 2")
                let descending = try await get("/health/audits?sort=title&order=desc")
                #expect(Self.titles(descending.text) == ["Beta audit", "Alpha audit"])
                let second = try await get("/health/audits?sort=title&limit=1&page=2")
                #expect(Self.titles(second.text) == ["Beta audit"])
                #expect(Self.titles(try await get("/health/audits?state=open").text).count == 2)
                let closed = try await get("/health/audits?state=closed")
                #expect(closed.text.contains(#"id="audit-empty""#))
                #expect(try await get("/health/audits?state=gone").status == .badRequest)
                #expect(try await get("/health/audits?sort=sampled").status == .badRequest)

                let csvHref = (descending.text.firstHref(id: "csv-link") ?? "").replacingOccurrences(
                    of: "&amp;", with: "&")
                #expect(csvHref == "/health/audits?sort=title&order=desc&format=csv")
                let csv = try await get(csvHref)
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                let table = ReadCSV(csv.text)
                #expect(table.header.first == "Title" && table.header.count == 6)
                #expect(table.rows.map { $0[0] } == ["Beta audit", "Alpha audit"])
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == clinician.id && export.details["list"] == "health.audits")
                #expect(export.details["count"] == "2")

                let nina = try await client.signIn("nina")
                for uri in ["/health/audits", "/health/audits?format=csv"] {
                    let response = try await client.execute(uri: uri, method: .get, headers: nina.headers())
                    if response.status == .ok {
                        #expect(Self.titles(response.text).isEmpty)
                        if uri.hasSuffix("csv") { #expect(ReadCSV(response.text).rows.isEmpty) }
                    } else {
                        #expect(response.status == .forbidden || response.status == .notFound)
                    }
                    #expect(!response.text.contains("Alpha audit") && !response.text.contains("Beta audit"))
                }
            }
        }
    }
}
