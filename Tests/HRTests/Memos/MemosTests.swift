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

/// Memoranda and decisions drafted from EN/FR templates: filled from the case, labelled as the case, LEGAL as well
/// for legal advice and mediation notes (only for who holds LEGAL), kept from the people the case names.
@Suite("HR memos")
struct MemosTests {
    /// `HRMocks.people`, the officer `lena` who holds LEGAL as well as STAFF, the rule set, and a grievance
    /// opened by lena naming cara (managed by mina) and rory.
    static func setUp(_ installation: TestInstallation, client: some TestClientProtocol) async throws -> String {
        try await HRMocks.people(installation)
        var legal = HRMocks.officer("Lena Legal")
        legal.categories = ["STAFF", "LEGAL"]
        let lena = try await installation.user("lena", legal)
        _ = try await installation.chancery.hrRuleSets.seed(
            name: DemoHRRules.name, effectiveFrom: DemoHRRules.effectiveFrom, limits: DemoHRRules.limits,
            by: lena.principal)
        let token = try await client.token(for: "lena")
        try await client.setManager(of: "cara", to: "mina", token: token)
        return try await client.openCase(HRMocks.caseBody(), token: token)
    }

    /// Asks for a memo of the case from `template` in `language`; the response, whatever it is.
    static func draft(
        _ client: some TestClientProtocol, _ id: String, _ template: String, _ language: String, token: String
    ) async throws -> TestResponse {
        try await client.api(
            .post, "/api/v1/casework/cases/\(id)/memos", token: token,
            json: #"{"template":"\#(template)","language":"\#(language)"}"#)
    }

    @Test("a memo is drafted from its template in the language asked, filled from the case, and edited")
    func drafts() async throws {
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                let id = try await Self.setUp(installation, client: client)
                let lena = try await client.token(for: "lena")
                let drafted = try await Self.draft(client, id, "acknowledgement", "fr", token: lena)
                #expect(drafted.status == .created, "\(drafted.text)")
                let memo = try drafted.jsonObject()
                let body = try #require(memo["body"] as? String)
                #expect(body.contains("Grievance about the Quokka allowance"))
                #expect(body.contains("accuse réception"))
                #expect(body.contains("Cara Complainant"))
                #expect(body.contains("Art. 61.1"))
                #expect(body.hasPrefix("Objet : Grievance about the Quokka allowance"))
                #expect(body.contains("expire le"), "the running deadlines are written in: \(body)")
                #expect(!body.contains("{"), "every placeholder filled: \(body)")
                #expect((memo["banner"] as? String)?.contains("STAFF") == true)
                #expect((memo["banner"] as? String)?.contains("LEGAL") == false)
                let memoID = try #require(memo["id"] as? String)
                let etag = try #require(drafted.headers[.eTag])
                let edited = try await client.api(
                    .put, "/api/v1/casework/memos/\(memoID)", token: lena, json: #"{"body":"Objet : texte revu."}"#,
                    headers: [.ifMatch: etag])
                #expect(edited.status == .ok, "\(edited.text)")
                #expect(try edited.jsonObject()["body"] as? String == "Objet : texte revu.")
                let stale = try await client.api(
                    .put, "/api/v1/casework/memos/\(memoID)", token: lena, json: #"{"body":"again"}"#,
                    headers: [.ifMatch: etag])
                #expect(stale.status == .preconditionFailed)
                let control = try await client.api(
                    .put, "/api/v1/casework/memos/\(memoID)", token: lena, json: #"{"body":"a\u0000b"}"#,
                    headers: [.ifMatch: "\"v2\""])
                try control.problem(.badRequest, type: "invalid-memo")
                let empty = try await client.api(
                    .put, "/api/v1/casework/memos/\(memoID)", token: lena, json: #"{"body":"  "}"#,
                    headers: [.ifMatch: "\"v2\""])
                try empty.problem(.badRequest, type: "invalid-memo")
                let bad = try await Self.draft(client, id, "poem", "de", token: lena)
                try bad.problem(.badRequest, type: "invalid-memo")
                let fields = (try bad.jsonObject()["errors"] as? [[String: Any]] ?? []).compactMap {
                    $0["field"] as? String
                }
                #expect(Set(fields) == ["template", "language"])
                let listed = try await client.api(.get, "/api/v1/casework/cases/\(id)/memos", token: lena).jsonObject()
                #expect((listed["items"] as? [[String: Any]])?.count == 1, "nothing drafted by the refusals")
            }
        }
    }

    @Test("a legal memo carries LEGAL: an officer without it neither drafts one nor sees it, in lists, reads or pages")
    func legalOnlyForLegal() async throws {
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                let id = try await Self.setUp(installation, client: client)
                let lena = try await client.token(for: "lena")
                let drafted = try await Self.draft(client, id, "legal-memo", "en", token: lena)
                #expect(drafted.status == .created, "\(drafted.text)")
                let memo = try drafted.jsonObject()
                let memoID = try #require(memo["id"] as? String)
                #expect((memo["banner"] as? String)?.contains("LEGAL") == true)
                #expect((memo["body"] as? String)?.contains("LEGAL MEMORANDUM") == true)
                _ = try await Self.draft(client, id, "decision", "en", token: lena)

                // ines: an officer with STAFF but not LEGAL reads the case and the decision, never the legal memo
                let ines = try await client.token(for: "ines")
                let refused = try await Self.draft(client, id, "mediation-note", "en", token: ines)
                #expect(refused.status == .forbidden, "\(refused.text)")
                let listed = try await client.api(.get, "/api/v1/casework/cases/\(id)/memos", token: ines)
                #expect(listed.status == .ok)
                #expect((try listed.jsonObject()["items"] as? [[String: Any]])?.count == 1)
                #expect(!listed.text.contains(memoID) && !listed.text.contains("Legal memorandum"))
                let read = try await client.api(.get, "/api/v1/casework/memos/\(memoID)", token: ines)
                #expect(read.status == .notFound)
                #expect(!read.text.contains("LEGAL MEMORANDUM"))
                let session = try await client.signIn("ines")
                let page = try await client.execute(uri: "/hr/cases/\(id)", method: .get, headers: session.headers())
                #expect(page.status == .ok)
                #expect(!page.text.contains(memoID) && !page.text.contains("Legal memorandum —"))
                #expect(!page.text.contains(#"value="legal-memo""#), "not offered a template she may not hold")
                let memoPage = try await client.execute(
                    uri: "/hr/memos/\(memoID)", method: .get, headers: session.headers())
                #expect(memoPage.status == .notFound)

                // the complainant, her line manager and the two clerks see no memo at all
                for name in ["cara", "mina", "remi", "marta"] {
                    let token = try await client.token(for: name)
                    let list = try await client.api(.get, "/api/v1/casework/cases/\(id)/memos", token: token)
                    #expect(list.status == .notFound, "\(name)")
                    let one = try await client.api(.get, "/api/v1/casework/memos/\(memoID)", token: token)
                    #expect(one.status == .notFound, "\(name)")
                    let objects = try await client.api(.get, "/api/v1/objects/\(memoID)", token: token)
                    #expect(objects.status == .notFound, "\(name): the generic object API too")
                    let found = try await client.api(.get, "/api/v1/search?q=Quokka", token: token)
                    #expect(!found.text.contains(memoID) && !found.text.contains("Quokka"), "\(name): search")
                }
            }
        }
    }

    @Test("a manager recorded after the memo was drafted loses it with the case")
    func conflictRuleFollowsMemos() async throws {
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                let id = try await Self.setUp(installation, client: client)
                let lena = try await client.token(for: "lena")
                let drafted = try await Self.draft(client, id, "decision", "en", token: lena)
                let memoID = try #require(try drafted.jsonObject()["id"] as? String)
                let ines = try await client.token(for: "ines")
                #expect(try await client.api(.get, "/api/v1/casework/memos/\(memoID)", token: ines).status == .ok)
                try await client.setManager(of: "mina", to: "ines", token: lena)
                #expect(try await client.api(.get, "/api/v1/casework/memos/\(memoID)", token: ines).status == .notFound)
                #expect(try await client.api(.get, "/api/v1/casework/cases/\(id)", token: ines).status == .notFound)
            }
        }
    }

    @Test("the page drafts a memo in French from its template and saves an edit; a bad template is marked")
    func pageInFrench() async throws {
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                let id = try await Self.setUp(installation, client: client)
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("lena", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let cookie = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                let refused = try await client.postForm(
                    "/hr/cases/\(id)/memos", ["_csrf": csrf, "template": "poem", "language": "fr"], cookies: cookie,
                    headers: fr)
                #expect(refused.status == .badRequest)
                #expect(refused.text.summaryItems.map(\.field) == ["template"], "\(refused.text.summaryItems)")
                #expect(refused.text.contains("Choisissez l’un des modèles."))
                let drafted = try await client.postForm(
                    "/hr/cases/\(id)/memos", ["_csrf": csrf, "template": "mediation-note", "language": "fr"],
                    cookies: cookie, headers: fr)
                #expect(drafted.status == .seeOther, "\(drafted.text)")
                let location = try #require(drafted.headers[.location])
                let page = try await client.execute(uri: location, method: .get, headers: session.headers(fr))
                #expect(page.status == .ok)
                #expect(page.text.contains("NOTE DE MÉDIATION"))
                #expect(page.text.contains("JURIDIQUE"))
                let version = try #require(page.text.hiddenField("version"))
                let memoPath = String(location.prefix { $0 != "?" })
                let saved = try await client.postForm(
                    memoPath, ["_csrf": csrf, "version": version, "body": "Réunion tenue ; accord trouvé."],
                    cookies: cookie, headers: fr)
                #expect(saved.status == .seeOther, "\(saved.text)")
                let after = try await client.execute(uri: memoPath, method: .get, headers: session.headers(fr))
                #expect(after.text.contains("Réunion tenue ; accord trouvé."))
                let casePage = try await client.execute(
                    uri: "/hr/cases/\(id)", method: .get, headers: session.headers(fr))
                #expect(casePage.text.contains("Note de médiation —"))
            }
        }
    }
}
