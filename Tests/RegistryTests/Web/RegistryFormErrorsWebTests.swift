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

/// Issue 17, item 9: a refused registry form comes back with every field error at once, in a summary that takes the
/// focus, each wrong field marked and described by its own sentence, what was typed kept, and nothing stored.
@Suite("Registry forms: every error at once")
struct RegistryFormErrorsWebTests {
    static let words: [String: (heading: String, required: String, date: String)] = [
        "en": ("The form has 4 problems:", "This field is required.", "Date of the document"),
        "fr": ("Le formulaire comporte 4 problèmes :", "Ce champ est obligatoire.", "Date du document"),
    ]

    static let badRegistration = [
        "series": "MSG", "direction": "incoming", "recordType": "poem", "title": "  ", "classification": "NS",
        "releasableTo": "ZZZ", "documentDate": "31/12/2026", "originator": "SHAPE J3",
        "originatorReference": "SH/J3/77", "addressees": "J3, J5",
    ]

    @Test(
        "registering: four wrong fields, four sentences, each field marked, what was typed kept, nothing stored",
        arguments: ["en", "fr"])
    func registerForm(language: String) async throws {
        try await withInstallation { installation in
            // setup
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("MSG", template: "MSG/{year}/{seq:5}", by: supervisor)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()

                // exercise
                let bad = try await client.postForm(
                    "/registry/register", Self.badRegistration.merging(["_csrf": csrf]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: headers)

                // validate
                let words = try #require(Self.words[language])
                #expect(bad.status == .badRequest)
                #expect(bad.text.htmlLang == language)
                #expect(bad.text.element(id: "error-summary-heading") == words.heading)
                let fields = ["recordType", "title", "releasableTo", "documentDate"]
                #expect(bad.text.formRefusalProblems(fields: fields) == [])
                #expect(bad.text.element(id: "title-error") == words.required)
                #expect(bad.text.element(id: "documentDate-error")?.contains(words.date) == true)
                #expect(bad.text.element(id: "releasableTo-error")?.contains("ZZZ") == true)
                for typed in ["SHAPE J3", "SH/J3/77", "J3, J5", "ZZZ", "31/12/2026"] {
                    #expect(bad.text.contains(#"value="\#(typed)""#), "\(typed) is kept")
                }
                #expect(bad.text.contains(#"<option value="NS" selected>"#), "the classification chosen is kept")
                #expect(try await installation.chancery.records.count(.init(), by: clerk) == 0, "nothing registered")
                #expect(try await installation.auditEventCount() == events, "nothing audited")
                if language == "fr" {
                    for english in ["The field", "must", "This field", "problems"] {
                        #expect(!bad.text.visibleText.contains(english), "no English on the French page: \(english)")
                    }
                }

                // Corrected, the same form registers.
                var good = Self.badRegistration.merging(["_csrf": csrf]) { $1 }
                good["recordType"] = "message"
                good["title"] = "Signal from SHAPE"
                good["releasableTo"] = "NATO"
                good["documentDate"] = "2026-12-01"
                let registered = try await client.postForm(
                    "/registry/register", good, cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"],
                    headers: headers)
                #expect(registered.status == .seeOther)
                #expect(try await installation.chancery.records.count(.init(), by: clerk) == 1)
            }
        }
    }

    @Test("a person who may not register is refused without the form or its sentences, in a page that keeps the frame")
    func registerRefused() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.series("MSG", template: "MSG/{year}/{seq:5}", by: supervisor)
            let visitor = try await installation.user("vic", MockUser.visitor).principal
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("vic")
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let refused = try await client.postForm(
                    "/registry/register", Self.badRegistration.merging(["_csrf": csrf]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"])
                #expect(refused.status == .forbidden)
                #expect(refused.text.contains(#"id="error-detail""#))
                #expect(!refused.text.contains(#"id="register-form""#) && !refused.text.contains("error-summary"))
                #expect(refused.text.invalidFields.isEmpty && !refused.text.contains("SHAPE J3"))
                #expect(refused.text.contains(#"id="masthead-search""#) && refused.text.contains(#"id="site-menu""#))
                #expect(try await installation.chancery.records.count(.init(), by: visitor) == 0)
                #expect(try await installation.auditEventCount() == events)
            }
        }
    }

    static func actions(_ installation: TestInstallation) async throws -> [String] {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT action FROM audit_events ORDER BY seq").all().map {
                try $0.decode(column: "action", as: String.self)
            }
        }
    }

    @Test(
        "the record page's access form: three wrong fields at once, each marked, kept; nothing changed",
        arguments: ["en", "fr"])
    func accessForm(language: String) async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("MSG", template: "MSG/{year}/{seq:5}", by: supervisor)
            let record = try await installation.register("Signal", series: "MSG", by: clerk)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let bad = try await client.postForm(
                    "/registry/records/\(record.object.id)/acl-add",
                    [
                        "_csrf": csrf, "version": String(record.object.version), "kind": "robot", "grantee": " ",
                        "permission": "own",
                    ], cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: headers)
                #expect(bad.status == .badRequest)
                #expect(bad.text.summaryTakesFocus)
                let fields = ["acl-kind", "acl-grantee", "acl-permission"]
                #expect(bad.text.summaryItems.map(\.field) == fields)
                #expect(bad.text.invalidFields == Set(fields))
                for field in fields { #expect(bad.text.fieldIsMarked(field), "\(field) is marked") }
                #expect(
                    bad.text.element(id: "error-summary-heading")
                        == (language == "fr" ? "Le formulaire comporte 3 problèmes :" : "The form has 3 problems:"))
                let hold = try await client.postForm(
                    "/registry/records/\(record.object.id)/hold", ["_csrf": csrf, "reason": "\u{7}bell"],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: headers)
                #expect(hold.status == .badRequest && hold.text.fieldIsMarked("hold-reason"))
                #expect(
                    hold.text.element(id: "hold-reason-error")?.contains(language == "fr" ? "Motif" : "Reason") == true)
                let since = try await Self.actions(installation).dropFirst(Int(events))
                #expect(since.allSatisfy { $0.hasSuffix(".read") }, "only the record's reading audited: \(since)")
                let after = try #require(
                    try await installation.chancery.records.dossier(of: record.object.id, by: clerk))
                #expect(after.record.object.version == record.object.version, "nothing changed")
                #expect(after.holds.isEmpty && after.accessEntries.isEmpty)
            }
        }
    }
}
