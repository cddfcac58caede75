import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// The generated demo, at a size the suite can afford: the same shape as `serve --demo`'s (docs/demo.md).
@Suite("The demo's generated history")
struct DemoScaleTests {
    static let scale = DemoData.Scale(registryItems: 240, patients: 40)

    @Test("years of registry work in every state and series, a working clinic, trimmed totals and an intact chain")
    func shape() async throws {
        try await withInstallation { installation in
            // setup
            let chancery = installation.chancery
            // exercise
            try await DemoData.loadOnce(into: chancery, scale: Self.scale)
            // validate
            func principal(_ name: String) async throws -> Principal {
                try #require(try await chancery.users.find(username: name)).principal
            }
            let clerk = try await principal("registry")
            let supervisor = try await principal("supervisor")
            let records = chancery.records
            let all = try await records.count(.init(), by: supervisor)
            #expect(all == Self.scale.registryItems + 3, "the supervisor reads every item, hand-written ones included")
            let readable = try await records.count(.init(), by: clerk)
            #expect(readable > all / 2 && readable < all, "the clerk reads most items, not all: \(readable) of \(all)")
            for state in [RecordState.received, .registered, .active, .closed, .destroyed] {
                #expect(try await records.count(.init(state: state), by: supervisor) > 0, "\(state)")
            }
            let year = HeadquartersCalendar.year(Clock.nowMilliseconds())
            var years = 0
            for past in 2019...year where try await records.count(.init(year: past), by: supervisor) > 0 { years += 1 }
            #expect(years >= 5)
            var series = 0
            for code in ["IMSM", "MSG", "PO", "OPS", "LOG", "PERS", "MCM"]
            where try await records.count(.init(series: code), by: supervisor) > 0 {
                series += 1
            }
            #expect(series == 7)
            let receipts = try await chancery.database.read { db in
                try await db.raw(
                    """
                    SELECT COUNT(*) AS n FROM distribution_copies WHERE receipt_required = 1 AND acknowledged_at IS NOT NULL
                    """
                ).first()?.decode(column: "n", as: Int.self) ?? 0
            }
            #expect(receipts > 0)

            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "registry", password: DemoData.password)
                let list = try await client.api(.get, "/api/v1/records?withTotal=true", token: token)
                #expect(list.status == .ok)
                #expect(try Self.total(list) == readable)
                // the recruiter is neither in the registry's unit nor on any of its distribution lists: no item
                let recruiter = try await client.token(for: "recruiter", password: DemoData.password)
                #expect(
                    try Self.total(try await client.api(.get, "/api/v1/records?withTotal=true", token: recruiter)) == 0)
            }

            let medclerk = try await principal("medclerk")
            #expect(try await chancery.health.patientCount(matching: nil, by: medclerk) >= Self.scale.patients)
            #expect(try await chancery.health.patientCount(matching: nil, by: try await principal("visitor")) == 0)
            let now = Clock.nowMilliseconds()
            let (past, coming) = try await chancery.database.read { db in
                (
                    try await db.raw(
                        "SELECT COUNT(*) AS n FROM health_appointments WHERE status = 'completed' AND starts_at < \(bind: now)"
                    ).first()?.decode(column: "n", as: Int.self) ?? 0,
                    try await db.raw(
                        "SELECT COUNT(*) AS n FROM health_appointments WHERE status = 'booked' AND starts_at > \(bind: now)"
                    ).first()?.decode(column: "n", as: Int.self) ?? 0
                )
            }
            #expect(past > 20 && coming > 20, "\(past) past, \(coming) coming")
            #expect(try await chancery.healthReleases.referralCount(.init(), by: medclerk) > 3)
            #expect(try await chancery.healthReleases.releaseCount(status: .released, patientID: nil, by: medclerk) > 1)

            let report = try await chancery.audit.verify(chancery.database)
            #expect(report.isIntact, "\(report.problem ?? "")")
        }
    }

    static func total(_ response: TestResponse) throws -> Int? {
        let body = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]
        return body?["total"] as? Int
    }
}
