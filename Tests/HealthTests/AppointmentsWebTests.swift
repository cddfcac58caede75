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
    @Test(
        "the booking form's patient search narrows the list to the patients it finds, keeps the one chosen, and still books through the server's checks"
    )
    func findPatient() async throws {
        try await withInstallation { installation in
            // setup
            let clinic = try await AppointmentClinic.open(installation)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let cookies = [session.headers()[.cookie]!]

                // exercise
                let form = try await client.execute(
                    uri: "/health/appointments/new", method: .get, headers: session.headers())
                let narrowed = try await client.postForm(
                    "/health/appointments/new", ["_csrf": csrf, "action": "find", "patientQuery": "peet"],
                    cookies: cookies)
                let kept = try await client.postForm(
                    "/health/appointments/new",
                    ["_csrf": csrf, "action": "find", "patientQuery": "peet", "patient": clinic.patient1],
                    cookies: cookies)
                let booked = try await client.postForm(
                    "/health/appointments/new",
                    [
                        "_csrf": csrf, "patientQuery": "peet", "patient": clinic.patient2,
                        "clinician": clinic.clinicianID, "type": "consult", "date": AppointmentClinic.monday,
                        "time": "09:00",
                    ],
                    cookies: cookies)

                // validate
                #expect(form.text.contains(#"data-suggest="patients" data-suggest-select="patient""#))
                #expect(narrowed.status == .ok)
                #expect(narrowed.text.contains("PEETERS, Jan") && !narrowed.text.contains("DUPONT, Jeanne"))
                #expect(narrowed.text.contains(#"value="peet""#))
                #expect(kept.text.contains(#"<option value="\#(clinic.patient1)" selected>DUPONT, Jeanne"#))
                #expect(booked.status == .seeOther, "\(booked.text)")
            }
        }
    }

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
                let error = try #require(refused.text.element(id: "time-error"))
                #expect(refused.text.summaryItems.map(\.field) == ["time"] && refused.text.fieldIsMarked("time"))
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
                #expect(outside.text.element(id: "time-error")?.contains("does not see patients") == true)

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

/// Issue 17, item 4: the booking page offers the clinician's free times as buttons (and the next days with room);
/// a date picker; the clash check stays on the server.
@Suite("Free times on the booking page")
struct AppointmentFreeTimesWebTests {
    static func times(_ html: String) -> [String] {
        let regex = try? NSRegularExpression(pattern: #"name="slot" value="([0-9:]{5})""#)
        return regex?.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range(at: 1), in: html).map { String(html[$0]) }
        } ?? []
    }

    @Test("the day's free times as buttons, a booked time gone, a slot books; an absence day has none")
    func freeTimes() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let cookie = [session.headers()[.cookie]!]
                func find(_ date: String) async throws -> TestResponse {
                    try await client.postForm(
                        "/health/appointments/new",
                        [
                            "_csrf": csrf, "patient": clinic.patient1, "clinician": clinic.clinicianID,
                            "type": "consult", "date": date, "action": "find",
                        ],
                        cookies: cookie)
                }
                let form = try await client.execute(
                    uri: "/health/appointments/new", method: .get, headers: session.headers())
                #expect(form.text.contains(#"id="date" name="date" type="date""#), "a date picker")
                let before = try await installation.objectCount()
                let shown = try await find(AppointmentClinic.monday)
                #expect(shown.status == .ok)
                #expect(try await installation.objectCount() == before, "showing free times changes nothing")
                let times = Self.times(shown.text)
                // Monday 08:00–12:00 and 13:00–17:00, consultations of 20 minutes: 12 + 12 times.
                #expect(times.count == 24, "\(times)")
                #expect(times.first == "08:00" && times.contains("13:00") && !times.contains("12:00"))
                #expect(shown.text.contains("Mon, 1 Mar 2027"), "the day with its weekday")

                let booked = try await client.postForm(
                    "/health/appointments/new",
                    [
                        "_csrf": csrf, "patient": clinic.patient1, "clinician": clinic.clinicianID, "type": "consult",
                        "date": AppointmentClinic.monday, "slot": "08:20", "action": "book",
                    ],
                    cookies: cookie)
                #expect(booked.status == .seeOther, "\(booked.text)")
                let after = Self.times(try await find(AppointmentClinic.monday).text)
                #expect(!after.contains("08:20") && after.count == 23)

                // The next Monday with room is offered from a Sunday.
                let sunday = try await find("2027-02-28")
                #expect(Self.times(sunday.text).isEmpty)
                #expect(sunday.text.contains(#"id="no-free-times""#))
                #expect(sunday.text.contains(#"value="2027-03-01""#), "the next day with room, as a button")
            }
        }
    }

    @Test("a principal outside the Health Office staff gets no free times and no form")
    func outsider() async throws {
        try await withInstallation { installation in
            _ = try await AppointmentClinic.open(installation)
            try await installation.user("rita", MockUser.registry)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("rita")
                let form = try await client.execute(
                    uri: "/health/appointments/new?clinician=x&type=consult&date=2027-03-01", method: .get,
                    headers: session.headers())
                #expect(form.status == .forbidden)
                #expect(Self.times(form.text).isEmpty)
            }
        }
    }
}
