import ChancerySpine

/// The appointment pages' words, English and French side by side.
package enum AppointmentWebStrings {
    /// Keys under `appt.` that every appointment page receives as `t.<key>`.
    package static let pageKeys = [
        "appointments", "today", "book", "time", "patient", "type", "location", "status", "overbooked", "reschedule",
        "reason", "cancel", "noShow", "none", "diaries", "bookTitle", "clinician", "date", "datePlaceholder", "note",
        "bookSubmit", "findSlots", "otherDays", "otherTime", "rescheduleTitle", "rescheduleSubmit", "dayView",
        "weekView", "hours", "away", "freeSlots",
    ]

    /// The `?done=` notices the day page knows.
    package static let notices: Set<String> = ["booked", "rescheduled", "cancelled", "noshow"]

    package static let table: [String: (en: String, fr: String)] = [
        "appt.appointments": ("Appointments", "Rendez-vous"),
        "appt.today": ("Today's appointments", "Rendez-vous du jour"),
        "appt.book": ("Book an appointment", "Prendre un rendez-vous"),
        "appt.time": ("Time", "Heure"),
        "appt.patient": ("Patient", "Patient(e)"),
        "appt.type": ("Appointment type", "Type de rendez-vous"),
        "appt.location": ("Place", "Lieu"),
        "appt.status": ("Status", "Statut"),
        "appt.overbooked": ("overbooked", "surréservé"),
        "appt.reschedule": ("Reschedule", "Déplacer"),
        "appt.reason": ("Reason", "Motif"),
        "appt.cancel": ("Cancel", "Annuler"),
        "appt.noShow": ("No-show", "Absent"),
        "appt.none": ("No appointments on this day.", "Aucun rendez-vous ce jour-là."),
        "appt.diaries": ("Clinicians' diaries", "Agendas des cliniciens"),
        "appt.bookTitle": ("Book an appointment", "Prendre un rendez-vous"),
        "appt.clinician": ("Clinician", "Clinicien"),
        "appt.date": ("Day", "Jour"),
        "appt.datePlaceholder": ("YYYY-MM-DD", "AAAA-MM-JJ"),
        "appt.note": ("Note for the clinician", "Note pour le clinicien"),
        "appt.bookSubmit": ("Book", "Réserver"),
        "appt.findSlots": ("Show free times", "Voir les heures libres"),
        "appt.freeTimes": (
            "Free times on {day}: choose one to book it", "Heures libres le {day} : choisissez-en une pour réserver"
        ),
        "appt.noFreeTimes": ("No free time on {day}.", "Aucune heure libre le {day}."),
        "appt.otherDays": ("Next days with room:", "Prochains jours avec de la place :"),
        "appt.otherTime": ("Or another time", "Ou une autre heure"),
        "appt.rescheduleTitle": ("Reschedule an appointment", "Déplacer un rendez-vous"),
        "appt.rescheduleSubmit": ("Move the appointment", "Déplacer le rendez-vous"),
        "appt.dayView": ("Day", "Jour"),
        "appt.weekView": ("Week", "Semaine"),
        "appt.hours": ("Hours", "Horaires"),
        "appt.away": ("Away", "Absent"),
        "appt.freeSlots": ("Free slots", "Créneaux libres"),
        "appt.dayTitle": ("Appointments on {date}", "Rendez-vous du {date}"),
        "appt.diaryTitle": ("Diary of {name}", "Agenda de {name}"),
        "appt.currently": (
            "Currently on {date} at {time}, {location}.", "Actuellement le {date} à {time}, {location}."
        ),
        "appt.reason.time": ("a time HH:MM.", "une heure HH:MM."),
        "appt.done.booked": ("The appointment is booked.", "Le rendez-vous est réservé."),
        "appt.done.rescheduled": ("The appointment has been moved.", "Le rendez-vous a été déplacé."),
        "appt.done.cancelled": ("The appointment has been cancelled.", "Le rendez-vous a été annulé."),
        "appt.done.noshow": ("The no-show has been recorded.", "L'absence a été enregistrée."),
        "appt.weekday.1": ("Monday", "Lundi"),
        "appt.weekday.2": ("Tuesday", "Mardi"),
        "appt.weekday.3": ("Wednesday", "Mercredi"),
        "appt.weekday.4": ("Thursday", "Jeudi"),
        "appt.weekday.5": ("Friday", "Vendredi"),
        "appt.weekday.6": ("Saturday", "Samedi"),
        "appt.weekday.7": ("Sunday", "Dimanche"),
    ]
}
