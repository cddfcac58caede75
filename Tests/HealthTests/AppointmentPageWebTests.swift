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

/// Issue 17, item 7: the day list is one row per appointment leading to the appointment's own page, where its
/// actions are, each shown only when its state allows it and the viewer may do it; the diary's headings.
@Suite("Appointment pages: the day list, an appointment's page, the diary")
struct AppointmentPageWebTests {
    @Test("the day list has no cancel or no-show form per row, and each row links to its appointment's page")
    func dayList() async throws {
        try await withInstallation { installation in
            // setup
            let clinic = try await AppointmentClinic.open(installation)
            let first = try await clinic.book(installation, clinic.patient1, with: clinic.clinicianID, at: "09:00")
            let second = try await clinic.book(installation, clinic.patient2, with: clinic.clinician2ID, at: "10:00")
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")

                // exercise
                let day = try await client.execute(
                    uri: "/health/appointments?date=\(AppointmentClinic.monday)", method: .get,
                    headers: session.headers())

                // validate
                #expect(day.status == .ok)
                for appointment in [first, second] {
                    let id = appointment.object.id
                    #expect(day.text.firstHref(id: "open-\(id)") == "/health/appointments/\(id)")
                    #expect(day.text.element(id: "status-\(id)") == "booked")
                    #expect(!day.text.contains("check-in-\(id)"), "not today: no check-in button")
                }
                #expect(!day.text.contains("/cancel\"") && !day.text.contains("/no-show\""), "no per-row forms")
                #expect(!day.text.contains(#"name="reason""#) && !day.text.contains(#"action="/health/appointments/"#))
                #expect(
                    day.text.element(id: "page-title") == "Appointments — Mon, 1 Mar 2027", "the day with its weekday")
                #expect(day.text.contains("← Sun, 28 Feb 2027") && day.text.contains("Tue, 2 Mar 2027 →"))
                #expect(day.text.contains("DUPONT, Jeanne") && day.text.contains("Dr Deux"), "patient and clinician")
                #expect(day.text.contains("Consultation") && day.text.contains("09:00–09:20"), "type and time")
                #expect(
                    day.text.contains(#"id="nav-appointments" href="/health/appointments" aria-current="page""#),
                    "the menu marks the day's appointments, whatever the date asked")
            }
        }
    }

    @Test("today's booked appointments have a compact check-in button; checked in, the row says so")
    func dayListCheckIn() async throws {
        try await withInstallation { installation in
            // setup
            let clinic = try await AppointmentClinic.open(installation)
            try await clinic.openAllWeek(installation)
            let today = AppointmentClinic.today
            let booked = try await clinic.book(
                installation, clinic.patient1, with: clinic.clinician2ID, on: today, at: "12:00")
            let id = booked.object.id
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let before = try await client.execute(
                    uri: "/health/appointments?date=\(today)", method: .get, headers: session.headers())
                #expect(before.text.contains(#"id="check-in-\#(id)""#))

                // exercise
                let posted = try await client.postForm(
                    "/health/appointments/\(id)/check-in", ["_csrf": csrf, "from": "day", "date": today],
                    cookies: [session.headers()[.cookie]!])

                // validate
                #expect(posted.status == .seeOther, "\(posted.text)")
                #expect(posted.headers[.location] == "/health/appointments?date=\(today)&done=checkedin")
                let after = try await client.execute(
                    uri: "/health/appointments?date=\(today)&done=checkedin", method: .get, headers: session.headers())
                #expect(after.text.element(id: "notice") == "The patient is checked in.")
                #expect(after.text.element(id: "status-\(id)") == "checked in")
                #expect(!after.text.contains(#"id="check-in-\#(id)""#))
                try await installation.chancery.users.setLanguage(.fr, for: clinic.clerk.id)
                let french = try await client.execute(
                    uri: "/health/appointments?date=\(today)", method: .get,
                    headers: try await client.signIn("clerk").headers())
                #expect(french.text.element(id: "status-\(id)") == "patient arrivé", "\(french.text)")
            }
        }
    }

    @Test("an appointment's page: details, chart link, history, and only the actions its state allows")
    func appointmentPage() async throws {
        try await withInstallation { installation in
            // setup
            let clinic = try await AppointmentClinic.open(installation)
            try await clinic.openAllWeek(installation)
            let today = try await clinic.book(
                installation, clinic.patient1, with: clinic.clinician2ID, on: AppointmentClinic.today, at: "12:00")
            let later = try await clinic.book(installation, clinic.patient2, with: clinic.clinicianID, at: "09:00")
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let cookie = [session.headers()[.cookie]!]
                func page(_ id: String, _ query: String = "") async throws -> TestResponse {
                    try await client.execute(
                        uri: "/health/appointments/\(id)\(query)", method: .get, headers: session.headers())
                }

                // exercise: a booked appointment of today
                let shown = try await page(today.object.id)

                // validate
                #expect(shown.status == .ok)
                #expect(shown.headers[.classification]?.contains("MEDICAL") == true)
                #expect(shown.text.firstHref(id: "patient-link") == "/health/patients/\(clinic.patient1)")
                #expect(shown.text.contains("DUPONT") && shown.text.contains("Jeanne"))
                #expect(shown.text.contains("Dr Deux") && shown.text.element(id: "appointment-type") == "Consultation")
                #expect(shown.text.element(id: "appointment-location") == "Building Z, room 12")
                #expect(shown.text.element(id: "appointment-status") == "booked")
                #expect(shown.text.element(id: "appointment-time")?.contains("12:00–12:20") == true)
                for action in ["check-in", "reschedule", "cancel", "no-show"] {
                    #expect(shown.text.contains(#"id="\#(action)""#), "\(action) offered")
                }
                #expect(shown.text.contains(#"<table id="history">"#) && shown.text.contains("Booked for"))

                // A later day: no check-in yet, the rest offered.
                let ahead = try await page(later.object.id)
                #expect(!ahead.text.contains(#"id="check-in""#))
                #expect(ahead.text.contains(#"id="cancel""#) && ahead.text.contains(#"id="no-show""#))

                // Cancelling needs a reason: the page comes back with the error, nothing changed.
                let noReason = try await client.postForm(
                    "/health/appointments/\(later.object.id)/cancel", ["_csrf": csrf, "version": "1", "reason": ""],
                    cookies: cookie)
                #expect(noReason.status == .badRequest)
                #expect(noReason.text.summaryItems.map(\.field) == ["reason"] && noReason.text.fieldIsMarked("reason"))
                #expect(noReason.text.contains(#"id="cancel""#))

                // Cancelled: the reason shown, no action left, the history says why.
                let cancelled = try await client.postForm(
                    "/health/appointments/\(later.object.id)/cancel",
                    ["_csrf": csrf, "version": "1", "reason": "Mission abroad"], cookies: cookie)
                #expect(cancelled.status == .seeOther)
                #expect(cancelled.headers[.location] == "/health/appointments/\(later.object.id)?done=cancelled")
                let closed = try await page(later.object.id, "?done=cancelled")
                #expect(closed.text.element(id: "notice") == "The appointment has been cancelled.")
                #expect(closed.text.element(id: "appointment-status")?.hasPrefix("cancelled") == true)
                #expect(closed.text.contains("Mission abroad"))
                for action in ["check-in", "reschedule", "cancel", "no-show"] {
                    #expect(!closed.text.contains(#"id="\#(action)""#), "\(action) not offered once cancelled")
                }
                #expect(closed.text.contains(#"id="no-changes""#))
                #expect(closed.text.contains("Cancelled, reason: Mission abroad"))

                // The same form posted again (an old tab) is refused on the page, not applied.
                let again = try await client.postForm(
                    "/health/appointments/\(later.object.id)/no-show", ["_csrf": csrf, "version": "2"],
                    cookies: cookie)
                #expect(again.status == .conflict)
                #expect(again.text.summaryItems.map(\.field) == ["appointment-changes"])
                #expect(again.text.summaryItems.first?.sentence.contains("cancelled") == true)

                // Checked in from its page: no action is left to the page (completion is the API's).
                let arrived = try await client.postForm(
                    "/health/appointments/\(today.object.id)/check-in", ["_csrf": csrf, "version": "1"],
                    cookies: cookie)
                #expect(arrived.headers[.location] == "/health/appointments/\(today.object.id)?done=checkedin")
                let checkedIn = try await page(today.object.id, "?done=checkedin")
                #expect(checkedIn.text.element(id: "appointment-status")?.hasPrefix("checked in") == true)
                #expect(checkedIn.text.contains("arrival recorded on \(AppointmentClinic.today)"))
                #expect(!checkedIn.text.contains(#"id="check-in""#) && !checkedIn.text.contains(#"id="cancel""#))
                #expect(checkedIn.text.contains("Patient checked in") && checkedIn.text.contains("Claire Clerk"))
            }
        }
    }

    @Test("a member of staff who may read but not change an appointment sees it without actions, nor its patient")
    func readOnlyViewer() async throws {
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
            try await installation.chancery.database.transaction { db in
                try await installation.chancery.objects.grant(
                    AccessEntry(grantee: .user(reader.id), permission: .read), on: appointment.object.id,
                    by: clinic.clerk.id, at: Clock.nowMilliseconds(), on: db)
            }
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("remote")
                let csrf = try await client.sessionCSRF(session)

                // exercise
                let page = try await client.execute(
                    uri: "/health/appointments/\(appointment.object.id)", method: .get, headers: session.headers())
                let cancel = try await client.postForm(
                    "/health/appointments/\(appointment.object.id)/cancel", ["_csrf": csrf, "reason": "No"],
                    cookies: [session.headers()[.cookie]!])

                // validate
                #expect(page.status == .ok, "\(page.text)")
                for action in ["check-in", "reschedule", "cancel", "no-show"] {
                    #expect(!page.text.contains(#"id="\#(action)""#), "\(action) not offered to a reader")
                }
                #expect(page.text.contains(#"id="no-changes""#))
                #expect(!page.text.contains("DUPONT") && !page.text.contains("Jeanne"), "the patient is not theirs")
                #expect(page.text.element(id: "appointment-patient") == "A patient whose record you may not read")
                #expect(cancel.status == .forbidden, "the server refuses what the page does not offer")
                #expect(
                    try await installation.chancery.appointments.appointment(
                        appointment.object.id, by: clinic.clerk)?.status == .booked)
            }
        }
    }

    @Test("the diary lists booked appointments under Booked, absences under Away, free times under theirs (EN, FR)")
    func diaryHeadings() async throws {
        try await withInstallation { installation in
            // setup: Monday an appointment, Tuesday on leave
            let clinic = try await AppointmentClinic.open(installation)
            let booked = try await clinic.book(installation, clinic.patient1, with: clinic.clinicianID, at: "09:00")
            _ = try await installation.chancery.appointments.addAbsence(
                clinic.clinicianID, from: "2027-03-02", to: "2027-03-02", kind: "leave", note: nil, by: clinic.clerk)
            try await installation.app.test(.router) { client in
                for (language, booked_, away, free, hours) in [
                    ("en", "Booked", "Away", "Free slots", "Hours"),
                    ("fr", "Rendez-vous", "Absent", "Créneaux libres", "Horaires"),
                ] {
                    // exercise
                    // The language a person chose is kept on their account: this one chooses it now.
                    try await installation.chancery.users.setLanguage(
                        language == "fr" ? .fr : .en, for: clinic.clerk.id)
                    let session = try await client.signIn("clerk")
                    let diary = try await client.execute(
                        uri: "/health/appointments/diary/\(clinic.clinicianID)?date=2027-03-01&view=week",
                        method: .get, headers: session.headers([.acceptLanguage: language]))

                    // validate
                    #expect(diary.status == .ok)
                    let text = diary.text
                    #expect(text.element(id: "booked-heading-2027-03-01") == booked_, "\(language)")
                    #expect(text.element(id: "away-heading-2027-03-02") == away, "\(language)")
                    #expect(text.element(id: "free-heading-2027-03-01") == free, "\(language)")
                    #expect(text.element(id: "hours-heading-2027-03-01") == hours, "\(language)")
                    #expect(!text.contains("booked-heading-2027-03-02"), "no appointment on the day of leave")
                    #expect(!text.contains("away-heading-2027-03-01"), "no absence on Monday: \(text)")
                    // The appointment is under its own heading, after it and before the free times, not under Away.
                    let heading = try #require(text.range(of: #"id="booked-heading-2027-03-01""#))
                    let line = try #require(text.range(of: #"id="diary-appointment-\#(booked.object.id)""#))
                    let freeTimes = try #require(text.range(of: #"id="free-heading-2027-03-01""#))
                    #expect(heading.upperBound < line.lowerBound && line.upperBound < freeTimes.lowerBound)
                    #expect(text.contains(#"href="/health/appointments/\#(booked.object.id)""#))
                }
            }
        }
    }
}
