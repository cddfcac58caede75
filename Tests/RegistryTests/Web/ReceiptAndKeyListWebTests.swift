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

/// Issue 17, item 15: the receipts list and the key material register as lists: sorted and paged in SQL inside the
/// trimmed query, filtered, and exported as CSV (audited as `list.export`); what a reader may not read is in none of
/// the page, its count or its CSV.
@Suite("Registry receipts and key material lists")
struct ReceiptAndKeyListWebTests {
    /// The titles of the receipts shown, in order.
    static func receiptTitles(_ page: String) -> [String] {
        page.matches(of: #/<td><a href="/receipts/[^"]+/print">[^<]*</a></td><td>([^<]*)</td>/#).map {
            String($0.output.1)
        }
    }

    /// The short titles of the key material shown, in order.
    static func keyTitles(_ page: String) -> [String] {
        page.matches(of: #/<tr id="key-[^"]+"[^>]*><td>([^<]*)</td>/#).map { String($0.output.1) }
    }

    @Test("receipts: sorted by title, paged, filtered by series, CSV in English and French; above a clearance, nowhere")
    func receipts() async throws {
        try await withInstallation { installation in
            // setup: four NATO SECRET orders and a COSMIC TOP SECRET plan, distributed to the unit J2
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user(
                "ana",
                UserAttributes(
                    displayName: "Ana", clearance: .natoSecret, nationality: "FRA", categories: [], roles: [],
                    units: ["J2"], groups: []))
            // Bea reads the same in French (a person's saved language wins over the browser's, so she is another).
            try await installation.user(
                "bea",
                UserAttributes(
                    displayName: "Bea", clearance: .natoSecret, nationality: "FRA", categories: [], roles: [],
                    units: ["J2"], groups: []))
            try await installation.user(
                "lou",
                UserAttributes(
                    displayName: "Lou", clearance: .natoConfidential, nationality: "FRA", categories: [], roles: [],
                    units: ["J2"], groups: []))
            try await installation.series("MSG", template: "MSG/{year}/{seq:4}", by: supervisor)
            try await installation.series("MIN", template: "MIN/{year}/{seq:4}", by: supervisor)
            let list = try await installation.chancery.distributionLists.create(
                .init(name: "J2", description: "", members: [.init(kind: .unit, id: "J2", role: .info)]), by: clerk)
            let secret = SecurityLabel(classification: .natoSecret)
            var ids: [String: String] = [:]
            for (title, series, label) in [
                ("Charlie order", "MSG", secret), ("alpha minutes", "MIN", secret),
                ("=HYPERLINK(\"http://evil\")", "MSG", secret), ("Bravo order", "MSG", secret),
                ("Cosmic plan", "MSG", SecurityLabel(classification: .cosmicTopSecret)),
            ] {
                let record = try await installation.register(title, series: series, label: label, by: supervisor)
                _ = try await installation.chancery.records.distribute(record.object.id, to: list.id, by: supervisor)
                ids[title] = record.object.id
            }
            let recordIDs = ids
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("ana")

                // exercise and validate: the page
                let page = try await client.execute(
                    uri: "/receipts?sort=title&order=asc", method: .get, headers: session.headers())
                #expect(page.status == .ok)
                #expect(
                    Self.receiptTitles(page.text) == [
                        "=HYPERLINK(&quot;http://evil&quot;)", "alpha minutes", "Bravo order", "Charlie order",
                    ])
                #expect(page.text.element(id: "list-count") == "Rows 1 to 4 of 4")
                #expect(page.text.contains(#"aria-sort="ascending""#))
                #expect(!page.text.contains("Cosmic plan"))
                let descending = try await client.execute(
                    uri: "/receipts?sort=title&order=desc", method: .get, headers: session.headers())
                #expect(Self.receiptTitles(descending.text).first == "Charlie order")

                let second = try await client.execute(
                    uri: "/receipts?sort=title&order=asc&limit=3&page=2", method: .get, headers: session.headers())
                #expect(Self.receiptTitles(second.text) == ["Charlie order"])
                #expect(second.text.element(id: "list-count") == "Rows 4 to 4 of 4")

                let filtered = try await client.execute(
                    uri: "/receipts?series=MIN&sort=title", method: .get, headers: session.headers())
                #expect(Self.receiptTitles(filtered.text) == ["alpha minutes"])
                #expect(
                    filtered.text.link(id: "csv-link")
                        == "/receipts?series=MIN&sort=title&order=asc&format=csv")
                for bad in ["sort=recipient", "order=up", "page=0", "format=xml"] {
                    let refused = try await client.execute(
                        uri: "/receipts?\(bad)", method: .get, headers: session.headers())
                    #expect(refused.status == .badRequest, "\(bad)")
                }

                // the CSV, in English
                let csv = try await client.execute(
                    uri: page.text.link(id: "csv-link"), method: .get, headers: session.headers())
                #expect(csv.status == .ok)
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(
                    csv.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"registry-receipts-") == true)
                #expect(Array(csv.text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF], "the byte-order mark comes first")
                let table = ReadCSV(csv.text)
                #expect(table.header == ["Reference", "Title", "Copy", "Classification"])
                #expect(
                    table.rows.map { $0[1] } == [
                        "'=HYPERLINK(\"http://evil\")", "alpha minutes", "Bravo order", "Charlie order",
                    ])
                #expect(table.rows.allSatisfy { $0[3] == "NATO SECRET" })
                #expect(!csv.text.contains("Cosmic plan"))
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.details["list"] == "registry.receipts" && export.details["count"] == "4")
                let cosmic = try #require(recordIDs["Cosmic plan"])
                #expect(!(try await installation.auditActions(of: cosmic)).contains("list.export"))
                #expect(
                    try await installation.auditActions(of: try #require(recordIDs["Bravo order"])).contains(
                        "list.export"))

                // in French
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let french = try await client.signIn("bea", headers: fr)
                let frPage = try await client.execute(uri: "/receipts", method: .get, headers: french.headers(fr))
                #expect(frPage.text.element(id: "list-count") == "Lignes 1 à 4 sur 4")
                #expect(frPage.text.contains("Télécharger en CSV"))
                let frCSV = try await client.execute(
                    uri: frPage.text.link(id: "csv-link"), method: .get,
                    headers: french.headers(fr))
                #expect(ReadCSV(frCSV.text).header == ["Référence", "Titre", "Exemplaire", "Classification"])

                // Lou, of the same unit but cleared NATO CONFIDENTIAL, sees none of them: page, count or CSV.
                let lou = try await client.signIn("lou")
                let louPage = try await client.execute(uri: "/receipts", method: .get, headers: lou.headers())
                #expect(louPage.status == .ok)
                #expect(Self.receiptTitles(louPage.text).isEmpty)
                #expect(louPage.text.element(id: "list-count") == "No rows")
                for title in ["Charlie order", "alpha minutes", "Bravo order", "Cosmic plan"] {
                    #expect(!louPage.text.contains(title))
                }
                let louCSV = try await client.execute(
                    uri: "/receipts?format=csv", method: .get, headers: lou.headers())
                #expect(ReadCSV(louCSV.text).rows.isEmpty && !louCSV.text.contains("order"))
                #expect(try await installation.auditEvents(action: "list.export").last?.details["count"] == "0")
            }
        }
    }

    @Test("key material: sorted by each column, paged, filtered to the items due, CSV; above a clearance, nowhere")
    func keyMaterial() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.user("owen", MockUser.otherClerk)
            try await installation.user("olga", MockUser.otherClerk)
            let keys = installation.chancery.keyMaterial
            func register(_ title: String, _ custodian: String, _ due: String, _ label: SecurityLabel) async throws {
                _ = try await keys.register(
                    .init(
                        shortTitle: title, edition: "1", custodian: custodian, label: label, periodMonths: 1,
                        nextDue: due),
                    by: supervisor)
            }
            let confidential = SecurityLabel(classification: .natoConfidential)
            try await register("BKAT-2", "IPS", "2026-03-01", confidential)
            try await register("akat-9", "J6", "2099-01-15", confidential)
            try await register("CKAT-1", "IPS", "2026-01-10", .unclassified)
            // NATO SECRET: above Owen's clearance, never in his page, count or CSV.
            try await register("SECRET-KEY", "IPS", "2026-01-01", SecurityLabel(classification: .natoSecret))
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("owen")

                let page = try await client.execute(
                    uri: "/registry/key-material", method: .get, headers: session.headers())
                #expect(page.status == .ok)
                #expect(Self.keyTitles(page.text) == ["CKAT-1", "BKAT-2", "akat-9"], "by next due, by default")
                #expect(page.text.element(id: "list-count") == "Rows 1 to 3 of 3")
                #expect(!page.text.contains("SECRET-KEY"))
                let byTitle = try await client.execute(
                    uri: "/registry/key-material?sort=short-title&order=desc", method: .get,
                    headers: session.headers())
                #expect(Self.keyTitles(byTitle.text) == ["CKAT-1", "BKAT-2", "akat-9"], "case aside")
                let byCustodian = try await client.execute(
                    uri: "/registry/key-material?sort=custodian&limit=2&page=2", method: .get,
                    headers: session.headers())
                #expect(Self.keyTitles(byCustodian.text) == ["akat-9"])
                let due = try await client.execute(
                    uri: "/registry/key-material?due=now", method: .get, headers: session.headers())
                #expect(Self.keyTitles(due.text) == ["CKAT-1", "BKAT-2"])
                #expect(due.text.element(id: "list-count") == "Rows 1 to 2 of 2")
                let badDue = try await client.execute(
                    uri: "/registry/key-material?due=tomorrow", method: .get, headers: session.headers())
                #expect(badDue.status == .badRequest)
                let lastUpdate = try await client.execute(
                    uri: "/registry/key-material?sort=last-update", method: .get, headers: session.headers())
                #expect(lastUpdate.status == .ok)

                let csv = try await client.execute(
                    uri: due.text.link(id: "csv-link"), method: .get, headers: session.headers())
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(Array(csv.text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
                let table = ReadCSV(csv.text)
                #expect(
                    table.header == [
                        "Short title", "Edition", "Custodian", "Next update due", "Last updated", "Classification",
                    ])
                #expect(table.rows.map { $0[0] } == ["CKAT-1", "BKAT-2"])
                #expect(!csv.text.contains("SECRET-KEY"))
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.details["list"] == "registry.key-material" && export.details["count"] == "2")
                #expect(export.details["filters"] == "due=now")

                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let french = try await client.signIn("olga", headers: fr)
                let frCSV = try await client.execute(
                    uri: "/registry/key-material?format=csv", method: .get, headers: french.headers(fr))
                #expect(
                    ReadCSV(frCSV.text).header == [
                        "Titre abrégé", "Édition", "Dépositaire", "Prochaine mise à jour", "Dernière mise à jour",
                        "Classification",
                    ])
                #expect(!frCSV.text.contains("SECRET-KEY"))

                // The desk's count of updates due links to the filtered list, and counts what Owen may read.
                let desk = try await client.execute(uri: "/registry", method: .get, headers: session.headers())
                #expect(desk.text.element(id: "count-key-updates") == "2")
                #expect(
                    desk.text.link(id: "queue-key-updates") == "/registry/key-material?due=now")
            }
        }
    }
}
