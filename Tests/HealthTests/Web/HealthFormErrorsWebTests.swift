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

/// Issue 17, item 9: a refused Health Office form comes back with every field error at once, in a summary that takes
/// the focus, each wrong field marked and described by its own sentence, what was typed kept, and nothing stored.
@Suite("Health Office forms: every error at once")
struct HealthFormErrorsWebTests {
    static let words: [String: (heading: String, required: String, birth: String, phone: String)] = [
        "en": ("The form has 4 problems:", "This field is required.", "Date of birth", "Telephone"),
        "fr": ("Le formulaire comporte 4 problèmes :", "Ce champ est obligatoire.", "Date de naissance", "Téléphone"),
    ]

    static let badPatient = [
        "familyName": " ", "givenNames": "Sophie", "dateOfBirth": "2999-01-01", "sex": "female", "nationality": "xyz",
        "phone": String(repeating: "7", count: 50), "insurer": "Vanbreda", "staffNumber": "S-777",
    ]

    static func actions(_ installation: TestInstallation) async throws -> [String] {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT action FROM audit_events ORDER BY seq").all().map {
                try $0.decode(column: "action", as: String.self)
            }
        }
    }

    static func patientCount(_ installation: TestInstallation) async throws -> Int {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM health_patients").first()?.decode(column: "n", as: Int.self)
                ?? -1
        }
    }

    @Test(
        "a new patient: four wrong fields, four sentences, each field marked, what was typed kept, nothing stored",
        arguments: ["en", "fr"])
    func patientForm(language: String) async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("marta", HealthUser.clerk)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("marta", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let patients = try await Self.patientCount(installation)

                // exercise
                let bad = try await client.postForm(
                    "/health/patients/new", Self.badPatient.merging(["_csrf": csrf]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: headers)

                // validate
                let words = try #require(Self.words[language])
                #expect(bad.status == .badRequest)
                #expect(bad.text.htmlLang == language)
                #expect(bad.text.element(id: "error-summary-heading") == words.heading)
                let fields = ["familyName", "dateOfBirth", "nationality", "phone"]
                #expect(bad.text.formRefusalProblems(fields: fields) == [])
                #expect(bad.text.element(id: "familyName-error") == words.required)
                #expect(bad.text.element(id: "dateOfBirth-error")?.contains(words.birth) == true)
                #expect(bad.text.element(id: "phone-error")?.contains(words.phone) == true)
                for typed in ["Sophie", "2999-01-01", "xyz", "Vanbreda", "S-777", String(repeating: "7", count: 50)] {
                    #expect(bad.text.contains(#"value="\#(typed)""#), "\(typed) is kept")
                }
                #expect(bad.text.contains(#"<option value="female" selected>"#), "the sex chosen is kept")
                #expect(try await Self.patientCount(installation) == patients, "nothing stored")
                #expect(try await installation.auditEventCount() == events, "nothing audited")
                if language == "fr" {
                    for english in ["The field", "must", "This field", "problems", "Telephone"] {
                        #expect(!bad.text.visibleText.contains(english), "no English on the French page: \(english)")
                    }
                }
            }
        }
    }

    @Test("a person outside the Health Office is refused the patient form without the form or its sentences")
    func patientRefused() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let patients = try await Self.patientCount(installation)
                let page = try await client.execute(
                    uri: "/health/patients/new", method: .get, headers: session.headers())
                #expect(page.status == .forbidden && !page.text.contains(#"id="patient-form""#))
                let refused = try await client.postForm(
                    "/health/patients/new", Self.badPatient.merging(["_csrf": csrf]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"])
                #expect(refused.status == .forbidden)
                #expect(refused.text.contains(#"id="error-detail""#))
                #expect(!refused.text.contains(#"id="patient-form""#) && !refused.text.contains("error-summary"))
                #expect(refused.text.invalidFields.isEmpty && !refused.text.contains("Vanbreda"))
                #expect(refused.text.contains(#"id="masthead-search""#) && refused.text.contains(#"id="site-menu""#))
                #expect(try await Self.patientCount(installation) == patients)
                #expect(try await installation.auditEventCount() == events)
            }
        }
    }

    static let badLabResult = [
        "type": "lab-result", "summary": "", "date": "2026-13-45", "text": "Fasting sample",
        "obs0-code": "718-7", "obs0-value": "abc", "obs1-code": "", "obs2-code": "777-3", "obs2-value": "",
    ]

    @Test(
        "a lab result: four wrong fields (one per bad line of results) at once, marked, kept, nothing stored",
        arguments: ["en", "fr"])
    func labResultForm(language: String) async throws {
        try await withInstallation { installation in
            // setup
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            try await installation.user("nina", HealthUser.uncategorised)
            let patient = try await installation.patient("Weber", "Lena", by: marta)
            let path = "/health/patients/\(patient.object.id)/entries/new"
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("marta", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let objects = try await installation.objectCount()

                // exercise
                let bad = try await client.postForm(
                    path, Self.badLabResult.merging(["_csrf": csrf]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: headers)

                // validate
                let words = try #require(Self.words[language])
                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "error-summary-heading") == words.heading)
                let fields = ["summary", "date", "obs0-value", "obs2-value"]
                #expect(bad.text.formRefusalProblems(fields: fields) == [])
                #expect(bad.text.element(id: "summary-error") == words.required)
                #expect(bad.text.contains(#"value="abc""#) && bad.text.contains(#"value="2026-13-45""#))
                #expect(bad.text.contains("Fasting sample"), "the text typed is kept")
                #expect(bad.text.contains(#"<option value="777-3" selected>"#), "the tests chosen are kept")
                #expect(try await installation.objectCount() == objects, "nothing stored")
                let since = try await Self.actions(installation).dropFirst(Int(events))
                #expect(since.allSatisfy { $0.hasSuffix(".read") }, "only the patient's reading audited: \(since)")
                if language == "fr" {
                    for english in ["The field", "must", "This field", "problems"] {
                        #expect(!bad.text.visibleText.contains(english), "no English on the French page: \(english)")
                    }
                }

                // Someone who may not see the patient gets the not-found page: no form, no sentence, nothing stored.
                let nina = try await client.signIn("nina")
                let ninaCSRF = try await client.sessionCSRF(nina)
                let refused = try await client.postForm(
                    path, Self.badLabResult.merging(["_csrf": ninaCSRF]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(nina.secret)"])
                #expect(refused.status == .notFound)
                #expect(!refused.text.contains(#"id="entry-form""#) && !refused.text.contains("error-summary"))
                #expect(!refused.text.contains("Weber") && refused.text.invalidFields.isEmpty)
                #expect(refused.text.contains(#"id="masthead-search""#), "the not-found page keeps the frame")
                #expect(try await installation.objectCount() == objects)
            }
        }
    }

    @Test("break-glass: both fields refused at once, marked, nothing opened; a clerk is refused without the form")
    func breakGlassForm() async throws {
        try await withInstallation { installation in
            try await installation.user("pieter", HealthUser.advisor)
            try await installation.user("marta", HealthUser.clerk)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("pieter", headers: [.acceptLanguage: "fr"])
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let bad = try await client.postForm(
                    "/health/break-glass/open", ["_csrf": csrf, "patient": " ", "reason": ""],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: [.acceptLanguage: "fr"])
                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "error-summary-heading") == "Le formulaire comporte 2 problèmes :")
                #expect(bad.text.summaryItems.map(\.field) == ["patient", "reason"])
                #expect(bad.text.fieldIsMarked("patient") && bad.text.fieldIsMarked("reason"))
                #expect(try await installation.auditEventCount() == events, "nothing opened, nothing audited")

                let marta = try await client.signIn("marta")
                let martaCSRF = try await client.sessionCSRF(marta)
                let refused = try await client.postForm(
                    "/health/break-glass/open", ["_csrf": martaCSRF, "patient": "", "reason": ""],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(marta.secret)"])
                #expect(refused.status == .forbidden && !refused.text.contains(#"id="break-glass-form""#))
                #expect(refused.text.invalidFields.isEmpty && !refused.text.contains("error-summary"))
            }
        }
    }

    @Test(
        "booking: four wrong fields at once, each marked, what was typed kept, nothing booked", arguments: ["en", "fr"])
    func bookingForm(language: String) async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            try await installation.user("owen", MockUser.registry)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let form = [
                    "patient": "", "clinician": clinic.clinicianID, "type": "", "date": "2027-02-30",
                    "time": "25:99", "note": "Bring the X-rays",
                ]
                let bad = try await client.postForm(
                    "/health/appointments/new", form.merging(["_csrf": csrf]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: headers)
                #expect(bad.status == .badRequest)
                #expect(bad.text.summaryTakesFocus)
                #expect(
                    bad.text.element(id: "error-summary-heading")
                        == (language == "fr" ? "Le formulaire comporte 4 problèmes :" : "The form has 4 problems:"))
                let fields = ["patient", "type", "date", "time"]
                #expect(bad.text.summaryItems.map(\.field) == fields)
                #expect(bad.text.invalidFields == Set(fields))
                for field in fields { #expect(bad.text.fieldIsMarked(field), "\(field) is marked") }
                #expect(bad.text.contains(#"value="Bring the X-rays""#) && bad.text.contains(#"value="25:99""#))
                #expect(bad.text.contains(#"<option value="\#(clinic.clinicianID)" selected>"#))
                let since = try await Self.actions(installation).dropFirst(Int(events))
                #expect(!since.contains { $0.contains("appointment") }, "nothing booked: \(since)")
                if language == "fr" {
                    for english in ["The field", "must", "This field", "problems"] {
                        #expect(!bad.text.visibleText.contains(english), "no English on the French page: \(english)")
                    }
                }

                let owen = try await client.signIn("owen")
                let owenCSRF = try await client.sessionCSRF(owen)
                let refused = try await client.postForm(
                    "/health/appointments/new", form.merging(["_csrf": owenCSRF]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(owen.secret)"])
                #expect(refused.status == .forbidden && !refused.text.contains(#"id="book-form""#))
                #expect(refused.text.invalidFields.isEmpty && !refused.text.contains("X-rays"))
            }
        }
    }

    @Test(
        "a referral: four wrong fields at once, each marked, what was typed kept, nothing stored; a line manager is refused"
    )
    func referralForm() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            _ = try await installation.user("luc", ReleaseUsers.lineManager)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk", headers: [.acceptLanguage: "fr"])
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let form = [
                    "patient": patient.object.id, "provider": " ", "specialty": "", "reason": "Perte auditive",
                    "providerAddress": "Rue \u{7} 12", "urgency": "whenever", "replyDue": "2026-12-01",
                ]
                let bad = try await client.postForm(
                    "/health/referrals", form.merging(["_csrf": csrf]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: [.acceptLanguage: "fr"])
                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "error-summary-heading") == "Le formulaire comporte 4 problèmes :")
                let fields = ["provider", "providerAddress", "specialty", "urgency"]
                #expect(bad.text.summaryItems.map(\.field) == fields)
                for field in fields { #expect(bad.text.fieldIsMarked(field), "\(field) is marked") }
                #expect(bad.text.contains("Perte auditive") && bad.text.contains(#"value="2026-12-01""#))
                #expect(bad.text.contains(#"<option value="\#(patient.object.id)" selected>"#))
                let since = try await Self.actions(installation).dropFirst(Int(events))
                #expect(!since.contains { $0.contains("referral") }, "nothing stored: \(since)")

                // An urgency chosen is chosen again when the form comes back for another field.
                let urgent = try await client.postForm(
                    "/health/referrals", form.merging(["_csrf": csrf, "urgency": "urgent"]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"], headers: [.acceptLanguage: "fr"])
                #expect(urgent.status == .badRequest && !urgent.text.fieldIsMarked("urgency"))
                #expect(urgent.text.contains(#"<option value="urgent" selected>"#), "the urgency chosen is kept")
                #expect(!urgent.text.contains(#"<option value="routine" selected>"#))

                let luc = try await client.signIn("luc")
                let lucCSRF = try await client.sessionCSRF(luc)
                let refused = try await client.postForm(
                    "/health/referrals", form.merging(["_csrf": lucCSRF]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(luc.secret)"])
                #expect(refused.status == .forbidden && !refused.text.contains(#"id="referral-form""#))
                #expect(refused.text.invalidFields.isEmpty && !refused.text.contains("Perte auditive"))
            }
        }
    }

    @Test("a release request and a POD request: every wrong field at once, marked, kept, nothing stored")
    func releaseAndPODForms() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            _ = try await installation.user("luc", ReleaseUsers.lineManager)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let release = [
                    "patient": patient.object.id, "recipient": "", "purpose": "Insurance claim", "from": "2026-02-30",
                    "until": "",
                ]
                let bad = try await client.postForm(
                    "/health/releases", release.merging(["_csrf": csrf]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(session.secret)"])
                #expect(bad.status == .badRequest)
                let fields = ["recipient", "from", "entryTypes"]
                #expect(bad.text.summaryItems.map(\.field) == fields)
                for field in fields { #expect(bad.text.fieldIsMarked(field), "\(field) is marked") }
                #expect(bad.text.contains(#"value="Insurance claim""#))

                let luc = try await client.signIn("luc")
                let lucCSRF = try await client.sessionCSRF(luc)
                let pod = try await client.postForm(
                    "/health/pod-requests", ["_csrf": lucCSRF, "staffNumber": "S-9", "question": " ", "purpose": ""],
                    cookies: ["\(SessionAuthenticator.cookieName)=\(luc.secret)"])
                #expect(pod.status == .badRequest)
                #expect(pod.text.summaryItems.map(\.field) == ["question", "purpose"])
                #expect(pod.text.fieldIsMarked("question") && pod.text.fieldIsMarked("purpose"))
                #expect(pod.text.contains(#"value="S-9""#))
                let since = try await Self.actions(installation).dropFirst(Int(events))
                #expect(!since.contains { $0.contains("release") || $0.contains("pod") }, "nothing stored: \(since)")

                // A line manager may not ask for a release: refused before the form is read.
                let refused = try await client.postForm(
                    "/health/releases", release.merging(["_csrf": lucCSRF]) { $1 },
                    cookies: ["\(SessionAuthenticator.cookieName)=\(luc.secret)"])
                #expect(refused.status == .forbidden && refused.text.invalidFields.isEmpty)
                #expect(!refused.text.contains("Insurance claim"))
            }
        }
    }
}
