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

/// The regulations as data: a case counts its deadlines under the rule set in force on the day it was opened, each
/// explained; a new version never moves them; only administrators change the rules, and only before they take effect.
@Suite("HR rule sets and deadlines")
struct RuleSetsTests {
    static let adminAttributes = UserAttributes(
        displayName: "Alex Admin", clearance: .natoSecret, nationality: "BEL", categories: [], roles: [.admin],
        units: ["IPS"], groups: [])

    /// Everyone of `HRMocks.people`, the administrator `ada`, and the demo's rule set in force since 2020.
    static func setUp(_ installation: TestInstallation) async throws {
        try await HRMocks.people(installation)
        let ada = try await installation.user("ada", adminAttributes)
        _ = try await installation.chancery.hrRuleSets.seed(
            name: DemoHRRules.name, effectiveFrom: DemoHRRules.effectiveFrom, limits: DemoHRRules.limits,
            by: ada.principal)
    }

    static func newVersion(_ day: String, days: Int = 10) -> String {
        #"{"name":"Annex IX (2027)","effectiveFrom":"\#(day)","limits":[{"caseType":"administrative-review","step":"request","article":"Annex IX, Art. 2.1","days":\#(days),"kind":"working","from":"notification"}]}"#
    }

    static func deadline(_ response: TestResponse, step: String) throws -> [String: Any] {
        let items = try #require(try response.jsonObject()["deadlines"] as? [[String: Any]])
        return try #require(items.first { $0["step"] as? String == step }, "\(response.text)")
    }

    @Test("a review's 30 calendar days from a notification on Fri 20 Nov 2026 end on Sunday 20 Dec, so Monday 21 Dec")
    func counted() async throws {
        try await withInstallation { installation in
            try await Self.setUp(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                let review = try await client.openCase(
                    HRMocks.caseBody(type: "administrative-review", notified: "2026-11-20"), token: hugo)
                let response = try await client.api(.get, "/api/v1/casework/cases/\(review)/deadlines", token: hugo)
                #expect(response.status == .ok, "\(response.text)")
                let request = try Self.deadline(response, step: "request")
                #expect(request["event"] as? String == "2026-11-20")
                #expect(request["due"] as? String == "2026-12-21")
                #expect(request["dueAt"] as? String == "2026-12-21T23:59:59+01:00")
                #expect(request["article"] as? String == "Annex IX, Art. 2.1")
                let explanation = try #require(request["explanation"] as? String)
                #expect(explanation.contains("Annex IX, Art. 2.1") && explanation.contains("Sunday 20 December 2026"))
                #expect(explanation.contains("Monday 21 December 2026"), "\(explanation)")
                #expect(explanation.contains("in force since Wednesday 1 January 2020"), "\(explanation)")
                let ruleSet = try #require(try response.jsonObject()["ruleSet"] as? [String: Any])
                #expect(ruleSet["effectiveFrom"] as? String == "2020-01-01")
                // an appeal's 60 days from Sun 1 Feb 2026 end on Thu 2 Apr, after summer time began: +02:00
                let appeal = try await client.openCase(
                    HRMocks.caseBody(type: "appeal", title: "Appeal", notified: "2026-02-01"), token: hugo)
                let appealed = try await client.api(.get, "/api/v1/casework/cases/\(appeal)/deadlines", token: hugo)
                #expect(try Self.deadline(appealed, step: "appeal")["due"] as? String == "2026-04-02")
                #expect(try Self.deadline(appealed, step: "appeal")["dueAt"] as? String == "2026-04-02T23:59:59+02:00")
                // without a notification day the period cannot be counted, and says so
                let unknown = try await client.openCase(
                    HRMocks.caseBody(type: "administrative-review", title: "Review", notified: nil), token: hugo)
                let pending = try await client.api(.get, "/api/v1/casework/cases/\(unknown)/deadlines", token: hugo)
                #expect(try Self.deadline(pending, step: "request")["state"] as? String == "not-started")
                #expect(try Self.deadline(pending, step: "answer")["state"] as? String == "running")
                // the page, in French
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("hugo", headers: fr)
                let page = try await client.execute(
                    uri: "/hr/cases/\(review)", method: .get, headers: session.headers(fr))
                #expect(page.text.contains("lundi 21 décembre 2026"), "the due day in French")
                #expect(page.text.contains("Demande de réexamen") && page.text.contains("Annex IX, Art. 2.1"))
                // someone the case is kept from learns nothing of its deadlines
                let cara = try await client.token(for: "cara")
                try await client.api(.get, "/api/v1/casework/cases/\(review)/deadlines", token: cara)
                    .problem(.notFound, type: "object-not-found")
            }
        }
    }

    @Test("a new version of the rules never moves the deadlines of a case opened before it takes effect")
    func newVersionMovesNothing() async throws {
        try await withInstallation { installation in
            try await Self.setUp(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                let ada = try await client.token(for: "ada")
                let review = try await client.openCase(
                    HRMocks.caseBody(type: "administrative-review", notified: "2026-11-20"), token: hugo)
                let before = try await client.api(.get, "/api/v1/casework/cases/\(review)/deadlines", token: hugo)
                let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
                let tomorrow = CivilDate(iso: today)!.adding(days: 1).iso
                // not today, not the past: a case opened today would change rules
                let refused = try await client.api(
                    .post, "/api/v1/casework/rule-sets", token: ada, json: Self.newVersion(today))
                try refused.problem(.badRequest, type: "invalid-rule-set")
                #expect(refused.text.contains("effectiveFrom"))
                let added = try await client.api(
                    .post, "/api/v1/casework/rule-sets", token: ada, json: Self.newVersion(tomorrow))
                #expect(added.status == .created, "\(added.text)")
                let id = try #require(try added.jsonObject()["id"] as? String)
                try await client.api(.post, "/api/v1/casework/rule-sets", token: ada, json: Self.newVersion(tomorrow))
                    .problem(.conflict, type: "rule-set-same-day")
                let after = try await client.api(.get, "/api/v1/casework/cases/\(review)/deadlines", token: hugo)
                #expect(try Self.deadline(after, step: "request")["due"] as? String == "2026-12-21")
                #expect(
                    try Self.deadline(before, step: "request")["explanation"] as? String
                        == Self.deadline(after, step: "request")["explanation"] as? String)
                // a version not yet in force may be changed, at the version read; one in force never
                let changed = try await client.api(
                    .put, "/api/v1/casework/rule-sets/\(id)", token: ada, json: Self.newVersion(tomorrow, days: 12),
                    headers: [.ifMatch: "\"v1\""])
                #expect(changed.status == .ok, "\(changed.text)")
                #expect(try changed.jsonObject()["version"] as? Int == 2)
                try await client.api(
                    .put, "/api/v1/casework/rule-sets/\(id)", token: ada, json: Self.newVersion(tomorrow, days: 14),
                    headers: [.ifMatch: "\"v1\""]
                ).problem(.preconditionFailed)
                let list = try await client.api(.get, "/api/v1/casework/rule-sets", token: hugo)
                let sets = try #require(try list.jsonObject()["items"] as? [[String: Any]])
                #expect(sets.map { $0["effectiveFrom"] as? String } == ["2020-01-01", tomorrow])
                let inForce = try #require(sets.first?["id"] as? String)
                try await client.api(
                    .put, "/api/v1/casework/rule-sets/\(inForce)", token: ada,
                    json: Self.newVersion(tomorrow), headers: [.ifMatch: "\"v1\""]
                ).problem(.conflict, type: "rule-set-in-force")
            }
        }
    }

    @Test("only administrators change the rules; bad limits are named one by one; outsiders read nothing")
    func whoAndWhat() async throws {
        try await withInstallation { installation in
            try await Self.setUp(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                let ada = try await client.token(for: "ada")
                let tomorrow = CivilDate(iso: HeadquartersCalendar.day(Clock.nowMilliseconds()))!.adding(days: 1).iso
                try await client.api(.post, "/api/v1/casework/rule-sets", token: hugo, json: Self.newVersion(tomorrow))
                    .problem(.forbidden, type: "role-required")
                let bad =
                    #"{"name":"","effectiveFrom":"\#(tomorrow)","limits":[{"caseType":"duel","step":"answer","article":"","days":0,"kind":"fortnight","from":"opening"}]}"#
                let response = try await client.api(.post, "/api/v1/casework/rule-sets", token: ada, json: bad)
                try response.problem(.badRequest, type: "invalid-rule-set")
                let fields = Set(
                    (try response.jsonObject()["errors"] as? [[String: Any]] ?? []).compactMap {
                        $0["field"] as? String
                    })
                #expect(
                    fields == [
                        "name", "limits[0].caseType", "limits[0].article", "limits[0].days", "limits[0].kind",
                    ], "\(response.text)")
                let remi = try await client.token(for: "remi")
                try await client.api(.get, "/api/v1/casework/rule-sets", token: remi)
                    .problem(.forbidden, type: "role-required")
                let list = try await client.api(.get, "/api/v1/casework/rule-sets", token: hugo)
                #expect((try list.jsonObject()["items"] as? [Any])?.count == 1, "nothing was written")
            }
        }
    }
}
