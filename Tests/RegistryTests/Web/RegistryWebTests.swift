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

/// The registry's pages, rendered and asserted in English and French.
@Suite("Registry pages")
struct RegistryWebTests {
    /// The id in a `/registry/records/<id>` location.
    static func recordID(_ location: String?) -> String? {
        location.flatMap { $0.split(separator: "/").last.map { String($0.split(separator: "?").first ?? "") } }
    }

    @Test("register → verify → distribute → acknowledge, in French: reference, banner, copy numbers, receipts")
    func walkInFrench() async throws {
        try await withInstallation { installation in
            // setup
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let ana = try await installation.user(
                "ana",
                UserAttributes(
                    displayName: "Ana", clearance: .natoSecret, nationality: "FRA", categories: [], roles: [],
                    units: ["J3"],
                    groups: []))
            let vic = try await installation.user("vic", MockUser.visitor)
            try await installation.series(
                "MSG", template: "MSG/{year}/{seq:5}", checks: [.label, .originator, .originatorReference],
                by: supervisor)
            _ = try await installation.chancery.distributionLists.create(
                .init(
                    name: "Bureau J3", description: "",
                    members: [
                        .init(kind: .user, id: ana.id, role: .action), .init(kind: .user, id: vic.id, role: .info),
                    ]),
                by: clerk)
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("clerk", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let form = try await client.execute(
                    uri: "/registry/register", method: .get, headers: session.headers(fr))
                #expect(form.status == .ok)
                #expect(form.text.element(id: "page-title") == "Enregistrer un élément")

                // exercise: register without the originator's reference, then correct by verifying after an edit
                let registered = try await client.postForm(
                    "/registry/register",
                    [
                        "_csrf": csrf, "series": "MSG", "direction": "incoming", "recordType": "message",
                        "title": "Message de SHAPE <script>alert(1)</script>", "classification": "NS",
                        "releasableTo": "NATO",
                        "contentMarking": "NS", "originator": "SHAPE J3",
                    ],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: fr)
                #expect(registered.status == .seeOther, "\(registered.text)")
                let id = try #require(Self.recordID(registered.headers[.location]))
                let location = try #require(registered.headers[.location])
                let page = try await client.execute(uri: location, method: .get, headers: session.headers(fr))

                // validate the record page
                #expect(page.status == .ok)
                #expect(page.text.htmlLang == "fr")
                let year = HeadquartersCalendar.year(Clock.nowMilliseconds())
                #expect(page.text.element(id: "record-reference") == "MSG/\(year)/00001")
                #expect(page.text.element(id: "record-state") == "reçu")
                #expect(page.text.element(id: "banner-top") == "NATO SECRET")
                #expect(page.text.element(id: "banner-bottom") == "NATO SECRET")
                #expect(!page.text.contains("<script>alert(1)"), "titles are escaped")
                #expect(page.text.element(id: "notice")?.hasSuffix("élément est enregistré.") == true)
                let bogus = try await client.execute(
                    uri: "/registry/records/\(id)?done=nonsense", method: .get, headers: session.headers(fr))
                #expect(bogus.text.element(id: "notice") == nil, "an unknown notice is not shown (not even as its key)")

                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                let failed = try await client.postForm(
                    "/registry/records/\(id)/verify", ["_csrf": csrf], cookies: cookies, headers: fr)
                #expect(failed.status == .unprocessableContent)
                #expect(failed.text.contains(#"id="failed-checks""#))
                #expect(failed.text.contains("originatorReference"))
                #expect(failed.text.contains("reste à l"))

                let token = try await client.token(for: "clerk")
                let patched = try await client.api(
                    .patch, "/api/v1/records/\(id)", token: token, json: #"{"originatorReference":"SH/J3/77"}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(patched.status == .ok)
                let verified = try await client.postForm(
                    "/registry/records/\(id)/verify", ["_csrf": csrf], cookies: cookies, headers: fr)
                #expect(verified.status == .seeOther)
                let lists = try await installation.chancery.distributionLists.all()
                let distributed = try await client.postForm(
                    "/registry/records/\(id)/distribute", ["_csrf": csrf, "list": lists[0].id], cookies: cookies,
                    headers: fr)
                #expect(distributed.status == .seeOther)
                let after = try await client.execute(
                    uri: "/registry/records/\(id)", method: .get, headers: session.headers(fr))
                #expect(after.text.element(id: "record-state") == "actif")
                #expect(after.text.contains("Exemplaire 1 sur 1"))
                #expect(after.text.contains("habilitation insuffisante"), "the visitor is reported, in French")

                // the recipient acknowledges on the receipts page
                let anaSession = try await client.signIn("ana")
                let anaCSRF = try await client.sessionCSRF(anaSession)
                let receipts = try await client.execute(uri: "/receipts", method: .get, headers: anaSession.headers())
                #expect(receipts.text.contains("Copy 1 of 1"))
                let copyID = try #require(
                    try await installation.chancery.records.outstandingReceipts(mine: true, by: ana.principal).first?
                        .copy.id)
                let printable = try await client.execute(
                    uri: "/receipts/\(copyID)/print", method: .get, headers: anaSession.headers())
                #expect(printable.status == .ok)
                #expect(printable.text.element(id: "receipt-copy") == "Copy 1 of 1")
                #expect(printable.text.element(id: "banner-top") == "NATO SECRET")
                let vicSession = try await client.signIn("vic")
                let notVics = try await client.execute(
                    uri: "/receipts/\(copyID)/print", method: .get, headers: vicSession.headers())
                #expect(notVics.status == .notFound)
                let acknowledged = try await client.postForm(
                    "/receipts/\(copyID)/acknowledge", ["_csrf": anaCSRF],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(anaSession.secret)"])
                #expect(acknowledged.status == .seeOther)
                let done = try await client.execute(
                    uri: "/receipts?done=acknowledged", method: .get, headers: anaSession.headers())
                #expect(done.text.element(id: "receipts-empty") == "You have no receipt to acknowledge.")
                let final = try await client.execute(
                    uri: "/registry/records/\(id)", method: .get, headers: session.headers(fr))
                #expect(final.text.contains("signé le"))
            }
        }
    }

    @Test("who may not read a record gets the not-found page; the desk counts only what they may read; forms need CSRF")
    func outsiders() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user("owen", MockUser.otherClerk)
            try await installation.series("MSG", template: "MSG/{year}/{seq:5}", checks: [.originator], by: supervisor)
            let secret = try await installation.register(
                "Secret signal", series: "MSG", label: SecurityLabel(classification: .natoSecret), by: clerk)
            // a distributed NS order, so that receipts are outstanding
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let order = try await installation.register(
                "Secret order", series: "IMSM", label: SecurityLabel(classification: .natoSecret), by: clerk)
            let list = try await installation.chancery.distributionLists.create(
                .init(name: "L", description: "", members: [.init(kind: .unit, id: "J2", role: .info)]), by: clerk)
            _ = try await installation.chancery.records.distribute(order.object.id, to: list.id, by: clerk)
            try await installation.app.test(.router) { client in
                let owen = try await client.signIn("owen")
                let page = try await client.execute(
                    uri: "/registry/records/\(secret.object.id)", method: .get, headers: owen.headers())
                #expect(page.status == .notFound)
                #expect(!page.text.contains("Secret signal") && !page.text.contains(secret.reference))
                let cover = try await client.execute(
                    uri: "/registry/records/\(secret.object.id)/cover", method: .get, headers: owen.headers())
                #expect(cover.status == .notFound)
                let desk = try await client.execute(uri: "/registry", method: .get, headers: owen.headers())
                #expect(desk.status == .ok)
                #expect(desk.text.element(id: "count-to-verify") == "0")
                #expect(!desk.text.contains("Secret signal"))

                let session = try await client.signIn("clerk")
                let eventsBefore = try await installation.auditEventCount()
                let clerkDesk = try await client.execute(uri: "/registry", method: .get, headers: session.headers())
                #expect(clerkDesk.text.element(id: "count-to-verify") == "1")
                let deskEvents = try await installation.auditEventCount() - eventsBefore
                #expect(
                    deskEvents == 1, "the desk's table is one list event; its counts show nothing and are not reads")
                #expect(clerkDesk.text.element(id: "count-receipts") == "1")
                #expect(clerkDesk.text.element(id: "banner-top") == "NATO SECRET")
                let forged = try await client.postForm(
                    "/registry/records/\(secret.object.id)/verify", ["_csrf": "forged"],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"])
                #expect(forged.status == .forbidden)
            }
        }
    }

    @Test("the to-distribute queue distributes the selected items to a list in one step")
    func batchFromTheQueue() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let first = try await installation.register("One", series: "IMSM", by: clerk)
            let second = try await installation.register("Two", series: "IMSM", by: clerk)
            let list = try await installation.chancery.distributionLists.create(
                .init(
                    name: "Front office", description: "",
                    members: [.init(kind: .user, id: supervisor.id, role: .action)]),
                by: clerk)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk", headers: [.acceptLanguage: "fr"])
                let csrf = try await client.sessionCSRF(session)
                let page = try await client.execute(
                    uri: "/registry/queues/to-distribute", method: .get, headers: session.headers())
                #expect(page.text.contains(#"id="batch-form""#))
                #expect(page.text.contains("pick-\(first.object.id)") && page.text.contains("pick-\(second.object.id)"))
                let posted = try await client.postForm(
                    "/registry/distribute-selected",
                    [
                        "_csrf": csrf, "record.\(first.object.id)": "1", "record.\(second.object.id)": "1",
                        "list": list.id,
                    ],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"])
                #expect(posted.status == .seeOther)
                let location = try #require(posted.headers[.location])
                let after = try await client.execute(uri: location, method: .get, headers: session.headers())
                #expect(after.text.element(id: "notice") == "2 éléments diffusés, 0 refusés.")
                #expect(!after.text.contains(#"id="batch-form""#))
            }
        }
    }

    @Test("the key material page marks what is overdue and records an update; the muster lists NS copies to tick")
    func keysAndMuster() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let item = try await installation.chancery.keyMaterial.register(
                .init(
                    shortTitle: "AKAT-9", edition: "10", custodian: "IPS",
                    label: SecurityLabel(classification: .natoSecret),
                    periodMonths: 1, nextDue: "2026-01-15"),
                by: clerk)
            let record = try await installation.register(
                "Secret order", series: "IMSM", label: SecurityLabel(classification: .natoSecret), by: clerk)
            let list = try await installation.chancery.distributionLists.create(
                .init(name: "L", description: "", members: [.init(kind: .user, id: supervisor.id, role: .action)]),
                by: clerk)
            _ = try await installation.chancery.records.distribute(record.object.id, to: list.id, by: clerk)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk", headers: [.acceptLanguage: "fr"])
                let csrf = try await client.sessionCSRF(session)
                let keys = try await client.execute(
                    uri: "/registry/key-material", method: .get, headers: session.headers())
                #expect(keys.status == .ok)
                #expect(keys.text.contains("AKAT-9") && keys.text.contains("en retard"))
                #expect(keys.text.element(id: "banner-top") == "NATO SECRET")
                let updated = try await client.postForm(
                    "/registry/key-material/\(item.object.id)/update", ["_csrf": csrf, "edition": "11"],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"])
                #expect(updated.status == .seeOther)
                let after = try await client.execute(
                    uri: "/registry/key-material?done=keyUpdate", method: .get, headers: session.headers())
                #expect(after.text.contains("2026-02-15"))
                let muster = try await client.execute(uri: "/registry/muster", method: .get, headers: session.headers())
                #expect(muster.status == .ok)
                #expect(muster.text.contains(record.reference) && muster.text.contains("Exemplaire 1 sur 1"))
            }
        }
    }

    @Test("from the record page: place and release a hold, grant and remove access by user name, downgrade")
    func holdsAccessAndDowngrade() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user(
                "hana",
                UserAttributes(
                    displayName: "Hana", clearance: .natoSecret, nationality: "DEU", categories: [], roles: [],
                    units: ["J5"],
                    groups: []))
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register(
                "Plan", series: "IMSM", label: SecurityLabel(classification: .natoSecret), by: clerk)
            let id = record.object.id
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("sylvie")
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                func post(_ action: String, _ fields: [String: String]) async throws -> TestResponse {
                    try await client.postForm(
                        "/registry/records/\(id)/\(action)", fields.merging(["_csrf": csrf]) { a, _ in a },
                        cookies: cookies)
                }
                let hana = try await client.signIn("hana")
                #expect(
                    try await client.execute(uri: "/registry/records/\(id)", method: .get, headers: hana.headers())
                        .status == .notFound)

                #expect(
                    try await post(
                        "acl-add", ["version": "1", "kind": "user", "grantee": "hana", "permission": "read"]
                    ).status == .seeOther)
                #expect(
                    try await client.execute(uri: "/registry/records/\(id)", method: .get, headers: hana.headers())
                        .status == .ok)
                let hanaID = try #require(try await installation.chancery.users.find(username: "hana")?.id)
                let granted = try await client.execute(
                    uri: "/registry/records/\(id)", method: .get, headers: session.headers())
                #expect(granted.text.contains("(hana)"), "the access list names the person")
                #expect(!granted.text.contains("<td>person \(hanaID)"), "not by her account's id")
                let stale = try await post("acl-remove", ["version": "1", "kind": "user", "grantee": "hana"])
                #expect(stale.status == .preconditionFailed)
                #expect(
                    try await post("acl-remove", ["version": "2", "kind": "user", "grantee": hanaID]).status
                        == .seeOther)
                #expect(
                    try await client.execute(uri: "/registry/records/\(id)", method: .get, headers: hana.headers())
                        .status == .notFound)

                #expect(try await post("hold", ["reason": "Board of inquiry"]).status == .seeOther)
                let held = try await client.execute(
                    uri: "/registry/records/\(id)", method: .get, headers: session.headers())
                #expect(held.text.contains("Board of inquiry"))
                let holdID = try #require(
                    try await installation.chancery.records.holds(of: id, by: supervisor)?.1.first?.id)
                #expect(try await post("release", ["hold": holdID]).status == .seeOther)

                let lowered = try await post(
                    "downgrade", ["classification": "NR", "authority": "Originator", "reason": "Plan executed"])
                #expect(lowered.status == .seeOther)
                let after = try await client.execute(
                    uri: "/registry/records/\(id)", method: .get, headers: session.headers())
                #expect(after.text.element(id: "banner-top") == "NATO RESTRICTED")
                let actions = try await installation.auditActions(of: id)
                for action in ["record.acl", "record.hold", "record.hold.release", "record.downgrade"] {
                    #expect(actions.contains(action), "\(action)")
                }
            }
        }
    }

    @Test(
        "from the record page: file, close, archive and destroy with a witness; the certificate shows, the content is gone"
    )
    func disposeFromThePage() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let folder = try await installation.chancery.filePlan.create(
                kind: .folder,
                parentID: try await installation.chancery.filePlan.create(
                    kind: .category, parentID: nil, code: "1", title: "Ops", retentionYears: nil, disposition: nil,
                    by: supervisor
                ).id,
                code: "1.1", title: "Orders", retentionYears: 0, disposition: .destroy, by: supervisor)
            let record = try await installation.register(
                "Order", series: "IMSM", label: SecurityLabel(classification: .natoSecret), by: clerk)
            let id = record.object.id
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("sylvie", headers: [.acceptLanguage: "fr"])
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                func post(_ action: String, _ fields: [String: String] = [:]) async throws -> TestResponse {
                    try await client.postForm(
                        "/registry/records/\(id)/\(action)", fields.merging(["_csrf": csrf]) { a, _ in a },
                        cookies: cookies)
                }
                #expect(try await post("file", ["folder": folder.id]).status == .seeOther)
                #expect(try await post("close").status == .seeOther)
                #expect(try await post("archive").status == .seeOther)
                let noWitness = try await post("destroy")
                #expect(noWitness.status == .badRequest)
                #expect(noWitness.text.contains("exige un témoin"))
                #expect(try await post("destroy", ["witness": "Lt Témoin", "method": "broyeur"]).status == .seeOther)
                let page = try await client.execute(
                    uri: "/registry/records/\(id)", method: .get, headers: session.headers())
                #expect(page.text.element(id: "record-state") == "détruit")
                #expect(page.text.contains(#"id="certificate""#) && page.text.contains("Lt Témoin"))
                #expect(!page.text.contains(#"id="actions-heading""#), "nothing more can be done to a destroyed item")
            }
        }
    }
}
