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

/// The case officers' pages, in English and French: open a case by the form (every error marked at once), find it in
/// the list and its CSV, read it with the people it names.
@Suite("HR case pages")
struct CasesWebTests {
    @Test("a refused form marks every field at once and keeps what was typed; a good one opens the case")
    func openByForm() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("hugo")
                let csrf = try await client.sessionCSRF(session)
                let cookie = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                let form = try await client.execute(uri: "/hr/cases/new", method: .get, headers: session.headers())
                #expect(form.status == .ok)
                #expect(form.text.contains(#"id="case-form""#))
                let refused = try await client.postForm(
                    "/hr/cases",
                    [
                        "_csrf": csrf, "type": "duel", "title": "", "complainant": "cara", "respondent": "cara",
                        "decisionNotifiedOn": "2026-13-01", "classification": "NATO RESTRICTED",
                    ], cookies: cookie)
                #expect(refused.status == .badRequest)
                #expect(
                    Set(refused.text.summaryItems.map(\.field))
                        == ["type", "title", "respondent", "decisionNotifiedOn"], "\(refused.text.summaryItems)")
                #expect(refused.text.summaryDeadLinks.isEmpty)
                #expect(refused.text.contains(#"value="cara""#), "what was typed is kept")
                #expect(try await client.caseTotal(token: client.token(for: "hugo")) == 0)
                let opened = try await client.postForm(
                    "/hr/cases",
                    [
                        "_csrf": csrf, "type": "complaint", "title": "Complaint about the Quokka roster",
                        "complainant": "cara", "respondent": "", "decisionNotifiedOn": "2026-11-02",
                        "articles": "Art. 61.1\nAnnex IX", "classification": "NATO RESTRICTED",
                    ], cookies: cookie)
                #expect(opened.status == .seeOther, "\(opened.text)")
                let location = try #require(opened.headers[.location])
                let page = try await client.execute(uri: location, method: .get, headers: session.headers())
                #expect(page.status == .ok)
                #expect(page.text.contains("Complaint about the Quokka roster"))
                #expect(page.text.contains("Cara Complainant"))
                #expect(page.text.contains("Annex IX"))
                #expect(page.text.contains(#"id="notice""#))
            }
        }
    }

    @Test("the list, its filter and its CSV; the pages in French")
    func listInFrench() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                let id = try await client.openCase(HRMocks.caseBody(), token: hugo)
                _ = try await client.openCase(
                    HRMocks.caseBody(type: "appeal", title: "Appeal Kangaroo", respondent: nil), token: hugo)
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("hugo", headers: fr)
                let list = try await client.execute(uri: "/hr/cases", method: .get, headers: session.headers(fr))
                #expect(list.status == .ok)
                let row = try #require(
                    list.text.range(of: #"<tr id="case-\#(id)">"#).map { list.text[$0.lowerBound...] })
                let cells = String(row.prefix { $0 != "\n" })
                #expect(
                    cells.contains("Grievance about the Quokka allowance") && cells.contains("Réclamation"), "\(cells)")
                #expect(cells.contains("Reçu") && cells.contains(#"href="/hr/cases/\#(id)""#), "\(cells)")
                let filtered = try await client.execute(
                    uri: "/hr/cases?type=appeal", method: .get, headers: session.headers(fr))
                #expect(filtered.text.contains("Appeal Kangaroo") && !filtered.text.contains("Quokka"))
                let bad = try await client.execute(
                    uri: "/hr/cases?type=duel", method: .get, headers: session.headers(fr))
                #expect(bad.status == .badRequest)
                let csv = try await client.execute(
                    uri: "/hr/cases?format=csv", method: .get, headers: session.headers(fr))
                #expect(csv.status == .ok && csv.text.contains("Quokka") && csv.text.contains("Kangaroo"))
                let page = try await client.execute(uri: "/hr/cases/\(id)", method: .get, headers: session.headers(fr))
                #expect(page.text.contains("Personnes nommées") && page.text.contains("Réclamant"))
                #expect(page.text.contains("Mis en cause"))
                // someone without the officer's role is refused the pages
                let remi = try await client.signIn("remi")
                let refused = try await client.execute(uri: "/hr/cases", method: .get, headers: remi.headers())
                #expect(refused.status == .forbidden)
                #expect(!refused.text.contains("Quokka"))
            }
        }
    }
}
