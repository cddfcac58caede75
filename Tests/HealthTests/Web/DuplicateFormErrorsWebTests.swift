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

/// Issue 17, item 9: a merge or a dismissal refused from the duplicates queue comes back with its sentence in the
/// summary, the note of the row's form marked and what was typed kept, the suspicion still undecided.
@Suite("Health Office duplicates queue: a refused decision marked on its note")
struct DuplicateFormErrorsWebTests {
    static let words: [String: (heading: String, note: String)] = [
        "en": ("The form has 1 problem:", "Note"),
        "fr": ("Le formulaire comporte 1 problème :", "Observation"),
    ]

    static func decisions(_ installation: TestInstallation) async throws -> [String] {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT action FROM audit_events ORDER BY seq").all().map {
                try $0.decode(column: "action", as: String.self)
            }
        }.filter { $0.contains("merge") || $0.contains("dismiss") || $0.contains("resolve") }
    }

    @Test(
        "a merge without a note and a dismissal with too long a note: each marked on its row, nothing decided",
        arguments: ["en", "fr"])
    func refusedDecision(language: String) async throws {
        try await withInstallation { installation in
            // setup
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            let pieter = try await installation.user("pieter", HealthUser.advisor).principal
            try await installation.user("anna", SeparationOfDutiesTests.secondAdvisor)
            _ = try await installation.patient("Weber", "Lena", born: "1990-02-02", by: marta)
            _ = try await installation.patient("Weber", "Lena", born: "1990-02-02", by: pieter)
            let health = installation.chancery.health
            let suspicion = try #require(try await health.suspectedDuplicates(all: false, limit: 10, by: pieter).first)
            let id = suspicion.id
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("anna", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
                let before = try await Self.decisions(installation)

                // exercise
                let merge = try await client.postForm(
                    "/health/duplicates/\(id)/merge", ["_csrf": csrf, "note": "  "], cookies: cookies,
                    headers: headers)
                let long = String(repeating: "n", count: 1001)
                let dismiss = try await client.postForm(
                    "/health/duplicates/\(id)/dismissal", ["_csrf": csrf, "note": long], cookies: cookies,
                    headers: headers)

                // validate
                let words = try #require(Self.words[language])
                for (response, form, other) in [(merge, "merge", "dismiss"), (dismiss, "dismiss", "merge")] {
                    let field = "\(form)-note-\(id)"
                    #expect(response.status == .badRequest)
                    #expect(response.text.htmlLang == language)
                    #expect(response.text.summaryTakesFocus)
                    #expect(response.text.element(id: "error-summary-heading") == words.heading)
                    #expect(response.text.summaryItems.map(\.field) == [field])
                    #expect(response.text.invalidFields == [field] && response.text.fieldIsMarked(field))
                    #expect(response.text.summaryItems.first?.sentence == response.text.element(id: "\(field)-error"))
                    #expect(!response.text.fieldIsMarked("\(other)-note-\(id)"), "the other form is not marked")
                    #expect(!response.text.contains(#"id="form-error""#))
                }
                #expect(dismiss.text.element(id: "dismiss-note-\(id)-error")?.contains(words.note) == true)
                #expect(dismiss.text.contains(#"value="\#(long)""#), "what was typed is kept")
                #expect(try await Self.decisions(installation) == before, "nothing decided")
                #expect(try await health.suspectedDuplicates(all: false, limit: 10, by: pieter).map(\.id) == [id])
                if language == "fr" {
                    for english in ["The field", "must", "problem", "Note"] {
                        #expect(
                            !dismiss.text.visibleText.contains(english), "no English on the French page: \(english)")
                    }
                }
            }
        }
    }

    @Test("a clerk who may not decide is refused without the queue's form or its sentences")
    func clerkRefused() async throws {
        try await withInstallation { installation in
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            let pieter = try await installation.user("pieter", HealthUser.advisor).principal
            _ = try await installation.patient("Weber", "Lena", born: "1990-02-02", by: marta)
            _ = try await installation.patient("Weber", "Lena", born: "1990-02-02", by: pieter)
            let health = installation.chancery.health
            let suspicion = try #require(try await health.suspectedDuplicates(all: false, limit: 10, by: pieter).first)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("marta")
                let csrf = try await client.sessionCSRF(session)
                let before = try await Self.decisions(installation)
                for action in ["merge", "dismissal"] {
                    let refused = try await client.postForm(
                        "/health/duplicates/\(suspicion.id)/\(action)", ["_csrf": csrf, "note": ""],
                        cookies: [session.headers()[.cookie]!])
                    #expect(refused.status == .forbidden)
                    #expect(!refused.text.contains("error-summary") && refused.text.invalidFields.isEmpty)
                    #expect(!refused.text.contains(#"id="duplicate-list""#) && !refused.text.contains("WEBER"))
                }
                #expect(try await Self.decisions(installation) == before)
            }
        }
    }
}
