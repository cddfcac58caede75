import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine

/// Issue 17, item 13: the administration console, for administrators only, every change audited.
@Suite("The administration console")
struct AdminWebTests {
    /// The fields of a new account's form, as a browser sends them.
    static func newAccount(_ csrf: String, _ extra: [String: String] = [:]) -> [String: String] {
        [
            "_csrf": csrf, "version": "0", "username": "nina", "displayName": "Nina Nouvelle",
            "password": "a long enough password", "clearance": "NR", "nationality": "BEL", "units": "ips",
            "role-registry.clerk": "on",
        ].merging(extra) { _, new in new }
    }

    @Test("an administrator creates an account in the browser; it signs in and sees exactly what its label allows")
    func createAndSignIn() async throws {
        try await withInstallation { installation in
            let admin = try await installation.user("admin", MockUser.admin)
            let restricted = try await installation.note(
                "Restricted minutes", SecurityLabel(classification: .natoRestricted), unit: "IPS", by: admin.principal)
            _ = try await installation.note(
                "Secret minutes", SecurityLabel(classification: .natoSecret), unit: "IPS", by: admin.principal)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                let csrf = try await client.sessionCSRF(session)
                let home = try await client.execute(uri: "/home", method: .get, headers: session.headers())
                #expect(home.text.firstHref(id: "open-admin") == "/admin", "the administrator's card opens the console")
                #expect(home.text.contains(#"id="site-admin""#))
                let form = try await client.execute(uri: "/admin/users/new", method: .get, headers: session.headers())
                #expect(form.status == .ok)
                #expect(
                    form.text.contains(#"name="role-registry.clerk""#)
                        && form.text.contains(#"name="category-MEDICAL""#))

                let created = try await client.postForm(
                    "/admin/users/new", Self.newAccount(csrf), cookies: [session.headers()[.cookie]!])
                #expect(created.status == .seeOther)
                #expect(created.headers[.location] == "/admin/users/nina?done=created")
                let nina = try #require(try await installation.chancery.users.find(username: "nina"))
                #expect(nina.clearance == .natoRestricted && nina.nationality == "BEL" && nina.units == ["IPS"])
                #expect(nina.roles == [.registryClerk])
                let page = try await client.execute(
                    uri: "/admin/users/nina?done=created", method: .get, headers: session.headers())
                #expect(page.text.element(id: "notice") == "The account nina was created.")
                let events = try await installation.chancery.database.read { db in
                    try await db.raw(
                        "SELECT actor FROM audit_events WHERE action = 'user.create' AND details LIKE '%nina%'"
                    )
                    .all().map { try $0.decode(column: "actor", as: String.self) }
                }
                #expect(events == [admin.id], "the creation is audited under the administrator")

                // Nina signs in with the password the administrator set, and sees the restricted minutes only.
                let hers = try await client.signIn("nina", password: "a long enough password")
                let list = try await client.execute(uri: "/home", method: .get, headers: hers.headers())
                #expect(list.text.contains(restricted.title))
                #expect(!list.text.contains("Secret minutes"))
                // She is no administrator: the console refuses her, and her menus do not offer it.
                #expect(!list.text.contains(#"id="site-admin""#))
                let refused = try await client.execute(uri: "/admin/users", method: .get, headers: hers.headers())
                #expect(refused.status == .forbidden)
                #expect(!refused.text.contains("Nina Nouvelle") && !refused.text.contains("admin-users"))
                #expect(!refused.text.contains("role-required") && !refused.text.contains(".admin"))
            }
        }
    }

    @Test("a bad account form lists every error at once, marks each field, keeps what was typed, and stores nothing")
    func everyErrorAtOnce() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                let csrf = try await client.sessionCSRF(session)
                let before = try await installation.chancery.users.list().count
                let refused = try await client.postForm(
                    "/admin/users/new",
                    Self.newAccount(
                        csrf,
                        [
                            "username": "Bad Name", "displayName": "", "password": "short", "clearance": "TOP",
                            "nationality": "XXX", "units": "I P S",
                        ]), cookies: [session.headers()[.cookie]!])
                #expect(refused.status == .badRequest)
                #expect(refused.text.element(id: "error-summary-heading") == "The form has 6 problems:")
                for field in ["username", "displayName", "password", "clearance", "nationality", "units"] {
                    #expect(refused.text.contains(##"href="#\##(field)""##), "the summary links to \(field)")
                    #expect(refused.text.contains(#"id="\#(field)-error""#), "\(field) has its own sentence")
                }
                #expect(refused.text.components(separatedBy: #"aria-invalid="true""#).count - 1 == 6)
                #expect(refused.text.contains(#"value="Bad Name""#), "what was typed stays")
                #expect(!refused.text.contains("short"), "the password is never sent back")
                #expect(try await installation.chancery.users.list().count == before)

                // In French, the same refusal speaks French.
                _ = try await client.postForm(
                    "/language", ["language": "fr", "return": "/admin", "_csrf": csrf],
                    cookies: [session.headers()[.cookie]!])
                let french = try await client.postForm(
                    "/admin/users/new", Self.newAccount(csrf, ["displayName": ""]),
                    cookies: [session.headers()[.cookie]!])
                #expect(french.status == .badRequest)
                #expect(french.text.element(id: "error-summary-heading") == "Le formulaire comporte 1 problème :")
                #expect(french.text.element(id: "displayName-error") == "Ce champ est obligatoire.")
            }
        }
    }

    @Test("only administrators reach the console; its forms refuse a missing CSRF token")
    func onlyAdministrators() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let clerk = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(clerk)
                for path in [
                    "/admin", "/admin/users", "/admin/users/new", "/admin/users/admin", "/admin/groups",
                    "/admin/units", "/admin/categories", "/admin/throttles",
                ] {
                    let page = try await client.execute(uri: path, method: .get, headers: clerk.headers())
                    #expect(page.status == .forbidden, "\(path) refuses a registry clerk")
                    #expect(page.text.contains(#"id="error-detail""#) && page.text.contains("an administrator"))
                    #expect(!page.text.contains("Alex Admin"), "\(path) names no account")
                }
                let before = try await installation.chancery.users.list().count
                let posted = try await client.postForm(
                    "/admin/users/new", Self.newAccount(csrf), cookies: [clerk.headers()[.cookie]!])
                #expect(posted.status == .forbidden)
                let lock = try await client.postForm(
                    "/admin/users/admin/lock", ["_csrf": csrf], cookies: [clerk.headers()[.cookie]!])
                #expect(lock.status == .forbidden)
                #expect(try await installation.chancery.users.list().count == before)
                #expect(try await installation.chancery.users.find(username: "admin")?.disabled == false)

                let admin = try await client.signIn("admin")
                let forged = try await client.postForm(
                    "/admin/users/new", Self.newAccount("not-the-token"), cookies: [admin.headers()[.cookie]!])
                #expect(forged.status == .forbidden)
                #expect(try await installation.chancery.users.find(username: "nina") == nil)
            }
        }
    }

    @Test("lock, unlock, a new password and ending sessions, each audited; an administrator cannot lock themself")
    func signInActions() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let admin = try await client.signIn("admin")
                let cookie = admin.headers()[.cookie]!
                let csrf = try await client.sessionCSRF(admin)
                let clerk = try await client.signIn("clerk")

                let locked = try await client.postForm("/admin/users/clerk/lock", ["_csrf": csrf], cookies: [cookie])
                #expect(locked.headers[.location] == "/admin/users/clerk?done=locked")
                let ended = try await client.execute(uri: "/home", method: .get, headers: clerk.headers())
                #expect(ended.status == .seeOther, "the locked account's session has ended")
                #expect(try await client.postLogin("clerk").status != .seeOther, "a locked account cannot sign in")
                let page = try await client.execute(uri: "/admin/users/clerk", method: .get, headers: admin.headers())
                #expect(page.text.contains(#"id="unlock-form""#) && !page.text.contains(#"id="lock-form""#))

                _ = try await client.postForm("/admin/users/clerk/unlock", ["_csrf": csrf], cookies: [cookie])
                let again = try await client.signIn("clerk")

                let weak = try await client.postForm(
                    "/admin/users/clerk/password", ["_csrf": csrf, "newPassword": "short"], cookies: [cookie])
                #expect(weak.status == .badRequest)
                #expect(weak.text.contains(#"id="newPassword-error""#))
                let changed = try await client.postForm(
                    "/admin/users/clerk/password", ["_csrf": csrf, "newPassword": "another long password"],
                    cookies: [cookie])
                #expect(changed.status == .seeOther)
                #expect(
                    try await client.execute(uri: "/home", method: .get, headers: again.headers()).status == .seeOther)
                #expect(try await client.postLogin("clerk").status != .seeOther, "the old password no longer works")
                let renewed = try await client.signIn("clerk", password: "another long password")

                _ = try await client.postForm("/admin/users/clerk/sessions", ["_csrf": csrf], cookies: [cookie])
                #expect(
                    try await client.execute(uri: "/home", method: .get, headers: renewed.headers()).status == .seeOther
                )

                let own = try await client.postForm("/admin/users/admin/lock", ["_csrf": csrf], cookies: [cookie])
                #expect(own.status == .conflict)
                #expect(try await installation.chancery.users.find(username: "admin")?.disabled == false)

                let actions = try await installation.chancery.database.read { db in
                    try await db.raw(
                        "SELECT action FROM audit_events WHERE action LIKE 'user.%' OR action LIKE 'session%'"
                    )
                    .all().map { try $0.decode(column: "action", as: String.self) }
                }
                #expect(actions.filter { $0 == "user.update" }.count >= 2, "lock and unlock are audited: \(actions)")
                #expect(actions.contains { $0.contains("password") }, "the new password is audited: \(actions)")
            }
        }
    }

    @Test("an edit made meanwhile by another administrator is not overwritten: the form shows the account as it now is")
    func staleEdit() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let admin = try await client.signIn("admin")
                let cookie = admin.headers()[.cookie]!
                let csrf = try await client.sessionCSRF(admin)
                var fields = AdminUsersController.values(of: clerk)
                fields["_csrf"] = csrf
                fields["version"] = String(clerk.version)
                fields["role-registry.clerk"] = "on"
                fields["displayName"] = "First Edit"
                let first = try await client.postForm("/admin/users/clerk", fields, cookies: [cookie])
                #expect(first.status == .seeOther)
                fields["displayName"] = "Second Edit"
                let second = try await client.postForm("/admin/users/clerk", fields, cookies: [cookie])
                #expect(second.status == .conflict)
                #expect(second.text.contains("Someone changed this account"))
                #expect(second.text.contains(#"value="First Edit""#))
                #expect(try await installation.chancery.users.find(username: "clerk")?.displayName == "First Edit")

                // Taking away one's own admin role is refused, with the field marked.
                let me = try #require(try await installation.chancery.users.find(username: "admin"))
                var mine = AdminUsersController.values(of: me)
                mine["_csrf"] = csrf
                mine["version"] = String(me.version)
                let own = try await client.postForm("/admin/users/admin", mine, cookies: [cookie])
                #expect(own.status == .badRequest)
                #expect(own.text.contains(#"id="roles-error""#))
                #expect(try await installation.chancery.users.find(username: "admin")?.roles == [.admin])
            }
        }
    }

    @Test("groups: create one, add and remove a member; bad names refused with the field marked; all audited")
    func groups() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let admin = try await client.signIn("admin")
                let cookie = admin.headers()[.cookie]!
                let csrf = try await client.sessionCSRF(admin)
                let bad = try await client.postForm(
                    "/admin/groups", ["_csrf": csrf, "name": "no spaces", "title": ""], cookies: [cookie])
                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "error-summary-heading") == "The form has 2 problems:")
                #expect(try await installation.chancery.groups.list().isEmpty)
                let made = try await client.postForm(
                    "/admin/groups", ["_csrf": csrf, "name": "HR-CASES", "title": "HR case files"], cookies: [cookie])
                #expect(made.headers[.location] == "/admin/groups/HR-CASES?done=groupCreated")
                let taken = try await client.postForm(
                    "/admin/groups", ["_csrf": csrf, "name": "hr-cases", "title": "Again"], cookies: [cookie])
                #expect(taken.status == .badRequest && taken.text.contains(#"id="name-error""#))

                let page = try await client.execute(
                    uri: "/admin/groups/HR-CASES", method: .get, headers: admin.headers())
                #expect(page.text.contains(#"<option value="clerk">"#), "the accounts are offered as suggestions")
                let unknown = try await client.postForm(
                    "/admin/groups/HR-CASES/members", ["_csrf": csrf, "username": "nobody"], cookies: [cookie])
                #expect(unknown.status == .badRequest && unknown.text.contains(#"id="username-error""#))
                let added = try await client.postForm(
                    "/admin/groups/HR-CASES/members", ["_csrf": csrf, "username": "clerk"], cookies: [cookie])
                #expect(added.status == .seeOther)
                #expect(try await installation.chancery.users.find(username: "clerk")?.groups == ["HR-CASES"])
                let listed = try await client.execute(
                    uri: "/admin/groups/HR-CASES?done=added&who=clerk", method: .get, headers: admin.headers())
                #expect(listed.text.contains(#"id="member-clerk""#))
                #expect(listed.text.element(id: "notice") == "clerk was added to the group.")
                _ = try await client.postForm(
                    "/admin/groups/HR-CASES/members/clerk/remove", ["_csrf": csrf], cookies: [cookie])
                #expect(try await installation.chancery.users.find(username: "clerk")?.groups == [])
                let missing = try await client.execute(
                    uri: "/admin/groups/NOPE", method: .get, headers: admin.headers())
                #expect(missing.status == .notFound && missing.text.contains(#"id="error-detail""#))
            }
        }
    }

    @Test("the list filters and sorts; units, categories and sign-in locks list; every page is French in French")
    func listsAndFrench() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("doc", MockUser.clinician)
            try await installation.app.test(.router) { client in
                let admin = try await client.signIn("admin")
                let byUnit = try await client.execute(
                    uri: "/admin/users?unit=HEALTH", method: .get, headers: admin.headers())
                #expect(byUnit.text.contains(#"id="user-doc""#) && !byUnit.text.contains(#"id="user-clerk""#))
                let sorted = try await client.execute(
                    uri: "/admin/users?sort=name&order=desc", method: .get, headers: admin.headers())
                let vic = try #require(sorted.text.range(of: #"id="user-doc""#))
                let remi = try #require(sorted.text.range(of: #"id="user-clerk""#))
                #expect(remi.lowerBound < vic.lowerBound, "Rémi before Dr Martin, descending")
                #expect(sorted.text.contains(#"aria-sort="descending""#))
                let bad = try await client.execute(
                    uri: "/admin/users?sort=salary", method: .get, headers: admin.headers())
                #expect(bad.status == .badRequest && bad.text.contains(#"id="error-detail""#))
                let categories = try await client.execute(
                    uri: "/admin/categories", method: .get, headers: admin.headers())
                #expect(
                    categories.text.contains("MEDICAL") && categories.text.contains("/admin/users?category=MEDICAL"))

                _ = try await client.postForm(
                    "/language", ["language": "fr", "return": "/admin", "_csrf": try await client.sessionCSRF(admin)],
                    cookies: [admin.headers()[.cookie]!])
                for (path, title) in [
                    ("/admin", "Administration"), ("/admin/users", "Comptes"), ("/admin/users/new", "Nouveau compte"),
                    ("/admin/groups", "Groupes d&#39;accès restreint"), ("/admin/units", "Unités"),
                    ("/admin/categories", "Catégories spéciales"), ("/admin/throttles", "Blocages de connexion"),
                ] {
                    let page = try await client.execute(uri: path, method: .get, headers: admin.headers())
                    #expect(page.status == .ok, "\(path)")
                    #expect(page.text.htmlLang == "fr" && page.text.element(id: "page-title") == title, "\(path)")
                    #expect(page.text.contains(#"id="nav-admin-users""#), "\(path) has the console's menu")
                }
            }
        }
    }
}
