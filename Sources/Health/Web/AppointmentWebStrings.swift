import ChancerySpine

/// The appointment pages' words, whose text is in `Health/Strings/appointments-web.json`.
package enum AppointmentWebStrings {
    /// Keys under `appt.` that every appointment page receives as `t.<key>`.
    package static let pageKeys = [
        "appointments", "today", "book", "time", "patient", "type", "location", "status", "overbooked", "reschedule",
        "reason", "none", "diaries", "bookTitle", "clinician", "date", "datePlaceholder", "note", "bookSubmit",
        "findSlots", "otherDays", "otherTime", "rescheduleTitle", "rescheduleSubmit", "dayView", "weekView", "hours",
        "away", "booked", "freeSlots", "checkIn", "changes", "cancelSubmit", "noShowSubmit", "noChanges", "history",
        "when", "by", "what", "backToDay", "backToAppointment", "findPatient", "findPatientSubmit", "findPatientHelp",
        "filter",
    ]

    /// The `?done=` notices the day page and an appointment's page know.
    package static let notices: Set<String> = ["booked", "rescheduled", "cancelled", "noshow", "checkedin"]

}
