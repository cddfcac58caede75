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

/// A case's timeline: its steps, mediation that stops its clocks and the next step that starts them again, closing
/// with an outcome, deadlines met or missed — and the steps nobody may take: refused with nothing changed, and
/// hidden from the people the case names.
@Suite("HR case steps")
struct CaseStepsTests {
    /// A grievance opened on Monday 5 January 2026 (acknowledge within 5 working days, answer within 20, both from
    /// the opening), with the demo's rule set.
    static func grievance(_ installation: TestInstallation) async throws -> (id: String, hugo: Principal) {
        try await HRMocks.people(installation)
        let hugo = try #require(try await installation.chancery.users.find(username: "hugo")).principal
        _ = try await installation.chancery.hrRuleSets.seed(
            name: DemoHRRules.name, effectiveFrom: DemoHRRules.effectiveFrom, limits: DemoHRRules.limits, by: hugo)
        let opened = try await installation.chancery.hrCases.open(
            .init(
                type: .grievance, title: "Grievance about the Quokka allowance", complainant: "cara",
                openedOn: "2026-01-05"),
            by: hugo)
        return (opened.object.id, hugo)
    }

    /// The fields a refusal names, after checking it is the problem expected.
    static func fields(_ response: TestResponse, _ status: HTTPResponse.Status, _ type: String) throws -> [String] {
        try response.problem(status, type: type)
        return (try response.jsonObject()["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
    }

    static func deadline(_ body: [String: Any], step: String) throws -> [String: Any] {
        let items = try #require(body["deadlines"] as? [[String: Any]])
        return try #require(items.first { $0["step"] as? String == step })
    }

    @Test(
        "mediation stops the clocks from its first day and the next step starts them again; closing names the outcome")
    func mediationPausesTheClock() async throws {
        try await withInstallation { installation in
            let (id, _) = try await Self.grievance(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                let steps = "/api/v1/casework/cases/\(id)/steps"
                let first = try await client.api(.get, steps, token: hugo).jsonObject()
                #expect((first["steps"] as? [[String: Any]])?.map { $0["step"] as? String } == ["received"])
                #expect(first["next"] as? [String] == ["acknowledged", "under-review", "mediation", "closed"])

                let paused = try await client.api(
                    .post, steps, token: hugo, json: #"{"step":"mediation","on":"2026-01-07"}"#)
                #expect(paused.status == .created, "\(paused.text)")
                // while the mediation goes on, the answer's clock stands still: no end can be given
                var counted = try await client.api(.get, "/api/v1/casework/cases/\(id)/deadlines", token: hugo)
                    .jsonObject()
                #expect(try Self.deadline(counted, step: "answer")["state"] as? String == "suspended")
                #expect(try Self.deadline(counted, step: "answer")["due"] is NSNull)
                // the acknowledgement was taken (by the mediation itself): met, whatever the mediation does after
                #expect(try Self.deadline(counted, step: "acknowledge")["state"] as? String == "met")

                let resumed = try await client.api(
                    .post, steps, token: hugo,
                    json: #"{"step":"under-review","on":"2026-01-12","note":"Talks failed."}"#)
                #expect(resumed.status == .created, "\(resumed.text)")
                let pauses = try #require(try resumed.jsonObject()["suspensions"] as? [[String: Any]])
                #expect(pauses.count == 1)
                #expect(pauses.first?["from"] as? String == "2026-01-07")
                #expect(pauses.first?["until"] as? String == "2026-01-11")

                counted = try await client.api(.get, "/api/v1/casework/cases/\(id)/deadlines", token: hugo).jsonObject()
                // By hand: working days from Tuesday 6 January. Acknowledge: taken on the 7th by the first step past
                // receipt (the mediation, which began that day and so does not pause it): 6, 7, 8, 9, 12 → Monday
                // 12 January, met.
                let acknowledge = try Self.deadline(counted, step: "acknowledge")
                #expect(acknowledge["due"] as? String == "2026-01-12")
                #expect(acknowledge["state"] as? String == "met")
                // Answer: Wednesday 7 to Friday 9 stand still (the weekend of the 10th and 11th would not count
                // anyway); 20 working days would end on Monday 2 February, the three paused ones move it to Thursday 5.
                let answer = try Self.deadline(counted, step: "answer")
                #expect(answer["due"] as? String == "2026-02-05")
                #expect(answer["state"] as? String == "overdue")
                #expect((answer["explanation"] as? String)?.contains("Wednesday 7 January 2026") == true, "\(answer)")

                let closed = try await client.api(
                    .post, steps, token: hugo, json: #"{"step":"closed","on":"2026-01-20","outcome":"mediated"}"#)
                #expect(closed.status == .created, "\(closed.text)")
                #expect(try closed.jsonObject()["outcome"] as? String == "mediated")
                #expect(try closed.jsonObject()["next"] as? [String] == [])
                counted = try await client.api(.get, "/api/v1/casework/cases/\(id)/deadlines", token: hugo).jsonObject()
                #expect(try Self.deadline(counted, step: "answer")["state"] as? String == "met")
                let read = try await client.api(.get, "/api/v1/casework/cases/\(id)", token: hugo).jsonObject()
                #expect(read["state"] as? String == "closed")
                #expect(read["outcome"] as? String == "mediated")
            }
            let events = try await installation.chancery.database.read { db in
                try await db.raw(
                    "SELECT details FROM audit_events WHERE action = 'hr.case.step' AND object_id = \(bind: id)"
                ).all().map { try $0.decode(column: "details", as: String.self) }
            }
            #expect(events.count == 3)
            #expect(events.contains { $0.contains("mediated") })
        }
    }

    @Test(
        "a step the case cannot take, a bad day, a missing or stray outcome: refused, every field named, nothing changed"
    )
    func refusals() async throws {
        try await withInstallation { installation in
            let (id, _) = try await Self.grievance(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                let steps = "/api/v1/casework/cases/\(id)/steps"
                let bad = try await client.api(
                    .post, steps, token: hugo, json: #"{"step":"received","on":"2026-02-30","outcome":"granted"}"#)
                #expect(
                    Set(try Self.fields(bad, .badRequest, "invalid-case")) == ["step", "on", "outcome"], "\(bad.text)")
                let stray = try await client.api(
                    .post, steps, token: hugo, json: #"{"step":"acknowledged","outcome":"granted"}"#)
                #expect(try Self.fields(stray, .badRequest, "invalid-case") == ["outcome"])
                let noOutcome = try await client.api(.post, steps, token: hugo, json: #"{"step":"closed"}"#)
                #expect(try Self.fields(noOutcome, .badRequest, "invalid-case") == ["outcome"])
                let future = try await client.api(
                    .post, steps, token: hugo, json: #"{"step":"acknowledged","on":"2999-01-01"}"#)
                #expect(try Self.fields(future, .badRequest, "invalid-case") == ["on"])
                let early = try await client.api(
                    .post, steps, token: hugo, json: #"{"step":"acknowledged","on":"2025-12-31"}"#)
                #expect(try Self.fields(early, .badRequest, "invalid-step") == ["on"], "\(early.text)")
                let control = try await client.api(
                    .post, steps, token: hugo, json: #"{"step":"acknowledged","note":"a\u0000b"}"#)
                #expect(try Self.fields(control, .badRequest, "invalid-case") == ["note"])
                let notJSON = try await client.api(.post, steps, token: hugo, json: "{")
                #expect(notJSON.status == .badRequest)
                // a decision cannot be notified before it is drafted
                let skipped = try await client.api(.post, steps, token: hugo, json: #"{"step":"decision-notified"}"#)
                let conflict = try skipped.problem(.conflict, type: "step-not-allowed")
                #expect(
                    conflict.detail.contains("Received") || conflict.detail.contains("received"), "\(conflict.detail)")
                let after = try await client.api(.get, steps, token: hugo).jsonObject()
                #expect((after["steps"] as? [[String: Any]])?.count == 1, "nothing was recorded")
                #expect(after["state"] as? String == "received")
                #expect(after["version"] as? Int == 1)
                // a closed case takes no further step
                _ = try await client.api(
                    .post, steps, token: hugo, json: #"{"step":"closed","on":"2026-01-06","outcome":"withdrawn"}"#)
                let reopened = try await client.api(.post, steps, token: hugo, json: #"{"step":"under-review"}"#)
                #expect(try reopened.problem(.conflict, type: "step-not-allowed").field == "step")
            }
        }
    }

    @Test(
        "the complainant, a line manager, a registry clerk and a Health clerk neither see the timeline nor take a step")
    func hiddenFromOthers() async throws {
        try await withInstallation { installation in
            let (id, _) = try await Self.grievance(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                try await client.setManager(of: "cara", to: "mina", token: hugo)
                let steps = "/api/v1/casework/cases/\(id)/steps"
                for name in ["cara", "mina", "remi", "marta"] {
                    let token = try await client.token(for: name)
                    let read = try await client.api(.get, steps, token: token)
                    #expect(read.status == .notFound, "\(name): \(read.text)")
                    #expect(!read.text.contains("Quokka"))
                    let step = try await client.api(
                        .post, steps, token: token, json: #"{"step":"closed","outcome":"withdrawn"}"#)
                    #expect(step.status == .notFound || step.status == .forbidden, "\(name): \(step.status)")
                    #expect(!step.text.contains("Quokka"))
                }
                let after = try await client.api(.get, steps, token: hugo).jsonObject()
                #expect(after["state"] as? String == "received", "nobody else changed it")
            }
        }
    }

    @Test("the page records a step, marks a refused one field by field, in French")
    func pageInFrench() async throws {
        try await withInstallation { installation in
            let (id, _) = try await Self.grievance(installation)
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("hugo", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let cookie = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                let refused = try await client.postForm(
                    "/hr/cases/\(id)/steps", ["_csrf": csrf, "step": "closed", "on": "2026-13-40"], cookies: cookie,
                    headers: fr)
                #expect(refused.status == .badRequest)
                #expect(
                    Set(refused.text.summaryItems.map(\.field)) == ["on", "outcome"], "\(refused.text.summaryItems)")
                #expect(refused.text.contains("Indiquez l’issue du dossier pour le clore."))
                let done = try await client.postForm(
                    "/hr/cases/\(id)/steps", ["_csrf": csrf, "step": "mediation", "on": "2026-01-07"], cookies: cookie,
                    headers: fr)
                #expect(done.status == .seeOther, "\(done.text)")
                let page = try await client.execute(
                    uri: "/hr/cases/\(id)", method: .get, headers: session.headers(fr))
                #expect(page.text.contains(#"id="case-suspended""#))
                #expect(page.text.contains("Suspendu (médiation)"))
                #expect(page.text.contains("mercredi 7 janvier 2026"))
            }
        }
    }
}
