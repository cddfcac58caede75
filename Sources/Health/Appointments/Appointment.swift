import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A clinician of the Health Office: an account holding `health.clinician`, where they see patients and in what.
public struct Clinician: Sendable, Equatable, RowDecodable {
    public var userID: String
    public var displayName: String
    public var specialty: String
    public var location: String
    /// Offered for booking; an inactive clinician keeps the appointments already made.
    public var active: Bool
    /// Raised by each edit from the administration console.
    public var version: Int64

    package static let columns: SQLQueryString =
        "c.user_id, c.display_name, c.specialty, c.location, c.active, c.version"

    package init(userID: String, displayName: String, specialty: String, location: String) {
        self.userID = userID
        self.displayName = displayName
        self.specialty = specialty
        self.location = location
        self.active = true
        self.version = 1
    }

    /// One weekly window of consultation, in Brussels local time.
    public struct Hours: Sendable, Equatable, Codable {
        /// ISO weekday: 1 = Monday … 7 = Sunday.
        public var weekday: Int
        /// `HH:MM`
        public var start: String
        /// `HH:MM`
        public var end: String
        public var location: String?
    }

    /// A period (whole days, Brussels dates) when the clinician sees nobody.
    public struct Absence: Sendable, Equatable, Decodable {
        public static let kinds: Set<String> = ["leave", "holiday", "training"]
        public var id: String
        public var startDate: String
        public var endDate: String
        public var kind: String
        public var note: String?
    }
}

/// A kind of appointment and how long it lasts.
public struct AppointmentType: Sendable, Equatable, RowDecodable {
    public var code: String
    public var nameEN: String
    public var nameFR: String
    public var durationMinutes: Int
    /// `consultation`, `procedure` or `follow-up`
    public var kind: String
    /// Offered for booking; an inactive type keeps the appointments already made.
    public var active: Bool
    /// Raised by each edit from the administration console.
    public var version: Int64

    package static let kinds = ["consultation", "procedure", "follow-up"]
    package static let columns: SQLQueryString = "code, name_en, name_fr, duration_minutes, kind, active, version"

    package func name(_ language: Language) -> String { language == .fr ? nameFR : nameEN }
}

/// An appointment of a patient with a clinician: an object of the patient (MEDICAL, the patient's access).
public struct Appointment: StoredItem, Equatable, RowDecodable {
    public static let kind = "appointment"

    /// What happened to the appointment; the object's state mirrors it. A booked appointment is checked in
    /// (`arrived`) when the patient comes, then completed; or it is cancelled, or a no-show.
    public enum Status: String, Sendable, CaseIterable, Decodable {
        case booked, arrived, cancelled, noshow, completed

        /// The statuses whose appointments hold their time in the clinician's and the patient's diaries.
        package static let occupying: SQLQueryString = "('booked', 'arrived', 'completed')"
    }

    public var object: LabelledObject
    public var patientID: String
    public var clinicianID: String
    public var typeCode: String
    /// Milliseconds since 1970 (UTC).
    public var start: Int64
    public var end: Int64
    public var location: String
    public var note: String?
    public var status: Status
    public var overbooked: Bool
    public var cancelReason: String?
    public var followUpDue: String?
    /// When the patient was checked in (milliseconds since 1970), kept once the appointment is completed.
    public var arrivedAt: Int64?

    package static let columns: SQLQueryString = """
        , ap.patient_id, ap.clinician_id, ap.type_code, ap.starts_at, ap.ends_at, ap.location, ap.note, ap.status,
        ap.overbooked, ap.cancel_reason, ap.follow_up_due, ap.arrived_at
        """
    package static let join: SQLQueryString = "JOIN health_appointments ap ON ap.object_id = o.id"

    private enum CodingKeys: String, CodingKey {
        case object, patientID, clinicianID, typeCode
        case start = "starts_at"
        case end = "ends_at"
        case location, note, status,
            overbooked, cancelReason, followUpDue, arrivedAt
    }

    package init(
        object: LabelledObject, patientID: String, clinicianID: String, typeCode: String, start: Int64, end: Int64,
        location: String, note: String?, overbooked: Bool
    ) {
        self.object = object
        self.patientID = patientID
        self.clinicianID = clinicianID
        self.typeCode = typeCode
        self.start = start
        self.end = end
        self.location = location
        self.note = note
        self.status = .booked
        self.overbooked = overbooked
    }
}

/// A patient waiting for an appointment: put on the waitlist by the clerk, or a follow-up due after a visit.
public struct WaitlistEntry: StoredItem, Equatable, RowDecodable {
    public static let kind = "waitlist-entry"

    public var object: LabelledObject
    public var patientID: String
    /// `waitlist` or `follow-up`
    public var source: String
    public var typeCode: String
    public var clinicianID: String?
    public var preferredFrom: String?
    public var preferredTo: String?
    public var dueDate: String?
    public var note: String?
    public var fromAppointment: String?
    public var bookedAppointment: String?

    package static let columns: SQLQueryString = """
        , w.patient_id, w.source, w.type_code, w.clinician_id, w.preferred_from, w.preferred_to, w.due_date, w.note,
        w.from_appointment, w.booked_appointment
        """
    package static let join: SQLQueryString = "JOIN health_waitlist w ON w.object_id = o.id"
}

/// A reminder to send before an appointment. Its text names the time and place only: no type, clinician,
/// specialty or note, since it travels by text message or e-mail outside the headquarters.
public struct AppointmentReminder: Sendable, Equatable, RowDecodable {
    public var id: String
    public var appointmentID: String
    public var patientID: String
    public var dueAt: Int64
    public var textEN: String
    public var textFR: String
    public var status: String

    private enum CodingKeys: String, CodingKey {
        case id = "reminder_id"
        case appointmentID, patientID, dueAt, textEN, textFR, status
    }

    /// The neutral text of a reminder, in English and French: date, time and place, nothing else.
    package static func texts(start: Int64, location: String) -> (en: String, fr: String) {
        let local = BrusselsTime.local(start)
        return (
            "You have an appointment on \(local.date) at \(local.time), \(location).",
            "Vous avez un rendez-vous le \(local.frenchDate) à \(local.time.replacingOccurrences(of: ":", with: " h ")), \(location)."
        )
    }
}

/// Brussels wall-clock time, in which clinicians' hours are kept and pages show appointments.
package enum BrusselsTime {
    package struct Local: Equatable {
        /// `YYYY-MM-DD`
        package var date: String
        /// `HH:MM`
        package var time: String
        /// ISO weekday, 1 = Monday.
        package var weekday: Int
        /// `DD/MM/YYYY`
        package var frenchDate: String
    }

    package static func local(_ milliseconds: Int64) -> Local {
        let calendar = HeadquartersCalendar.calendar
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .weekday],
            from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        let (y, m, d) = (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        return Local(
            date: String(format: "%04d-%02d-%02d", y, m, d),
            time: String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0),
            weekday: ((parts.weekday ?? 1) + 5) % 7 + 1, frenchDate: String(format: "%02d/%02d/%04d", d, m, y))
    }

    /// The instant of a Brussels date and `HH:MM` time, or nil when either is not one.
    package static func instant(date: String, time: String) -> Int64? {
        HeadquartersCalendar.instant(date: date, time: time)
    }

    /// Minutes since midnight of `HH:MM` (00:00–24:00), or nil.
    package static func minutes(_ time: String) -> Int? { HeadquartersCalendar.minutes(time) }

    /// The date `days` after a `YYYY-MM-DD` date.
    package static func adding(days: Int, to date: String) -> String? {
        guard let start = instant(date: date, time: "12:00") else { return nil }
        return local(start + Int64(days) * 86_400_000).date
    }

    /// The Monday of the week of a date.
    package static func monday(of date: String) -> String? {
        guard let noon = instant(date: date, time: "12:00") else { return nil }
        return adding(days: 1 - local(noon).weekday, to: date)
    }

    /// An ISO 8601 instant with an offset (`2026-11-24T09:00:00+01:00`, `…Z`), fractional seconds allowed.
    package static func parseInstant(_ text: String) -> Int64? {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = plain.date(from: text) ?? fractional.date(from: text) else { return nil }
        return Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// `2026-11-24T09:00:00+01:00`: the instant in Brussels time with its offset (FHIR instants, pages).
    package static func isoWithOffset(_ milliseconds: Int64) -> String {
        let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = HeadquartersCalendar.timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
