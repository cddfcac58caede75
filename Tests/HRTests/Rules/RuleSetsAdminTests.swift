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

/// The rule sets in the administration console: a new version prefilled with the limits in force, every refusal
/// marked at its row's field, a planned version changed, a version in force read only, and nobody but an
/// administrator in.
@Suite("HR rule sets in the console")
struct RuleSetsAdminTests {
    static func fields(_ csrf: String, name: String, effectiveFrom: String, days: String, extra: [String: String] = [:])
        -> [String: String]
    {
        [
            "_csrf": csrf, "name": name, "effectiveFrom": effectiveFrom, "rows": "2",
            "caseType.0": "grievance", "step.0": "answer", "article.0": "Annex IX, Art. 1.4", "days.0": days,
            "kind.0": "working", "from.0": "opening",
            "caseType.1": "", "step.1": "", "article.1": "", "days.1": "", "kind.1": "calendar", "from.1": "opening",
        ].merging(extra) { _, new in new }
    }

    @Test("an administrator adds a version (refused first, field by field), changes it, and cannot change one in force")
    func addsAndChanges() async throws {
        try await withInstallation { installation in
            try await RuleSetsTests.setUp(installation)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("ada")
                let csrf = try await client.sessionCSRF(session)
                let cookie = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                let page = try await client.execute(
                    uri: "/admin/hr/rule-sets", method: .get, headers: session.headers())
                #expect(page.status == .ok)
                #expect(page.text.contains(DemoHRRules.name))
                #expect(
                    page.text.contains(#"id="article-0""#) && page.text.contains(#"value="Annex IX, Art. 2.1""#),
                    "the new version's form starts from the limits in force")
                let home = try await client.execute(uri: "/admin", method: .get, headers: session.headers())
                #expect(home.text.contains(#"href="/admin/hr/rule-sets""#), "the console links to it")

                let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
                let refused = try await client.postForm(
                    "/admin/hr/rule-sets",
                    Self.fields(csrf, name: "", effectiveFrom: today, days: "0", extra: ["kind.0": "lunar"]),
                    cookies: cookie)
                #expect(refused.status == .badRequest)
                #expect(
                    Set(refused.text.summaryItems.map(\.field)) == ["name", "effectiveFrom", "days-0", "kind-0"],
                    "\(refused.text.summaryItems)")
                #expect(refused.text.contains(#"id="days-0-error""#), "the row's field carries its sentence")
                #expect(
                    try await client.api(.get, "/api/v1/casework/rule-sets", token: client.token(for: "ada"))
                        .jsonObject()["items"].map { ($0 as? [Any])?.count } == 1, "nothing added")

                let next = CivilDate(iso: today)!.adding(days: 40).iso
                let added = try await client.postForm(
                    "/admin/hr/rule-sets", Self.fields(csrf, name: "Annex IX (2027)", effectiveFrom: next, days: "15"),
                    cookies: cookie)
                #expect(added.status == .seeOther, "\(added.text)")
                let location = try #require(added.headers[.location])
                let planned = try await client.execute(uri: location, method: .get, headers: session.headers())
                #expect(planned.text.contains("The version is added."))
                #expect(planned.text.contains(#"id="rule-set-form""#), "a planned version can be changed")
                let version = try #require(planned.text.hiddenField("version"))
                let path = String(location.prefix { $0 != "?" })
                let changed = try await client.postForm(
                    path,
                    Self.fields(
                        csrf, name: "Annex IX (2027)", effectiveFrom: next, days: "18", extra: ["version": version]),
                    cookies: cookie)
                #expect(changed.status == .seeOther, "\(changed.text)")
                let id = String(path.split(separator: "/").last!)
                let read = try await client.api(
                    .get, "/api/v1/casework/rule-sets/\(id)", token: try await client.token(for: "ada")
                ).jsonObject()
                #expect((read["limits"] as? [[String: Any]])?.first?["days"] as? Int == 18)
                #expect((read["limits"] as? [[String: Any]])?.count == 1, "the empty row was no limit")

                // the version in force: read only
                let sets =
                    try await client.api(
                        .get, "/api/v1/casework/rule-sets", token: try await client.token(for: "ada")
                    ).jsonObject()["items"] as? [[String: Any]]
                let inForce = try #require(sets?.first { $0["effectiveFrom"] as? String == DemoHRRules.effectiveFrom })
                let old = try await client.execute(
                    uri: "/admin/hr/rule-sets/\(inForce["id"] as? String ?? "")", method: .get,
                    headers: session.headers())
                #expect(old.text.contains(#"id="rule-set-read-only""#) && !old.text.contains(#"id="rule-set-form""#))
                let forced = try await client.postForm(
                    "/admin/hr/rule-sets/\(inForce["id"] as? String ?? "")",
                    Self.fields(csrf, name: "x", effectiveFrom: next, days: "1", extra: ["version": "1"]),
                    cookies: cookie)
                #expect(forced.status == .conflict || forced.status == .badRequest, "\(forced.status)")
            }
        }
    }

    @Test("an officer, a clerk and the parties cannot open the console's rule sets; the page speaks French")
    func onlyAdministrators() async throws {
        try await withInstallation { installation in
            try await RuleSetsTests.setUp(installation)
            try await installation.app.test(.router) { client in
                for name in ["hugo", "remi", "marta"] {
                    let session = try await client.signIn(name)
                    let page = try await client.execute(
                        uri: "/admin/hr/rule-sets", method: .get, headers: session.headers())
                    #expect(page.status == .forbidden, "\(name)")
                }
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("ada", headers: fr)
                let page = try await client.execute(
                    uri: "/admin/hr/rule-sets", method: .get, headers: session.headers(fr))
                #expect(page.text.contains("Jeux de règles de la gestion des dossiers RH"))
                #expect(page.text.contains("jours ouvrables") && page.text.contains("l’ouverture du dossier"))
            }
        }
    }
}
