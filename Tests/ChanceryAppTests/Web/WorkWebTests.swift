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

/// Issue 17, item 14: "My work" lists what waits for each person across the offices, trimmed like every list.
@Suite("My work")
struct WorkWebTests {
    @Test("the clerk's items to verify, trimmed for a clerk with a lower clearance; nothing for a visitor")
    func registryTasks() async throws {
        try await withInstallation { installation in
            try await DemoData.loadOnce(into: installation.chancery)
            // A registry clerk cleared NATO RESTRICTED only: the NATO SECRET items to verify are not theirs to see.
            try await installation.user(
                "rita",
                UserAttributes(
                    displayName: "Rita Restricted", clearance: .natoRestricted, nationality: "FRA", categories: [],
                    roles: [.registryClerk], units: ["IPS"], groups: []))
            let secret = try await installation.chancery.database.read { db in
                try await db.raw(
                    "SELECT title FROM objects WHERE kind = 'record' AND classification >= 2 ORDER BY title"
                ).all().map { try $0.decode(column: "title", as: String.self) }
            }
            #expect(!secret.isEmpty, "the demo has NATO SECRET items")
            try await installation.app.test(.router) { client in
                let clerk = try await client.signIn("registry", password: DemoData.password)
                let page = try await client.execute(uri: "/work", method: .get, headers: clerk.headers())
                #expect(page.status == .ok)
                #expect(page.text.contains(#"id="site-work""#) && page.text.contains(#"aria-current="page""#))
                let toVerify = Int(page.text.element(id: "count-registry.verify") ?? "") ?? 0
                #expect(toVerify > 0, "the demo clerk has items to verify")
                #expect(page.text.contains("/registry/records/"))
                #expect(
                    page.headers[.classification]?.hasPrefix("NATO SECRET") == true,
                    "the page is marked with its rows' dominant label: \(page.headers[.classification] ?? "")")

                // The desk's counts of the clerk's queues lead there.
                let desk = try await client.execute(uri: "/registry", method: .get, headers: clerk.headers())
                #expect(desk.text.contains(#"id="count-to-verify" href="/work?task=registry.verify""#))
                let visitorDesk = try await client.execute(
                    uri: "/registry", method: .get,
                    headers: try await client.signIn("visitor", password: DemoData.password).headers())
                #expect(!visitorDesk.text.contains("/work?task="), "no task link for who has no such task")

                let rita = try await client.signIn("rita")
                let hers = try await client.execute(uri: "/work", method: .get, headers: rita.headers())
                #expect(hers.status == .ok)
                let ritaCount = Int(hers.text.element(id: "count-registry.verify") ?? "0") ?? 0
                #expect(ritaCount < toVerify, "the NATO SECRET items are not counted for her")
                for title in secret {
                    #expect(!hers.text.contains(title), "\(title) is listed for a NATO RESTRICTED clerk")
                }
                let filtered = try await client.execute(
                    uri: "/work?task=registry.verify&sort=item&order=desc", method: .get, headers: rita.headers())
                #expect(filtered.status == .ok)
                for title in secret { #expect(!filtered.text.contains(title)) }

                let visitor = try await client.signIn("visitor", password: DemoData.password)
                let nothing = try await client.execute(uri: "/work", method: .get, headers: visitor.headers())
                #expect(nothing.text.element(id: "work-empty") == "Nothing waits for you.")
                #expect(!nothing.text.contains("/registry/records/"))
            }
        }
    }

    @Test("the CSV is the page's rows in its order, trimmed for a lower clearance, and audited; page 2 follows")
    func export() async throws {
        try await withInstallation { installation in
            try await DemoData.loadOnce(into: installation.chancery)
            let rita = try await installation.user(
                "rita",
                UserAttributes(
                    displayName: "Rita Restricted", clearance: .natoRestricted, nationality: "FRA", categories: [],
                    roles: [.registryClerk], units: ["IPS"], groups: []))
            let secret = try await installation.chancery.database.read { db in
                try await db.raw("SELECT title FROM objects WHERE kind = 'record' AND classification >= 2").all()
                    .map { try $0.decode(column: "title", as: String.self) }
            }
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("rita")
                let page = try await client.execute(
                    uri: "/work?task=registry.verify&sort=item&order=asc&limit=200", method: .get,
                    headers: session.headers())
                let titles = page.text.matches(of: #/<td><a href="/registry/records/[^"]+">([^<]+)</a></td></tr>/#)
                    .map { String($0.output.1) }
                #expect(!titles.isEmpty)
                let href = (page.text.firstHref(id: "csv-link") ?? "").replacingOccurrences(of: "&amp;", with: "&")
                #expect(href == "/work?task=registry.verify&sort=item&order=asc&format=csv")
                let csv = try await client.execute(uri: href, method: .get, headers: session.headers())
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                let rows = ReadCSV(csv.text).rows
                #expect(rows.map { $0[3] }.count == titles.count)
                for title in secret { #expect(!csv.text.contains(title), "\(title) exported to NATO RESTRICTED") }
                let event = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(event.actor == rita.id && event.details["list"] == "work")
                #expect(event.details["count"] == String(rows.count))
                if titles.count > 1 {
                    let second = try await client.execute(
                        uri: "/work?task=registry.verify&sort=item&order=asc&limit=1&page=2", method: .get,
                        headers: session.headers())
                    #expect(second.text.contains(#"id="previous-page""#))
                }
            }
        }
    }

    @Test("sorting by each column, both ways; a bad sort is a clear error page, not a 500")
    func sorting() async throws {
        try await withInstallation { installation in
            try await DemoData.loadOnce(into: installation.chancery)
            try await installation.app.test(.router) { client in
                let clerk = try await client.signIn("supervisor", password: DemoData.password)
                for sort in ["due", "since", "task", "item"] {
                    for order in ["asc", "desc"] {
                        let page = try await client.execute(
                            uri: "/work?sort=\(sort)&order=\(order)", method: .get, headers: clerk.headers())
                        #expect(page.status == .ok, "\(sort) \(order)")
                        #expect(page.text.contains(#"aria-sort="\#(order == "asc" ? "ascending" : "descending")""#))
                    }
                }
                let bad = try await client.execute(uri: "/work?sort=colour", method: .get, headers: clerk.headers())
                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "error-detail")?.contains("due, since, task or item") == true)
                #expect(bad.text.contains(#"id="site-menu""#))
            }
        }
    }

    @Test("the advisor sees a clinician's break-glass opening to review; the clinician does not see their own")
    func healthTasks() async throws {
        try await withInstallation { installation in
            try await DemoData.loadOnce(into: installation.chancery)
            let chancery = installation.chancery
            let clinician = try #require(try await chancery.users.find(username: "clinician")).principal
            let advisorPrincipal = try #require(try await chancery.users.find(username: "advisor")).principal
            // A restricted record the clinician is not in the care team of: reading it takes breaking the glass.
            let patient = try await installation.patient(
                "Restreint", "Rémi", restricted: true, careTeam: [advisorPrincipal.id], by: advisorPrincipal)
            _ = try await chancery.health.breakGlass(
                patient.object.id, reason: "Unconscious patient brought in", by: clinician)
            try await installation.app.test(.router) { client in
                let advisor = try await client.signIn("advisor", password: DemoData.password)
                let page = try await client.execute(uri: "/work", method: .get, headers: advisor.headers())
                #expect(Int(page.text.element(id: "count-health.breakGlass") ?? "0") ?? 0 >= 1, "\(page.text)")
                let own = try await client.signIn("clinician", password: DemoData.password)
                let theirs = try await client.execute(uri: "/work", method: .get, headers: own.headers())
                #expect(theirs.text.element(id: "count-health.breakGlass") == nil)
                let registry = try await client.signIn("registry", password: DemoData.password)
                let none = try await client.execute(uri: "/work", method: .get, headers: registry.headers())
                #expect(!none.text.contains("health."), "nothing medical for the registry clerk")
            }
        }
    }

    @Test("a page audits the objects it shows, not the rows the tasks read up to it; the CSV names all it carries")
    func auditsWhatItShows() async throws {
        try await withInstallation { installation in
            // setup: four NATO CONFIDENTIAL items waiting to be distributed (reading them is audited), in turn
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            var registered: [String] = []
            for word in ["alpha", "bravo", "charlie", "delta"] {
                let record = try await installation.register(
                    "Item \(word)", series: "IMSM", label: SecurityLabel(classification: .natoConfidential),
                    by: clerk)
                registered.append(record.object.id)
                try await Task.sleep(for: .milliseconds(3))
            }
            let ids = registered
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let before = try await installation.auditEvents(action: "object.list").count

                // exercise: the third page of one row, then the CSV
                let page = try await client.execute(
                    uri: "/work?sort=since&order=asc&limit=1&page=3", method: .get, headers: session.headers())
                let listed = try await installation.auditEvents(action: "object.list").dropFirst(before)
                let csv = try await client.execute(
                    uri: "/work?sort=since&order=asc&format=csv", method: .get, headers: session.headers())
                let exported = try await installation.auditEvents(action: "list.export").last

                // validate: the page shows the third item and its audit names that one only; the CSV's names all
                #expect(Self.rows(page.text).map(\.href) == ["/registry/records/\(ids[2])"])
                #expect(listed.map { $0.details["objects"] } == [ids[2]], "\(listed.map(\.details))")
                #expect(csv.status == .ok)
                #expect(exported?.details["objects"]?.split(separator: ",").map(String.init).sorted() == ids.sorted())
            }
        }
    }

    /// The rows of a "My work" page: each item's link and title, in the page's order.
    static func rows(_ page: String) -> [(href: String, title: String)] {
        page.matches(of: #/<td><a href="([^"]+)">([^<]+)</a></td></tr>/#).map {
            (String($0.output.1), String($0.output.2))
        }
    }

    /// Follows a list's "next" links from `uri`, collecting every row of every page.
    static func pages(_ uri: String, _ client: some TestClientProtocol, _ session: WebSession) async throws -> (
        rows: [(href: String, title: String)], pages: Int
    ) {
        var next: String? = uri
        var rows: [(href: String, title: String)] = []
        var pages = 0
        while let current = next, pages < 50 {
            let page = try await client.execute(uri: current, method: .get, headers: session.headers())
            #expect(page.status == .ok, "\(current)")
            rows += Self.rows(page.text)
            pages += 1
            next = page.text.firstHref(id: "next-page")?.replacingOccurrences(of: "&amp;", with: "&")
        }
        return (rows, pages)
    }

    @Test("paging through every page lists each task's items once, in order, past any window; none for others")
    func pagingIsComplete() async throws {
        try await withInstallation { installation in
            // setup: 13 items in two queues (to verify, to distribute), one of them NATO SECRET, registered in turn
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user(
                "rita",
                UserAttributes(
                    displayName: "Rita Restricted", clearance: .natoRestricted, nationality: "FRA", categories: [],
                    roles: [.registryClerk], units: ["IPS"], groups: []))
            try await installation.user("vic", MockUser.visitor)
            try await installation.series(
                "MSG", template: "MSG/{year}/{seq:5}", requiresVerification: true, by: supervisor)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            var registered: [(id: String, title: String, task: String)] = []
            for (index, word) in [
                "kilo", "alpha", "mike", "echo", "golf", "bravo", "lima", "delta", "juliet",
                "charlie", "hotel", "india", "foxtrot",
            ].enumerated() {
                let verify = index % 3 == 0
                let record = try await installation.register(
                    "Item \(word)", series: verify ? "MSG" : "IMSM",
                    label: index == 4 ? SecurityLabel(classification: .natoSecret) : .unclassified, by: clerk)
                registered.append((record.object.id, record.object.title, verify ? "verify" : "distribute"))
                try await Task.sleep(for: .milliseconds(3))  // each waiting since its own moment
            }
            let secret = registered[4]
            let taskNames = ["verify": "Items to verify", "distribute": "Items to distribute"]
            let expected: [String: [String]] = [
                "since": registered.map(\.id), "item": registered.sorted { $0.title < $1.title }.map(\.id),
                "task": registered.enumerated().sorted {
                    (taskNames[$0.element.task]!, $0.offset) < (taskNames[$1.element.task]!, $1.offset)
                }.map(\.element.id),
            ]
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                for (sort, ids) in expected {
                    // exercise: three rows a page, both ways
                    let forward = try await Self.pages("/work?sort=\(sort)&order=asc&limit=3", client, session)
                    let backward = try await Self.pages("/work?sort=\(sort)&order=desc&limit=3", client, session)

                    // validate: every item once, in order, on five pages
                    let links = ids.map { "/registry/records/\($0)" }
                    #expect(forward.rows.map(\.href) == links, "\(sort) asc")
                    #expect(forward.pages == 5)
                    if sort != "task" { #expect(backward.rows.map(\.href) == links.reversed(), "\(sort) desc") }
                    #expect(Set(backward.rows.map(\.href)) == Set(links) && backward.rows.count == links.count)
                }
                // Without a deadline, the due order is the waiting order.
                let due = try await Self.pages("/work?limit=4", client, session)
                #expect(due.rows.map(\.href) == expected["since"]!.map { "/registry/records/\($0)" })
                let last = try await client.execute(
                    uri: "/work?sort=item&limit=4&page=4", method: .get, headers: session.headers())
                #expect(last.text.element(id: "list-count") == "Rows 13 to 13 of 13")
                #expect(last.text.firstHref(id: "next-page") == nil)
                let tooDeep = try await client.execute(
                    uri: "/work?limit=200&page=26", method: .get, headers: session.headers())
                #expect(tooDeep.status == .badRequest, "a page beyond what a task reads is refused, not read")

                // A clerk of a lower clearance pages through the same queues without the NATO SECRET item; a
                // visitor, with none of these tasks, sees none of them.
                let rita = try await client.signIn("rita")
                let hers = try await Self.pages("/work?sort=item&limit=3", client, rita)
                #expect(hers.rows.count == 12 && !hers.rows.contains { $0.href.hasSuffix(secret.id) })
                #expect(!hers.rows.contains { $0.title.contains(secret.title) })
                let vic = try await client.signIn("vic")
                let his = try await Self.pages("/work?sort=item&limit=3", client, vic)
                #expect(his.rows.isEmpty && his.pages == 1)
            }
        }
    }
}
