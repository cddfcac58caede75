import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine

/// Saved searches: a person keeps a search under a name, runs it and deletes it; nobody else sees it.
@Suite("Saved searches")
struct SavedSearchWebTests {
    static func unescaped(_ href: String?) -> String { (href ?? "").replacingOccurrences(of: "&amp;", with: "&") }

    @Test("saved, listed, run (trimmed at run time), deleted; another person neither sees, runs nor deletes it")
    func saveRunDelete() async throws {
        try await withInstallation { installation in
            let remi = try await installation.user("remi", MockUser.registry)
            try await installation.user("vic", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("remi")
                let csrf = try await client.sessionCSRF(session)
                let searched = try await client.execute(
                    uri: "/search?q=logistics", method: .get, headers: session.headers())
                #expect(searched.text.contains(#"id="save-search-form""#))
                #expect(searched.text.contains(#"id="no-saved""#))

                let refused = try await client.postForm(
                    "/search/saved", ["_csrf": csrf, "q": "\"unclosed", "name": ""],
                    cookies: [session.headers()[.cookie]!])
                #expect(refused.status == .badRequest)
                #expect(refused.text.contains(#"id="name-error""#))
                #expect(try await installation.chancery.savedSearches.all(of: remi.principal).isEmpty)

                let saved = try await client.postForm(
                    "/search/saved", ["_csrf": csrf, "q": "logistics class:NR", "name": "Logistics"],
                    cookies: [session.headers()[.cookie]!])
                #expect(saved.status == .seeOther)
                let search = try #require(try await installation.chancery.savedSearches.all(of: remi.principal).first)
                #expect(search.name == "Logistics" && search.query == "logistics class:NR")
                #expect(try await installation.auditEvents(action: "search.saved").first?.actor == remi.id)

                let page = try await client.execute(uri: "/search", method: .get, headers: session.headers())
                #expect(page.text.contains(#"id="saved-\#(search.id)""#))
                let home = try await client.execute(uri: "/home", method: .get, headers: session.headers())
                #expect(home.text.firstHref(id: "home-run-\(search.id)") == "/search/saved/\(search.id)")
                let run = try await client.execute(
                    uri: "/search/saved/\(search.id)", method: .get, headers: session.headers())
                #expect(run.status == .seeOther)
                #expect(run.headers[.location] == "/search?q=logistics%20class:NR")

                // Vic sees none of it, and another person's saved search is not found, to run or to delete.
                let vic = try await client.signIn("vic")
                let vicCSRF = try await client.sessionCSRF(vic)
                let vicPage = try await client.execute(uri: "/search", method: .get, headers: vic.headers())
                #expect(!vicPage.text.contains("Logistics") && vicPage.text.contains(#"id="no-saved""#))
                let vicHome = try await client.execute(uri: "/home", method: .get, headers: vic.headers())
                #expect(!vicHome.text.contains(#"id="home-saved-searches""#))
                let vicRun = try await client.execute(
                    uri: "/search/saved/\(search.id)", method: .get, headers: vic.headers())
                #expect(vicRun.status == .notFound)
                let vicDelete = try await client.postForm(
                    "/search/saved/\(search.id)/delete", ["_csrf": vicCSRF], cookies: [vic.headers()[.cookie]!])
                #expect(vicDelete.status == .notFound)
                #expect(try await installation.chancery.savedSearches.all(of: remi.principal).count == 1)

                let deleted = try await client.postForm(
                    "/search/saved/\(search.id)/delete", ["_csrf": csrf], cookies: [session.headers()[.cookie]!])
                #expect(deleted.status == .seeOther)
                #expect(try await installation.chancery.savedSearches.all(of: remi.principal).isEmpty)
                #expect(try await installation.auditEvents(action: "search.deleted").count == 1)
            }
        }
    }

    @Test("in French: the form, the list and the notices; a name saved twice keeps the newer text")
    func french() async throws {
        try await withInstallation { installation in
            let remi = try await installation.user("remi", MockUser.registry)
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("remi", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                for q in ["budget", "budget 2026"] {
                    let saved = try await client.postForm(
                        "/search/saved", ["_csrf": csrf, "q": q, "name": "Budget"],
                        cookies: [session.headers()[.cookie]!], headers: fr)
                    #expect(saved.status == .seeOther)
                }
                let searches = try await installation.chancery.savedSearches.all(of: remi.principal)
                #expect(searches.map(\.query) == ["budget 2026"])
                let page = try await client.execute(
                    uri: "/search?q=budget%202026&done=saved", method: .get, headers: session.headers(fr))
                #expect(page.text.element(id: "notice") == "La recherche est enregistrée.")
                #expect(page.text.element(id: "saved-heading") == "Vos recherches enregistrées")
                #expect(page.text.contains("Enregistrer la recherche"))
            }
        }
    }
}
