import ChanceryKit
import ChancerySpine

/// The refusals of booking and of the clinicians' diaries, each a sentence in `Health/Strings/appointments.json`.
package enum AppointmentError {
    package static let medicalRequired = AppError(
        .forbidden, type: "medical-category-required", key: "health.appt.error.medical")
    package static let notAClinician = AppError(
        .unprocessableContent, type: "not-a-clinician", key: "health.appt.error.notAClinician", field: "userId")
    package static let clinicianExists = AppError(
        .conflict, type: "clinician-exists", key: "health.appt.error.clinicianExists", field: "userId")
    package static let clinicianNotFound = AppError(
        .notFound, type: "clinician-not-found", key: "health.appt.error.clinicianNotFound", field: "clinician")
    package static let unknownType = AppError(
        .unprocessableContent, type: "unknown-appointment-type", key: "health.appt.error.unknownType", field: "type")
    package static func inactiveClinician(_ name: String) -> AppError {
        AppError(
            .conflict, type: "clinician-inactive", key: "health.appt.error.inactiveClinician", ["clinician": name],
            field: "clinician")
    }

    /// The sentence names no type: its name is stored in each language, the sentence is in one.
    package static let inactiveType = AppError(
        .conflict, type: "appointment-type-inactive", key: "health.appt.error.inactiveType", field: "type")

    package static func typeExists(_ code: String) -> AppError {
        AppError(
            .conflict, type: "appointment-type-exists", key: "health.appt.error.typeExists", ["code": code],
            field: "code")
    }

    /// An appointment type named in a page's address that does not exist.
    package static let unknownTypeNotFound = AppError(
        .notFound, type: "appointment-type-not-found", key: "health.appt.error.unknownType")

    package static let endBeforeStart = AppError(
        .badRequest, type: "invalid-field", key: "health.appt.error.endBeforeStart", field: "end")
    package static let waitlistMismatch = AppError(
        .conflict, type: "waitlist-mismatch", key: "health.appt.error.waitlistMismatch", field: "waitlistEntry")

    /// The appointment's state does not allow the change: it is closed, or the patient has been checked in.
    package static func closed(_ status: Appointment.Status) -> AppError {
        guard status != .arrived else {
            return AppError(.conflict, type: "appointment-closed", key: "health.appt.error.arrived")
        }
        return AppError(
            .conflict, type: "appointment-closed", key: "health.appt.error.closed",
            localizing: ["status": "health.appt.status.\(status.rawValue)"])
    }

    /// A patient is checked in from the day of the appointment on (later when the arrival is recorded late).
    package static func notYet(_ date: String) -> AppError {
        AppError(.conflict, type: "appointment-not-today", key: "health.appt.error.notYet", ["date": date])
    }

    package static func clinicianBusy(_ name: String, start: Int64, end: Int64) -> AppError {
        let from = BrusselsTime.local(start)
        return AppError(
            .conflict, type: "double-booking", key: "health.appt.error.clinicianBusy",
            ["clinician": name, "date": from.date, "start": from.time, "end": BrusselsTime.local(end).time],
            field: "start")
    }

    package static func patientBusy(start: Int64, end: Int64) -> AppError {
        let from = BrusselsTime.local(start)
        return AppError(
            .conflict, type: "double-booking", key: "health.appt.error.patientBusy",
            ["date": from.date, "start": from.time, "end": BrusselsTime.local(end).time], field: "patient")
    }

    package static func outsideHours(_ name: String, date: String, hours: String) -> AppError {
        AppError(
            .conflict, type: "outside-availability",
            key: hours.isEmpty ? "health.appt.error.noHours" : "health.appt.error.outsideHours",
            ["clinician": name, "date": date, "hours": hours], field: "start")
    }

    package static func absent(_ name: String, _ absence: Clinician.Absence) -> AppError {
        AppError(
            .conflict, type: "clinician-absent", key: "health.appt.error.absent",
            ["clinician": name, "from": absence.startDate, "to": absence.endDate],
            localizing: ["kind": "health.appt.absence.\(absence.kind)"], field: "start")
    }
}
