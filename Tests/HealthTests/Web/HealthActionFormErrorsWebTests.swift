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

/// Issue 17, item 9, for the Health forms that still showed one sentence: the break-glass review, the QA audit's
/// answer and close, a supply's lot and movement, and the day list's check-in. Each refused form comes back with
/// every field error at once, each field marked, the summary an alert that takes the focus, nothing written.
@Suite("Health Office action forms: every error at once")
struct HealthActionFormErrorsWebTests {
    static let heading: [String: (one: String, many: String)] = [
        "en": ("The form has 1 problem:", "The form has 4 problems:"),
        "fr": ("Le formulaire comporte 1 problème :", "Le formulaire comporte 4 problèmes :"),
    ]

    /// The audit events whose action contains one of `words`.
    static func actions(_ installation: TestInstallation, _ words: [String]) async throws -> [String] {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT action FROM audit_events ORDER BY seq").all().map {
                try $0.decode(column: "action", as: String.self)
            }
        }.filter { action in words.contains { action.contains($0) } }
    }

    static func cookies(_ session: WebSession) -> [String] {
        ["\(SessionAuthenticator.cookieName)=\(session.secret)"]
    }

    static func noEnglish(_ page: String, _ words: [String]) {
        for english in words {
            #expect(!page.visibleText.contains(english), "no English on the French page: \(english)")
        }
    }

    // MARK: break-glass review

    @Test(
        "a review without a note, or with nonsense: the row's note marked, the opening still waiting",
        arguments: ["en", "fr"])
    func breakGlassReview(language: String) async throws {
        try await withInstallation { installation in
            // setup
            let claire = try await installation.user("claire", MockUser.clinician).principal
            let pieter = try await installation.user("pieter", HealthUser.advisor).principal
            try await installation.user("anna", SeparationOfDutiesTests.secondAdvisor)
            let patient = try await installation.patient("Berg", "Anna", restricted: true, by: claire)
            let opening = try await installation.chancery.health.breakGlass(
                patient.object.id, reason: "Collapsed", by: pieter)
            let field = "note-\(opening.id)"
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("anna", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let before = try await Self.actions(installation, ["review"])

                // exercise
                let blank = try await client.postForm(
                    "/health/break-glass/\(opening.id)/review", ["_csrf": csrf, "note": "   "],
                    cookies: Self.cookies(session), headers: headers)
                let long = String(repeating: "§", count: 1001)
                let nonsense = try await client.postForm(
                    "/health/break-glass/\(opening.id)/review", ["_csrf": csrf, "note": long],
                    cookies: Self.cookies(session), headers: headers)

                // validate
                for response in [blank, nonsense] {
                    #expect(response.status == .badRequest)
                    #expect(response.text.htmlLang == language)
                    #expect(response.text.element(id: "error-summary-heading") == Self.heading[language]?.one)
                    #expect(response.text.formRefusalProblems(fields: [field]) == [])
                    #expect(!response.text.contains(#"id="form-error""#))
                }
                #expect(nonsense.text.contains(#"value="\#(long)""#), "what was typed is kept")
                #expect(try await Self.actions(installation, ["review"]) == before, "nothing reviewed")
                let waiting = try await installation.chancery.health.breakGlassOpenings(
                    list: ListQuery(fields: [:], HealthWebController.breakGlassList), by: pieter)
                #expect(waiting.items.map(\.id) == [opening.id])
                if language == "fr" { Self.noEnglish(nonsense.text, ["The field", "must", "problem", "Review"]) }
            }
        }
    }

    // MARK: QA audit

    @Test(
        "an answer of nonsense: four fields marked on the record's form, typed kept, nothing answered",
        arguments: ["en", "fr"])
    func auditAnswer(language: String) async throws {
        try await withInstallation { installation in
            // setup
            let martin = try await installation.user("martin", MockUser.clinician).principal
            let patient = try await installation.chancery.health.createPatient(
                AuditsSuppliesMocks.details("Lefebvre"), label: nil, careTeam: [], by: martin)
            let audit = try await installation.chancery.health.startAudit(title: "Q4", size: 1, seed: 3, by: martin)
            let path = "/health/audits/\(audit.audit.object.id)"
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("martin", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let before = try await Self.actions(installation, ["audit.answer"])

                // exercise
                let finding = String(repeating: "f", count: 4001)
                let bad = try await client.postForm(
                    "\(path)/items/\(patient.object.id)",
                    [
                        "_csrf": csrf, "completeness": "maybe", "consent": "pass", "finding": finding,
                        "followUp": "Call", "followUpDue": "31/12/2026", "followUpStatus": "later",
                    ],
                    cookies: Self.cookies(session), headers: headers)
                let dueAlone = try await client.postForm(
                    "\(path)/items/\(patient.object.id)", ["_csrf": csrf, "followUpDue": "2026-12-31"],
                    cookies: Self.cookies(session), headers: headers)

                // validate
                #expect(bad.status == .badRequest)
                #expect(bad.text.htmlLang == language)
                #expect(bad.text.element(id: "error-summary-heading") == Self.heading[language]?.many)
                let fields = ["completeness-1", "finding-1", "follow-up-due-1", "follow-up-status-1"]
                #expect(bad.text.formRefusalProblems(fields: fields) == [])
                #expect(
                    bad.text.contains(">\(finding)</textarea>") && bad.text.contains(#"value="Call""#), "typed kept")
                #expect(bad.text.contains(#"id="consent-pass-1" checked"#), "the answer given is kept")
                #expect(!bad.text.contains("action-error"))
                #expect(dueAlone.status == .badRequest)
                #expect(dueAlone.text.formRefusalProblems(fields: ["follow-up-due-1"]) == [])
                // The store's rule, in the form's words: the sentence quotes the field's label, not its API name.
                let dueLabel = language == "fr" ? "Échéance du suivi" : "Follow-up due"
                #expect(dueAlone.text.element(id: "follow-up-due-1-error")?.contains(dueLabel) == true)
                #expect(dueAlone.text.element(id: "follow-up-due-1-error")?.contains("followUp") == false)
                #expect(try await Self.actions(installation, ["audit.answer"]) == before, "nothing answered")
                let stored = try await installation.chancery.health.qaAudit(audit.audit.object.id, by: martin)
                #expect(stored?.audit.reviewed == 0)
                if language == "fr" { Self.noEnglish(bad.text, ["The field", "must", "problems", "Finding"]) }
            }
        }
    }

    @Test(
        "closing an audit with a record unanswered: the sentence in the summary and by the button",
        arguments: ["en", "fr"])
    func auditClose(language: String) async throws {
        try await withInstallation { installation in
            let martin = try await installation.user("martin", MockUser.clinician).principal
            _ = try await installation.chancery.health.createPatient(
                AuditsSuppliesMocks.details("Lefebvre"), label: nil, careTeam: [], by: martin)
            let audit = try await installation.chancery.health.startAudit(title: "Q4", size: 1, seed: 3, by: martin)
            let id = audit.audit.object.id
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("martin", headers: headers)
                let csrf = try await client.sessionCSRF(session)

                let refused = try await client.postForm(
                    "/health/audits/\(id)/close", ["_csrf": csrf], cookies: Self.cookies(session), headers: headers)

                #expect(refused.status == .conflict)
                #expect(refused.text.summaryTakesFocus)
                #expect(refused.text.summaryItems.map(\.field) == ["close-submit"])
                #expect(refused.text.summaryItems.first?.sentence == refused.text.element(id: "close-submit-error"))
                #expect(refused.text.openingTag(id: "close-submit")?.contains("close-submit-error") == true)
                #expect(!refused.text.contains("action-error"))
                #expect(try await Self.actions(installation, ["audit.close"]).isEmpty, "not closed")
                #expect(try await installation.chancery.health.qaAudit(id, by: martin)?.audit.isClosed == false)
            }
        }
    }

    // MARK: supplies

    static func stockedItem(_ installation: TestInstallation, by principal: Principal) async throws -> String {
        let supplies = installation.chancery.healthSupplies
        let item = try await supplies.createItem(
            .init(
                name: "Gauze", form: "dressing", unitOfIssue: "pack", reorderLevel: 2, reorderQuantity: 10,
                location: "A"),
            by: principal)
        _ = try await supplies.addLot(
            to: item.object.id, lot: "G-1", expires: "2030-01-31", quantity: 3, by: principal)
        return item.object.id
    }

    @Test(
        "a lot of nonsense and a lot that exists: every field marked, typed kept, no lot added",
        arguments: ["en", "fr"])
    func supplyLot(language: String) async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", AuditsSuppliesMocks.clerk).principal
            let id = try await Self.stockedItem(installation, by: claire)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("claire", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let before = try await installation.chancery.healthSupplies.stock(of: id, by: claire)

                let bad = try await client.postForm(
                    "/health/supplies/\(id)/lots",
                    ["_csrf": csrf, "lot": " ", "expires": "soon", "quantity": "-5"],
                    cookies: Self.cookies(session), headers: headers)
                let twice = try await client.postForm(
                    "/health/supplies/\(id)/lots", ["_csrf": csrf, "lot": "G-1", "expires": "2031-01-31"],
                    cookies: Self.cookies(session), headers: headers)

                #expect(bad.status == .badRequest)
                #expect(bad.text.htmlLang == language)
                #expect(bad.text.formRefusalProblems(fields: ["lot-name", "lot-expires", "lot-quantity"]) == [])
                #expect(bad.text.contains(#"value="soon""#) && bad.text.contains(#"value="-5""#), "typed kept")
                #expect(twice.status == .conflict)
                #expect(twice.text.formRefusalProblems(fields: ["lot-name"]) == [])
                #expect(twice.text.contains(#"value="2031-01-31""#))
                #expect(!bad.text.contains("action-error") && !twice.text.contains("action-error"))
                let after = try await installation.chancery.healthSupplies.stock(of: id, by: claire)
                #expect(after?.lots.map(\.lot) == before?.lots.map(\.lot), "no lot added")
                if language == "fr" { Self.noEnglish(bad.text, ["The field", "must", "problems", "Expires"]) }
            }
        }
    }

    @Test("a movement of nonsense: four fields marked, typed kept, no movement recorded", arguments: ["en", "fr"])
    func supplyMovement(language: String) async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", AuditsSuppliesMocks.clerk).principal
            let id = try await Self.stockedItem(installation, by: claire)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("claire", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let note = String(repeating: "n", count: 501)

                let bad = try await client.postForm(
                    "/health/supplies/\(id)/movements",
                    ["_csrf": csrf, "lot": "  ", "kind": "steal", "quantity": "lots", "note": note],
                    cookies: Self.cookies(session), headers: headers)
                let tooMany = try await client.postForm(
                    "/health/supplies/\(id)/movements",
                    ["_csrf": csrf, "lot": "G-1", "kind": "disposal", "quantity": "9", "note": "Broken"],
                    cookies: Self.cookies(session), headers: headers)

                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "error-summary-heading") == Self.heading[language]?.many)
                let fields = ["movement-lot", "movement-kind", "movement-quantity", "movement-note"]
                #expect(bad.text.formRefusalProblems(fields: fields) == [])
                #expect(bad.text.openingTag(id: "movement-quantity")?.contains("adjustment-help") == true)
                #expect(bad.text.contains(#"value="lots""#) && bad.text.contains(#"value="\#(note)""#), "typed kept")
                #expect(tooMany.status == .conflict)
                #expect(tooMany.text.formRefusalProblems(fields: ["movement-quantity"]) == [])
                #expect(tooMany.text.contains(#"<option value="G-1" selected>"#), "the lot chosen is kept")
                #expect(tooMany.text.contains(#"<option value="disposal" selected>"#), "the kind chosen is kept")
                #expect(tooMany.text.contains(#"value="Broken""#))
                let stock = try await installation.chancery.healthSupplies.stock(of: id, by: claire)
                #expect(stock?.movements.count == 1 && stock?.item.onHand == 3, "no movement recorded")
                if language == "fr" { Self.noEnglish(bad.text, ["The field", "must", "problems", "Quantity"]) }
            }
        }
    }

    // MARK: the day list's check-in

    @Test(
        "a refused check-in from the day list: the summary linked to the row, its sentence beside it",
        arguments: ["en", "fr"])
    func dayCheckIn(language: String) async throws {
        try await withInstallation { installation in
            // setup
            let clinic = try await AppointmentClinic.open(installation)
            try await clinic.openAllWeek(installation)
            let booked = try await clinic.book(
                installation, clinic.patient1, with: clinic.clinician2ID, on: AppointmentClinic.today, at: "10:00")
            let id = booked.object.id
            _ = try await installation.chancery.appointments.close(
                id, as: .cancelled, reason: "Mission", by: clinic.clerk)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let before = try await Self.actions(installation, ["check-in"])

                // exercise: a cancelled appointment, and a date of nonsense (the list falls back to today)
                let refused = try await client.postForm(
                    "/health/appointments/\(id)/check-in",
                    ["_csrf": csrf, "from": "day", "date": "the 32nd"], cookies: Self.cookies(session),
                    headers: headers)

                // validate
                #expect(refused.status == .conflict)
                #expect(refused.text.htmlLang == language)
                #expect(refused.text.summaryTakesFocus)
                #expect(refused.text.summaryItems.map(\.field) == ["appointment-\(id)"])
                #expect(
                    refused.text.summaryItems.first?.sentence == refused.text.element(id: "appointment-\(id)-error"))
                #expect(refused.text.openingTag(id: "appointment-\(id)")?.contains("appointment-\(id)-error") == true)
                #expect(!refused.text.contains("action-error"))
                #expect(try await Self.actions(installation, ["check-in"]) == before, "nobody checked in")
                #expect(
                    try await installation.chancery.appointments.appointment(id, by: clinic.clerk)?.status == .cancelled
                )
            }
        }
    }

    // MARK: who may not

    @Test("someone outside the Health Office is refused each form without the form, its sentences or the records")
    func outsidersRefused() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", AuditsSuppliesMocks.clerk).principal
            let pieter = try await installation.user("pieter", HealthUser.advisor).principal
            let martin = try await installation.user("martin", MockUser.clinician).principal
            try await installation.user("remi", MockUser.registry)
            let id = try await Self.stockedItem(installation, by: claire)
            let patient = try await installation.patient("Berg", "Anna", restricted: true, by: martin)
            let opening = try await installation.chancery.health.breakGlass(
                patient.object.id, reason: "Collapsed", by: pieter)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("remi")
                let csrf = try await client.sessionCSRF(session)
                let forms: [(String, [String: String])] = [
                    ("/health/break-glass/\(opening.id)/review", ["note": ""]),
                    ("/health/supplies/\(id)/lots", ["lot": "", "expires": "x"]),
                    ("/health/supplies/\(id)/movements", ["lot": "", "kind": "x", "quantity": "x"]),
                ]
                for (path, fields) in forms {
                    let refused = try await client.postForm(
                        path, fields.merging(["_csrf": csrf]) { $1 }, cookies: Self.cookies(session))
                    #expect(refused.status == .forbidden, "\(path)")
                    #expect(!refused.text.contains("error-summary") && refused.text.invalidFields.isEmpty)
                    #expect(!refused.text.contains("BERG") && !refused.text.contains("Gauze"))
                }
                let stock = try await installation.chancery.healthSupplies.stock(of: id, by: claire)
                #expect(stock?.lots.count == 1 && stock?.movements.count == 1)
            }
        }
    }
}
