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

/// Issue 17, item 15: the console's reference series and distribution lists are lists like the others — sorted,
/// paged, searched and exported in SQL, the export audited — and only administrators read them.
@Suite("The registry's reference data as lists")
struct RegistryAdminListsWebTests {
    static func lists(_ page: String) -> [String] {
        page.matches(of: #/<tr id="list-[^"]+"><td><a href="[^"]+">([^<]+)</a>/#).map { String($0.output.1) }
    }

    @Test("series and distribution lists sort by their columns, page, search and export (audited); French headers")
    func seriesAndLists() async throws {
        try await withInstallation { installation in
            let admin = try await installation.user("admin", MockUser.admin)
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: admin.principal)
            try await installation.series(
                "AB", template: "AB-{seq:4}-{year}", checks: [.originator], by: admin.principal)
            try await installation.series("ZZ", template: "ZZ-{seq:4}-{year}", by: admin.principal)
            let lists = installation.chancery.distributionLists
            _ = try await lists.create(
                .init(
                    name: "Zulu readers", description: "Everyone",
                    members: [
                        .init(kind: .user, id: clerk.id, role: .action), .init(kind: .user, id: admin.id, role: .info),
                    ],
                    owner: .init(kind: .user, id: clerk.id)),
                by: admin.principal)
            _ = try await lists.create(
                .init(
                    name: "Alpha staff", description: "Operations",
                    members: [.init(kind: .unit, id: "IPS", role: .action)], owner: .init(kind: .unit, id: "IPS")),
                by: admin.principal)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                let byCode = try await client.execute(
                    uri: "/admin/registry/series?sort=code&order=desc", method: .get, headers: session.headers())
                #expect(byCode.status == .ok)
                #expect(byCode.text.rowIDs(prefix: "series") == ["ZZ", "IMSM", "AB"])
                #expect(byCode.text.element(id: "list-count") == "Rows 1 to 3 of 3")
                let paged = try await client.execute(
                    uri: "/admin/registry/series?limit=2&page=2", method: .get, headers: session.headers())
                #expect(paged.text.rowIDs(prefix: "series") == ["ZZ"])
                let found = try await client.execute(
                    uri: "/admin/registry/series?q=imsm", method: .get, headers: session.headers())
                #expect(found.text.rowIDs(prefix: "series") == ["IMSM"])
                let csv = try await client.execute(
                    uri: byCode.text.link(id: "csv-link"), method: .get,
                    headers: session.headers())
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                let table = ReadCSV(csv.text)
                #expect(table.records[1] == ["Code", "Title", "Template", "Checks before registration", "State"])
                #expect(table.rows.map { $0[0] } == ["ZZ", "IMSM", "AB"])
                var export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == admin.id && export.details["list"] == "admin.registry.series")

                let byMembers = try await client.execute(
                    uri: "/admin/registry/lists?sort=members&order=desc", method: .get, headers: session.headers())
                #expect(Self.lists(byMembers.text) == ["Zulu readers", "Alpha staff"])
                let byName = try await client.execute(
                    uri: "/admin/registry/lists", method: .get, headers: session.headers())
                #expect(Self.lists(byName.text) == ["Alpha staff", "Zulu readers"])
                let byOwner = try await client.execute(
                    uri: "/admin/registry/lists?sort=owner&order=asc&q=e", method: .get, headers: session.headers())
                #expect(Self.lists(byOwner.text) == ["Alpha staff", "Zulu readers"], "IPS before clerk's user name")
                let listCSV = try await client.execute(
                    uri: byMembers.text.link(id: "csv-link"), method: .get,
                    headers: session.headers())
                #expect(
                    ReadCSV(listCSV.text).rows == [
                        ["Zulu readers", "Everyone", "clerk", "2"], ["Alpha staff", "Operations", "IPS", "1"],
                    ])
                export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.details["list"] == "admin.registry.lists" && export.details["count"] == "2")
                let bad = try await client.execute(
                    uri: "/admin/registry/lists?order=sideways", method: .get, headers: session.headers())
                #expect(bad.status == .badRequest)

                _ = try await client.postForm(
                    "/language",
                    ["language": "fr", "return": "/admin", "_csrf": try await client.sessionCSRF(session)],
                    cookies: [session.headers()[.cookie]!])
                let french = try await client.execute(
                    uri: "/admin/registry/lists?format=csv", method: .get, headers: session.headers())
                #expect(ReadCSV(french.text).records[1] == ["Nom", "Description", "Détenteur", "Membres"])
                let frenchPage = try await client.execute(
                    uri: "/admin/registry/series", method: .get, headers: session.headers())
                #expect(frenchPage.text.sortHeader("template") == "Modèle")
                #expect(frenchPage.text.element(id: "csv-link") == "Télécharger en CSV")
            }
        }
    }

    @Test("a registry clerk is refused both lists, as pages and as CSV, and learns nothing of them")
    func refusedToClerk() async throws {
        try await withInstallation { installation in
            let admin = try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.series("SECRETS", template: "SEC-{seq:4}-{year}", by: admin.principal)
            _ = try await installation.chancery.distributionLists.create(
                .init(name: "Hidden circle", description: "Quiet", members: [], owner: .init(kind: .unit, id: "IPS")),
                by: admin.principal)
            try await installation.app.test(.router) { client in
                let clerk = try await client.signIn("clerk")
                for path in [
                    "/admin/registry/series", "/admin/registry/series?format=csv", "/admin/registry/lists",
                    "/admin/registry/lists?format=csv&q=Hidden",
                ] {
                    let refused = try await client.execute(uri: path, method: .get, headers: clerk.headers())
                    #expect(refused.status == .forbidden, "\(path)")
                    #expect(refused.headers[.contentType] != "text/csv; charset=utf-8", "\(path)")
                    #expect(!refused.text.contains("SECRETS") && !refused.text.contains("Hidden circle"), "\(path)")
                }
                #expect(try await installation.auditEvents(action: "list.export").isEmpty)
            }
        }
    }
}
