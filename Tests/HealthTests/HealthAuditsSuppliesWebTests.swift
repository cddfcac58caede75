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

/// The QA audit and supplies pages, in English and French, without JavaScript.
@Suite("Health QA audit and supplies pages")
struct HealthAuditsSuppliesWebTests {
    static func cookie(_ session: WebSession) -> [String] { ["\(SessionAuthenticator.cookieName)=\(session.secret)"] }

    @Test("a clerk adds an item, a lot and movements in French; an issue beyond stock is refused with a sentence")
    func suppliesPages() async throws {
        try await withInstallation { installation in
            try await installation.user("claire", AuditsSuppliesMocks.clerk)
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("claire", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let list = try await client.execute(uri: "/health/supplies", method: .get, headers: session.headers(fr))
                #expect(list.status == .ok)
                #expect(list.text.element(id: "page-title") == "Fournitures médicales")
                #expect(list.headers[.classification] == "NATO UNCLASSIFIED")

                let created = try await client.postForm(
                    "/health/supplies",
                    [
                        "_csrf": csrf, "name": "Bandages <b>élastiques</b>", "form": "dressing", "unitOfIssue": "roll",
                        "reorderLevel": "5", "reorderQuantity": "20", "location": "Armoire A",
                    ],
                    cookies: Self.cookie(session), headers: fr)
                #expect(created.status == .seeOther, "\(created.text)")
                let location = try #require(created.headers[.location])
                let id = String(try #require(location.split(separator: "/").last?.split(separator: "?").first))

                let lot = try await client.postForm(
                    "/health/supplies/\(id)/lots",
                    ["_csrf": csrf, "lot": "B-7", "expires": "2030-01-31", "quantity": "3"],
                    cookies: Self.cookie(session), headers: fr)
                #expect(lot.status == .seeOther, "\(lot.text)")
                let refused = try await client.postForm(
                    "/health/supplies/\(id)/movements",
                    ["_csrf": csrf, "lot": "B-7", "kind": "issue", "quantity": "4"],
                    cookies: Self.cookie(session), headers: fr)
                #expect(refused.status == .conflict)
                #expect(refused.text.element(id: "movement-quantity-error")?.contains("ne contient que 3") == true)
                #expect(refused.text.formRefusalProblems(fields: ["movement-quantity"]) == [])
                let issued = try await client.postForm(
                    "/health/supplies/\(id)/movements",
                    ["_csrf": csrf, "lot": "B-7", "kind": "issue", "quantity": "3"],
                    cookies: Self.cookie(session), headers: fr)
                #expect(issued.status == .seeOther)

                let page = try await client.execute(
                    uri: "/health/supplies/\(id)?done=movement", method: .get, headers: session.headers(fr))
                #expect(page.status == .ok)
                #expect(page.text.element(id: "supply-on-hand") == "0")
                #expect(page.text.element(id: "lot-on-hand-1") == "0")
                #expect(page.text.contains(#"<option value="B-7">"#))
                #expect(page.text.element(id: "notice") == "Le mouvement est enregistré.")
                #expect(page.text.contains("Bandages &lt;b&gt;"), "names are escaped")
                #expect(!page.text.contains("<b>élastiques"))

                let reorder = try await client.execute(
                    uri: "/health/supplies/reorder", method: .get, headers: session.headers())
                #expect(reorder.status == .ok)
                #expect(reorder.text.element(id: "suggested-\(id)") == "20")
                let noToken = try await client.postForm(
                    "/health/supplies/\(id)/movements", ["lot": "B-7", "kind": "receipt", "quantity": "1"],
                    cookies: Self.cookie(session))
                #expect(noToken.status == .forbidden, "a form without its CSRF token is refused")
            }
        }
    }

    @Test("a clinician starts an audit, answers a record's checklist and closes it; the registry sees none of it")
    func auditPages() async throws {
        try await withInstallation { installation in
            let clinician = try await installation.user("martin", MockUser.clinician).principal
            try await installation.user("remi", MockUser.registry)
            let patient = try await installation.chancery.health.createPatient(
                AuditsSuppliesMocks.details("Lefebvre", complete: false), label: nil, careTeam: [], by: clinician)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("martin")
                let csrf = try await client.sessionCSRF(session)
                let form = try await client.execute(uri: "/health/audits/new", method: .get, headers: session.headers())
                #expect(form.status == .ok)
                #expect(form.text.contains(#"id="audit-size""#))

                let bad = try await client.postForm(
                    "/health/audits", ["_csrf": csrf, "title": "Audit", "sampleSize": "0"],
                    cookies: Self.cookie(session))
                #expect(bad.status == .badRequest)
                #expect(bad.text.summaryItems.map(\.field) == ["audit-size"] && bad.text.fieldIsMarked("audit-size"))

                let started = try await client.postForm(
                    "/health/audits", ["_csrf": csrf, "title": "November audit", "sampleSize": "5", "seed": "11"],
                    cookies: Self.cookie(session))
                #expect(started.status == .seeOther, "\(started.text)")
                let location = try #require(started.headers[.location])
                let id = String(try #require(location.split(separator: "/").last?.split(separator: "?").first))
                let page = try await client.execute(uri: location, method: .get, headers: session.headers())
                #expect(page.status == .ok)
                #expect(page.headers[.classification]?.contains("MEDICAL") == true)
                #expect(page.text.element(id: "auto-completeness-1") == "fail")
                #expect(page.text.element(id: "auto-missing-1") == "emergencyContact, insurer")
                #expect(page.text.contains(#"id="answer-form-1""#))
                #expect(
                    page.text.contains(#"id="completeness-none-1" checked"#),
                    "an unanswered criterion checks 'not answered'")

                let answered = try await client.postForm(
                    "/health/audits/\(id)/items/\(patient.object.id)",
                    [
                        "_csrf": csrf, "completeness": "fail", "consent": "fail", "codes": "pass", "signatures": "pass",
                        "finding": "No emergency contact.", "followUp": "Call the patient", "followUpDue": "2026-12-15",
                    ],
                    cookies: Self.cookie(session))
                #expect(answered.status == .seeOther, "\(answered.text)")
                let reread = try await client.execute(uri: location, method: .get, headers: session.headers())
                #expect(reread.text.contains(#"id="completeness-fail-1" checked"#))
                #expect(reread.text.contains(#"id="codes-pass-1" checked"#))
                #expect(!reread.text.contains(#"id="completeness-none-1" checked"#))
                let closed = try await client.postForm(
                    "/health/audits/\(id)/close", ["_csrf": csrf], cookies: Self.cookie(session))
                #expect(closed.status == .seeOther, "\(closed.text)")
                let after = try await client.execute(
                    uri: "/health/audits/\(id)", method: .get, headers: session.headers())
                #expect(after.text.element(id: "audit-state") == "closed")
                #expect(!after.text.contains(#"id="answer-form-1""#), "a closed audit has no checklist forms")
                #expect(after.text.contains(#"id="follow-up-done-1""#))
                let marked = try await client.postForm(
                    "/health/audits/\(id)/items/\(patient.object.id)",
                    [
                        "_csrf": csrf, "completeness": "fail", "consent": "fail", "codes": "pass", "signatures": "pass",
                        "finding": "No emergency contact.", "followUp": "Call the patient", "followUpDue": "2026-12-15",
                        "followUpStatus": "done",
                    ],
                    cookies: Self.cookie(session))
                #expect(marked.status == .seeOther, "\(marked.text)")
                let final = try await client.execute(
                    uri: "/health/audits/\(id)", method: .get, headers: session.headers())
                #expect(final.text.element(id: "follow-up-1")?.contains("done") == true)
                #expect(!final.text.contains(#"id="follow-up-done-1""#))
                let list = try await client.execute(uri: "/health/audits", method: .get, headers: session.headers())
                #expect(list.text.contains(#"id="audit-\#(id)""#))

                let remi = try await client.signIn("remi")
                let remiList = try await client.execute(uri: "/health/audits", method: .get, headers: remi.headers())
                #expect(remiList.status == .ok)
                #expect(remiList.text.element(id: "audit-empty") != nil)
                #expect(!remiList.text.contains("November audit"))
                let remiPage = try await client.execute(
                    uri: "/health/audits/\(id)", method: .get, headers: remi.headers())
                #expect(remiPage.status == .notFound)
                #expect(!remiPage.text.contains("LEFEBVRE"))
                let remiSupplies = try await client.execute(
                    uri: "/health/supplies", method: .get, headers: remi.headers())
                #expect(remiSupplies.status == .forbidden)
            }
        }
    }
}
