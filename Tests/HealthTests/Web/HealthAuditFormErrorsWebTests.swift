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

/// Issue 17, item 9: the form that starts a record QA audit comes back with every field error at once, each field
/// marked and described by its own sentence, what was typed kept, and no audit started.
@Suite("Health Office QA audit form: every error at once")
struct HealthAuditFormErrorsWebTests {
    static let words: [String: (heading: String, title: String, size: String, seed: String)] = [
        "en": ("The form has 3 problems:", "Title", "whole number from 1 to 100", "Seed"),
        "fr": (
            "Le formulaire comporte 3 problèmes :", "« Titre »", "nombre entier de 1 à 100", "Graine"
        ),
    ]

    static let bad = ["title": "  ", "sampleSize": "250", "seed": "-4"]

    static func audits(_ installation: TestInstallation) async throws -> Int {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM audit_events WHERE action LIKE '%audit%'").first()?.decode(
                column: "n", as: Int.self) ?? -1
        }
    }

    @Test(
        "three wrong fields, three sentences, each field marked, what was typed kept, no audit started",
        arguments: ["en", "fr"])
    func auditForm(language: String) async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("martin", MockUser.clinician)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("martin", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let objects = try await installation.objectCount()

                // exercise
                let bad = try await client.postForm(
                    "/health/audits", Self.bad.merging(["_csrf": csrf]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: headers)

                // validate
                let words = try #require(Self.words[language])
                #expect(bad.status == .badRequest)
                #expect(bad.text.htmlLang == language)
                #expect(bad.text.element(id: "error-summary-heading") == words.heading)
                let fields = ["audit-title", "audit-size", "audit-seed"]
                #expect(bad.text.formRefusalProblems(fields: fields) == [])
                #expect(bad.text.element(id: "audit-title-error")?.contains(words.title) == true, "named by its label")
                #expect(bad.text.element(id: "audit-size-error")?.contains(words.size) == true)
                #expect(bad.text.element(id: "audit-seed-error")?.contains(words.seed) == true)
                #expect(bad.text.openingTag(id: "audit-seed")?.contains("seed-help audit-seed-error") == true)
                #expect(bad.text.contains(#"value="250""#) && bad.text.contains(#"value="-4""#), "typed kept")
                #expect(!bad.text.contains("action-error"))
                #expect(try await installation.objectCount() == objects, "nothing stored")
                #expect(try await installation.auditEventCount() == events, "nothing audited")
                if language == "fr" {
                    for english in ["The field", "must", "This field", "problems", "whole number"] {
                        #expect(!bad.text.visibleText.contains(english), "no English on the French page: \(english)")
                    }
                }
            }
        }
    }

    @Test("a person who may not audit is refused the form without the form or its sentences")
    func auditRefused() async throws {
        try await withInstallation { installation in
            try await installation.user("remi", MockUser.registry)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("remi")
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let objects = try await installation.objectCount()
                let refused = try await client.postForm(
                    "/health/audits", Self.bad.merging(["_csrf": csrf]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"])
                #expect(refused.status == .forbidden)
                #expect(!refused.text.contains(#"id="audit-form""#) && !refused.text.contains("error-summary"))
                #expect(refused.text.invalidFields.isEmpty && !refused.text.contains(#"value="250""#))
                #expect(try await installation.objectCount() == objects)
                #expect(try await installation.auditEventCount() == events)
            }
        }
    }
}
