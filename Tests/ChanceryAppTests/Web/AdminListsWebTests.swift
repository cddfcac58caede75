import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine

/// Issue 17, item 15: the console's groups, units and sign-in counters are lists like the others — sorted, paged,
/// searched and exported in SQL, the export audited; nobody but an administrator reads them, as a page or as CSV.
@Suite("Console lists")
struct AdminListsWebTests {
    static func typed(_ page: String) -> [String] {
        page.matches(of: #/<tr id="throttle-[^"]+"><td>([^<]*)</td>/#).map { String($0.output.1) }
    }

    static func with(_ attributes: UserAttributes, groups: Set<String>) -> UserAttributes {
        var attributes = attributes
        attributes.groups = groups
        return attributes
    }

    @Test("groups and units sort by every column in SQL, page, search and export (audited); French headers")
    func groupsAndUnits() async throws {
        try await withInstallation { installation in
            let groups = installation.chancery.groups
            try await groups.create(name: "HR-CASES", title: "HR case files", actor: "test")
            try await groups.create(name: "OPS_A", title: "Operations", actor: "test")
            try await groups.create(name: "OPSXA", title: "Exercise", actor: "test")
            let admin = try await installation.user("admin", Self.with(MockUser.admin, groups: ["OPS_A"]))
            try await installation.user("clerk", Self.with(MockUser.registry, groups: ["HR-CASES", "OPSXA"]))
            try await installation.user("doc", Self.with(MockUser.clinician, groups: ["HR-CASES", "OPSXA"]))
            try await installation.user("aud", Self.with(MockUser.auditor, groups: ["HR-CASES"]))
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                // OPS_A has one member: its underscore is no wildcard that would count OPSXA's too.
                let byMembers = try await client.execute(
                    uri: "/admin/groups?sort=members&order=desc", method: .get, headers: session.headers())
                #expect(byMembers.status == .ok)
                #expect(byMembers.text.rowIDs(prefix: "group") == ["HR-CASES", "OPSXA", "OPS_A"])
                #expect(byMembers.text.element(id: "list-count") == "Rows 1 to 3 of 3")
                #expect(byMembers.text.contains(#"aria-sort="descending""#))
                let second = try await client.execute(
                    uri: "/admin/groups?sort=members&order=desc&limit=1&page=2", method: .get,
                    headers: session.headers())
                #expect(second.text.rowIDs(prefix: "group") == ["OPSXA"])
                let byTitle = try await client.execute(
                    uri: "/admin/groups?q=OPER", method: .get, headers: session.headers())
                #expect(byTitle.text.rowIDs(prefix: "group") == ["OPS_A"])
                let wildcard = try await client.execute(
                    uri: "/admin/groups?q=S_", method: .get, headers: session.headers())
                #expect(wildcard.text.rowIDs(prefix: "group") == ["OPS_A"], "an underscore typed is an underscore")
                let bad = try await client.execute(
                    uri: "/admin/groups?sort=secret", method: .get, headers: session.headers())
                #expect(bad.status == .badRequest)

                let csv = try await client.execute(
                    uri: byMembers.text.link(id: "csv-link"), method: .get,
                    headers: session.headers())
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(csv.text.hasPrefix("\u{FEFF}"))
                let groupTable = ReadCSV(csv.text)
                #expect(groupTable.records[1] == ["Group", "Title", "Members"])
                #expect(
                    groupTable.rows == [
                        ["HR-CASES", "HR case files", "3"], ["OPSXA", "Exercise", "2"], ["OPS_A", "Operations", "1"],
                    ])
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == admin.id && export.details["list"] == "admin.groups")
                #expect(export.details["count"] == "3" && export.details["sort"] == "members")

                // Units: IPS (admin, clerk, aud), HEALTH (doc, aud).
                let units = try await client.execute(
                    uri: "/admin/units?sort=accounts&order=asc", method: .get, headers: session.headers())
                #expect(units.status == .ok)
                #expect(units.text.rowIDs(prefix: "unit") == ["HEALTH", "IPS"])
                #expect(units.text.contains(#"href="/admin/users?unit=IPS""#))
                let byName = try await client.execute(
                    uri: "/admin/units?q=ips", method: .get, headers: session.headers())
                #expect(byName.text.rowIDs(prefix: "unit") == ["IPS"])
                let unitCSV = try await client.execute(
                    uri: units.text.link(id: "csv-link"), method: .get, headers: session.headers())
                #expect(ReadCSV(unitCSV.text).rows == [["HEALTH", "2"], ["IPS", "3"]])
                #expect(
                    try await installation.auditEvents(action: "list.export").last?.details["list"] == "admin.units")

                _ = try await client.postForm(
                    "/language",
                    ["language": "fr", "return": "/admin", "_csrf": try await client.sessionCSRF(session)],
                    cookies: [session.headers()[.cookie]!])
                let french = try await client.execute(
                    uri: "/admin/units?format=csv", method: .get, headers: session.headers())
                #expect(ReadCSV(french.text).records[1] == ["Unité", "Comptes"])
                let frenchGroups = try await client.execute(
                    uri: "/admin/groups", method: .get, headers: session.headers())
                #expect(frenchGroups.text.sortHeader("members") == "Membres")
                #expect(frenchGroups.text.element(id: "csv-link") == "Télécharger en CSV")
            }
        }
    }

    @Test("sign-in counters: searched by name, sorted by failures, exported without the buttons' column")
    func throttles() async throws {
        try await withInstallation(throttleClock: ManualClock()) { installation in
            let admin = try await installation.user("admin", MockUser.admin)
            try await installation.user("doc", MockUser.clinician)
            try await installation.app.test(.router) { client in
                for _ in 1...2 { _ = try await client.postLogin("doc", password: "not the password") }
                _ = try await client.postLogin("nobody", password: "not the password")
                let session = try await client.signIn("admin")
                let all = try await client.execute(
                    uri: "/admin/throttles?sort=failures&order=desc", method: .get, headers: session.headers())
                #expect(all.status == .ok)
                // A name is counted alone and with its address: two counters each, doc's with more failures.
                let names = Self.typed(all.text).filter { !$0.isEmpty }
                #expect(names == ["doc", "doc", "nobody", "nobody"])
                let one = try await client.execute(
                    uri: "/admin/throttles?q=NOB", method: .get, headers: session.headers())
                #expect(Self.typed(one.text) == ["nobody", "nobody"])
                let csv = try await client.execute(
                    uri: one.text.link(id: "csv-link"), method: .get, headers: session.headers())
                let table = ReadCSV(csv.text)
                #expect(table.records[1] == ["Name as typed", "Address", "Failed attempts", "Waits until"])
                #expect(table.rows.map { [$0[0], $0[2]] } == [["nobody", "1"], ["nobody", "1"]])
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == admin.id && export.details["list"] == "admin.throttles")
                #expect(export.details["filters"] == "q=NOB")
            }
        }
    }

    @Test("a clerk is refused the groups, units and counters, as pages and as CSV, and learns nothing of them")
    func refusedToOthers() async throws {
        try await withInstallation(throttleClock: ManualClock()) { installation in
            try await installation.chancery.groups.create(name: "HR-CASES", title: "HR case files", actor: "test")
            try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("doc", MockUser.clinician)
            try await installation.app.test(.router) { client in
                _ = try await client.postLogin("doc", password: "not the password")
                let clerk = try await client.signIn("clerk")
                for path in [
                    "/admin/groups", "/admin/groups?format=csv", "/admin/units", "/admin/units?format=csv&q=HEALTH",
                    "/admin/throttles", "/admin/throttles?format=csv",
                ] {
                    let refused = try await client.execute(uri: path, method: .get, headers: clerk.headers())
                    #expect(refused.status == .forbidden, "\(path)")
                    #expect(refused.headers[.contentType] != "text/csv; charset=utf-8", "\(path)")
                    for secret in ["HR-CASES", "HR case files", "HEALTH"] {
                        #expect(!refused.text.contains(secret), "\(path) shows \(secret)")
                    }
                }
                #expect(try await installation.auditEvents(action: "list.export").isEmpty)
            }
        }
    }
}
