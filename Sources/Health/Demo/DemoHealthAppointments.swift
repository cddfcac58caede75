import ChanceryKit
import ChancerySpine

/// The demo's clinic: three clinicians with weekday hours and a few appointments on the demo's first day (the first
/// one checked in when that day is today).
///
/// Called after the demo patients exist (`DemoHealth.load`); when there are none yet it opens two of its own.
package enum DemoHealthAppointments {
    package static func load(into chancery: Chancery, _ principals: [String: Principal]) async throws {
        guard let clerk = principals["medclerk"] else { return }
        let store = chancery.appointments
        let weekdays = (1...5).flatMap { day in
            [
                Clinician.Hours(weekday: day, start: "08:00", end: "12:00", location: nil),
                Clinician.Hours(weekday: day, start: "13:00", end: "17:00", location: nil),
            ]
        }
        let onCall = [Clinician.Hours(weekday: 6, start: "09:00", end: "12:00", location: nil)]
        let clinicians: [(String, String, String, [Clinician.Hours])] = [
            ("clinician", "General practice", "Building Z, room 12", weekdays),
            ("clinician2", "Occupational medicine", "Building Z, room 14", weekdays),
            ("advisor", "Medical advisor", "Building Z, room 2", weekdays + onCall),
        ]
        var ids: [String] = []
        for (username, specialty, location, hours) in clinicians {
            guard let account = principals[username] else { continue }
            if try await store.clinicians(by: clerk).contains(where: { $0.userID == account.id }) == false {
                _ = try await store.addClinician(
                    userID: account.id, displayName: nil, specialty: specialty, location: location, by: clerk)
                _ = try await store.setHours(account.id, hours, by: clerk)
            }
            ids.append(account.id)
        }
        guard ids.count == 3 else { return }
        let patients = try await demoPatients(chancery, clerk)
        guard patients.count >= 2 else { return }
        // The first day with hours from today (a Sunday's demo shows Monday's appointments).
        var day = HeadquartersCalendar.day(Clock.nowMilliseconds())
        while let noon = BrusselsTime.instant(date: day, time: "12:00"), BrusselsTime.local(noon).weekday > 5 {
            day = BrusselsTime.adding(days: 1, to: day) ?? day
        }
        let plan: [(Int, Int, String, String)] = [
            (0, 0, "09:00", "consult"), (1, 0, "09:30", "periodic"), (0, 1, "10:00", "vaccination"),
            (1, 2, "11:00", "consult-long"), (0, 2, "14:00", "follow-up"),
        ]
        var booked: [Appointment] = []
        for (patient, clinician, time, type) in plan {
            guard let start = BrusselsTime.instant(date: day, time: time) else { continue }
            if let appointment = try? await store.book(
                .init(
                    patientID: patients[patient % patients.count], clinicianID: ids[clinician], typeCode: type,
                    start: start, end: nil, note: nil, location: nil, waitlistEntry: nil),
                by: clerk)
            {
                booked.append(appointment)
            }
        }
        // On a weekday, the first patient of the day is already in the waiting room.
        if day == HeadquartersCalendar.day(Clock.nowMilliseconds()), let first = booked.first {
            _ = try? await store.checkIn(first.object.id, by: clerk)
        }
    }

    /// The ids of the demo patients the clerk may read, creating two when there are none.
    package static func demoPatients(_ chancery: Chancery, _ clerk: Principal) async throws -> [String] {
        let existing = try await chancery.health.patients(matching: nil, after: nil, limit: 10, by: clerk).items
        if existing.count >= 2 { return existing.map(\.object.id).sorted() }
        var ids = existing.map(\.object.id)
        for (family, given, born, sex) in [
            ("Lambert", "Sophie", "1984-06-15", "female"), ("Novak", "Tomas", "1979-02-03", "male"),
        ] {
            let details = Patient.Details(
                familyName: family, givenNames: given, dateOfBirth: born, sex: sex, staffNumber: nil, staffUserID: nil,
                staffUnit: nil, nationality: "BEL", phone: nil, email: nil, address: nil, emergencyName: nil,
                emergencyPhone: nil, insurer: nil, insurerNumber: nil, restricted: false)
            if let patient = try? await chancery.health.createPatient(details, label: nil, careTeam: [], by: clerk) {
                ids.append(patient.object.id)
            }
        }
        return ids
    }
}
