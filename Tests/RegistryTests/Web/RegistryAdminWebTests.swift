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

/// Issue 17, item 13: the registry's reference data in the administration console — reference series, distribution
/// lists and the file plan — for administrators only, every change audited, every form's errors listed at once.
@Suite("The registry in the administration console")
struct RegistryAdminWebTests {
    static func actions(_ installation: TestInstallation, like pattern: String) async throws -> [(String, String)] {
        try await installation.chancery.database.read { db in
            try await db.raw(
                "SELECT action, actor FROM audit_events WHERE action LIKE \(bind: pattern) ORDER BY seq"
            ).all().map {
                (try $0.decode(column: "action", as: String.self), try $0.decode(column: "actor", as: String.self))
            }
        }
    }

    @Test(
        "reference series: every error at once, created and edited by an administrator, audited; a stale edit is refused"
    )
    func referenceSeries() async throws {
        try await withInstallation { installation in
            let admin = try await installation.user("admin", MockUser.admin)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                let cookie = session.headers()[.cookie]!
                let csrf = try await client.sessionCSRF(session)
                let form = try await client.execute(
                    uri: "/admin/registry/series/new", method: .get, headers: session.headers())
                #expect(form.status == .ok)
                #expect(form.text.contains(#"id="office-menu""#) && form.text.contains("/admin/registry/file-plan"))

                let bad = try await client.postForm(
                    "/admin/registry/series/new",
                    ["_csrf": csrf, "version": "0", "code": "bad code", "title": "", "template": "NO-SEQ"],
                    cookies: [cookie])
                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "error-summary-heading") == "The form has 3 problems:")
                for field in ["code", "title", "template"] {
                    #expect(bad.text.contains(#"id="\#(field)-error""#), "\(field) has its own sentence")
                }
                #expect(bad.text.contains(#"value="bad code""#), "what was typed stays")
                #expect(try await installation.chancery.referenceSeries.all().isEmpty, "nothing was stored")

                let made = try await client.postForm(
                    "/admin/registry/series/new",
                    [
                        "_csrf": csrf, "version": "0", "code": "IMSM", "title": "International Military Staff",
                        "template": "IMSM-{seq:4}-{year}", "requiresVerification": "on", "check-originator": "on",
                    ], cookies: [cookie])
                #expect(made.headers[.location] == "/admin/registry/series/IMSM?done=seriesCreated")
                let series = try #require(try await installation.chancery.referenceSeries.find("IMSM"))
                #expect(series.requiresVerification && series.checks == [.originator])
                let page = try await client.execute(
                    uri: "/admin/registry/series/IMSM?done=seriesCreated", method: .get, headers: session.headers())
                #expect(page.text.element(id: "notice") == "The series IMSM was created.")

                // The same template for a second series is refused on its field, nothing stored.
                let twin = try await client.postForm(
                    "/admin/registry/series/new",
                    [
                        "_csrf": csrf, "version": "0", "code": "TWIN", "title": "Twin",
                        "template": "IMSM-{seq:4}-{year}",
                    ],
                    cookies: [cookie])
                #expect(twin.status == .badRequest && twin.text.contains(#"id="template-error""#))

                var edit = [
                    "_csrf": csrf, "version": String(series.version), "title": "IMS correspondence",
                    "template": "IMSM-{seq:4}-{year}", "active": "on",
                ]
                let saved = try await client.postForm("/admin/registry/series/IMSM", edit, cookies: [cookie])
                #expect(saved.headers[.location] == "/admin/registry/series/IMSM?done=seriesSaved")
                let after = try #require(try await installation.chancery.referenceSeries.find("IMSM"))
                #expect(after.title == "IMS correspondence" && !after.requiresVerification && after.version == 2)

                edit["title"] = "Overwritten"
                let stale = try await client.postForm("/admin/registry/series/IMSM", edit, cookies: [cookie])
                #expect(stale.status == .conflict)
                #expect(stale.text.contains("Someone changed this series"))
                #expect(stale.text.contains(#"value="IMS correspondence""#))
                #expect(try await installation.chancery.referenceSeries.find("IMSM")?.title == "IMS correspondence")

                let events = try await Self.actions(installation, like: "series.%")
                #expect(events.map(\.0) == ["series.create", "series.update"])
                #expect(events.allSatisfy { $0.1 == admin.id }, "audited under the administrator")

                // In French, the page and its refusals speak French.
                _ = try await client.postForm(
                    "/language", ["language": "fr", "return": "/admin", "_csrf": csrf], cookies: [cookie])
                let french = try await client.postForm(
                    "/admin/registry/series/new",
                    ["_csrf": csrf, "version": "0", "code": "", "title": "", "template": ""], cookies: [cookie])
                #expect(french.text.element(id: "error-summary-heading") == "Le formulaire comporte 3 problèmes :")
                #expect(french.text.element(id: "title-error") == "Ce champ est obligatoire.")
                #expect(french.text.contains("Nouvelle série de références"))
                let list = try await client.execute(
                    uri: "/admin/registry/series", method: .get, headers: session.headers())
                #expect(list.text.element(id: "page-title") == "Séries de références")
                #expect(list.text.contains("en usage") && !list.text.contains("in use"))
            }
        }
    }

    @Test("distribution lists: create one, add and remove members at the version read; bad input refused whole")
    func distributionLists() async throws {
        try await withInstallation { installation in
            let admin = try await installation.user("admin", MockUser.admin)
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.chancery.groups.create(name: "J3", title: "Operations", actor: "test")
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                let cookie = session.headers()[.cookie]!
                let csrf = try await client.sessionCSRF(session)
                let bad = try await client.postForm(
                    "/admin/registry/lists",
                    ["_csrf": csrf, "name": "", "description": "", "ownerKind": "user", "owner": "nobody"],
                    cookies: [cookie])
                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "error-summary-heading") == "The form has 2 problems:")
                #expect(bad.text.contains(#"id="name-error""#) && bad.text.contains(#"id="owner-error""#))
                #expect(try await installation.chancery.distributionLists.all().isEmpty)

                let made = try await client.postForm(
                    "/admin/registry/lists",
                    [
                        "_csrf": csrf, "name": "J3 staff", "description": "Operations", "ownerKind": "unit",
                        "owner": "ips",
                    ],
                    cookies: [cookie])
                #expect(made.status == .seeOther)
                var list = try #require(try await installation.chancery.distributionLists.all().first)
                #expect(list.owner == .init(kind: .unit, id: "IPS"))
                let path = "/admin/registry/lists/\(list.id)"

                let added = try await client.postForm(
                    "\(path)/members",
                    [
                        "_csrf": csrf, "version": String(list.version), "memberKind": "user", "member": "clerk",
                        "memberRole": "action",
                    ], cookies: [cookie])
                #expect(added.headers[.location] == "\(path)?done=memberAdded&who=clerk")
                list = try #require(try await installation.chancery.distributionLists.find(list.id))
                #expect(list.members == [.init(kind: .user, id: clerk.id, role: .action)])

                let unknownGroup = try await client.postForm(
                    "\(path)/members",
                    [
                        "_csrf": csrf, "version": String(list.version), "memberKind": "group", "member": "NOPE",
                        "memberRole": "bogus",
                    ], cookies: [cookie])
                #expect(unknownGroup.status == .badRequest)
                #expect(unknownGroup.text.element(id: "error-summary-heading") == "The form has 2 problems:")
                #expect(unknownGroup.text.contains(#"id="member-error""#))

                let group = try await client.postForm(
                    "\(path)/members",
                    [
                        "_csrf": csrf, "version": String(list.version), "memberKind": "group", "member": "J3",
                        "memberRole": "info",
                    ], cookies: [cookie])
                #expect(group.status == .seeOther)
                // A form read before the group was added is stale: the member is not removed behind its back.
                let stale = try await client.postForm(
                    "\(path)/members/remove",
                    ["_csrf": csrf, "version": String(list.version), "kind": "user", "member": clerk.id],
                    cookies: [cookie])
                #expect(stale.status == .conflict && stale.text.contains("Someone changed this list"))
                list = try #require(try await installation.chancery.distributionLists.find(list.id))
                #expect(list.members.count == 2)

                let removed = try await client.postForm(
                    "\(path)/members/remove",
                    ["_csrf": csrf, "version": String(list.version), "kind": "user", "member": clerk.id],
                    cookies: [cookie])
                #expect(removed.headers[.location] == "\(path)?done=memberRemoved&who=clerk")
                list = try #require(try await installation.chancery.distributionLists.find(list.id))
                #expect(list.members == [.init(kind: .group, id: "J3", role: .info)])
                let page = try await client.execute(
                    uri: "\(path)?done=memberRemoved&who=clerk", method: .get, headers: session.headers())
                #expect(page.text.element(id: "notice") == "clerk was removed from the list.")
                #expect(page.text.contains(#"id="member-1""#))

                let events = try await Self.actions(installation, like: "distribution-list.%")
                #expect(
                    events.map(\.0) == ["distribution-list.create"]
                        + Array(repeating: "distribution-list.update", count: 3))
                #expect(events.allSatisfy { $0.1 == admin.id })
            }
        }
    }

    @Test("the file plan is a tree; nodes are added, renamed at the version read, and retired children first")
    func filePlan() async throws {
        try await withInstallation { installation in
            let admin = try await installation.user("admin", MockUser.admin)
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: admin.principal)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                let cookie = session.headers()[.cookie]!
                let csrf = try await client.sessionCSRF(session)
                let plan = installation.chancery.filePlan

                let bad = try await client.postForm(
                    "/admin/registry/file-plan",
                    [
                        "_csrf": csrf, "kind": "folder", "parent": "", "code": "", "title": "Orders",
                        "retentionYears": "500", "disposition": "",
                    ], cookies: [cookie])
                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "error-summary-heading") == "The form has 4 problems:")
                for field in ["parent", "code", "retentionYears", "disposition"] {
                    #expect(bad.text.contains(#"id="\#(field)-error""#), "\(field) is marked")
                }
                #expect(try await plan.all().isEmpty)

                let category = try await client.postForm(
                    "/admin/registry/file-plan",
                    ["_csrf": csrf, "kind": "category", "parent": "", "code": "1000", "title": "Operations"],
                    cookies: [cookie])
                #expect(category.status == .seeOther)
                let operations = try #require(try await plan.all().first)
                let folder = try await client.postForm(
                    "/admin/registry/file-plan",
                    [
                        "_csrf": csrf, "kind": "folder", "parent": operations.id, "code": "1000.10",
                        "title": "Exercise orders", "retentionYears": "5", "disposition": "destroy",
                    ], cookies: [cookie])
                #expect(folder.status == .seeOther)
                let orders = try #require(try await plan.all().first { $0.code == "1000.10" })
                #expect(orders.parentID == operations.id && orders.retentionYears == 5)

                let tree = try await client.execute(
                    uri: "/admin/registry/file-plan", method: .get, headers: session.headers())
                let nested = try #require(tree.text.range(of: #"<li id="node-\#(operations.id)">"#))
                let child = try #require(tree.text.range(of: #"<li id="node-\#(orders.id)">"#))
                #expect(nested.upperBound < child.lowerBound, "the folder is inside its category's item")
                #expect(tree.text[nested.upperBound..<child.lowerBound].contains("<ul>"), "nested as a list")
                #expect(tree.text.contains("kept 5 years after cutoff, then destroyed"))

                // A record filed in the folder before it is retired.
                let record = try await installation.register("Order", series: "IMSM", by: clerk.principal)
                _ = try await installation.chancery.records.file(
                    record.object.id, in: orders.id, by: clerk.principal)

                let renamed = try await client.postForm(
                    "/admin/registry/file-plan/\(orders.id)/rename",
                    ["_csrf": csrf, "version": "1", "title": "Exercise and training orders"], cookies: [cookie])
                #expect(renamed.headers[.location] == "/admin/registry/file-plan/\(orders.id)?done=nodeRenamed")
                let stale = try await client.postForm(
                    "/admin/registry/file-plan/\(orders.id)/rename",
                    ["_csrf": csrf, "version": "1", "title": "Overwritten"], cookies: [cookie])
                #expect(stale.status == .conflict && stale.text.contains("Someone changed this node"))
                let empty = try await client.postForm(
                    "/admin/registry/file-plan/\(orders.id)/rename",
                    ["_csrf": csrf, "version": "2", "title": " "], cookies: [cookie])
                #expect(empty.status == .badRequest && empty.text.contains(#"id="title-error""#))
                #expect(try await plan.find(orders.id)?.title == "Exercise and training orders")

                let refused = try await client.postForm(
                    "/admin/registry/file-plan/\(operations.id)/retire", ["_csrf": csrf], cookies: [cookie])
                #expect(refused.status == .conflict)
                #expect(refused.text.contains("1000 cannot be retired: it still holds 1 node(s) in use (1000.10)"))
                #expect(try await plan.find(operations.id)?.isRetired == false)

                let retired = try await client.postForm(
                    "/admin/registry/file-plan/\(orders.id)/retire", ["_csrf": csrf], cookies: [cookie])
                #expect(retired.headers[.location] == "/admin/registry/file-plan/\(orders.id)?done=nodeRetired")
                let parentToo = try await client.postForm(
                    "/admin/registry/file-plan/\(operations.id)/retire", ["_csrf": csrf], cookies: [cookie])
                #expect(parentToo.status == .seeOther, "with its children retired, the category may go")

                // Not offered for filing any more, refused when named; the record filed in it keeps it.
                #expect(try await plan.openFolders().isEmpty)
                let other = try await installation.register("Other", series: "IMSM", by: clerk.principal)
                await #expect(throws: AppError.self) {
                    try await installation.chancery.records.file(other.object.id, in: orders.id, by: clerk.principal)
                }
                let kept = try await installation.chancery.records.read(record.object.id, by: clerk.principal)
                #expect(kept?.schedule.folderID == orders.id)
                let page = try await client.execute(
                    uri: "/admin/registry/file-plan/\(orders.id)", method: .get, headers: session.headers())
                #expect(page.text.contains(#"id="node-retired""#) && !page.text.contains(#"id="retire-form""#))

                let events = try await Self.actions(installation, like: "file-plan.%")
                #expect(
                    events.map(\.0) == [
                        "file-plan.create", "file-plan.create", "file-plan.rename", "file-plan.retire",
                        "file-plan.retire",
                    ])
                #expect(events.allSatisfy { $0.1 == admin.id })
            }
        }
    }

    @Test("a registry clerk or supervisor is refused every page and form, is not shown the links, and nothing changes")
    func nonAdministratorsAreRefused() async throws {
        try await withInstallation { installation in
            let admin = try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("sylvie", MockUser.supervisor)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: admin.principal)
            let list = try await installation.chancery.distributionLists.create(
                .init(name: "All staff", description: "", members: []), by: admin.principal)
            let node = try await installation.chancery.filePlan.create(
                kind: .category, parentID: nil, code: "1000", title: "Operations", retentionYears: nil,
                disposition: nil, by: admin.principal)
            let before = try await installation.auditEventCount()
            try await installation.app.test(.router) { client in
                for username in ["clerk", "sylvie"] {
                    let session = try await client.signIn(username)
                    let cookie = session.headers()[.cookie]!
                    let csrf = try await client.sessionCSRF(session)
                    let home = try await client.execute(uri: "/registry", method: .get, headers: session.headers())
                    #expect(!home.text.contains("/admin/registry"), "\(username) is not shown the console's links")
                    for path in [
                        "/admin/registry/series", "/admin/registry/series/new", "/admin/registry/series/IMSM",
                        "/admin/registry/lists", "/admin/registry/lists/\(list.id)", "/admin/registry/file-plan",
                        "/admin/registry/file-plan/\(node.id)",
                    ] {
                        let page = try await client.execute(uri: path, method: .get, headers: session.headers())
                        #expect(page.status == .forbidden, "\(path) refuses \(username)")
                        #expect(page.text.contains(#"id="error-detail""#) && page.text.contains("an administrator"))
                        #expect(!page.text.contains("Operations") && !page.text.contains("All staff"))
                    }
                    let posts: [(String, [String: String])] = [
                        (
                            "/admin/registry/series/new",
                            ["code": "NEW", "title": "New", "template": "N-{seq:3}-{year}"]
                        ),
                        (
                            "/admin/registry/series/IMSM",
                            ["version": "1", "title": "Changed", "template": "X-{seq:3}-{year}"]
                        ),
                        ("/admin/registry/lists", ["name": "Mine", "ownerKind": "unit", "owner": "IPS"]),
                        ("/admin/registry/lists/\(list.id)", ["version": "1", "name": "Renamed"]),
                        (
                            "/admin/registry/lists/\(list.id)/members",
                            ["version": "1", "memberKind": "unit", "member": "IPS", "memberRole": "info"]
                        ),
                        ("/admin/registry/file-plan", ["kind": "category", "code": "2000", "title": "More"]),
                        ("/admin/registry/file-plan/\(node.id)/rename", ["version": "1", "title": "Renamed"]),
                        ("/admin/registry/file-plan/\(node.id)/retire", [:]),
                    ]
                    for (path, fields) in posts {
                        let posted = try await client.postForm(
                            path, fields.merging(["_csrf": csrf]) { $1 }, cookies: [cookie])
                        #expect(posted.status == .forbidden, "POST \(path) refuses \(username)")
                    }
                }
            }
            #expect(try await installation.chancery.referenceSeries.all().map(\.title) == ["Series IMSM"])
            #expect(try await installation.chancery.distributionLists.all().map(\.name) == ["All staff"])
            #expect(try await installation.chancery.filePlan.all().map(\.title) == ["Operations"])
            #expect(try await installation.chancery.filePlan.find(node.id)?.isRetired == false)
            let events = try await Self.actions(installation, like: "%")
            #expect(
                !events.dropFirst(Int(before)).contains {
                    $0.0.hasPrefix("series.") || $0.0.hasPrefix("distribution-list.") || $0.0.hasPrefix("file-plan.")
                }, "no change was audited")
        }
    }

    @Test("the API renames a node at its ETag and retires it; a clerk is refused; live children refuse retirement")
    func filePlanAPI() async throws {
        try await withInstallation { installation in
            try await installation.user("sylvie", MockUser.supervisor)
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let supervisor = try await client.token(for: "sylvie")
                let clerk = try await client.token(for: "clerk")
                let made = try await client.api(
                    .post, "/api/v1/file-plan", token: supervisor,
                    json: #"{"kind":"category","code":"1000","title":"Operations"}"#)
                let category = try made.jsonObject()
                let id = try #require(category["id"] as? String)
                #expect(category["version"] as? Int == 1)
                _ = try await client.api(
                    .post, "/api/v1/file-plan", token: supervisor,
                    json:
                        #"{"kind":"folder","parent":"\#(id)","code":"1000.10","title":"Orders","retentionYears":2,"disposition":"review"}"#
                )

                let byClerk = try await client.api(
                    .patch, "/api/v1/file-plan/\(id)", token: clerk, json: #"{"title":"Mine"}"#,
                    headers: [.ifMatch: #""v1""#])
                #expect(byClerk.status == .forbidden)
                let noIfMatch = try await client.api(
                    .patch, "/api/v1/file-plan/\(id)", token: supervisor, json: #"{"title":"Ops"}"#)
                #expect(noIfMatch.status == .preconditionRequired)
                let unknownField = try await client.api(
                    .patch, "/api/v1/file-plan/\(id)", token: supervisor, json: #"{"code":"9"}"#,
                    headers: [.ifMatch: #""v1""#])
                #expect(unknownField.status == .badRequest)
                let renamed = try await client.api(
                    .patch, "/api/v1/file-plan/\(id)", token: supervisor, json: #"{"title":"Operations and plans"}"#,
                    headers: [.ifMatch: #""v1""#])
                #expect(renamed.status == .ok && renamed.headers[.eTag] == #""v2""#)
                let stale = try await client.api(
                    .patch, "/api/v1/file-plan/\(id)", token: supervisor, json: #"{"title":"Again"}"#,
                    headers: [.ifMatch: #""v1""#])
                #expect(stale.status == .preconditionFailed)

                let live = try await client.api(.post, "/api/v1/file-plan/\(id)/retirement", token: supervisor)
                #expect(try live.problem(.conflict, type: "node-has-live-children").detail.contains("1000.10"))
                #expect(
                    try await client.api(.post, "/api/v1/file-plan/\(id)/retirement", token: clerk).status
                        == .forbidden)
                let unknown = try await client.api(.post, "/api/v1/file-plan/nope/retirement", token: supervisor)
                #expect(unknown.status == .notFound)
                let items = try (try await client.api(.get, "/api/v1/file-plan", token: clerk)).jsonObject()
                #expect((items["items"] as? [[String: Any]])?.allSatisfy { $0["retiredAt"] == nil } == true)
            }
        }
    }
}
