import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine

/// The administrators' accounts list as a list: sorted, paged, filtered and exported in SQL.
@Suite("Accounts list")
struct AccountListWebTests {
    static func unescaped(_ href: String?) -> String { (href ?? "").replacingOccurrences(of: "&amp;", with: "&") }

    static func usernames(_ page: String) -> [String] {
        page.matches(of: #/<tr id="user-([^"]+)">/#).map { String($0.output.1) }
    }

    @Test("sorted by clearance, page 2, filtered by role; the CSV equals the list and is audited; not for a clerk")
    func accounts() async throws {
        try await withInstallation { installation in
            let admin = try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("doc", MockUser.clinician)
            try await installation.user("vic", MockUser.visitor)
            try await installation.user(
                "mallory",
                UserAttributes(
                    displayName: "=cmd|' /C calc'!A0", clearance: .natoRestricted, nationality: "BEL", categories: [],
                    roles: [], units: ["J3"], groups: []))
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                let sorted = try await client.execute(
                    uri: "/admin/users?sort=clearance&order=asc", method: .get, headers: session.headers())
                #expect(sorted.status == .ok)
                // NU, NR, then the three NATO SECRET accounts by user name.
                #expect(Self.usernames(sorted.text) == ["vic", "mallory", "admin", "clerk", "doc"])
                #expect(sorted.text.element(id: "list-count") == "Rows 1 to 5 of 5")

                let second = try await client.execute(
                    uri: "/admin/users?sort=clearance&order=asc&limit=2&page=2", method: .get,
                    headers: session.headers())
                #expect(Self.usernames(second.text) == ["admin", "clerk"])

                let byRole = try await client.execute(
                    uri: "/admin/users?role=health.clinician", method: .get, headers: session.headers())
                #expect(Self.usernames(byRole.text) == ["doc"])
                let byText = try await client.execute(
                    uri: "/admin/users?q=REG", method: .get, headers: session.headers())
                #expect(Self.usernames(byText.text) == ["clerk"], "Rémi Registre's display name, whatever the case")

                let csv = try await client.execute(
                    uri: Self.unescaped(sorted.text.firstHref(id: "csv-link")), method: .get, headers: session.headers()
                )
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                let table = ReadCSV(csv.text)
                #expect(table.rows.map { $0[0] } == Self.usernames(sorted.text))
                #expect(table.rows[1][1] == "'=cmd|' /C calc'!A0")
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == admin.id && export.details["list"] == "admin.users")
                #expect(export.details["count"] == "5")

                // A clerk may not list accounts, nor export them; nothing is exported, nothing audited.
                let clerk = try await client.signIn("clerk")
                let refused = try await client.execute(
                    uri: "/admin/users?format=csv", method: .get, headers: clerk.headers())
                #expect(refused.status == .forbidden)
                #expect(try await installation.auditEvents(action: "list.export").count == 1)
            }
        }
    }
}
