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

/// Issue 17, item 16: the distribute forms (the record page's, the queue's batch) find their distribution list as
/// the clerk types, from the `distribution-lists` suggestions through `/assets/suggest.js`; without the script the
/// name typed is looked up by the server, and the server checks whatever is sent.
@Suite("Registry distribute forms: the list found as one types")
struct DistributionListTypeAheadWebTests {
    static func distributions(_ installation: TestInstallation) async throws -> Int {
        try await installation.auditEvents(action: "record.distribute").count
    }

    @Test(
        "the record page's list: suggested to a clerk only, found by its name without the script, checked",
        arguments: ["en", "fr"])
    func recordPage(language: String) async throws {
        try await withInstallation { installation in
            // setup
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user("vic", MockUser.visitor)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register("Order", series: "IMSM", by: clerk)
            let front = try await installation.chancery.distributionLists.create(
                .init(
                    name: "Front office", description: "",
                    members: [.init(kind: .user, id: supervisor.id, role: .action)]),
                by: clerk)
            _ = try await installation.chancery.distributionLists.create(
                .init(name: "Back office", description: "", members: [.init(kind: .unit, id: "J2", role: .info)]),
                by: clerk)
            let path = "/registry/records/\(record.object.id)"
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]

                // the page: a box that types ahead into the select, which is the form without the script
                let page = try await client.execute(uri: path, method: .get, headers: session.headers(headers))
                let box = try #require(page.text.openingTag(id: "distribution-list-query"))
                #expect(box.contains(#"data-suggest="distribution-lists""#))
                #expect(box.contains(#"data-suggest-select="distribution-list""#))
                #expect(page.text.contains(#"<script src="/assets/suggest.js""#))
                #expect(page.text.contains(#"<select id="distribution-list" name="list"><option value="">—</option>"#))
                // A list of the demo's name is shown in the page's language (the name stored stays English).
                let shown = language == "fr" ? "Secrétariat de direction" : "Front office"
                #expect(page.text.contains(#"<option value="\#(front.id)">\#(shown)</option>"#))

                // the suggestions the script asks for, for a clerk; for nobody else
                let suggested = try await client.execute(
                    uri: "/suggest/distribution-lists?q=FRO", method: .get, headers: session.headers(headers))
                #expect(suggested.status == .ok)
                #expect(suggested.text.contains(front.id) && suggested.text.contains(shown))
                let byShownName = try await client.execute(
                    uri: "/suggest/distribution-lists?q=\(language == "fr" ? "secr%C3%A9tariat" : "office")",
                    method: .get, headers: session.headers(headers))
                #expect(byShownName.text.contains(front.id), "found by the name the page shows")
                #expect(!suggested.text.contains("Back office"))
                let vic = try await client.signIn("vic")
                let refused = try await client.execute(
                    uri: "/suggest/distribution-lists?q=fro", method: .get, headers: vic.headers())
                #expect(refused.status == .forbidden && !refused.text.contains("Front office"))

                // a name no list has, and nothing at all: each marked, nothing distributed
                let unknown = try await client.postForm(
                    "\(path)/distribute", ["_csrf": csrf, "list": "", "listQuery": "<i>Nowhere</i>"],
                    cookies: cookies, headers: headers)
                #expect(unknown.status == .badRequest)
                #expect(unknown.text.formRefusalProblems(fields: ["distribution-list-query"]) == [])
                #expect(unknown.text.element(id: "distribution-list-query-error")?.contains("&lt;i&gt;Nowhere") == true)
                #expect(unknown.text.contains(#"value="&lt;i&gt;Nowhere&lt;/i&gt;""#), "what was typed is kept")
                #expect(!unknown.text.contains("<i>Nowhere"))
                let nothing = try await client.postForm(
                    "\(path)/distribute", ["_csrf": csrf, "list": "", "listQuery": "  "], cookies: cookies,
                    headers: headers)
                #expect(nothing.text.formRefusalProblems(fields: ["distribution-list"]) == [])
                #expect(try await Self.distributions(installation) == 0)

                // without the script: the name typed, case aside, is the list's
                let byName = try await client.postForm(
                    "\(path)/distribute", ["_csrf": csrf, "list": "", "listQuery": " front OFFICE "],
                    cookies: cookies, headers: headers)
                #expect(byName.status == .seeOther)
                let event = try #require(try await installation.auditEvents(action: "record.distribute").last)
                #expect(event.details["list"] == "Front office")
            }
        }
    }

    @Test("the queue's batch: the list found by its name, a name no list has marked, nothing distributed")
    func batch() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let first = try await installation.register("One", series: "IMSM", by: clerk)
            _ = try await installation.chancery.distributionLists.create(
                .init(
                    name: "Front office", description: "",
                    members: [.init(kind: .user, id: supervisor.id, role: .action)]),
                by: clerk)
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("clerk", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                let queue = try await client.execute(
                    uri: "/registry/queues/to-distribute", method: .get, headers: session.headers(fr))
                let box = try #require(queue.text.openingTag(id: "batch-list-query"))
                #expect(box.contains(#"data-suggest="distribution-lists" data-suggest-select="batch-list""#))

                let unknown = try await client.postForm(
                    "/registry/distribute-selected",
                    ["_csrf": csrf, "record.\(first.object.id)": "1", "list": "", "listQuery": "Bureau"],
                    cookies: cookies, headers: fr)
                #expect(unknown.status == .badRequest)
                #expect(unknown.text.formRefusalProblems(fields: ["batch-list-query"]) == [])
                #expect(
                    unknown.text.element(id: "batch-list-query-error")
                        == "Aucune liste de diffusion ne s&#39;appelle « Bureau ».")
                #expect(unknown.text.contains(#"value="Bureau""#))
                #expect(try await Self.distributions(installation) == 0)

                let byName = try await client.postForm(
                    "/registry/distribute-selected",
                    ["_csrf": csrf, "record.\(first.object.id)": "1", "list": "", "listQuery": "front office"],
                    cookies: cookies, headers: fr)
                #expect(byName.status == .seeOther)
                #expect(byName.headers[.location]?.contains("distributed=1&refused=0") == true)
                #expect(try await Self.distributions(installation) == 1)
            }
        }
    }
}
