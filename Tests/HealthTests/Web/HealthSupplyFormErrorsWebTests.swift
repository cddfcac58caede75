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

/// Issue 17, item 9: the form that adds a medical supply comes back with every field error at once, each field
/// marked and described by its own sentence, what was typed kept, and no item added.
@Suite("Health Office supply item form: every error at once")
struct HealthSupplyFormErrorsWebTests {
    static let words: [String: (heading: String, name: String, level: String, quantity: String)] = [
        "en": ("The form has 4 problems:", "Name", "Reorder level", "Reorder quantity"),
        "fr": ("Le formulaire comporte 4 problèmes :", "Nom", "Seuil de réapprovisionnement", "Quantité à commander"),
    ]

    static let bad = [
        "name": " ", "form": "dressing", "unitOfIssue": "roll", "reorderLevel": "-1", "reorderQuantity": "zero",
        "location": String(repeating: "A", count: 201),
    ]

    @Test(
        "four wrong fields, four sentences, each field marked, what was typed kept, nothing stored",
        arguments: ["en", "fr"])
    func supplyForm(language: String) async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("claire", AuditsSuppliesMocks.clerk)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("claire", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let objects = try await installation.objectCount()

                // exercise
                let bad = try await client.postForm(
                    "/health/supplies", Self.bad.merging(["_csrf": csrf]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: headers)

                // validate
                let words = try #require(Self.words[language])
                #expect(bad.status == .badRequest)
                #expect(bad.text.htmlLang == language)
                #expect(bad.text.element(id: "error-summary-heading") == words.heading)
                let fields = ["item-name", "item-level", "item-quantity", "item-location"]
                #expect(bad.text.formRefusalProblems(fields: fields) == [])
                #expect(bad.text.element(id: "item-name-error")?.contains(words.name) == true)
                #expect(bad.text.element(id: "item-level-error")?.contains(words.level) == true)
                #expect(bad.text.element(id: "item-quantity-error")?.contains(words.quantity) == true)
                for typed in ["dressing", "roll", "-1", "zero", String(repeating: "A", count: 201)] {
                    #expect(bad.text.contains(#"value="\#(typed)""#), "\(typed) is kept")
                }
                #expect(!bad.text.contains("action-error"))
                #expect(try await installation.objectCount() == objects, "nothing stored")
                #expect(try await installation.auditEventCount() == events, "nothing audited")
                if language == "fr" {
                    for english in ["The field", "must", "problems", "Reorder"] {
                        #expect(!bad.text.visibleText.contains(english), "no English on the French page: \(english)")
                    }
                }
            }
        }
    }

    @Test("a person outside the Health Office is refused the form without the form or its sentences")
    func supplyRefused() async throws {
        try await withInstallation { installation in
            try await installation.user("remi", MockUser.registry)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("remi")
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let objects = try await installation.objectCount()
                let refused = try await client.postForm(
                    "/health/supplies", Self.bad.merging(["_csrf": csrf]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"])
                #expect(refused.status == .forbidden)
                #expect(!refused.text.contains(#"id="item-form""#) && !refused.text.contains("error-summary"))
                #expect(refused.text.invalidFields.isEmpty && !refused.text.contains("dressing"))
                #expect(try await installation.objectCount() == objects)
                #expect(try await installation.auditEventCount() == events)
            }
        }
    }
}
