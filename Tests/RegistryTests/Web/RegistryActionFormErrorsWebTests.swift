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

/// Issue 17, item 9, for the registry's remaining forms: verifying, distributing, filing, closing and archiving from
/// the record page, attaching a
/// file, recording a key update, acknowledging a receipt and distributing a batch from the queue. A refused form comes
/// back with every error at once in a summary that takes the focus, each field marked and described by its sentence,
/// and nothing written.
@Suite("Registry action forms: every error at once")
struct RegistryActionFormErrorsWebTests {
    /// As the page writes them (an apostrophe is escaped).
    static let choose = [
        "en": "Choose one of the values offered.", "fr": "Choisissez l&#39;une des valeurs proposées.",
    ]
    static let required = ["en": "This field is required.", "fr": "Ce champ est obligatoire."]

    static func actions(_ installation: TestInstallation) async throws -> [String] {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT action FROM audit_events ORDER BY seq").all().map {
                try $0.decode(column: "action", as: String.self)
            }
        }
    }

    /// The actions audited since `count` events, reads (re-showing a page reads it) and signing in left out.
    static func changes(_ installation: TestInstallation, since count: Int64) async throws -> [String] {
        try await actions(installation).dropFirst(Int(count)).filter {
            !$0.hasSuffix(".read") && $0 != "object.list" && !$0.hasPrefix("login.") && !$0.hasPrefix("session.")
                && $0 != "user.language"
        }
    }

    static func noEnglish(_ page: String, _ language: String) {
        guard language == "fr" else { return }
        for english in ["This field", "Choose one", "problem", "The form"] {
            #expect(!page.visibleText.contains(english), "no English on the French page: \(english)")
        }
    }

    @Test(
        "distribute and file from the record page: a list or folder that is not offered is marked, nothing done",
        arguments: ["en", "fr"])
    func distributeAndFile(language: String) async throws {
        try await withInstallation { installation in
            // setup
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register("Order", series: "IMSM", by: clerk)
            let list = try await installation.chancery.distributionLists.create(
                .init(name: "Front office", description: "", members: [.init(kind: .unit, id: "J2", role: .info)]),
                by: clerk)
            let folder = try await installation.chancery.filePlan.create(
                kind: .folder,
                parentID: try await installation.chancery.filePlan.create(
                    kind: .category, parentID: nil, code: "1", title: "Ops", retentionYears: nil, disposition: nil,
                    by: supervisor
                ).id,
                code: "1.1", title: "Orders", retentionYears: 0, disposition: .destroy, by: supervisor)
            let path = "/registry/records/\(record.object.id)"
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                let events = try await installation.auditEventCount()

                // exercise: nonsense, an id of no list, nothing; a folder id of no folder
                for (value, sentence) in [
                    ("zzz'; DROP TABLE", Self.choose), (list.id.replacingOccurrences(of: "0", with: "1"), Self.choose),
                    ("", Self.required),
                ] where value != list.id {
                    let bad = try await client.postForm(
                        "\(path)/distribute", ["_csrf": csrf, "list": value], cookies: cookies, headers: headers)
                    #expect(bad.status == .badRequest, "\(value)")
                    #expect(bad.text.htmlLang == language)
                    #expect(bad.text.formRefusalProblems(fields: ["distribution-list"]) == [], "\(value)")
                    #expect(bad.text.element(id: "distribution-list-error") == sentence[language])
                    #expect(!bad.text.contains(#"id="action-error""#))
                    Self.noEnglish(bad.text, language)
                }
                let badFolder = try await client.postForm(
                    "\(path)/file", ["_csrf": csrf, "folder": "<b>nowhere</b>"], cookies: cookies, headers: headers)
                #expect(badFolder.status == .badRequest)
                #expect(badFolder.text.formRefusalProblems(fields: ["folder"]) == [])
                #expect(badFolder.text.element(id: "folder-error") == Self.choose[language])
                #expect(!badFolder.text.contains("<b>nowhere"))

                // validate: nothing done
                let after = try #require(try await installation.chancery.records.read(record.object.id, by: clerk))
                #expect(after.state == .registered && after.schedule.folderID == nil)
                #expect(try await Self.changes(installation, since: events) == [])

                // The choices offered still work, the list chosen kept when another form is refused.
                let filed = try await client.postForm(
                    "\(path)/file", ["_csrf": csrf, "folder": folder.id], cookies: cookies, headers: headers)
                #expect(filed.status == .seeOther)
                let distributed = try await client.postForm(
                    "\(path)/distribute", ["_csrf": csrf, "list": list.id], cookies: cookies, headers: headers)
                #expect(distributed.status == .seeOther)
            }
        }
    }

    @Test("a file of a refused type, or none: the file field is marked with the reason, nothing stored")
    func upload() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register("Minutes", series: "IMSM", by: clerk)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk", headers: [.acceptLanguage: "fr"])
                let csrf = try await client.sessionCSRF(session)
                let uri = "/registry/records/\(record.object.id)/upload"
                let events = try await installation.auditEventCount()

                // exercise: a PDF that is not one; a form without its file
                let (type, body) = FileFixtures.multipart(
                    csrf: csrf, filename: "a.pdf", type: "application/pdf", content: "not a pdf at all")
                let wrong = try await client.execute(
                    uri: uri, method: .post, headers: session.headers([.contentType: type, .acceptLanguage: "fr"]),
                    body: body)
                let boundary = "XyZ123boundary"
                let noFile = try await client.execute(
                    uri: uri, method: .post,
                    headers: session.headers([
                        .contentType: "multipart/form-data; boundary=\(boundary)", .acceptLanguage: "fr",
                    ]),
                    body: ByteBuffer(
                        string:
                            "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n--\(boundary)--\r\n"
                    ))

                // validate
                #expect(wrong.status == .unsupportedMediaType)
                #expect(noFile.status == .badRequest)
                for refused in [wrong, noFile] {
                    #expect(refused.text.formRefusalProblems(fields: ["upload-file"]) == [])
                    #expect(refused.text.element(id: "error-summary-heading") == "Le formulaire comporte 1 problème :")
                    #expect(!refused.text.contains(#"id="action-error""#))
                    Self.noEnglish(refused.text, "fr")
                }
                #expect(try await installation.chancery.attachments.verifyBlobs().checked == 0)
                let afterRefusal = try await Self.changes(installation, since: events)
                #expect(afterRefusal == [], "\(afterRefusal)")
            }
        }
    }

    @Test(
        "a key update without an edition, or with nonsense in it: that item's field marked, kept; nothing recorded",
        arguments: ["en", "fr"])
    func keyUpdate(language: String) async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user("vic", MockUser.visitor)
            let item = try await installation.chancery.keyMaterial.register(
                .init(
                    shortTitle: "AKAT-9", edition: "10", custodian: "IPS", label: .unclassified, periodMonths: 1,
                    nextDue: "2026-01-15"),
                by: clerk)
            let other = try await installation.chancery.keyMaterial.register(
                .init(
                    shortTitle: "BKAT-2", edition: "3", custodian: "IPS", label: .unclassified, periodMonths: 1,
                    nextDue: "2026-02-15"),
                by: clerk)
            let field = "edition-\(item.object.id)"
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                let events = try await installation.auditEventCount()
                let uri = "/registry/key-material/\(item.object.id)/update"

                // exercise
                let blank = try await client.postForm(
                    uri, ["_csrf": csrf, "edition": "   "], cookies: cookies, headers: headers)
                let nonsense = "11\u{7}\u{1B}[2J"
                let bell = try await client.postForm(
                    uri, ["_csrf": csrf, "edition": nonsense], cookies: cookies, headers: headers)
                let long = String(repeating: "9", count: 61)
                let tooLong = try await client.postForm(
                    uri, ["_csrf": csrf, "edition": long], cookies: cookies, headers: headers)

                // validate
                for refused in [blank, bell, tooLong] {
                    #expect(refused.status == .badRequest)
                    #expect(refused.text.htmlLang == language)
                    #expect(refused.text.formRefusalProblems(fields: [field]) == [])
                    #expect(!refused.text.fieldIsMarked("edition-\(other.object.id)"), "only the item sent is marked")
                    Self.noEnglish(refused.text, language)
                }
                #expect(blank.text.element(id: "\(field)-error") == Self.required[language])
                #expect(tooLong.text.contains(#"value="\#(long)""#), "what was typed is kept")
                #expect(
                    tooLong.text.element(id: "\(field)-error")?.contains(
                        language == "fr" ? "Nouvelle édition" : "New edition") == true)
                let after = try #require(
                    try await installation.chancery.keyMaterial.list(dueOnly: false, after: nil, limit: 10, by: clerk)
                        .items.first { $0.object.id == item.object.id })
                #expect(after.edition == "10" && after.nextDue == "2026-01-15", "nothing recorded")
                #expect(try await Self.changes(installation, since: events) == [])

                // Someone who may not record updates is refused before the checks, without the form.
                let vic = try await client.signIn("vic")
                let vicCSRF = try await client.sessionCSRF(vic)
                let refused = try await client.postForm(
                    uri, ["_csrf": vicCSRF, "edition": ""],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(vic.secret)"])
                #expect(refused.status == .forbidden)
                #expect(!refused.text.contains("error-summary") && refused.text.invalidFields.isEmpty)
                let afterRefusal = try await Self.changes(installation, since: events)
                #expect(afterRefusal == [], "\(afterRefusal)")
            }
        }
    }

    @Test(
        "acknowledging twice, or a copy that is not one's own or not a copy: the summary says why, nothing written",
        arguments: ["en", "fr"])
    func acknowledge(language: String) async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let order = try await installation.register(
                "Secret order", series: "IMSM", label: SecurityLabel(classification: .natoSecret), by: clerk)
            let list = try await installation.chancery.distributionLists.create(
                .init(name: "L", description: "", members: [.init(kind: .user, id: supervisor.id, role: .action)]),
                by: clerk)
            let report = try await installation.chancery.records.distribute(order.object.id, to: list.id, by: clerk)
            let copy = try #require(report.granted.first).id
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let sylvie = try await client.signIn("sylvie", headers: headers)
                let csrf = try await client.sessionCSRF(sylvie)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(sylvie.secret)"]
                let clerkSession = try await client.signIn("clerk", headers: headers)
                let clerkCSRF = try await client.sessionCSRF(clerkSession)

                // exercise: the clerk acknowledges the supervisor's copy; nonsense; then the supervisor twice
                let events = try await installation.auditEventCount()
                let notYours = try await client.postForm(
                    "/receipts/\(copy)/acknowledge", ["_csrf": clerkCSRF],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(clerkSession.secret)"], headers: headers)
                let nonsense = try await client.postForm(
                    "/receipts/%3Cscript%3E/acknowledge", ["_csrf": csrf], cookies: cookies, headers: headers)
                #expect(try await Self.changes(installation, since: events) == [], "nothing acknowledged")
                let first = try await client.postForm(
                    "/receipts/\(copy)/acknowledge", ["_csrf": csrf], cookies: cookies, headers: headers)
                #expect(first.status == .seeOther)
                let again = try await client.postForm(
                    "/receipts/\(copy)/acknowledge", ["_csrf": csrf], cookies: cookies, headers: headers)

                // validate
                #expect(notYours.status == .notFound && nonsense.status == .notFound)
                #expect(again.status == .conflict)
                for refused in [notYours, nonsense, again] {
                    #expect(refused.text.htmlLang == language)
                    #expect(refused.text.summaryTakesFocus)
                    #expect(refused.text.summaryItems.map(\.field) == ["receipts"], "linked to the list")
                    #expect(refused.text.contains(#"<section id="receipts""#))
                    #expect(refused.text.invalidFields.isEmpty && !refused.text.contains(#"id="action-error""#))
                    #expect(!refused.text.contains("<script>"))
                    Self.noEnglish(refused.text, language)
                }
                #expect(
                    try await installation.auditEvents(action: "receipt.acknowledge").count == 1, "one acknowledgement")
            }
        }
    }

    @Test(
        "a batch with nothing ticked and no list, or nonsense ticked: both marked at once, nothing distributed",
        arguments: ["en", "fr"])
    func batch(language: String) async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user("vic", MockUser.visitor)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let first = try await installation.register("One", series: "IMSM", by: clerk)
            let list = try await installation.chancery.distributionLists.create(
                .init(
                    name: "Front office", description: "",
                    members: [.init(kind: .user, id: supervisor.id, role: .action)]),
                by: clerk)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                let events = try await installation.auditEventCount()

                // exercise
                let empty = try await client.postForm(
                    "/registry/distribute-selected", ["_csrf": csrf, "list": ""], cookies: cookies, headers: headers)
                let nonsense = try await client.postForm(
                    "/registry/distribute-selected",
                    ["_csrf": csrf, "record.\(first.object.id)": "1", "record.../../x": "1", "list": "nope"],
                    cookies: cookies, headers: headers)
                let unknownList = try await client.postForm(
                    "/registry/distribute-selected",
                    ["_csrf": csrf, "record.\(first.object.id)": "1", "list": first.object.id], cookies: cookies,
                    headers: headers)

                // validate
                for refused in [empty, nonsense] {
                    #expect(refused.status == .badRequest)
                    #expect(refused.text.htmlLang == language)
                    #expect(refused.text.formRefusalProblems(fields: ["batch-records", "batch-list"]) == [])
                    #expect(refused.text.element(id: "batch-list-error") != nil)
                    Self.noEnglish(refused.text, language)
                }
                #expect(empty.text.element(id: "batch-list-error") == Self.required[language])
                #expect(nonsense.text.element(id: "batch-records-error") == Self.choose[language])
                #expect(
                    nonsense.text.contains(
                        #"id="pick-\#(first.object.id)" name="record.\#(first.object.id)" value="1" aria-label="\#(first.reference)" checked"#
                    ), "the ticks are kept")
                #expect(unknownList.status == .badRequest)
                #expect(unknownList.text.formRefusalProblems(fields: ["batch-list"]) == [])
                #expect(try await Self.changes(installation, since: events) == [], "nothing distributed")
                let still = try await installation.chancery.records.count(.init(queue: .toDistribute), by: clerk)
                #expect(still == 1)

                // Someone who is not a registrar is refused before the checks.
                let vic = try await client.signIn("vic")
                let refused = try await client.postForm(
                    "/registry/distribute-selected",
                    ["_csrf": try await client.sessionCSRF(vic), "record.\(first.object.id)": "1", "list": list.id],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(vic.secret)"])
                #expect(refused.status == .forbidden && !refused.text.contains("error-summary"))
                let afterRefusal = try await Self.changes(installation, since: events)
                #expect(afterRefusal == [], "\(afterRefusal)")
            }
        }
    }

    @Test(
        "verify, close, archive refused: the failed checks by the verify button, a wrong state on the state, nothing done",
        arguments: ["en", "fr"])
    func lifeCycleSteps(language: String) async throws {
        try await withInstallation { installation in
            // setup: an item received in a series that checks the originator's reference, which it lacks
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user(
                "ana",
                UserAttributes(
                    displayName: "Ana", clearance: .natoSecret, nationality: "FRA", categories: [], roles: [],
                    units: ["IPS"], groups: []))
            try await installation.series(
                "MSG", template: "MSG/{year}/{seq:5}", checks: [.originatorReference], requiresVerification: true,
                by: supervisor)
            let record = try await installation.register(
                "Order", series: "MSG",
                details: RegistryRecord.Details(
                    recordType: "message", originator: "SHAPE", originatorReference: nil, addressees: ["COS"],
                    documentDate: "2026-01-05", receivedDate: "2026-01-06", language: "en", contentMarking: nil,
                    keywords: [], metadata: [:]),
                by: clerk)
            #expect(record.state == .received)
            let path = "/registry/records/\(record.object.id)"
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]

                // exercise: verify with nonsense alongside; close and archive an item that is only received
                let verify = try await client.postForm(
                    "\(path)/verify", ["_csrf": csrf, "list": "<b>x</b>", "folder": "'; DROP TABLE records"],
                    cookies: cookies, headers: headers)
                let close = try await client.postForm(
                    "\(path)/close", ["_csrf": csrf, "reason": "\u{7}\u{1B}[2J"], cookies: cookies, headers: headers)
                let archive = try await client.postForm(
                    "\(path)/archive", ["_csrf": csrf], cookies: cookies, headers: headers)
                let noRecord = try await client.postForm(
                    "/registry/records/%3Cscript%3E/close", ["_csrf": csrf], cookies: cookies, headers: headers)

                // validate
                #expect(verify.status == .unprocessableContent)
                #expect(verify.text.formRefusalProblems(fields: ["verify-submit"]) == [])
                #expect(verify.text.element(id: "failed-checks")?.contains("originatorReference") == true)
                #expect(
                    verify.text.openingTag(id: "verify-submit")?.contains(
                        #"aria-describedby="verify-submit-error failed-checks""#) == true)
                #expect(!verify.text.contains("<b>x"))
                #expect(close.status == .conflict && archive.status == .conflict)
                for refused in [close, archive] {
                    #expect(refused.text.formRefusalProblems(fields: ["record-state"]) == [])
                    #expect(refused.text.element(id: "record-state-error") != nil)
                }
                for refused in [verify, close, archive] {
                    #expect(refused.text.htmlLang == language)
                    #expect(!refused.text.contains(#"id="action-error""#))
                    Self.noEnglish(refused.text, language)
                }
                #expect(noRecord.status == .notFound, "an address that names no item: not found, never a 500")
                let after = try #require(try await installation.chancery.records.read(record.object.id, by: clerk))
                #expect(after.state == .received && after.object.version == record.object.version, "nothing done")

                // Someone who may read the item but is not a registrar is refused without the form's summary.
                let ana = try await client.signIn("ana", headers: headers)
                let anaCSRF = try await client.sessionCSRF(ana)
                for action in ["verify", "close", "archive"] {
                    let refused = try await client.postForm(
                        "\(path)/\(action)", ["_csrf": anaCSRF],
                        cookies: ["\(SessionAuthenticator.cookieName)=\(ana.secret)"], headers: headers)
                    #expect([.forbidden, .notFound].contains(refused.status), "\(action): \(refused.status)")
                    #expect(!refused.text.contains("error-summary") && refused.text.invalidFields.isEmpty)
                }
                let still = try #require(try await installation.chancery.records.read(record.object.id, by: clerk))
                #expect(still.state == .received && still.object.version == record.object.version)
            }
        }
    }

    @Test(
        "hold, release, access list, downgrade, destroy refused by the store: on their fields or the state, typed kept",
        arguments: ["en", "fr"])
    func storeRefusals(language: String) async throws {
        try await withInstallation { installation in
            // setup: a secret item filed in a folder kept 0 years and closed (due for destruction today), under a
            // hold; another item to grant and downgrade
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let secret = try await installation.register(
                "Old plan", series: "IMSM", label: SecurityLabel(classification: .natoSecret), by: clerk)
            let folder = try await installation.chancery.filePlan.create(
                kind: .folder,
                parentID: try await installation.chancery.filePlan.create(
                    kind: .category, parentID: nil, code: "1", title: "Ops", retentionYears: nil, disposition: nil,
                    by: supervisor
                ).id,
                code: "1.1", title: "Plans", retentionYears: 0, disposition: .destroy, by: supervisor)
            _ = try await installation.chancery.records.file(secret.object.id, in: folder.id, by: clerk)
            _ = try await installation.chancery.records.close(secret.object.id, by: clerk)
            let hold = try await installation.chancery.records.placeHold(
                on: secret.object.id, reason: "Inquiry", by: clerk)
            let order = try await installation.register(
                "Order", series: "IMSM", label: SecurityLabel(classification: .natoConfidential), by: clerk)
            let secretPath = "/registry/records/\(secret.object.id)"
            let orderPath = "/registry/records/\(order.object.id)"
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("sylvie", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                func post(_ path: String, _ fields: [String: String]) async throws -> TestResponse {
                    try await client.postForm(
                        path, fields.merging(["_csrf": csrf]) { own, _ in own }, cookies: cookies, headers: headers)
                }

                // exercise: destroy while held (the item), then, the hold released, naming oneself as witness
                let held = try await post("\(secretPath)/destroy", ["witness": "Marc", "method": "shredder"])
                _ = try await installation.chancery.records.releaseHold(hold.id, by: supervisor)
                let events = try await installation.auditEventCount()
                let ownWitness = try await post("\(secretPath)/destroy", ["witness": "sylvie", "method": "x"])
                // a grantee who is nobody; a stale version; a classification that is no downgrade
                let nobody = try await post(
                    "\(orderPath)/acl-add",
                    [
                        "version": String(order.object.version), "kind": "user", "grantee": "nobody",
                        "permission": "write",
                    ])
                let stale = try await post(
                    "\(orderPath)/acl-add",
                    ["version": "99", "kind": "unit", "grantee": "J2", "permission": "read"])
                let notLower = try await post(
                    "\(orderPath)/downgrade", ["classification": "NS", "authority": "Order 12/26", "reason": "Review"])

                // validate
                #expect(held.status == .conflict)
                #expect(held.text.formRefusalProblems(fields: ["record-state"]) == [])
                #expect(held.text.contains(#"value="Marc""#) && held.text.contains(#"value="shredder""#), "kept")
                #expect(ownWitness.status == .forbidden)
                #expect(ownWitness.text.formRefusalProblems(fields: ["witness"]) == [])
                #expect(ownWitness.text.contains(#"value="sylvie""#))
                #expect(nobody.status == .badRequest)
                #expect(nobody.text.formRefusalProblems(fields: ["acl-grantee"]) == [])
                #expect(nobody.text.contains(#"value="nobody""#))
                #expect(nobody.text.contains(#"<option value="write" selected>"#), "the permission chosen kept")
                #expect(stale.status == .preconditionFailed)
                #expect(stale.text.formRefusalProblems(fields: ["record-state"]) == [])
                #expect(stale.text.contains(#"<option value="unit" selected>"#), "the kind chosen kept")
                #expect(notLower.status == .conflict)
                #expect(notLower.text.formRefusalProblems(fields: ["downgrade-classification"]) == [])
                #expect(notLower.text.contains(#"value="Order 12/26""#) && notLower.text.contains(#"value="Review""#))
                for refused in [held, ownWitness, nobody, stale, notLower] {
                    #expect(refused.text.htmlLang == language)
                    #expect(!refused.text.contains(#"id="action-error""#))
                    #expect(refused.text.summaryDeadLinks == [] && refused.text.summarySentences == [])
                    Self.noEnglish(refused.text, language)
                }
                let changes = try await Self.changes(installation, since: events)
                #expect(
                    changes.allSatisfy { $0 == "access.denied" }, "nothing written, the refusal audited: \(changes)")
                #expect(
                    try await installation.chancery.records.read(secret.object.id, by: supervisor)?.state == .closed)

                // A hold released meanwhile: its button is gone, so the summary says why without a link.
                let again = try await post("\(secretPath)/release", ["hold": hold.id])
                let nonsense = try await post("\(secretPath)/release", ["hold": "<b>x</b>"])
                for refused in [again, nonsense] {
                    #expect(refused.status == .unprocessableContent)
                    #expect(refused.text.summaryTakesFocus)
                    #expect(refused.text.summaryItems.isEmpty && refused.text.summarySentences.count == 1)
                    #expect(refused.text.invalidFields.isEmpty && !refused.text.contains(#"id="action-error""#))
                    #expect(!refused.text.contains("<b>x"))
                    Self.noEnglish(refused.text, language)
                }
                // Placing a hold on an item destroyed meanwhile: on its state (the hold form is gone).
                _ = try await installation.chancery.records.dispose(
                    secret.object.id, action: .destroy, witness: "Marc", method: nil, by: supervisor)
                let late = try await post("\(secretPath)/hold", ["reason": "Too late"])
                #expect(late.status == .conflict)
                #expect(late.text.formRefusalProblems(fields: ["record-state"]) == [])
                #expect(try await installation.auditEvents(action: "record.hold").count == 1, "no second hold")
                #expect(
                    try await installation.chancery.records.read(order.object.id, by: supervisor)?.object.version
                        == order.object.version, "the order unchanged")
            }
        }
    }

    @Test("someone who may read the item but is no registrar: the refusal page, with its frame, for every form")
    func notARegistrar() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user(
                "ana",
                UserAttributes(
                    displayName: "Ana", clearance: .natoSecret, nationality: "FRA", categories: [], roles: [],
                    units: ["IPS"], groups: []))
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register("Order", series: "IMSM", by: clerk)
            let hold = try await installation.chancery.records.placeHold(
                on: record.object.id, reason: "Inquiry", by: clerk)
            try await installation.app.test(.router) { client in
                let ana = try await client.signIn("ana", headers: [.acceptLanguage: "fr"])
                let csrf = try await client.sessionCSRF(ana)
                #expect(
                    try await client.execute(
                        uri: "/registry/records/\(record.object.id)", method: .get, headers: ana.headers()
                    ).status == .ok, "she reads the item")
                let events = try await installation.auditEventCount()
                let forms: [(String, [String: String])] = [
                    ("hold", ["reason": "Mine"]), ("release", ["hold": hold.id]),
                    ("acl-add", ["version": "1", "kind": "unit", "grantee": "J2", "permission": "read"]),
                    ("acl-remove", ["version": "1", "kind": "unit", "grantee": "IPS"]),
                    ("downgrade", ["classification": "NU", "authority": "A", "reason": "R"]),
                    ("destroy", ["witness": "Marc"]), ("hold", ["reason": ""]),
                ]
                for (action, fields) in forms {
                    let refused = try await client.postForm(
                        "/registry/records/\(record.object.id)/\(action)",
                        fields.merging(["_csrf": csrf]) { a, _ in a },
                        cookies: ["\(SessionAuthenticator.cookieName)=\(ana.secret)"], headers: [.acceptLanguage: "fr"])
                    #expect(refused.status == .forbidden, "\(action)")
                    #expect(!refused.text.contains("error-summary") && refused.text.invalidFields.isEmpty, "\(action)")
                    #expect(!refused.text.contains(#"id="action-error""#))
                    #expect(
                        refused.text.htmlLang == "fr" && refused.text.contains(#"id="masthead-search""#),
                        "the frame kept")
                    #expect(!refused.text.contains("registry.clerk"), "the job, not the role's id")
                }
                let changes = try await Self.changes(installation, since: events)
                #expect(changes == [], "nothing written: \(changes)")
                #expect(
                    try await installation.chancery.records.holds(of: record.object.id, by: clerk)?.1.first?.releasedAt
                        == nil)
            }
        }
    }

    @Test(
        "a batch refused once the queue was emptied meanwhile: one sentence saying so, no link to a field gone",
        arguments: ["en", "fr"])
    func batchAfterQueueEmptied(language: String) async throws {
        try await withInstallation { installation in
            // setup: one item waiting, which a supervisor distributes while the clerk's page is open
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let item = try await installation.register("One", series: "IMSM", by: clerk)
            let list = try await installation.chancery.distributionLists.create(
                .init(name: "Front office", description: "", members: [.init(kind: .unit, id: "J2", role: .info)]),
                by: clerk)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                _ = try await installation.chancery.records.distribute(item.object.id, to: list.id, by: supervisor)
                let events = try await installation.auditEventCount()

                // exercise: the item ticked, no list chosen
                let refused = try await client.postForm(
                    "/registry/distribute-selected", ["_csrf": csrf, "record.\(item.object.id)": "1", "list": ""],
                    cookies: cookies, headers: headers)

                // validate
                #expect(refused.status == .badRequest)
                #expect(refused.text.htmlLang == language)
                #expect(refused.text.summaryTakesFocus)
                #expect(refused.text.summaryItems.isEmpty, "no link: \(refused.text.summaryItems.map(\.field))")
                #expect(refused.text.summarySentences.count == 1)
                #expect(
                    refused.text.summarySentences.first?.contains(language == "fr" ? "entre-temps" : "meanwhile")
                        == true)
                #expect(refused.text.invalidFields.isEmpty && !refused.text.contains(#"id="batch-form""#))
                Self.noEnglish(refused.text, language)
                #expect(try await Self.changes(installation, since: events) == [], "nothing distributed")
            }
        }
    }
}
