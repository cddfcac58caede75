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

/// Issue 17, item 15: the supplies list and the list of supplies to reorder, sorted, paged, filtered and exported
/// in SQL inside the trimmed query.
@Suite("Medical supplies lists")
struct SupplyListWebTests {
    static func names(_ page: String) -> [String] {
        page.matches(of: #/<a href="/health/supplies/[^"?]+">([^<]+)</a>/#).map { String($0.output.1) }
    }

    /// Three items: Bandage (5 on hand, level 2), Gauze (1 on hand, level 4, to reorder: 10 suggested) and Atropine
    /// (none, level 12, to reorder: 13 suggested).
    static func stock(_ installation: TestInstallation, by principal: Principal) async throws {
        let supplies = installation.chancery.healthSupplies
        for (name, level, onHand, location) in [
            ("Bandage", 2, 5, "Cabinet B"), ("Gauze", 4, 1, "Cabinet A"), ("Atropine", 12, 0, "Safe"),
        ] {
            let item = try await supplies.createItem(
                .init(
                    name: name, form: "unit", unitOfIssue: "box", reorderLevel: level, reorderQuantity: 10,
                    location: location),
                by: principal)
            if onHand > 0 {
                _ = try await supplies.addLot(
                    to: item.object.id, lot: "L-\(name)", expires: "2030-01-31", quantity: onHand, by: principal)
            }
        }
    }

    @Test("sorted by name, stock and location both ways, paged, filtered by name and stock; the CSV equals the page")
    func supplies() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", AuditsSuppliesMocks.clerk)
            try await Self.stock(installation, by: claire.principal)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("claire")
                func get(_ uri: String) async throws -> TestResponse {
                    try await client.execute(uri: uri, method: .get, headers: session.headers())
                }
                // exercise and validate: sort, order, page
                let byName = try await get("/health/supplies")
                #expect(byName.status == .ok)
                #expect(Self.names(byName.text) == ["Atropine", "Bandage", "Gauze"])
                #expect(byName.text.element(id: "list-count") == "Rows 1 to 3 of 3")
                #expect(byName.text.contains(#"aria-sort="ascending""#) && !byName.text.sortLink("onHand").isEmpty)
                let byStock = try await get("/health/supplies?sort=onHand&order=desc")
                #expect(Self.names(byStock.text) == ["Bandage", "Gauze", "Atropine"])
                #expect(
                    Self.names(try await get("/health/supplies?sort=location").text) == [
                        "Gauze", "Bandage", "Atropine",
                    ])
                let second = try await get("/health/supplies?sort=name&limit=2&page=2")
                #expect(Self.names(second.text) == ["Gauze"])
                #expect(second.text.element(id: "list-count") == "Rows 3 to 3 of 3")
                // filters
                #expect(Self.names(try await get("/health/supplies?q=AUZ").text) == ["Gauze"])
                let low = try await get("/health/supplies?stock=low")
                #expect(Self.names(low.text) == ["Atropine", "Gauze"])
                #expect(low.text.element(id: "list-count") == "Rows 1 to 2 of 2")
                #expect(low.text.contains(#"<option value="low" selected>"#))
                for bad in [
                    "stock=all", "sort=suggested", "order=up", "page=x", "q=\(String(repeating: "q", count: 101))",
                ] {
                    #expect(try await get("/health/supplies?\(bad)").status == .badRequest, "\(bad)")
                }

                // the CSV: the page's filters and order, every row, in the reader's language
                let csvHref = byStock.text.link(id: "csv-link")
                #expect(csvHref == "/health/supplies?sort=onHand&order=desc&format=csv")
                let csv = try await get(csvHref)
                #expect(csv.status == .ok)
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(Array(csv.body.readableBytesView.prefix(3)) == [0xEF, 0xBB, 0xBF], "starts with a BOM")
                let table = ReadCSV(csv.text)
                #expect(table.header == ["Name", "Form", "Unit of issue", "Location", "On hand", "Reorder level"])
                #expect(table.rows.map { $0[0] } == ["Bandage", "Gauze", "Atropine"])
                #expect(table.rows.first?[4] == "5" && table.rows.first?[3] == "Cabinet B")
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == claire.id && export.details["list"] == "health.supplies")
                #expect(export.details["count"] == "3")

                try await installation.chancery.users.setLanguage(.fr, for: claire.id)
                let french = try await client.execute(
                    uri: "/health/supplies?format=csv", method: .get, headers: session.headers([.acceptLanguage: "fr"]))
                #expect(ReadCSV(french.text).header.first == "Nom")
            }
        }
    }

    @Test("the items to reorder: sorted by suggested order, paged, filtered by name; the CSV carries the suggestion")
    func reorder() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", AuditsSuppliesMocks.clerk)
            try await Self.stock(installation, by: claire.principal)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("claire", headers: [.acceptLanguage: "fr"])
                func get(_ uri: String) async throws -> TestResponse {
                    try await client.execute(
                        uri: uri, method: .get, headers: session.headers([.acceptLanguage: "fr"]))
                }
                let page = try await get("/health/supplies/reorder")
                #expect(page.status == .ok)
                #expect(Self.names(page.text) == ["Atropine", "Gauze"], "Bandage has enough")
                #expect(page.text.element(id: "list-count")?.contains("2") == true)
                #expect(!page.text.sortLink("suggested").isEmpty)
                #expect(
                    Self.names(try await get("/health/supplies/reorder?sort=level&order=desc").text) == [
                        "Atropine", "Gauze",
                    ])
                #expect(Self.names(try await get("/health/supplies/reorder?limit=1&page=2").text) == ["Gauze"])
                #expect(Self.names(try await get("/health/supplies/reorder?q=atro").text) == ["Atropine"])
                let csv = try await get("/health/supplies/reorder?sort=suggested&format=csv")
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                let table = ReadCSV(csv.text)
                #expect(table.header.first == "Nom" && table.header.last == "Commande suggérée")
                #expect(table.rows.map { [$0[0], $0[6]] } == [["Gauze", "10"], ["Atropine", "13"]])
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.details["list"] == "health.supplies.reorder" && export.details["count"] == "2")
            }
        }
    }

    @Test("someone outside the Health Office, or staff of another unit, sees none of it: page, count or CSV")
    func outsiders() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", AuditsSuppliesMocks.clerk)
            try await installation.user("remi", MockUser.registry)
            try await installation.user("otto", AuditsSuppliesMocks.outsider)
            try await Self.stock(installation, by: claire.principal)
            try await installation.app.test(.router) { client in
                let remi = try await client.signIn("remi")
                let otto = try await client.signIn("otto")
                for uri in [
                    "/health/supplies", "/health/supplies?format=csv", "/health/supplies/reorder",
                    "/health/supplies/reorder?format=csv",
                ] {
                    // without the MEDICAL briefing nor a Health Office role: refused
                    let refused = try await client.execute(uri: uri, method: .get, headers: remi.headers())
                    #expect(refused.status == .forbidden, "\(uri)")
                    // staff of another unit: the list is empty, its count nought, its CSV without rows
                    let empty = try await client.execute(uri: uri, method: .get, headers: otto.headers())
                    #expect(empty.status == .ok, "\(uri)")
                    if uri.hasSuffix("csv") {
                        #expect(ReadCSV(empty.text).rows.isEmpty)
                    } else {
                        #expect(Self.names(empty.text).isEmpty)
                        #expect(empty.text.element(id: "list-count")?.contains("3") == false)
                    }
                    for response in [refused, empty] {
                        for name in ["Atropine", "Bandage", "Gauze"] { #expect(!response.text.contains(name)) }
                    }
                }
                let exports = try await installation.auditEvents(action: "list.export")
                #expect(exports.allSatisfy { $0.details["count"] == "0" }, "Otto's exports carried nothing")
            }
        }
    }
}
