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

/// The search page, in English and French: hits with their markings, facets, escaping, refusals on the page.
@Suite("Search page")
struct SearchWebTests {
    @Test("in French: hits with marking and snippet, facets of what the reader may read, a refused query explained")
    func searchInFrench() async throws {
        try await withInstallation { installation in
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let open = try await SearchFixtures.register(
                installation, "Réunion <b>sécurité</b> du comité",
                summary: "La réunion a traité de la <script>sécurité</script>.",
                language: "fr", by: clerk)
            let secret = try await SearchFixtures.register(
                installation, "Réunion secrète du comité", label: SecurityLabel(classification: .natoSecret),
                type: "report",
                by: clerk)
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let owen = try await client.signIn("owen", headers: fr)
                let page = try await client.execute(
                    uri: "/search?q=reunions+comite", method: .get, headers: owen.headers(fr))
                #expect(page.status == .ok)
                #expect(page.text.element(id: "page-title") == "Recherche")
                #expect(page.text.element(id: "search-total") == "1 résultat")
                #expect(page.text.contains("id=\"hit-\(open.object.id)\"") && !page.text.contains(secret.object.id))
                #expect(!page.text.contains("secrète") && !page.text.contains("NATO SECRET"))
                #expect(page.text.contains("<mark>réunion</mark>") || page.text.contains("<mark>Réunion</mark>"))
                #expect(!page.text.contains("<script>sécurité") && page.text.contains("&lt;script&gt;"))
                #expect(page.text.contains("Bureau d&#39;ordre") || page.text.contains("Bureau d'ordre"))
                #expect(page.text.contains(#"data-facet="classification" data-value="NU">1<"#))
                #expect(!page.text.contains(#"data-value="NS""#))
                #expect(page.headers[.classification] == "NATO UNCLASSIFIED")

                // A + typed in the box (sent as %2B) survives into the facet links, which the page reads as a form.
                let plus = try await client.execute(
                    uri: "/search?q=du%2Bcomite", method: .get, headers: owen.headers(fr))
                #expect(plus.text.element(id: "search-total") == "1 résultat")
                #expect(
                    plus.text.contains("q=du%2Bcomite%20type:minutes")
                        || plus.text.contains("q=du%2Bcomite%20type%3Aminutes"),
                    "facet link: \(plus.text.components(separatedBy: "facet-type").last?.prefix(200) ?? "")")

                let clerkSession = try await client.signIn("clerk")
                let both = try await client.execute(
                    uri: "/search?q=comite", method: .get, headers: clerkSession.headers())
                #expect(both.text.element(id: "search-total") == "2 results")
                #expect(both.headers[.classification] == "NATO SECRET", "the page is marked with what it shows")

                let refused = try await client.execute(
                    uri: "/search?q=%22comite", method: .get, headers: owen.headers(fr))
                #expect(refused.status == .badRequest)
                #expect(refused.text.element(id: "search-error")?.hasPrefix("Le guillemet en position 1") == true)
                #expect(refused.text.contains(#"value="&quot;comite""#), "the query stays in the box to be corrected")
            }
        }
    }
}
