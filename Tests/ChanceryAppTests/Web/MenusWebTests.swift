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

/// Issue 17, items 2, 5 and 9: a menu offers only what its reader may open, is the same on every page of an
/// office with the current page marked, and an error page keeps the frame (search box, menus).
@Suite("Menus offer only what opens")
struct MenusWebTests {
    /// The menu links of a page: `(id, href)` of the site menu's and the office menu's anchors.
    static func menuLinks(_ html: String) -> [(id: String, href: String)] {
        let pattern = #"<a id="((?:site|nav)-[a-z-]+)" href="([^"]+)""#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            guard let id = Range(match.range(at: 1), in: html), let href = Range(match.range(at: 2), in: html) else {
                return nil
            }
            return (String(html[id]), String(html[href]))
        }
    }

    /// The ids of the office menu's links.
    static func officeMenu(_ html: String) -> [String] {
        menuLinks(html).map(\.id).filter { $0.hasPrefix("nav-") }
    }

    @Test("every demo account follows every link its menus offer, and none refuses")
    func everyLinkOpens() async throws {
        try await withInstallation { installation in
            try await DemoData.loadOnce(into: installation.chancery)
            try await installation.app.test(.router) { client in
                for account in DemoData.accounts {
                    let session = try await client.signIn(account.username, password: DemoData.password)
                    let starts = ["/home", "/registry", "/health", "/health/pod-requests", "/search", "/receipts"]
                    var queue = starts
                    var offered: Set<String> = []
                    var visited: Set<String> = []
                    var menus: [String: Set<[String]>] = [:]
                    while let path = queue.popLast() {
                        guard visited.insert(path).inserted else { continue }
                        let page = try await client.execute(uri: path, method: .get, headers: session.headers())
                        // The console names each role by its job and, for the API and the command line, its id.
                        #expect(
                            path.hasPrefix("/admin")
                                || !page.text.visibleText.contains("health.")
                                    && !page.text.visibleText.contains("registry.clerk"),
                            "\(path) names an internal role id")
                        guard page.status == .ok else {
                            // A start page may refuse (a visitor on the Health desk); a link a menu offered may not.
                            #expect(
                                !offered.contains(path) && page.status == .forbidden,
                                "\(account.username) \(path): \(page.status)")
                            continue
                        }
                        let links = Self.menuLinks(page.text)
                        let office = Self.officeMenu(page.text)
                        if let name = ["/health", "/registry", "/receipts"].first(where: { path.hasPrefix($0) }) {
                            menus[name == "/receipts" ? "/registry" : name, default: []].insert(office)
                        }
                        if !office.isEmpty {
                            let current = page.text.components(separatedBy: #"aria-current="page""#).count - 1
                            #expect(current == 2, "\(account.username) \(path): \(current) links marked current")
                        }
                        offered.formUnion(links.map(\.href))
                        queue += links.map(\.href).filter { !visited.contains($0) }
                    }
                    #expect(offered.contains("/home") && offered.contains("/search"))
                    for (office, seen) in menus {
                        #expect(seen.count == 1, "\(account.username): the \(office) menu changes: \(seen)")
                    }
                }
            }
        }
    }

    /// The GET links of a page that stay in Chancery (not the API, not a file download).
    static func pageLinks(_ html: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: ##"<a [^>]*href="(/[^"#]*)""##) else { return [] }
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]).replacingOccurrences(of: "&amp;", with: "&") }
        }.filter { !$0.hasPrefix("/api/") && !$0.contains("/attachments/") && !$0.hasPrefix("/language") }
    }

    /// A link's shape, its ids and numbers blanked: one page of each shape is enough.
    static func shape(_ path: String) -> String {
        path.replacingOccurrences(of: #"[0-9A-HJKMNP-TV-Z]{26}"#, with: "{id}", options: .regularExpression)
            .replacingOccurrences(of: #"[0-9]+"#, with: "{n}", options: .regularExpression)
    }

    @Test("every demo account follows the links of the pages its menus offer, and none refuses")
    func noLinkRefuses() async throws {
        try await withInstallation { installation in
            try await DemoData.loadOnce(into: installation.chancery)
            try await installation.app.test(.router) { client in
                for account in DemoData.accounts {
                    let session = try await client.signIn(account.username, password: DemoData.password)
                    var queue: [(path: String, depth: Int, from: String)] = [("/home", 0, "")]
                    var shapes: Set<String> = []
                    while !queue.isEmpty {
                        let (path, depth, from) = queue.removeFirst()
                        guard shapes.insert(Self.shape(path)).inserted else { continue }
                        let page = try await client.execute(uri: path, method: .get, headers: session.headers())
                        #expect(
                            page.status == .ok, "\(account.username): \(path) (linked from \(from)): \(page.status)")
                        guard page.status == .ok, depth < 3 else { continue }
                        queue += Self.pageLinks(page.text).map { ($0, depth + 1, path) }
                    }
                    #expect(shapes.count >= 8, "\(account.username) reached only \(shapes.sorted())")
                }
            }
        }
    }

    @Test("the clerk and the clinician are not offered the advisor's queues; the advisor is")
    func advisorLinks() async throws {
        try await withInstallation { installation in
            try await DemoData.loadOnce(into: installation.chancery)
            try await installation.app.test(.router) { client in
                for (user, offered) in [("medclerk", false), ("clinician", false), ("advisor", true)] {
                    let session = try await client.signIn(user, password: DemoData.password)
                    for path in ["/health", "/health/patients", "/health/appointments", "/health/supplies"] {
                        let page = try await client.execute(uri: path, method: .get, headers: session.headers())
                        #expect(page.status == .ok, "\(user) \(path)")
                        let menu = Self.officeMenu(page.text)
                        #expect(menu.contains("nav-break-glass-queue") == offered, "\(user) \(path): \(menu)")
                        #expect(menu.contains("nav-duplicates") == offered, "\(user) \(path): \(menu)")
                        #expect(page.text.contains("/health/break-glass\"") == offered, "\(user) \(path) links it")
                    }
                }
            }
        }
    }

    @Test("a refusal and a missing page keep the frame and speak of jobs, in the user's language")
    func errorPagesKeepTheFrame() async throws {
        try await withInstallation { installation in
            try await DemoData.loadOnce(into: installation.chancery)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("medclerk", password: DemoData.password)
                let refused = try await client.execute(
                    uri: "/health/break-glass", method: .get, headers: session.headers())
                #expect(refused.status == .forbidden)
                #expect(refused.text.element(id: "page-title") == "Not allowed")
                #expect(refused.text.contains(#"id="masthead-search""#))
                #expect(refused.text.contains(#"id="office-menu""#), "the Health menu stays on a Health refusal")
                #expect(!refused.text.contains("health.advisor"))
                #expect(refused.text.element(id: "error-detail")?.contains("medical advisor") == true)

                let missing = try await client.execute(
                    uri: "/health/no-such-page", method: .get, headers: session.headers())
                #expect(missing.status == .notFound)
                #expect(missing.text.element(id: "page-title") == "Not found")
                #expect(missing.text.contains(#"id="masthead-search""#))
                #expect(missing.text.contains(#"id="site-menu""#))

                let french = try await client.signIn("clinician", password: DemoData.password)
                _ = try await client.execute(
                    uri: "/language", method: .post,
                    headers: french.headers([.contentType: "application/x-www-form-urlencoded"]),
                    body: ByteBuffer(string: "language=fr&return=/home&_csrf=\(try await Self.csrf(client, french))"))
                let introuvable = try await client.execute(uri: "/nulle-part", method: .get, headers: french.headers())
                #expect(introuvable.status == .notFound)
                #expect(introuvable.text.element(id: "page-title") == "Introuvable")
                #expect(introuvable.text.htmlLang == "fr")
                #expect(introuvable.text.contains(#"id="site-menu""#))

                // Nobody signed in: the plain error page, no menus.
                let anonymous = try await client.execute(uri: "/nulle-part", method: .get)
                #expect(anonymous.status == .notFound)
                #expect(!anonymous.text.contains(#"id="site-menu""#))
            }
        }
    }

    static func csrf(_ client: some TestClientProtocol, _ session: WebSession) async throws -> String {
        let home = try await client.execute(uri: "/home", method: .get, headers: session.headers())
        return try #require(home.text.hiddenField("_csrf"))
    }
}
