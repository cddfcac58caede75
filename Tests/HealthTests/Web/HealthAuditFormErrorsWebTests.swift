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

    @Test(
        "a refused 'mark done' on a closed audit: on its button while it is there, else a sentence; no dead link",
        arguments: ["en", "fr"])
    func markDoneRefused(language: String) async throws {
        try await withInstallation { installation in
            // setup: a closed audit whose one record has an open follow-up
            let clinician = try await installation.user("martin", MockUser.clinician).principal
            try await installation.user("remi", MockUser.registry)
            let patient = try await installation.chancery.health.createPatient(
                AuditsSuppliesMocks.details("Lefebvre", complete: false), label: nil, careTeam: [], by: clinician)
            let health = installation.chancery.health
            let audit = try await health.startAudit(title: "Audit", size: 1, seed: 3, by: clinician).audit.object.id
            let checks = QAAudit.Checks(completeness: false, consent: true, codes: true, signatures: true)
            _ = try await health.answer(
                audit, patient: patient.object.id,
                .init(
                    checks: checks, finding: "No contact.", followUp: "Call", followUpDue: "2026-12-15",
                    followUpStatus: "open"),
                by: clinician)
            _ = try await health.closeAudit(audit, by: clinician)
            let mangled = [
                "completeness": "fail", "consent": "pass", "codes": "pass", "signatures": "pass",
                "finding": "No contact.", "followUp": "Call", "followUpDue": "15/12/2026", "followUpStatus": "done",
            ]
            let uri = "/health/audits/\(audit)/items/\(patient.object.id)"
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("martin", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                func changes(since count: Int64) async throws -> [String] {
                    try await installation.chancery.database.read { db in
                        try await db.raw("SELECT action FROM audit_events ORDER BY seq").all().map {
                            try $0.decode(column: "action", as: String.self)
                        }
                    }.dropFirst(Int(count)).filter {
                        // reads, signing in and a refusal's own audit aside
                        !$0.hasSuffix(".read") && !$0.hasPrefix("login.") && !$0.hasPrefix("session.")
                            && $0 != "user.language" && $0 != "access.denied"
                    }
                }
                let events = try await installation.auditEventCount()

                // exercise: the button's form mangled while the button is there
                let onButton = try await client.postForm(
                    uri, mangled.merging(["_csrf": csrf]) { $1 }, cookies: cookies, headers: headers)

                // validate: on the button, marked and described, the page's own fields not named
                #expect(onButton.status == .badRequest)
                #expect(onButton.text.htmlLang == language)
                #expect(onButton.text.formRefusalProblems(fields: ["follow-up-done-1"]) == [])
                #expect(onButton.text.summaryDeadLinks == [] && onButton.text.summarySentences == [])
                #expect(!onButton.text.contains("action-error"))
                #expect(try await changes(since: events) == [], "nothing written")

                // Once the follow-up is done (the button gone), a refusal is a sentence linked to nothing.
                let done = try await client.postForm(
                    uri, mangled.merging(["_csrf": csrf, "followUpDue": "2026-12-15"]) { $1 }, cookies: cookies,
                    headers: headers)
                #expect(done.status == .seeOther, "\(done.text)")
                let afterDone = try await installation.auditEventCount()
                let gone = try await client.postForm(
                    uri, mangled.merging(["_csrf": csrf]) { $1 }, cookies: cookies, headers: headers)
                #expect(gone.status == .badRequest)
                #expect(gone.text.summaryTakesFocus)
                #expect(gone.text.summaryItems.isEmpty && gone.text.summarySentences.count == 1)
                #expect(gone.text.invalidFields.isEmpty && !gone.text.contains(#"id="follow-up-done-1""#))
                if language == "fr" {
                    for english in ["The field", "This field", "problem", "must"] {
                        #expect(!gone.text.visibleText.contains(english), "no English on the French page: \(english)")
                    }
                }
                let afterGone = try await changes(since: afterDone)
                #expect(afterGone == [], "nothing written: \(afterGone)")

                // Someone outside the Health Office does not see the audit, and changes nothing.
                let remi = try await client.signIn("remi", headers: headers)
                let refused = try await client.postForm(
                    uri,
                    mangled.merging(["_csrf": try await client.sessionCSRF(remi), "followUpDue": "2026-12-15"]) {
                        $1
                    }, cookies: ["\(SessionAuthenticator.cookieName)=\(remi.secret)"], headers: headers)
                #expect(refused.status == .notFound && !refused.text.contains("error-summary"))
                #expect(!refused.text.contains("LEFEBVRE") && !refused.text.contains("Lefebvre"))
                let afterRefusal = try await changes(since: afterDone)
                #expect(afterRefusal == [], "nothing written: \(afterRefusal)")
            }
        }
    }
}
