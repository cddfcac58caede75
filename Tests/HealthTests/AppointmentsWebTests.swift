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

@Suite("Health appointment pages")
struct AppointmentsWebTests {
    @Test("book, see the day, refuse a double booking in the form (in French), reschedule and cancel")
    func bookAndRefuse() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let form = try await client.execute(
                    uri: "/health/appointments/new", method: .get, headers: session.headers())
                #expect(form.status == .ok)
                #expect(form.text.contains(#"id="book-form""#) && form.text.contains("DUPONT, Jeanne"))
                #expect(form.headers[.classification]?.contains("MEDICAL") == true)

                let booked = try await client.postForm(
                    "/health/appointments/new",
                    [
                        "_csrf": csrf, "patient": clinic.patient1, "clinician": clinic.clinicianID, "type": "consult",
                        "date": AppointmentClinic.monday, "time": "09:00",
                    ],
                    cookies: [session.headers()[.cookie]!])
                #expect(booked.status == .seeOther, "\(booked.text)")
                #expect(booked.headers[.location] == "/health/appointments?date=2027-03-01&done=booked")

                let day = try await client.execute(
                    uri: "/health/appointments?date=2027-03-01&done=booked", method: .get, headers: session.headers())
                #expect(day.text.element(id: "notice") == "The appointment is booked.")
                #expect(day.text.contains("DUPONT, Jeanne") && day.text.contains("09:00–09:20"))
                let id = try #require(
                    day.text.range(of: #"id="appointment-([0-9A-Z]{26})""#, options: .regularExpression).map {
                        String(day.text[$0].dropFirst(#"id="appointment-"#.count).dropLast())
                    })

                let refused = try await client.postForm(
                    "/health/appointments/new",
                    [
                        "_csrf": csrf, "patient": clinic.patient2, "clinician": clinic.clinicianID, "type": "consult",
                        "date": AppointmentClinic.monday, "time": "09:10",
                    ],
                    cookies: [session.headers()[.cookie]!], headers: [.acceptLanguage: "fr"])
                #expect(refused.status == .conflict)
                let error = try #require(refused.text.element(id: "form-error"))
                #expect(error.hasPrefix("Double réservation") || error.hasPrefix("Double booking"), "\(error)")
                #expect(refused.text.contains(#"value="09:10""#), "the form keeps what was typed")

                let moved = try await client.postForm(
                    "/health/appointments/\(id)/reschedule",
                    [
                        "_csrf": csrf, "version": "1", "clinician": clinic.clinicianID,
                        "date": AppointmentClinic.monday, "time": "10:00",
                    ],
                    cookies: [session.headers()[.cookie]!])
                #expect(moved.status == .seeOther, "\(moved.text)")
                let outside = try await client.postForm(
                    "/health/appointments/\(id)/reschedule",
                    [
                        "_csrf": csrf, "version": "2", "clinician": clinic.clinicianID,
                        "date": AppointmentClinic.monday, "time": "12:30",
                    ],
                    cookies: [session.headers()[.cookie]!])
                #expect(outside.status == .conflict)
                #expect(outside.text.element(id: "form-error")?.contains("does not see patients") == true)

                let cancelled = try await client.postForm(
                    "/health/appointments/\(id)/cancel",
                    ["_csrf": csrf, "date": AppointmentClinic.monday, "reason": "Mission"],
                    cookies: [session.headers()[.cookie]!])
                #expect(cancelled.status == .seeOther)
                let after = try await client.execute(
                    uri: "/health/appointments?date=2027-03-01", method: .get, headers: session.headers())
                #expect(after.text.element(id: "status-\(id)")?.hasPrefix("cancelled") == true)

                let diary = try await client.execute(
                    uri: "/health/appointments/diary/\(clinic.clinicianID)?date=2027-03-01&view=week", method: .get,
                    headers: session.headers())
                #expect(diary.status == .ok)
                #expect(diary.text.contains(#"id="day-2027-03-01""#) && diary.text.contains(#"id="day-2027-03-07""#))

                let noCSRF = try await client.postForm(
                    "/health/appointments/new", ["patient": clinic.patient1], cookies: [session.headers()[.cookie]!])
                #expect(noCSRF.status == .forbidden)
            }
        }
    }

    @Test("the unbriefed principal gets no appointment page")
    func unbriefed() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            _ = try await installation.chancery.appointments.book(
                .init(
                    patientID: clinic.patient1, clinicianID: clinic.clinicianID, typeCode: "consult",
                    start: BrusselsTime.instant(date: AppointmentClinic.monday, time: "09:00")!, end: nil, note: nil,
                    location: nil, waitlistEntry: nil),
                by: clinic.clerk)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("nina")
                for path in [
                    "/health/appointments?date=2027-03-01", "/health/appointments/new",
                    "/health/appointments/diary/\(clinic.clinicianID)?date=2027-03-01",
                ] {
                    let page = try await client.execute(uri: path, method: .get, headers: session.headers())
                    #expect(page.status == .forbidden, "\(path)")
                    #expect(!page.text.contains("DUPONT") && !page.text.contains("09:00"), "\(path)")
                }
            }
        }
    }
}
