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

/// Issue 17, item 3: the chart's "FHIR export" link works for a signed-in web user (it opened a raw JSON 401).
@Suite("The chart's FHIR export through the web session")
struct FHIRDownloadWebTests {
    @Test("the clerk downloads the patient's Bundle from the chart, audited; an outsider gets the 404 page")
    func downloadThroughTheSession() async throws {
        try await withInstallation { installation in
            let record = try await FHIRAPITests.record(installation)
            let pid = record.patient.object.id
            try await installation.app.test(.router) { client in
                let clara = try await client.signIn("clara")
                let chart = try await client.execute(
                    uri: "/health/patients/\(pid)", method: .get, headers: clara.headers())
                let href = try #require(chart.text.firstHref(id: "fhir-link"))
                #expect(!href.hasPrefix("/api/"), "the link needs a bearer token: \(href)")
                let before = try await installation.auditActions(of: pid).filter { $0 == "health.fhir.export" }.count

                let download = try await client.execute(uri: href, method: .get, headers: clara.headers())
                #expect(download.status == .ok, "\(download.status): \(download.text.prefix(200))")
                #expect(download.headers[.contentType] == "application/fhir+json")
                #expect(download.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
                let bundle = try JSONSerialization.jsonObject(with: Data(download.text.utf8)) as? [String: Any]
                #expect(bundle?["resourceType"] as? String == "Bundle")
                #expect((bundle?["entry"] as? [Any])?.count ?? 0 >= 5)
                let after = try await installation.auditActions(of: pid).filter { $0 == "health.fhir.export" }.count
                #expect(after == before + 1, "the web download is audited like the API's")

                let nora = try await client.signIn("nora")
                let refused = try await client.execute(uri: href, method: .get, headers: nora.headers())
                #expect(refused.status == .notFound)
                #expect(refused.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(!refused.text.contains("Dupont"))
                let unknown = try await client.execute(
                    uri: "/health/patients/\(ObjectID.make(milliseconds: Clock.nowMilliseconds()))/fhir", method: .get,
                    headers: clara.headers())
                #expect(unknown.status == .notFound)
                #expect(
                    try await installation.auditActions(of: pid).filter { $0 == "health.fhir.export" }.count == after)
            }
        }
    }
}
