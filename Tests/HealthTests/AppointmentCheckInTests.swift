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

extension AppointmentClinic {
    /// Today, in Brussels.
    static var today: String { HeadquartersCalendar.day(Clock.nowMilliseconds()) }

    /// Dr Deux sees patients all day, every day, so that an appointment can be booked today whatever day it is.
    func openAllWeek(_ installation: TestInstallation) async throws {
        _ = try await installation.chancery.appointments.setHours(
            clinician2ID, (1...7).map { Clinician.Hours(weekday: $0, start: "00:00", end: "24:00", location: nil) },
            by: clerk)
    }

    /// Books through the store (as the clerk).
    func book(
        _ installation: TestInstallation, _ patient: String, with clinician: String, on date: String = monday,
        at time: String
    ) async throws -> Appointment {
        try await installation.chancery.appointments.book(
            .init(
                patientID: patient, clinicianID: clinician, typeCode: "consult",
                start: try #require(BrusselsTime.instant(date: date, time: time)), end: nil, note: nil, location: nil,
                waitlistEntry: nil),
            by: clerk)
    }
}

/// Issue 17, item 7: a booked appointment is checked in when the patient arrives (status `arrived`), through the
/// store and the API, by the staff who may cancel it; never once it is cancelled, a no-show or completed.
@Suite("Appointment check-in")
struct AppointmentCheckInTests {
    @Test("the API checks a patient in, audited; then no second check-in, cancel or no-show, but completion")
    func checkIn() async throws {
        try await withInstallation { installation in
            // setup
            let clinic = try await AppointmentClinic.open(installation)
            try await clinic.openAllWeek(installation)
            let today = try await clinic.book(
                installation, clinic.patient1, with: clinic.clinician2ID, on: AppointmentClinic.today, at: "12:00")
            let id = today.object.id
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")

                // exercise
                let arrived = try await client.api(.post, "/api/v1/health/appointments/\(id)/check-in", token: clerk)

                // validate
                #expect(arrived.status == .ok, "\(arrived.text)")
                let body = try arrived.jsonObject()
                #expect(body["status"] as? String == "arrived")
                #expect((body["arrivedAt"] as? String)?.hasPrefix(AppointmentClinic.today) == true, "\(body)")
                #expect(body["version"] as? Int == 2)
                #expect(arrived.headers[.eTag] != nil && arrived.headers[.classification]?.contains("MEDICAL") == true)
                let actions = try await installation.auditActions(of: id)
                #expect(actions.last == "health.appointment.check-in", "\(actions)")
                #expect(
                    try await installation.appointmentAuditDetails(of: id).last?.contains("arrivedAt") == true)
                let stored = try #require(
                    try await installation.chancery.appointments.appointment(id, by: clinic.clerk))
                #expect(stored.status == .arrived && stored.object.state == "arrived" && stored.arrivedAt != nil)

                let again = try await client.api(.post, "/api/v1/health/appointments/\(id)/check-in", token: clerk)
                #expect(try again.problem(.conflict, type: "appointment-closed").detail.contains("checked in"))
                let cancel = try await client.api(
                    .post, "/api/v1/health/appointments/\(id)/cancellation", token: clerk,
                    json: #"{"reason":"Too late"}"#)
                try cancel.problem(.conflict, type: "appointment-closed")
                let noShow = try await client.api(.post, "/api/v1/health/appointments/\(id)/no-show", token: clerk)
                try noShow.problem(.conflict, type: "appointment-closed")
                let changes = try await installation.auditActions(of: id).filter { $0.hasPrefix("health.appointment.") }
                #expect(changes == ["health.appointment.check-in"], "the refused changes changed nothing")

                // An arrived patient still holds the slot.
                let clash = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: #"""
                        {"patient":"\#(clinic.patient2)","clinician":"\#(clinic.clinician2ID)","type":"consult",
                         "start":"\#(BrusselsTime.isoWithOffset(today.start + 600_000))"}
                        """#)
                try clash.problem(.conflict, type: "double-booking")

                let completed = try await client.api(
                    .post, "/api/v1/health/appointments/\(id)/completion", token: clerk, json: "{}")
                #expect(completed.status == .ok, "\(completed.text)")
                let done = try completed.jsonObject()
                #expect(done["status"] as? String == "completed" && done["arrivedAt"] as? String != nil)
            }
        }
    }

    @Test("refused for a cancelled or no-show appointment, on a later day, and with a stale version")
    func refusals() async throws {
        try await withInstallation { installation in
            // setup
            let clinic = try await AppointmentClinic.open(installation)
            try await clinic.openAllWeek(installation)
            let store = installation.chancery.appointments
            let cancelled = try await clinic.book(
                installation, clinic.patient1, with: clinic.clinician2ID, on: AppointmentClinic.today, at: "10:00")
            _ = try await store.close(cancelled.object.id, as: .cancelled, reason: "Mission", by: clinic.clerk)
            let missed = try await clinic.book(
                installation, clinic.patient2, with: clinic.clinician2ID, on: AppointmentClinic.today, at: "10:00")
            _ = try await store.close(missed.object.id, as: .noshow, by: clinic.clerk)
            let later = try await clinic.book(installation, clinic.patient1, with: clinic.clinicianID, at: "09:00")
            let stale = try await clinic.book(
                installation, clinic.patient2, with: clinic.clinician2ID, on: AppointmentClinic.today, at: "11:00")
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                for id in [cancelled.object.id, missed.object.id] {
                    // exercise
                    let refused = try await client.api(
                        .post, "/api/v1/health/appointments/\(id)/check-in", token: clerk,
                        headers: [.acceptLanguage: "fr"])

                    // validate
                    let problem = try refused.problem(.conflict, type: "appointment-closed")
                    #expect(problem.detail.contains("annulé") || problem.detail.contains("non honoré"), "\(problem)")
                    #expect(try await installation.auditActions(of: id).last != "health.appointment.check-in")
                }
                let early = try await client.api(
                    .post, "/api/v1/health/appointments/\(later.object.id)/check-in", token: clerk)
                #expect(try early.problem(.conflict, type: "appointment-not-today").detail.contains("2027-03-01"))
                let outdated = try await client.api(
                    .post, "/api/v1/health/appointments/\(stale.object.id)/check-in", token: clerk,
                    headers: [.ifMatch: #""v7""#])
                #expect(outdated.status == .preconditionFailed, "\(outdated.text)")
                #expect(try await store.appointment(stale.object.id, by: clinic.clerk)?.status == .booked)
            }
        }
    }

    @Test("without MEDICAL, or outside the Health Office, an appointment is not found: page, API read and check-in")
    func outsiders() async throws {
        try await withInstallation { installation in
            // setup
            let clinic = try await AppointmentClinic.open(installation)
            try await clinic.openAllWeek(installation)
            let appointment = try await clinic.book(
                installation, clinic.patient1, with: clinic.clinician2ID, on: AppointmentClinic.today, at: "12:00")
            let id = appointment.object.id
            try await installation.user("rita", MockUser.registry)
            // MEDICAL and the Health Office's unit, but no Health Office role.
            try await installation.user(
                "vera",
                UserAttributes(
                    displayName: "Vera Visitor", clearance: .natoSecret, nationality: "BEL", categories: ["MEDICAL"],
                    roles: [.registryClerk], units: ["HEALTH", "IPS"], groups: []))
            try await installation.app.test(.router) { client in
                for username in ["nina", "rita", "vera"] {
                    // exercise
                    let token = try await client.token(for: username)
                    let read = try await client.api(.get, "/api/v1/health/appointments/\(id)", token: token)
                    let checkIn = try await client.api(
                        .post, "/api/v1/health/appointments/\(id)/check-in", token: token)
                    let session = try await client.signIn(username)
                    let csrf = try await client.sessionCSRF(session)
                    let page = try await client.execute(
                        uri: "/health/appointments/\(id)", method: .get, headers: session.headers())
                    let missing = try await client.execute(
                        uri: "/health/appointments/01ARZ3NDEKTSV4RRFFQ69G5FAV", method: .get,
                        headers: session.headers())
                    let posted = try await client.postForm(
                        "/health/appointments/\(id)/check-in", ["_csrf": csrf],
                        cookies: [session.headers()[.cookie]!])

                    // validate
                    try read.problem(.notFound)
                    try checkIn.problem(.notFound)
                    #expect(page.status == .notFound, "\(username)")
                    #expect(
                        page.text.element(id: "page-title") == missing.text.element(id: "page-title"), "\(username)")
                    #expect(!page.text.contains("DUPONT") && !page.text.contains("12:00"), "\(username)")
                    #expect(posted.status == .notFound, "\(username)")
                }
                #expect(
                    try await installation.chancery.appointments.appointment(id, by: clinic.clerk)?.status == .booked)
            }
        }
    }

    @Test("a briefed clinician of another unit without need-to-know: 404, and nothing in the lists, counts or pages")
    func staffWithoutNeedToKnow() async throws {
        try await withInstallation { installation in
            // setup: Health Office staff briefed for MEDICAL, but of another unit and granted nothing
            let clinic = try await AppointmentClinic.open(installation)
            try await clinic.openAllWeek(installation)
            let today = AppointmentClinic.today
            let appointment = try await clinic.book(
                installation, clinic.patient1, with: clinic.clinician2ID, on: today, at: "12:00")
            let id = appointment.object.id
            let remote = try await installation.user(
                "remote",
                UserAttributes(
                    displayName: "Dr Remote", clearance: .natoSecret, nationality: "BEL", categories: ["MEDICAL"],
                    roles: [.healthClinician], units: ["IPS"], groups: []))
            let store = installation.chancery.appointments
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "remote")
                let session = try await client.signIn("remote")
                let csrf = try await client.sessionCSRF(session)

                // exercise
                let read = try await client.api(.get, "/api/v1/health/appointments/\(id)", token: token)
                let checkIn = try await client.api(.post, "/api/v1/health/appointments/\(id)/check-in", token: token)
                let list = try await client.api(.get, "/api/v1/health/appointments?date=\(today)", token: token)
                let page = try await client.execute(
                    uri: "/health/appointments/\(id)", method: .get, headers: session.headers())
                let missing = try await client.execute(
                    uri: "/health/appointments/01ARZ3NDEKTSV4RRFFQ69G5FAV", method: .get, headers: session.headers())
                let posted = try await client.postForm(
                    "/health/appointments/\(id)/check-in", ["_csrf": csrf], cookies: [session.headers()[.cookie]!])
                let day = try await client.execute(
                    uri: "/health/appointments?date=\(today)", method: .get, headers: session.headers())
                let diary = try await client.execute(
                    uri: "/health/appointments/diary/\(clinic.clinician2ID)?date=\(today)&view=day", method: .get,
                    headers: session.headers())

                // validate: not found, as an id that does not exist, never 403 with details
                try read.problem(.notFound)
                try checkIn.problem(.notFound)
                #expect(page.status == .notFound && posted.status == .notFound)
                #expect(page.text.element(id: "page-title") == missing.text.element(id: "page-title"))
                #expect(!page.text.contains("DUPONT") && !page.text.contains("12:00"))
                // nothing in the lists or counts
                #expect(list.status == .ok, "\(list.text)")
                #expect(!list.text.contains(id) && !list.text.contains("Dupont"), "\(list.text)")
                #expect(try await store.count(.init(date: today), by: remote.principal) == 0)
                #expect(try await store.count(.init(date: today), by: clinic.clerk) == 1, "the clerk sees it")
                #expect(day.status == .ok && diary.status == .ok)
                for text in [day.text, diary.text] {
                    #expect(!text.contains(id) && !text.contains("DUPONT"))
                }
                #expect(try await store.appointment(id, by: clinic.clerk)?.status == .booked)
            }
        }
    }
}
