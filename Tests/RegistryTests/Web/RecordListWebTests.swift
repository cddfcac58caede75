import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Registry

/// The registry's records page and queues as lists: sorted, paged, filtered and exported, trimmed in SQL.
@Suite("Registry lists")
struct RecordListWebTests {
    static func unescaped(_ href: String?) -> String { (href ?? "").replacingOccurrences(of: "&amp;", with: "&") }

    /// The titles of the rows, in the order shown.
    static func titles(_ page: String) -> [String] {
        page.matches(of: #/<td><a href="/registry/records/[^"]+">[^<]*</a></td><td>([^<]*)</td>/#).map {
            String($0.output.1)
        }
    }

    @Test("records sorted by title, page 2, filtered by series; the CSV equals the page, guarded, trimmed, audited")
    func recordsPage() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let owen = try await installation.user("owen", MockUser.otherClerk)
            try await installation.series("MSG", template: "MSG/{year}/{seq:4}", by: supervisor)
            try await installation.series("MIN", template: "MIN/{year}/{seq:4}", by: supervisor)
            try await installation.register("Charlie report", series: "MSG", by: supervisor)
            try await installation.register("alpha minutes", series: "MIN", by: supervisor)
            try await installation.register("=HYPERLINK(\"http://evil\")", series: "MSG", by: supervisor)
            try await installation.register("Bravo letter", series: "MSG", by: supervisor)
            // NATO SECRET: above Owen's clearance, never in his page, count or CSV.
            try await installation.register(
                "Secret plan", series: "MSG", label: SecurityLabel(classification: .natoSecret), by: supervisor)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("owen")
                let page = try await client.execute(
                    uri: "/registry/records?sort=title&order=asc", method: .get, headers: session.headers())
                #expect(page.status == .ok)
                #expect(
                    Self.titles(page.text) == [
                        "=HYPERLINK(&quot;http://evil&quot;)", "alpha minutes", "Bravo letter", "Charlie report",
                    ])
                #expect(page.text.element(id: "list-count") == "Rows 1 to 4 of 4")
                #expect(!page.text.contains("Secret plan"))

                let second = try await client.execute(
                    uri: "/registry/records?sort=title&order=asc&limit=3&page=2", method: .get,
                    headers: session.headers())
                #expect(Self.titles(second.text) == ["Charlie report"])

                let filtered = try await client.execute(
                    uri: "/registry/records?series=MIN&sort=title", method: .get, headers: session.headers())
                #expect(Self.titles(filtered.text) == ["alpha minutes"])
                #expect(
                    Self.unescaped(filtered.text.firstHref(id: "csv-link"))
                        == "/registry/records?series=MIN&sort=title&order=asc&format=csv")
                let badState = try await client.execute(
                    uri: "/registry/records?state=lost", method: .get, headers: session.headers())
                #expect(badState.status == .badRequest)

                let csv = try await client.execute(
                    uri: Self.unescaped(page.text.firstHref(id: "csv-link")), method: .get, headers: session.headers())
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(
                    csv.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"registry-records-") == true)
                let table = ReadCSV(csv.text)
                #expect(table.header == ["Reference", "Title", "Classification", "State", "Received"])
                #expect(
                    table.rows.map { $0[1] } == [
                        "'=HYPERLINK(\"http://evil\")", "alpha minutes", "Bravo letter", "Charlie report",
                    ])
                #expect(!csv.text.contains("Secret plan"))
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == owen.id)
                #expect(export.details["list"] == "registry.records")
                #expect(export.details["count"] == "4")
            }
        }
    }

    @Test("a queue sorts, pages and exports like the records page, in French")
    func queueInFrench() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.user("owen", MockUser.otherClerk)
            try await installation.series("MSG", template: "MSG/{year}/{seq:4}", by: supervisor)
            try await installation.register("Bravo", series: "MSG", by: supervisor)
            try await installation.register("Alpha", series: "MSG", by: supervisor)
            try await installation.register(
                "Secret", series: "MSG", label: SecurityLabel(classification: .natoSecret), by: supervisor)
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("owen", headers: fr)
                let queue = try await client.execute(
                    uri: "/registry/queues/to-distribute?sort=title", method: .get, headers: session.headers(fr))
                #expect(queue.status == .ok)
                #expect(queue.text.element(id: "list-count") == "Lignes 1 à 2 sur 2")
                #expect(queue.text.contains("Télécharger en CSV"))
                let csv = try await client.execute(
                    uri: Self.unescaped(queue.text.firstHref(id: "csv-link")), method: .get,
                    headers: session.headers(fr))
                let table = ReadCSV(csv.text)
                #expect(table.header == ["Référence", "Titre", "Classification", "État", "Reçu le"])
                #expect(table.rows.map { $0[1] } == ["Alpha", "Bravo"])
                #expect(
                    try await installation.auditEvents(action: "list.export").last?.details["list"]
                        == "registry.queue.to-distribute")
            }
        }
    }
}
