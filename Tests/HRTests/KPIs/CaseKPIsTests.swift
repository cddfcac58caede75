import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import HR

/// The indicators: counted by hand over a few cases, small counts suppressed, and counted only over the cases the
/// reader may see — a person named in a case never counts it.
@Suite("HR indicators")
struct CaseKPIsTests {
    @Test("totals, age bands, medians, outcomes and quarters, counted by hand; 1 and 2 never shown")
    func countedByHand() {
        let today = "2026-12-07"
        var cases: [KPICase] = []
        // three open complaints opened 10, 40 and 200 days ago, acknowledged after 2, 4 and 6 days
        for (ago, ack) in [(10, 2), (40, 4), (200, 6)] {
            let opened = CivilDate(iso: today)!.adding(days: -ago).iso
            cases.append(
                KPICase(
                    type: .complaint, state: .acknowledged, openedOn: opened, officer: "Hugo",
                    steps: [(.received, opened), (.acknowledged, CivilDate(iso: opened)!.adding(days: ack).iso)],
                    deadlines: [.met, .running]))
        }
        // three closed reviews: decided in 20, 30 and 50 days, two rejected and one granted, closed in 2026 Q3 / Q4
        for (opened, closed, outcome) in [
            ("2026-07-01", "2026-07-21", HRCase.Outcome.rejected), ("2026-08-01", "2026-08-31", .rejected),
            ("2026-09-01", "2026-10-21", .granted),
        ] {
            cases.append(
                KPICase(
                    type: .administrativeReview, state: .closed, openedOn: opened, outcome: outcome, officer: "Inès",
                    steps: [(.received, opened), (.closed, closed)], deadlines: [.missed]))
        }
        let kpis = CaseKPIs(cases, today: today)
        #expect(kpis.openTotal == .count(3))
        #expect(kpis.closedTotal == .count(3))
        let complaints = kpis.openByTypeAndAge.first { $0.type == .complaint }?.bands
        // one case in three of the bands: each 1 is suppressed (its column's total is 1); 91–180 is 0 everywhere
        #expect(complaints == [.suppressed, .suppressed, .count(0), .suppressed])
        // the first step past receipt: 2, 4, 6 days for the complaints, the closing (20, 30, 50) for the reviews
        #expect(kpis.daysToAcknowledge.median == 13 && kpis.daysToAcknowledge.cases == 6)
        #expect(kpis.daysToDecide.median == 30 && kpis.daysToDecide.cases == 3)
        let outcomes = Dictionary(uniqueKeysWithValues: kpis.outcomes.map { ($0.outcome, $0.count) })
        // rejected 2 and granted 1: both below 3
        #expect(outcomes[.rejected] == .suppressed && outcomes[.granted] == .suppressed)
        #expect(outcomes[.withdrawn] == .count(0))
        let deadlines = Dictionary(uniqueKeysWithValues: kpis.deadlines.map { ($0.state, $0.count) })
        #expect(deadlines[.met] == .count(3) && deadlines[.running] == .count(3) && deadlines[.missed] == .count(3))
        #expect(kpis.quarters.map(\.quarter) == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
        let q3 = kpis.quarters[2]
        #expect(q3.opened == .count(3))  // the three reviews
        #expect(q3.closed == .suppressed)  // two closed in Q3
        #expect(kpis.perOfficer.map(\.officer) == ["Hugo", "Inès"])
        #expect(kpis.perOfficer[0].open == .count(3) && kpis.perOfficer[1].closed == .count(3))
        // fewer than three cases: no median
        #expect(CaseKPIs(Array(cases.prefix(2)), today: today).daysToAcknowledge.median == nil)
    }

    @Test("the indicators count only the cases the reader may see; outsiders get none; closing a case moves them")
    func trimmed() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                var ids: [String] = []
                for index in 1...5 {
                    ids.append(
                        try await client.openCase(
                            HRMocks.caseBody(title: "Grievance \(index)", complainant: "rory", respondent: nil),
                            token: hugo))
                }
                _ = try await client.openCase(
                    HRMocks.caseBody(title: "Grievance of cara", complainant: "cara", respondent: nil), token: hugo)
                func kpis(_ token: String) async throws -> [String: Any] {
                    let response = try await client.api(.get, "/api/v1/casework/kpis", token: token)
                    #expect(response.status == .ok, "\(response.text)")
                    return try response.jsonObject()
                }
                #expect(try await kpis(hugo)["open"] as? Int == 6)
                let cara = try await client.token(for: "cara")
                #expect(try await kpis(cara)["open"] as? Int == 5, "cara does not count the case that names her")
                let rory = try await client.token(for: "rory")
                #expect(try await kpis(rory)["open"] is NSNull, "rory sees one case (cara's): fewer than 3")
                for name in ["remi", "marta"] {
                    let token = try await client.token(for: name)
                    let refused = try await client.api(.get, "/api/v1/casework/kpis", token: token)
                    #expect(refused.status == .forbidden, "\(name)")
                    #expect(!refused.text.contains("Grievance"))
                    let session = try await client.signIn(name)
                    let page = try await client.execute(uri: "/hr/kpis", method: .get, headers: session.headers())
                    #expect(page.status == .forbidden, "\(name)")
                }
                for id in ids.prefix(3) {
                    let closed = try await client.api(
                        .post, "/api/v1/casework/cases/\(id)/steps", token: hugo,
                        json: #"{"step":"closed","outcome":"rejected"}"#)
                    #expect(closed.status == .created, "\(closed.text)")
                }
                let after = try await kpis(hugo)
                #expect(after["open"] as? Int == 3)
                #expect(after["closed"] as? Int == 3)
                #expect((after["outcomes"] as? [String: Any])?["rejected"] as? Int == 3)
                #expect(after["suppressedBelow"] as? Int == 3)

                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("hugo", headers: fr)
                let page = try await client.execute(uri: "/hr/kpis", method: .get, headers: session.headers(fr))
                #expect(page.status == .ok)
                #expect(page.text.element(id: "kpi-open") == "3")
                #expect(page.text.contains("Dossiers ouverts") && page.text.contains("Rejeté"))
                #expect(page.text.contains(#"id="kpi-officers""#) && page.text.contains("Hugo Officer"), "per officer")
                let csv = try await client.execute(
                    uri: "/hr/kpis?format=csv", method: .get, headers: session.headers(fr))
                #expect(csv.status == .ok)
                #expect(csv.text.contains("PERSONNEL"), "the banner")
                #expect(csv.text.contains("Dossiers clos"))
                #expect(!csv.text.contains("Grievance"), "counts only")
            }
        }
    }
}
