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

/// Principals of the appointment tests.
enum AppointmentMocks {
    static let clerk = UserAttributes(
        displayName: "Claire Clerk", clearance: .natoConfidential, nationality: "BEL", categories: ["MEDICAL"],
        roles: [.healthClerk], units: ["HEALTH"], groups: [])
    static let advisor = UserAttributes(
        displayName: "Dr Avis", clearance: .natoSecret, nationality: "FRA", categories: ["MEDICAL"],
        roles: [.healthAdvisor, .healthClinician, .healthOverbook], units: ["HEALTH"], groups: [])
    static let clinician2 = UserAttributes(
        displayName: "Dr Deux", clearance: .natoSecret, nationality: "BEL", categories: ["MEDICAL"],
        roles: [.healthClinician], units: ["HEALTH"], groups: [])
    /// NATO SECRET, a Health Office role and unit even, but not briefed for MEDICAL.
    static let unbriefed = UserAttributes(
        displayName: "Nina Nomed", clearance: .natoSecret, nationality: "BEL", categories: [],
        roles: [.healthClerk, .registryClerk], units: ["HEALTH", "IPS"], groups: [])
}

/// A clinic with one clerk, clinicians with Monday hours, and two patients.
struct AppointmentClinic {
    var clerk: Principal
    var clinicianID: String
    var clinician2ID: String
    var advisorID: String
    var patient1: String
    var patient2: String

    /// Monday 1 March 2027 (Brussels is UTC+1 then).
    static let monday = "2027-03-01"

    static func open(_ installation: TestInstallation) async throws -> AppointmentClinic {
        let clerk = try await installation.user("clerk", AppointmentMocks.clerk).principal
        let clinician = try await installation.user("martin", MockUser.clinician)
        let clinician2 = try await installation.user("deux", AppointmentMocks.clinician2)
        let advisor = try await installation.user("avis", AppointmentMocks.advisor)
        try await installation.user("nina", AppointmentMocks.unbriefed)
        let store = installation.chancery.appointments
        let monday = [
            Clinician.Hours(weekday: 1, start: "08:00", end: "12:00", location: nil),
            Clinician.Hours(weekday: 1, start: "13:00", end: "17:00", location: nil),
        ]
        for (account, specialty) in [
            (clinician, "Cardiology"), (clinician2, "General practice"), (advisor, "Occupational medicine"),
        ] {
            _ = try await store.addClinician(
                userID: account.id, displayName: nil, specialty: specialty, location: "Building Z, room 12", by: clerk)
            _ = try await store.setHours(account.id, monday, by: clerk)
        }
        let health = installation.chancery.health
        let p1 = try await health.createPatient(
            AppointmentMocks.patient(
                familyName: "Dupont", givenNames: "Jeanne", dateOfBirth: "1980-04-02", sex: "female",
                nationality: "BEL",
                restricted: false),
            label: nil, careTeam: [], by: clerk)
        let p2 = try await health.createPatient(
            AppointmentMocks.patient(
                familyName: "Peeters", givenNames: "Jan", dateOfBirth: "1975-09-12", sex: "male", nationality: "BEL",
                restricted: false),
            label: nil, careTeam: [], by: clerk)
        return AppointmentClinic(
            clerk: clerk, clinicianID: clinician.id, clinician2ID: clinician2.id, advisorID: advisor.id,
            patient1: p1.object.id, patient2: p2.object.id)
    }

    func booking(
        _ patient: String, _ clinician: String, at time: String, type: String = "consult", date: String = monday,
        extra: String = ""
    ) -> String {
        #"{"patient":"\#(patient)","clinician":"\#(clinician)","type":"\#(type)","start":"\#(date)T\#(time):00+01:00"\#(extra)}"#
    }
}

extension AppointmentMocks {
    static func patient(
        familyName: String, givenNames: String, dateOfBirth: String, sex: String, nationality: String, restricted: Bool
    ) -> Patient.Details {
        Patient.Details(
            familyName: familyName, givenNames: givenNames, dateOfBirth: dateOfBirth, sex: sex, staffNumber: nil,
            staffUserID: nil, staffUnit: nil, nationality: nationality, phone: nil, email: nil, address: nil,
            emergencyName: nil, emergencyPhone: nil, insurer: nil, insurerNumber: nil, restricted: restricted)
    }
}

extension TestInstallation {
    /// The details of the audit events of an object, as stored.
    func appointmentAuditDetails(of objectID: String) async throws -> [String] {
        try await chancery.database.read { db in
            try await db.raw("SELECT details FROM audit_events WHERE object_id = \(bind: objectID) ORDER BY seq")
                .all().map { try $0.decode(column: "details", as: String.self) }
        }
    }
}

@Suite("Health appointments API")
struct AppointmentsAPITests {
    @Test(
        "a double booking of the clinician or of the patient is refused with a sentence; the overbook privilege allows it"
    )
    func doubleBooking() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let first = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient1, clinic.clinicianID, at: "09:00"))
                #expect(first.status == .created, "\(first.text)")
                let body = try first.jsonObject()
                #expect(body["end"] as? String == "2027-03-01T09:20:00+01:00", "the type's 20 minutes")
                #expect(body["status"] as? String == "booked")
                #expect(body["banner"] as? String != nil)

                let clinicianBusy = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient2, clinic.clinicianID, at: "09:10"))
                let problem = try clinicianBusy.problem(.conflict, type: "double-booking")
                #expect(
                    problem.detail.contains("Double booking") && problem.detail.contains("09:00"), "\(problem.detail)")
                let french = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient2, clinic.clinicianID, at: "09:10"),
                    headers: [.acceptLanguage: "fr"])
                #expect(try french.problem(.conflict).detail.contains("Double réservation"))

                let patientBusy = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient1, clinic.clinician2ID, at: "09:10"))
                let patientProblem = try patientBusy.problem(.conflict, type: "double-booking")
                #expect(patientProblem.field == "patient")
                #expect(patientProblem.detail.contains("the patient already has"))

                // Back to back is not a double booking; a cancelled appointment frees its slot.
                let next = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient2, clinic.clinicianID, at: "09:20"))
                #expect(next.status == .created, "\(next.text)")

                let advisor = try await client.token(for: "avis")
                let overbooked = try await client.api(
                    .post, "/api/v1/health/appointments", token: advisor,
                    json: clinic.booking(clinic.patient2, clinic.clinicianID, at: "09:10"))
                #expect(overbooked.status == .created, "\(overbooked.text)")
                let overbookedID = try #require(try overbooked.jsonObject()["id"] as? String)
                #expect(try overbooked.jsonObject()["overbooked"] as? Bool == true)
                #expect(
                    try await installation.appointmentAuditDetails(of: overbookedID).contains {
                        $0.contains("overbooked")
                    })

                let list = try
                    (try await client.api(
                        .get, "/api/v1/health/appointments?date=2027-03-01&clinician=\(clinic.clinicianID)",
                        token: clerk)).jsonObject()
                #expect((list["items"] as? [Any])?.count == 3)
            }
        }
    }

    @Test("two simultaneous bookings of one slot: exactly one succeeds")
    func concurrentBookings() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                async let a = client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient1, clinic.clinicianID, at: "10:00"))
                async let b = client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient2, clinic.clinicianID, at: "10:05"))
                let statuses = [try await a.status, try await b.status]
                #expect(statuses.filter { $0 == .created }.count == 1, "\(statuses)")
                #expect(statuses.filter { $0 == .conflict }.count == 1, "\(statuses)")
            }
        }
    }

    @Test("outside the clinician's hours or during an absence is refused, overbook or not")
    func availability() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let early = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient1, clinic.clinicianID, at: "07:30"))
                #expect(try early.problem(.conflict, type: "outside-availability").detail.contains("08:00–12:00"))
                let lunch = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient1, clinic.clinicianID, at: "11:50"))
                try lunch.problem(.conflict, type: "outside-availability")
                let tuesday = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient1, clinic.clinicianID, at: "09:00", date: "2027-03-02"))
                try tuesday.problem(.conflict, type: "outside-availability")

                let absence = try await client.api(
                    .post, "/api/v1/health/clinicians/\(clinic.clinicianID)/exceptions", token: clerk,
                    json: #"{"startDate":"2027-03-08","endDate":"2027-03-12","kind":"leave","note":"Ski"}"#)
                #expect(absence.status == .created, "\(absence.text)")
                let away = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient1, clinic.clinicianID, at: "09:00", date: "2027-03-08"))
                #expect(try away.problem(.conflict, type: "clinician-absent").detail.contains("leave"))
                let advisor = try await client.token(for: "avis")
                let stillAway = try await client.api(
                    .post, "/api/v1/health/appointments", token: advisor,
                    json: clinic.booking(clinic.patient1, clinic.clinicianID, at: "09:00", date: "2027-03-08"))
                try stillAway.problem(.conflict, type: "clinician-absent")

                let detail = try
                    (try await client.api(.get, "/api/v1/health/clinicians/\(clinic.clinicianID)", token: clerk))
                    .jsonObject()
                #expect((detail["availability"] as? [Any])?.count == 2)
                #expect((detail["exceptions"] as? [Any])?.count == 1)

                let week = try await client.api(
                    .get,
                    "/api/v1/health/clinicians/\(clinic.clinicianID)/schedule?date=2027-03-10&view=week&type=consult",
                    token: clerk)
                #expect(week.status == .ok, "\(week.text)")
                let days = try #require(try week.jsonObject()["days"] as? [[String: Any]])
                #expect(days.count == 7)
                #expect(days.first?["date"] as? String == "2027-03-08")
                #expect((days.first?["freeSlots"] as? [Any])?.isEmpty == true, "on leave")
                #expect((days.first?["exceptions"] as? [Any])?.count == 1)
                let day = try
                    (try await client.api(
                        .get, "/api/v1/health/clinicians/\(clinic.clinicianID)/schedule?date=2027-03-01&type=consult",
                        token: clerk)).jsonObject()
                let monday = try #require((day["days"] as? [[String: Any]])?.first)
                #expect((monday["freeSlots"] as? [Any])?.count == 24, "8 hours of 20-minute slots")

                let bad = try await client.api(
                    .put, "/api/v1/health/clinicians/\(clinic.clinicianID)/availability", token: clerk,
                    json: #"{"availability":[{"weekday":8,"start":"08:00","end":"12:00"}]}"#)
                try bad.problem(.badRequest)
                let martin = try await client.token(for: "martin")
                let notClerk = try await client.api(
                    .put, "/api/v1/health/clinicians/\(clinic.clinicianID)/availability", token: martin,
                    json: #"{"availability":[]}"#)
                try notClerk.problem(.forbidden)
            }
        }
    }

    @Test("reschedule, cancel, no-show and completion with a follow-up; the follow-up books from the to-book list")
    func lifeCycle() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let booked = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient1, clinic.clinicianID, at: "09:00"))
                let id = try #require(try booked.jsonObject()["id"] as? String)
                let other = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient2, clinic.clinicianID, at: "14:00"))
                #expect(other.status == .created)

                let noIfMatch = try await client.api(
                    .patch, "/api/v1/health/appointments/\(id)", token: clerk,
                    json: #"{"start":"2027-03-01T10:00:00+01:00"}"#)
                #expect(noIfMatch.status.code == 428)
                let clash = try await client.api(
                    .patch, "/api/v1/health/appointments/\(id)", token: clerk,
                    json: #"{"start":"2027-03-01T14:10:00+01:00"}"#,
                    headers: [.ifMatch: "\"v1\""])
                try clash.problem(.conflict, type: "double-booking")
                let moved = try await client.api(
                    .patch, "/api/v1/health/appointments/\(id)", token: clerk,
                    json: #"{"start":"2027-03-01T10:00:00+01:00"}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(moved.status == .ok, "\(moved.text)")
                #expect(try moved.jsonObject()["start"] as? String == "2027-03-01T10:00:00+01:00")
                #expect(try moved.jsonObject()["end"] as? String == "2027-03-01T10:20:00+01:00")
                let stale = try await client.api(
                    .patch, "/api/v1/health/appointments/\(id)", token: clerk,
                    json: #"{"start":"2027-03-01T11:00:00+01:00"}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(stale.status == .preconditionFailed)
                let reminders = try await installation.chancery.database.read { db in
                    try await installation.chancery.appointments.reminders(of: id, on: db)
                }
                #expect(reminders.map(\.status) == ["cancelled", "pending"])
                #expect(reminders.last?.en.contains("10:00") == true)

                let cancelled = try await client.api(
                    .post, "/api/v1/health/appointments/\(id)/cancellation", token: clerk,
                    json: #"{"reason":"Patient on mission"}"#)
                #expect(cancelled.status == .ok, "\(cancelled.text)")
                #expect(try cancelled.jsonObject()["status"] as? String == "cancelled")
                let after = try await installation.chancery.database.read { db in
                    try await installation.chancery.appointments.reminders(of: id, on: db)
                }
                #expect(after.allSatisfy { $0.status == "cancelled" })
                let again = try await client.api(
                    .post, "/api/v1/health/appointments/\(id)/cancellation", token: clerk, json: #"{"reason":"Twice"}"#)
                try again.problem(.conflict, type: "appointment-closed")
                // The cancelled slot is free again.
                let rebooked = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(clinic.patient2, clinic.clinicianID, at: "10:00"))
                #expect(rebooked.status == .created, "\(rebooked.text)")
                let rebookedID = try #require(try rebooked.jsonObject()["id"] as? String)
                let noShow = try await client.api(
                    .post, "/api/v1/health/appointments/\(rebookedID)/no-show", token: clerk, json: "{}")
                #expect(try noShow.jsonObject()["status"] as? String == "noshow")

                let otherID = try #require(try other.jsonObject()["id"] as? String)
                let completed = try await client.api(
                    .post, "/api/v1/health/appointments/\(otherID)/completion", token: clerk,
                    json: #"{"followUpDue":"2027-04-01"}"#)
                #expect(completed.status == .ok, "\(completed.text)")
                #expect(try completed.jsonObject()["status"] as? String == "completed")
                let toBook = try (try await client.api(.get, "/api/v1/health/to-book", token: clerk)).jsonObject()
                let items = try #require(toBook["items"] as? [[String: Any]])
                #expect(items.count == 1)
                #expect(items.first?["dueDate"] as? String == "2027-04-01")
                #expect(items.first?["patient"] as? String == clinic.patient2)
                let entry = try #require(items.first?["id"] as? String)
                let followUp = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json: clinic.booking(
                        clinic.patient2, clinic.clinicianID, at: "09:00", type: "follow-up", date: "2027-03-29",
                        extra: #","waitlistEntry":"\#(entry)""#))
                #expect(followUp.status == .created, "\(followUp.text)")
                let empty = try (try await client.api(.get, "/api/v1/health/to-book", token: clerk)).jsonObject()
                #expect((empty["items"] as? [Any])?.isEmpty == true)

                let waiting = try await client.api(
                    .post, "/api/v1/health/waitlist", token: clerk,
                    json:
                        #"{"patient":"\#(clinic.patient1)","type":"ecg","preferredFrom":"2027-03-01","preferredTo":"2027-03-31","note":"Mornings"}"#
                )
                #expect(waiting.status == .created, "\(waiting.text)")
                let waitlist = try (try await client.api(.get, "/api/v1/health/waitlist", token: clerk)).jsonObject()
                #expect((waitlist["items"] as? [Any])?.count == 1)
                let unknown = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json:
                        #"{"patient":"\#(clinic.patient1)","clinician":"\#(clinic.clinicianID)","type":"x","start":"2027-03-01T09:00:00+01:00","colour":"red"}"#
                )
                try unknown.problem(.badRequest, type: "unknown-field")
                let noOffset = try await client.api(
                    .post, "/api/v1/health/appointments", token: clerk,
                    json:
                        #"{"patient":"\#(clinic.patient1)","clinician":"\#(clinic.clinicianID)","type":"consult","start":"2027-03-01T09:00:00"}"#
                )
                #expect(try noOffset.problem(.badRequest).field == "start")
            }
        }
    }

    @Test("reminders say when and where only: no type, clinician, specialty or note")
    func reminders() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            let store = installation.chancery.appointments
            let allWeek = (1...7).map { Clinician.Hours(weekday: $0, start: "00:00", end: "24:00", location: nil) }
            _ = try await store.setHours(clinic.clinician2ID, allWeek, by: clinic.clerk)
            var start = (Clock.nowMilliseconds() / 60_000 + 60) * 60_000
            if BrusselsTime.local(start).time >= "23:30" { start += 3_600_000 }
            let bookedStart = start
            let appointment = try await store.book(
                .init(
                    patientID: clinic.patient1, clinicianID: clinic.clinician2ID, typeCode: "ecg", start: start,
                    end: nil,
                    note: "Suspected arrhythmia", location: nil, waitlistEntry: nil),
                by: clinic.clerk)
            _ = try await store.book(
                .init(
                    patientID: clinic.patient2, clinicianID: clinic.clinicianID, typeCode: "consult",
                    start: BrusselsTime.instant(date: AppointmentClinic.monday, time: "09:00")!, end: nil, note: nil,
                    location: nil,
                    waitlistEntry: nil),
                by: clinic.clerk)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let due = try (try await client.api(.get, "/api/v1/health/reminders?due=true", token: clerk))
                    .jsonObject()
                let items = try #require(due["items"] as? [[String: Any]])
                #expect(items.count == 1, "only the one within 24 hours is due")
                let reminder = try #require(items.first)
                #expect(reminder["appointment"] as? String == appointment.object.id)
                let texts = [reminder["textEn"] as? String ?? "", reminder["textFr"] as? String ?? ""]
                let local = BrusselsTime.local(bookedStart)
                #expect(texts[0] == "You have an appointment on \(local.date) at \(local.time), Building Z, room 12.")
                #expect(texts[1].hasPrefix("Vous avez un rendez-vous le "))
                for text in texts {
                    for secret in [
                        "ecg", "Electrocardiogram", "Électrocardiogramme", "Cardiology", "General practice",
                        "arrhythmia",
                        "Deux", "Dupont", "Jeanne",
                    ] {
                        #expect(!text.localizedCaseInsensitiveContains(secret), "\(text) reveals \(secret)")
                    }
                }
                let all = try (try await client.api(.get, "/api/v1/health/reminders", token: clerk)).jsonObject()
                #expect((all["items"] as? [Any])?.count == 2)
                _ = try await store.close(appointment.object.id, as: .cancelled, reason: "Ill", by: clinic.clerk)
                let none = try (try await client.api(.get, "/api/v1/health/reminders?due=true", token: clerk))
                    .jsonObject()
                #expect((none["items"] as? [Any])?.isEmpty == true)
            }
        }
    }

    @Test("the calendar feed: times and places only, trimmed with the owner's current access, revocable")
    func calendarFeed() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            let store = installation.chancery.appointments
            _ = try await store.book(
                .init(
                    patientID: clinic.patient1, clinicianID: clinic.clinicianID, typeCode: "ecg",
                    start: BrusselsTime.instant(date: AppointmentClinic.monday, time: "09:00")!, end: nil,
                    note: "Suspected arrhythmia; a very long note, long enough to need folding were it ever shown",
                    location: nil,
                    waitlistEntry: nil),
                by: clinic.clerk)
            try await installation.app.test(.router) { client in
                let martin = try await client.token(for: "martin")
                let created = try await client.api(.post, "/api/v1/health/calendar-feed", token: martin)
                #expect(created.status == .created, "\(created.text)")
                let url = try #require(try created.jsonObject()["url"] as? String)
                #expect(url.hasPrefix("/calendar/") && url.hasSuffix(".ics"))
                let feed = try await client.api(.get, url)
                #expect(feed.status == .ok)
                #expect(feed.headers[.contentType]?.hasPrefix("text/calendar") == true)
                let text = feed.text
                #expect(text.contains("BEGIN:VEVENT") && text.contains("DTSTART:20270301T080000Z"))
                #expect(text.contains("DTEND:20270301T082000Z") && text.contains("SUMMARY:Appointment"))
                #expect(text.contains("LOCATION:Building Z\\, room 12"))
                for secret in [
                    "Dupont", "Jeanne", "ecg", "Electrocardiogram", "arrhythmia", "Cardiology", clinic.patient1,
                ] {
                    #expect(!text.contains(secret), "the feed reveals \(secret)")
                }
                #expect(text.hasSuffix("\r\n"))
                let lines = text.components(separatedBy: "\r\n")
                #expect(lines.allSatisfy { $0.utf8.count <= 75 })
                #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
                let digest = try await installation.chancery.database.read { db in
                    try await db.raw("SELECT secret_digest FROM health_calendar_feeds").first()?.decode(
                        column: "secret_digest", as: String.self)
                }
                let secret = String(url.dropFirst("/calendar/".count).dropLast(4))
                #expect(digest == SecretToken.digest(secret), "only the digest is kept")

                // Losing MEDICAL empties the calendar at once.
                _ = try await installation.chancery.users.update(
                    username: "martin", attributes: UserAttributes(categories: []), actor: "test")
                let trimmed = try await client.api(.get, url)
                #expect(trimmed.status == .ok)
                #expect(!trimmed.text.contains("BEGIN:VEVENT"))
                _ = try await installation.chancery.users.update(
                    username: "martin", attributes: UserAttributes(categories: ["MEDICAL"]), actor: "test")
                #expect(try await client.api(.get, url).text.contains("BEGIN:VEVENT"))

                let rotated = try await client.api(.post, "/api/v1/health/calendar-feed", token: martin)
                let newURL = try #require(try rotated.jsonObject()["url"] as? String)
                #expect(try await client.api(.get, url).status == .notFound, "the old secret dies on rotation")
                #expect(try await client.api(.get, newURL).status == .ok)
                #expect(
                    try await client.api(.delete, "/api/v1/health/calendar-feed", token: martin).status == .noContent)
                #expect(try await client.api(.get, newURL).status == .notFound)
                #expect(try await client.api(.get, "/calendar/nonsense.ics").status == .notFound)
                #expect(
                    try await client.api(.delete, "/api/v1/health/calendar-feed", token: martin).status == .notFound)
            }
        }
    }

    @Test("a principal with NATO SECRET but without MEDICAL sees no appointment, count, schedule or feed")
    func unbriefedSeesNothing() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            let appointment = try await installation.chancery.appointments.book(
                .init(
                    patientID: clinic.patient1, clinicianID: clinic.clinicianID, typeCode: "consult",
                    start: BrusselsTime.instant(date: AppointmentClinic.monday, time: "09:00")!, end: nil, note: nil,
                    location: nil,
                    waitlistEntry: nil),
                by: clinic.clerk)
            let id = appointment.object.id
            try await installation.app.test(.router) { client in
                let nina = try await client.token(for: "nina")
                for path in [
                    "/api/v1/health/appointments", "/api/v1/health/appointments?date=2027-03-01",
                    "/api/v1/health/clinicians", "/api/v1/health/clinicians/\(clinic.clinicianID)",
                    "/api/v1/health/clinicians/\(clinic.clinicianID)/schedule?date=2027-03-01&type=consult",
                    "/api/v1/health/reminders", "/api/v1/health/to-book", "/api/v1/health/waitlist",
                    "/api/v1/health/appointment-types",
                ] {
                    let response = try await client.api(.get, path, token: nina)
                    try response.problem(.forbidden)
                    #expect(!response.text.contains("09:00") && !response.text.contains(id), "\(path)")
                }
                let hidden = try await client.api(.get, "/api/v1/health/appointments/\(id)", token: nina)
                let missing = try await client.api(
                    .get, "/api/v1/health/appointments/01JAAAAAAAAAAAAAAAAAAAAAAA", token: nina)
                #expect(hidden.status == .notFound && missing.status == .notFound)
                #expect(try hidden.decode(Problem.self).title == (try missing.decode(Problem.self).title))
                #expect(!hidden.text.contains("appointment") || missing.text.contains("appointment"))
                let cancel = try await client.api(
                    .post, "/api/v1/health/appointments/\(id)/cancellation", token: nina, json: #"{"reason":"x"}"#)
                #expect(cancel.status == .notFound)
                let book = try await client.api(
                    .post, "/api/v1/health/appointments", token: nina,
                    json: clinic.booking(clinic.patient2, clinic.clinicianID, at: "10:00"))
                try book.problem(.forbidden)
                try (try await client.api(.post, "/api/v1/health/calendar-feed", token: nina)).problem(.forbidden)
                let objects = try
                    (try await client.api(.get, "/api/v1/objects?kind=appointment&withTotal=true", token: nina))
                    .jsonObject()
                #expect((objects["items"] as? [Any])?.isEmpty == true)
                #expect(
                    try await installation.chancery.objects.count(
                        kind: Appointment.kind,
                        by: try #require(
                            try await installation.chancery.users.find(username: "nina")
                        ).principal) == 0)
                let actions = try await installation.auditActions(of: id)
                #expect(actions.contains("access.denied"), "the refused read is audited")

                // The clerk reads it, audited.
                let clerk = try await client.token(for: "clerk")
                let read = try await client.api(.get, "/api/v1/health/appointments/\(id)", token: clerk)
                #expect(read.status == .ok)
                #expect(try await installation.auditActions(of: id).contains("object.read"))
            }
        }
    }

    @Test("appointment types are seeded; clinicians must hold the clinician role")
    func typesAndClinicians() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            try await installation.user("vic", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let types = try (try await client.api(.get, "/api/v1/health/appointment-types", token: clerk))
                    .jsonObject()
                let items = try #require(types["items"] as? [[String: Any]])
                #expect(items.contains { $0["code"] as? String == "follow-up" && $0["kind"] as? String == "follow-up" })
                #expect(items.allSatisfy { !($0["nameFr"] as? String ?? "").isEmpty })
                let list = try (try await client.api(.get, "/api/v1/health/clinicians", token: clerk)).jsonObject()
                #expect((list["items"] as? [Any])?.count == 3)
                let notClinician = try await client.api(
                    .post, "/api/v1/health/clinicians", token: clerk,
                    json: #"{"userId":"vic","specialty":"None","location":"Nowhere"}"#)
                try notClinician.problem(.unprocessableContent, type: "not-a-clinician")
                let twice = try await client.api(
                    .post, "/api/v1/health/clinicians", token: clerk,
                    json: #"{"userId":"\#(clinic.clinicianID)","specialty":"Cardiology","location":"Z"}"#)
                try twice.problem(.conflict, type: "clinician-exists")
            }
        }
    }
}

@Suite("Appointment FHIR and iCalendar helpers")
struct AppointmentFormatTests {
    @Test("long lines fold at 75 octets without splitting a character")
    func folding() {
        let line = "LOCATION:" + String(repeating: "é", count: 100)
        let folded = ICalendar.fold(line)
        let pieces = folded.components(separatedBy: "\r\n")
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(
            pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test("Brussels local time, weekdays and offsets")
    func brussels() throws {
        let winter = try #require(BrusselsTime.instant(date: "2027-03-01", time: "09:00"))
        #expect(Clock.iso8601(winter) == "2027-03-01T08:00:00Z")
        #expect(BrusselsTime.local(winter).weekday == 1)
        #expect(BrusselsTime.isoWithOffset(winter) == "2027-03-01T09:00:00+01:00")
        let summer = try #require(BrusselsTime.instant(date: "2027-07-04", time: "09:00"))
        #expect(Clock.iso8601(summer) == "2027-07-04T07:00:00Z")
        #expect(BrusselsTime.local(summer).weekday == 7)
        #expect(BrusselsTime.parseInstant("2027-03-01T09:00:00+01:00") == winter)
        #expect(BrusselsTime.parseInstant("2027-03-01T09:00:00") == nil)
        #expect(BrusselsTime.monday(of: "2027-03-07") == "2027-03-01")
        #expect(
            BrusselsTime.minutes("24:00") == 1440 && BrusselsTime.minutes("24:01") == nil
                && BrusselsTime.minutes("9:00") == nil)
    }

    @Test("FHIR R4 Appointment, Schedule and Slot are JSON objects with the expected references")
    func fhir() throws {
        let start = try #require(BrusselsTime.instant(date: "2027-03-01", time: "09:00"))
        var appointment = Appointment(
            object: LabelledObject(
                id: "01JAAAAAAAAAAAAAAAAAAAAAAA", kind: Appointment.kind, title: "Appointment",
                label: HealthOffice.label(nil),
                owningUnit: "HEALTH", openToUnit: true, state: "booked", createdBy: "u", at: start),
            patientID: "01JBBBBBBBBBBBBBBBBBBBBBBB", clinicianID: "01JCCCCCCCCCCCCCCCCCCCCCCC", typeCode: "consult",
            start: start, end: start + 1_200_000, location: "Building Z", note: nil, overbooked: false)
        appointment.status = .completed
        let resource = AppointmentFHIR.appointment(appointment)
        #expect(JSONSerialization.isValidJSONObject(resource))
        #expect(resource["resourceType"] as? String == "Appointment")
        #expect(resource["status"] as? String == "fulfilled")
        #expect(resource["start"] as? String == "2027-03-01T09:00:00+01:00")
        let references = (resource["participant"] as? [[String: Any]])?.compactMap {
            ($0["actor"] as? [String: Any])?["reference"] as? String
        }
        #expect(references == ["Patient/01JBBBBBBBBBBBBBBBBBBBBBBB", "Practitioner/01JCCCCCCCCCCCCCCCCCCCCCCC"])
        let clinician = Clinician(
            userID: "01JCCCCCCCCCCCCCCCCCCCCCCC", displayName: "Dr M", specialty: "GP", location: "Z")
        let schedule = AppointmentFHIR.schedule(
            clinician, hours: [.init(weekday: 1, start: "08:00", end: "12:00", location: nil)])
        #expect(JSONSerialization.isValidJSONObject(schedule) && schedule["resourceType"] as? String == "Schedule")
        let slot = AppointmentFHIR.slot(
            clinicianID: clinician.userID, start: start, end: start + 1_200_000, typeCode: "consult")
        #expect(JSONSerialization.isValidJSONObject(slot) && slot["status"] as? String == "free")
        #expect((slot["schedule"] as? [String: Any])?["reference"] as? String == "Schedule/01JCCCCCCCCCCCCCCCCCCCCCCC")
    }
}
