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
@testable import Registry

/// Medical supplies: items, lots with expiry, movements that never take a lot below zero, the reorder list and
/// expiring lots, for Health Office staff only.
@Suite("Health supplies API")
struct SuppliesAPITests {
    static func createItem(
        _ client: some TestClientProtocol, token: String, name: String, level: Int = 10, quantity: Int = 50
    ) async throws -> String {
        let response = try await client.api(
            .post, "/api/v1/health/supplies", token: token,
            json:
                #"{"name":\#(jsonString(name)),"form":"tablet","unitOfIssue":"box of 20","reorderLevel":\#(level),"reorderQuantity":\#(quantity),"location":"Pharmacy cupboard B"}"#
        )
        #expect(response.status == .created, "\(response.text)")
        return try #require(try response.jsonObject()["id"] as? String)
    }

    static func addLot(
        _ client: some TestClientProtocol, token: String, item: String, lot: String, expires: String, quantity: Int
    ) async throws -> TestResponse {
        try await client.api(
            .post, "/api/v1/health/supplies/\(item)/lots", token: token,
            json: #"{"lot":\#(jsonString(lot)),"expires":"\#(expires)","quantity":\#(quantity)}"#)
    }

    static func move(
        _ client: some TestClientProtocol, token: String, item: String, lot: String, kind: String, quantity: Int
    ) async throws -> TestResponse {
        try await client.api(
            .post, "/api/v1/health/supplies/\(item)/movements", token: token,
            json: #"{"lot":\#(jsonString(lot)),"kind":"\#(kind)","quantity":\#(quantity),"note":"test"}"#)
    }

    static func onHand(_ client: some TestClientProtocol, token: String, item: String) async throws -> Int? {
        let stock = try (try await client.api(.get, "/api/v1/health/supplies/\(item)", token: token)).jsonObject()
        return (stock["item"] as? [String: Any])?["onHand"] as? Int
    }

    static func day(_ offset: Int) -> String {
        HeadquartersCalendar.day(Clock.nowMilliseconds() + Int64(offset) * 86_400_000)
    }

    @Test("stock on hand follows the movements and never goes below zero; every change is audited on the item")
    func stockNeverNegative() async throws {
        try await withInstallation { installation in
            try await installation.user("claire", AuditsSuppliesMocks.clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "claire")
                let item = try await Self.createItem(client, token: token, name: "Paracetamol 500 mg")
                let created = try await client.api(.get, "/api/v1/health/supplies/\(item)", token: token)
                let label = try #require(
                    (try created.jsonObject()["item"] as? [String: Any])?["label"] as? [String: Any])
                #expect(label["classification"] as? String == "NATO UNCLASSIFIED")
                #expect((label["categories"] as? [String] ?? []).isEmpty, "supplies are not patient data")

                let lot = try await Self.addLot(
                    client, token: token, item: item, lot: "L-001", expires: Self.day(400), quantity: 10)
                #expect(lot.status == .created, "\(lot.text)")
                let issue = try await Self.move(
                    client, token: token, item: item, lot: "L-001", kind: "issue", quantity: 4)
                #expect(issue.status == .created, "\(issue.text)")
                #expect(try issue.jsonObject()["quantity"] as? Int == -4)
                #expect(try await Self.onHand(client, token: token, item: item) == 6)

                let tooMany = try await Self.move(
                    client, token: token, item: item, lot: "L-001", kind: "issue", quantity: 7)
                let problem = try tooMany.problem(.conflict, type: "insufficient-stock")
                #expect(problem.detail.contains("6"))
                #expect(
                    try await Self.onHand(client, token: token, item: item) == 6, "a refused movement changes nothing")

                let count = try await Self.move(
                    client, token: token, item: item, lot: "L-001", kind: "adjustment", quantity: -6)
                #expect(count.status == .created)
                let dispose = try await Self.move(
                    client, token: token, item: item, lot: "L-001", kind: "disposal", quantity: 1)
                try dispose.problem(.conflict, type: "insufficient-stock")
                let belowZero = try await Self.move(
                    client, token: token, item: item, lot: "L-001", kind: "adjustment", quantity: -1)
                try belowZero.problem(.conflict, type: "insufficient-stock")
                #expect(try await Self.onHand(client, token: token, item: item) == 0)

                let noLot = try await Self.move(
                    client, token: token, item: item, lot: "L-999", kind: "receipt", quantity: 1)
                try noLot.problem(.unprocessableContent, type: "lot-not-found")
                let zero = try await Self.move(
                    client, token: token, item: item, lot: "L-001", kind: "receipt", quantity: 0)
                #expect(try zero.problem(.badRequest).field == "quantity")
                let negativeIssue = try await Self.move(
                    client, token: token, item: item, lot: "L-001", kind: "issue", quantity: -3)
                #expect(try negativeIssue.problem(.badRequest).field == "quantity")
                let badKind = try await Self.move(
                    client, token: token, item: item, lot: "L-001", kind: "theft", quantity: 1)
                #expect(try badKind.problem(.badRequest).field == "kind")
                let twice = try await Self.addLot(
                    client, token: token, item: item, lot: "L-001", expires: Self.day(10), quantity: 1)
                try twice.problem(.conflict, type: "lot-exists")

                let actions = try await installation.auditActions(of: item)
                #expect(actions.first == "object.create")
                #expect(actions.contains("health.supply.lot"))
                #expect(actions.filter { $0 == "health.supply.movement" }.count == 3, "\(actions)")

                // the journal is append-only, in the database too
                await #expect(throws: (any Error).self) {
                    try await installation.chancery.database.transaction { db in
                        try await db.raw("UPDATE health_supply_movements SET quantity = 100").run()
                    }
                }
                await #expect(throws: (any Error).self) {
                    try await installation.chancery.database.transaction { db in
                        try await db.raw("DELETE FROM health_supply_movements").run()
                    }
                }
            }
        }
    }

    @Test("two issues of the last units at once: exactly one succeeds")
    func concurrentIssues() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("claire", AuditsSuppliesMocks.clerk).principal
            let supplies = installation.chancery.healthSupplies
            let item = try await supplies.createItem(
                .init(
                    name: "Adrenaline 1 mg", form: "ampoule", unitOfIssue: "ampoule", reorderLevel: 2,
                    reorderQuantity: 10, location: "Emergency bag"),
                by: clerk)
            _ = try await supplies.addLot(to: item.object.id, lot: "A1", expires: Self.day(200), quantity: 5, by: clerk)
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        do {
                            _ = try await supplies.recordMovement(
                                of: item.object.id, lot: "A1", kind: .issue, quantity: 5, note: nil, by: clerk)
                            return true
                        } catch let error as AppError where error.type == "insufficient-stock" {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            let stock = try #require(try await supplies.stock(of: item.object.id, by: clerk))
            #expect(stock.item.onHand == 0)
        }
    }

    @Test("the reorder list holds the items at or below their reorder level, with a suggested quantity")
    func reorderList() async throws {
        try await withInstallation { installation in
            try await installation.user("claire", AuditsSuppliesMocks.clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "claire")
                let plenty = try await Self.createItem(
                    client, token: token, name: "Gauze swabs", level: 10, quantity: 50)
                let low = try await Self.createItem(
                    client, token: token, name: "Ibuprofen 400 mg", level: 10, quantity: 40)
                let empty = try await Self.createItem(
                    client, token: token, name: "Tetanus vaccine", level: 5, quantity: 2)
                #expect(
                    try await Self.addLot(
                        client, token: token, item: plenty, lot: "G1", expires: Self.day(300), quantity: 30
                    ).status == .created)
                #expect(
                    try await Self.addLot(
                        client, token: token, item: low, lot: "I1", expires: Self.day(300), quantity: 10
                    ).status == .created)

                let response = try await client.api(.get, "/api/v1/health/supplies/reorder", token: token)
                #expect(response.status == .ok, "\(response.text)")
                let lines = try #require(try response.jsonObject()["items"] as? [[String: Any]])
                let ids = lines.compactMap { ($0["item"] as? [String: Any])?["id"] as? String }
                #expect(ids == [low, empty], "by name, only those at or below their level")
                #expect(lines.first?["suggestedQuantity"] as? Int == 40)
                #expect(lines.last?["suggestedQuantity"] as? Int == 6, "enough to lift stock above the level")
                let list = try (try await client.api(.get, "/api/v1/health/supplies", token: token)).jsonObject()
                #expect((list["items"] as? [Any])?.count == 3)
            }
        }
    }

    @Test("expiring lots: within the days asked, still holding stock, soonest first")
    func expiringLots() async throws {
        try await withInstallation { installation in
            try await installation.user("claire", AuditsSuppliesMocks.clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "claire")
                let item = try await Self.createItem(client, token: token, name: "Amoxicillin 1 g")
                _ = try await Self.addLot(
                    client, token: token, item: item, lot: "SOON", expires: Self.day(10), quantity: 5)
                _ = try await Self.addLot(
                    client, token: token, item: item, lot: "LATER", expires: Self.day(300), quantity: 5)
                _ = try await Self.addLot(
                    client, token: token, item: item, lot: "GONE", expires: Self.day(-5), quantity: 2)
                _ = try await Self.addLot(
                    client, token: token, item: item, lot: "USED", expires: Self.day(5), quantity: 0)

                let response = try await client.api(.get, "/api/v1/health/supplies/expiring?days=60", token: token)
                #expect(response.status == .ok, "\(response.text)")
                let lots = try #require(try response.jsonObject()["lots"] as? [[String: Any]])
                #expect(lots.compactMap { ($0["lot"] as? [String: Any])?["lot"] as? String } == ["GONE", "SOON"])
                #expect(lots.first?["expired"] as? Bool == true)
                #expect(lots.last?["expired"] as? Bool == false)

                let wide = try (try await client.api(.get, "/api/v1/health/supplies/expiring?days=365", token: token))
                    .jsonObject()
                #expect((wide["lots"] as? [Any])?.count == 3)
                let standard = try (try await client.api(.get, "/api/v1/health/supplies/expiring", token: token))
                    .jsonObject()
                #expect(standard["days"] as? Int == 60)
                let bad = try await client.api(.get, "/api/v1/health/supplies/expiring?days=abc", token: token)
                try bad.problem(.badRequest)
            }
        }
    }

    @Test("a principal without a Health Office role gets no supplies; one outside the unit sees none")
    func onlyHealthStaff() async throws {
        try await withInstallation { installation in
            try await installation.user("claire", AuditsSuppliesMocks.clerk)
            try await installation.user("remi", MockUser.registry)
            try await installation.user("otto", AuditsSuppliesMocks.outsider)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "claire")
                let item = try await Self.createItem(client, token: token, name: "Saline 0.9%")
                _ = try await Self.addLot(
                    client, token: token, item: item, lot: "S1", expires: Self.day(20), quantity: 3)

                let remi = try await client.token(for: "remi")
                for path in [
                    "/api/v1/health/supplies", "/api/v1/health/supplies/reorder", "/api/v1/health/supplies/expiring",
                    "/api/v1/health/supplies/\(item)",
                ] {
                    try (try await client.api(.get, path, token: remi)).problem(.forbidden, type: "role-required")
                }
                let move = try await Self.move(client, token: remi, item: item, lot: "S1", kind: "issue", quantity: 1)
                try move.problem(.forbidden, type: "role-required")
                let create = try await client.api(
                    .post, "/api/v1/health/supplies", token: remi,
                    json:
                        #"{"name":"x","form":"x","unitOfIssue":"x","reorderLevel":1,"reorderQuantity":1,"location":"x"}"#
                )
                try create.problem(.forbidden, type: "role-required")

                let otto = try await client.token(for: "otto")
                let list = try (try await client.api(.get, "/api/v1/health/supplies", token: otto)).jsonObject()
                #expect((list["items"] as? [Any])?.isEmpty == true)
                let expiring = try (try await client.api(.get, "/api/v1/health/supplies/expiring", token: otto))
                    .jsonObject()
                #expect((expiring["lots"] as? [Any])?.isEmpty == true)
                try (try await client.api(.get, "/api/v1/health/supplies/\(item)", token: otto)).problem(.notFound)
                let ottoMove = try await Self.move(
                    client, token: otto, item: item, lot: "S1", kind: "issue", quantity: 1)
                try ottoMove.problem(.notFound)
                #expect(try await Self.onHand(client, token: token, item: item) == 3)
            }
        }
    }
    @Test(
        "the demo stocks a dozen items, two to reorder and one lot expiring soon, and starts an audit when patients exist"
    )
    func demoData() async throws {
        try await withInstallation { installation in
            var principals: [String: Principal] = [:]
            for account in DemoData.accounts where ["medclerk", "advisor"].contains(account.username) {
                principals[account.username] = try await installation.user(account.username, account.attributes)
                    .principal
            }
            let advisor = try #require(principals["advisor"])
            _ = try await installation.chancery.health.createPatient(
                AuditsSuppliesMocks.details("Demo", complete: false), label: nil, careTeam: [], by: advisor)
            try await DemoHealthSupplies.load(into: installation.chancery, principals)

            let clerk = try #require(principals["medclerk"])
            let supplies = installation.chancery.healthSupplies
            #expect(try await supplies.count(reorderOnly: false, by: clerk) == 12)
            #expect(try await supplies.count(reorderOnly: true, by: clerk) == 2)
            #expect(try await supplies.expiring(withinDays: 60, by: clerk).count == 1)
            let audits = try await installation.chancery.health.audits(after: nil, limit: 10, by: advisor).items
            #expect(audits.count == 1)
            #expect(audits.first?.reviewed == 1)
        }
    }
    @Test("bad input to supplies and audits is a 400 problem that changes nothing, never a 500")
    func badInput() async throws {
        try await withInstallation { installation in
            let clinician = try await installation.user("martin", MockUser.clinician).principal
            _ = try await installation.chancery.health.createPatient(
                AuditsSuppliesMocks.details("Adams"), label: nil, careTeam: [], by: clinician)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "martin")
                let item = try await Self.createItem(client, token: token, name: "Gauze")
                _ = try await Self.addLot(
                    client, token: token, item: item, lot: "G1", expires: Self.day(100), quantity: 5)
                let audit = try await QAAuditsAPITests.start(client, token: token, size: 1)
                let auditID = try #require((audit["audit"] as? [String: Any])?["id"] as? String)
                let patient = try #require(QAAuditsAPITests.patientIDs(audit).first)
                let before = try await installation.objectCount()
                let cases: [(HTTPRequest.Method, String, String)] = [
                    (
                        .post, "/api/v1/health/supplies",
                        #"{"name":"x","form":"x","unitOfIssue":"x","reorderLevel":-1,"reorderQuantity":1,"location":"x"}"#
                    ),
                    (
                        .post, "/api/v1/health/supplies",
                        #"{"name":"","form":"x","unitOfIssue":"x","reorderLevel":1,"reorderQuantity":1,"location":"x"}"#
                    ),
                    (
                        .post, "/api/v1/health/supplies",
                        #"{"name":"x","form":"x","unitOfIssue":"x","reorderLevel":"many","reorderQuantity":1,"location":"x"}"#
                    ),
                    (
                        .post, "/api/v1/health/supplies/\(item)/lots",
                        #"{"lot":"G2","expires":"2026-02-30","quantity":1}"#
                    ),
                    (
                        .post, "/api/v1/health/supplies/\(item)/lots",
                        #"{"lot":"G2","expires":"2027-01-01","quantity":-1}"#
                    ),
                    (
                        .post, "/api/v1/health/supplies/\(item)/movements",
                        #"{"lot":"G1","kind":"issue","quantity":1.5}"#
                    ),
                    (
                        .post, "/api/v1/health/supplies/\(item)/movements",
                        #"{"lot":"G1","kind":"issue","quantity":99999999999}"#
                    ),
                    (
                        .post, "/api/v1/health/supplies/\(item)/movements",
                        #"{"lot":"G1","kind":"issue","quantity":1,"patient":"x"}"#
                    ),
                    (.post, "/api/v1/health/audits", #"{"title":"x","sampleSize":5,"seed":-1}"#),
                    (.post, "/api/v1/health/audits", #"{"title":"x","sampleSize":101}"#),
                    (.put, "/api/v1/health/audits/\(auditID)/items/\(patient)", #"{"checks":{"colour":true}}"#),
                    (.put, "/api/v1/health/audits/\(auditID)/items/\(patient)", #"{"checks":{"consent":"yes"}}"#),
                    (
                        .put, "/api/v1/health/audits/\(auditID)/items/\(patient)",
                        #"{"followUp":"x","followUpStatus":"later"}"#
                    ),
                    (
                        .put, "/api/v1/health/audits/\(auditID)/items/\(patient)",
                        #"{"followUp":"x","followUpDue":"tomorrow"}"#
                    ),
                    (.put, "/api/v1/health/audits/\(auditID)/items/\(patient)", "[]"),
                ]
                for (method, path, body) in cases {
                    let response = try await client.api(method, path, token: token, json: body)
                    #expect(response.status == .badRequest, "\(path) \(body): \(response.status) \(response.text)")
                    #expect(try response.decode(Problem.self).detail.isHumanSentence, "\(body)")
                }
                #expect(try await installation.objectCount() == before)
                #expect(try await Self.onHand(client, token: token, item: item) == 5)
                let detail = try (try await client.api(.get, "/api/v1/health/audits/\(auditID)", token: token))
                    .jsonObject()
                #expect((detail["audit"] as? [String: Any])?["reviewed"] as? Int == 0)
                let malformed = try await client.api(.get, "/api/v1/health/supplies/not-an-id", token: token)
                try malformed.problem(.notFound)
            }
        }
    }
}
