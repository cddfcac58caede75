import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Registry

/// Issue 17, item 6: the demo's distribution lists are reference data in both languages, like the Health Office's
/// terms: stored as entered, shown in the page's language wherever a page names them.
@Suite("Distribution lists in the page's language")
struct DistributionListTermsWebTests {
    @Test("the demo's lists in French on French pages, in English on English ones; another list as entered")
    func listsInThePageLanguage() async throws {
        try await withInstallation { installation in
            // setup: the demo's lists as the demo stores them (English), and a list of the clerk's own naming
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user("alex", MockUser.admin)
            // An account keeps the language it signs in with: one clerk and one administrator per language.
            try await installation.user("remy", MockUser.registry)
            try await installation.user("alix", MockUser.admin)
            try await installation.user("vic", MockUser.visitor)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register("Order", series: "IMSM", by: clerk)
            for list in RegistryTerms.lists {
                _ = try await installation.chancery.distributionLists.create(
                    .init(
                        name: list.name.en, description: list.description.en,
                        members: [.init(kind: .unit, id: "J2", role: .info)]),
                    by: clerk)
            }
            _ = try await installation.chancery.distributionLists.create(
                .init(name: "Comité ad hoc", description: "", members: [.init(kind: .unit, id: "J2", role: .info)]),
                by: clerk)
            try await installation.app.test(.router) { client in
                for language in ["fr", "en"] {
                    let headers: HTTPFields = [.acceptLanguage: language]
                    let clerkSession = try await client.signIn(language == "fr" ? "clerk" : "remy", headers: headers)
                    let admin = try await client.signIn(language == "fr" ? "alex" : "alix", headers: headers)

                    // exercise: the record page's distribute form, the queue's batch, the administrator's lists
                    let recordPage = try await client.execute(
                        uri: "/registry/records/\(record.object.id)", method: .get,
                        headers: clerkSession.headers(headers))
                    let queue = try await client.execute(
                        uri: "/registry/queues/to-distribute", method: .get, headers: clerkSession.headers(headers))
                    let lists = try await client.execute(
                        uri: "/admin/registry/lists", method: .get, headers: admin.headers(headers))

                    // validate
                    for page in [recordPage, queue, lists] {
                        #expect(page.status == .ok && page.text.htmlLang == language)
                        #expect(page.text.contains("Comité ad hoc"), "a name of no term as entered")
                    }
                    for list in RegistryTerms.lists {
                        let (shown, other) =
                            language == "fr" ? (list.name.fr, list.name.en) : (list.name.en, list.name.fr)
                        for page in [recordPage, queue, lists] {
                            #expect(page.text.contains(">\(shown.htmlEscaped)<"), "\(language): \(shown)")
                            #expect(!page.text.contains(">\(other.htmlEscaped)<"), "\(language): not \(other)")
                        }
                        let description = language == "fr" ? list.description.fr : list.description.en
                        #expect(lists.text.contains(description.htmlEscaped), "\(language): \(description)")
                    }
                }

                // Without the script, the French name typed finds the list; the clerk distributes to it.
                let session = try await client.signIn("clerk", headers: [.acceptLanguage: "fr"])
                let distributed = try await client.postForm(
                    "/registry/records/\(record.object.id)/distribute",
                    [
                        "_csrf": try await client.sessionCSRF(session), "list": "",
                        "listQuery": "opérations ET renseignement",
                    ],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: [.acceptLanguage: "fr"])
                #expect(distributed.status == .seeOther)
                let event = try #require(try await installation.auditEvents(action: "record.distribute").last)
                #expect(event.details["list"] == RegistryTerms.operations.name.en, "the list as stored")

                // Someone who keeps no lists is shown none of them, in either language.
                let vic = try await client.signIn("vic", headers: [.acceptLanguage: "fr"])
                let refused = try await client.execute(
                    uri: "/suggest/distribution-lists?q=secr", method: .get, headers: vic.headers())
                #expect(refused.status == .forbidden && !refused.text.contains("Secrétariat"))
                let adminPage = try await client.execute(
                    uri: "/admin/registry/lists", method: .get, headers: vic.headers())
                #expect(adminPage.status == .forbidden && !adminPage.text.contains("Secrétariat"))
            }
        }
    }
}

extension String {
    /// As a page writes it (Mustache's escaping).
    fileprivate var htmlEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
