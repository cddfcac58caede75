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

/// Issue 17, item 9: the appointment page's cancellation and no-show forms come back with their errors in the
/// page's summary, the reason marked on its field and what was typed kept, nothing changed.
@Suite("Health Office appointment page: cancellation and no-show errors")
struct AppointmentPageFormErrorsWebTests {
    static let words: [String: (heading: String, required: String)] = [
        "en": ("The form has 1 problem:", "This field is required."),
        "fr": ("Le formulaire comporte 1 problème :", "Ce champ est obligatoire."),
    ]

    static func status(_ installation: TestInstallation, _ id: String, _ clinic: AppointmentClinic) async throws
        -> String?
    {
        try await installation.chancery.appointments.appointment(id, by: clinic.clerk)?.status.rawValue
    }

    static func changes(_ installation: TestInstallation) async throws -> [String] {
        let closing = [Appointment.Change.cancel.auditAction, Appointment.Change.noShow.auditAction]
        return try await installation.chancery.database.read { db in
            try await db.raw("SELECT action FROM audit_events ORDER BY seq").all().map {
                try $0.decode(column: "action", as: String.self)
            }
        }.filter { closing.contains($0) }
    }

    @Test(
        "a cancellation without a reason: the reason marked, in the summary that takes the focus, nothing changed",
        arguments: ["en", "fr"])
    func cancelWithoutReason(language: String) async throws {
        try await withInstallation { installation in
            // setup
            let clinic = try await AppointmentClinic.open(installation)
            let later = try await clinic.book(installation, clinic.patient2, with: clinic.clinicianID, at: "09:00")
            let path = "/health/appointments/\(later.object.id)"
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let cookies = ["\(SessionAuthenticator.cookieName)=\(session.secret)"]

                // exercise: blanks only
                let bad = try await client.postForm(
                    "\(path)/cancel", ["_csrf": csrf, "version": "1", "reason": "   "], cookies: cookies,
                    headers: headers)

                // validate
                let words = try #require(Self.words[language])
                #expect(bad.status == .badRequest)
                #expect(bad.text.htmlLang == language)
                #expect(bad.text.summaryTakesFocus)
                #expect(bad.text.element(id: "error-summary-heading") == words.heading)
                #expect(bad.text.summaryItems.map(\.field) == ["reason"])
                #expect(bad.text.invalidFields == ["reason"] && bad.text.fieldIsMarked("reason"))
                #expect(bad.text.element(id: "reason-error") == words.required)
                #expect(bad.text.contains(#"id="cancel-form""#) && bad.text.contains(#"id="no-show-form""#))
                #expect(!bad.text.contains("action-error"))
                #expect(try await Self.status(installation, later.object.id, clinic) == "booked", "nothing changed")
                #expect(try await Self.changes(installation).isEmpty, "no change audited")

                // A reason too long is kept, marked, and refused the same way.
                let long = String(repeating: "x", count: 501)
                let tooLong = try await client.postForm(
                    "\(path)/cancel", ["_csrf": csrf, "version": "1", "reason": long], cookies: cookies,
                    headers: headers)
                #expect(tooLong.status == .badRequest && tooLong.text.fieldIsMarked("reason"))
                #expect(tooLong.text.contains(#"value="\#(long)""#), "what was typed is kept")
                #expect(try await Self.status(installation, later.object.id, clinic) == "booked")

                // A no-show posted from an old tab after a cancellation: the summary says why, linked to the
                // changes; the no-show is not recorded.
                let cancelled = try await client.postForm(
                    "\(path)/cancel", ["_csrf": csrf, "version": "1", "reason": "Mission"], cookies: cookies,
                    headers: headers)
                #expect(cancelled.status == .seeOther)
                let stale = try await client.postForm(
                    "\(path)/no-show", ["_csrf": csrf, "version": "1"], cookies: cookies, headers: headers)
                #expect(stale.status == .preconditionFailed, "the version shown is no longer the appointment's")
                #expect(stale.text.summaryTakesFocus)
                #expect(stale.text.summaryItems.map(\.field) == ["appointment-changes"])
                #expect(stale.text.contains(#"id="appointment-changes""#) && stale.text.invalidFields.isEmpty)
                #expect(try await Self.status(installation, later.object.id, clinic) == "cancelled")
                #expect(try await Self.changes(installation) == [Appointment.Change.cancel.auditAction])
                if language == "fr" {
                    for english in ["This field", "problem", "The form"] {
                        #expect(!bad.text.visibleText.contains(english), "no English on the French page: \(english)")
                    }
                }
            }
        }
    }

    @Test("a reader who may not change the appointment is refused without the form or its sentences")
    func readerRefused() async throws {
        try await withInstallation { installation in
            // setup: a clinician of another unit, granted reading of the appointment only
            let clinic = try await AppointmentClinic.open(installation)
            let appointment = try await clinic.book(
                installation, clinic.patient1, with: clinic.clinicianID, at: "09:00")
            let reader = try await installation.user(
                "remote",
                UserAttributes(
                    displayName: "Dr Remote", clearance: .natoSecret, nationality: "BEL", categories: ["MEDICAL"],
                    roles: [.healthClinician], units: ["IPS"], groups: []))
            try await installation.user("outsider", MockUser.registry)
            try await installation.chancery.database.transaction { db in
                try await installation.chancery.objects.grant(
                    AccessEntry(grantee: .user(reader.id), permission: .read), on: appointment.object.id,
                    by: clinic.clerk.id, at: Clock.nowMilliseconds(), on: db)
            }
            try await installation.app.test(.router) { client in
                for name in ["remote", "outsider"] {
                    let session = try await client.signIn(name)
                    let csrf = try await client.sessionCSRF(session)
                    let cookies = [session.headers()[.cookie]!]

                    // exercise
                    let cancel = try await client.postForm(
                        "/health/appointments/\(appointment.object.id)/cancel",
                        ["_csrf": csrf, "version": "1", "reason": ""], cookies: cookies)
                    let noShow = try await client.postForm(
                        "/health/appointments/\(appointment.object.id)/no-show", ["_csrf": csrf, "version": "1"],
                        cookies: cookies)

                    // validate
                    for refused in [cancel, noShow] {
                        #expect(refused.status == .forbidden || refused.status == .notFound, "\(name)")
                        #expect(!refused.text.contains("error-summary") && refused.text.invalidFields.isEmpty)
                        #expect(!refused.text.contains(#"id="cancel-form""#) && !refused.text.contains("DUPONT"))
                    }
                }
                #expect(try await Self.status(installation, appointment.object.id, clinic) == "booked")
                #expect(try await Self.changes(installation).isEmpty)
            }
        }
    }
}
