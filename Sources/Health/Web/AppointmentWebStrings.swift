import ChancerySpine

/// The appointment pages' words, English and French side by side.
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

    package static let table: [String: (en: String, fr: String)] = [
        "appt.appointments": ("Appointments", "Rendez-vous"),
        "appt.filter": ("Filter", "Filtrer"),
        "appt.anyStatus": ("Any status", "Tous les statuts"),
        "appt.today": ("Today's appointments", "Rendez-vous du jour"),
        "appt.book": ("Book an appointment", "Prendre un rendez-vous"),
        "appt.time": ("Time", "Heure"),
        "appt.patient": ("Patient", "Patient(e)"),
        "appt.type": ("Appointment type", "Type de rendez-vous"),
        "appt.location": ("Place", "Lieu"),
        "appt.status": ("Status", "Statut"),
        "appt.overbooked": ("overbooked", "surréservé"),
        "appt.reschedule": ("Reschedule", "Déplacer"),
        "appt.reason": ("Reason for cancelling", "Motif de l'annulation"),
        "appt.checkIn": ("Check in", "Enregistrer l'arrivée"),
        "appt.changes": ("Change this appointment", "Modifier ce rendez-vous"),
        "appt.cancelSubmit": ("Cancel the appointment", "Annuler le rendez-vous"),
        "appt.noShowSubmit": ("Record a no-show", "Noter comme non honoré"),
        "appt.noChanges": (
            "Nothing in this appointment can be changed now, or not by you.",
            "Rien dans ce rendez-vous ne peut plus être modifié, ou pas par vous."
        ),
        "appt.history": ("History", "Historique"),
        "appt.when": ("When", "Quand"),
        "appt.by": ("By", "Par"),
        "appt.what": ("What", "Quoi"),
        "appt.backToDay": ("The day's appointments", "Les rendez-vous du jour"),
        "appt.backToAppointment": ("Back to the appointment", "Retour au rendez-vous"),
        "appt.title": ("Appointment on {day} at {time}", "Rendez-vous du {day} à {time}"),
        "appt.patientHidden": (
            "A patient whose record you may not read", "Un patient dont vous ne pouvez pas lire le dossier"
        ),
        "appt.cancelledFor": ("reason: {reason}", "motif : {reason}"),
        "appt.arrivedAt": ("arrival recorded on {date} at {time}", "arrivée enregistrée le {date} à {time}"),
        "appt.history.booked": ("Booked for {date} at {time}", "Réservé pour le {date} à {time}"),
        "appt.history.rescheduled": ("Moved from {from} to {date} at {time}", "Déplacé du {from} au {date} à {time}"),
        "appt.history.cancelled": ("Cancelled, reason: {reason}", "Annulé, motif : {reason}"),
        "appt.history.noshow": ("Recorded as a no-show", "Noté comme non honoré"),
        "appt.history.completed": ("Completed", "Terminé"),
        "appt.history.checkedin": ("Patient checked in", "Arrivée du patient enregistrée"),
        "appt.none": ("No appointments on this day.", "Aucun rendez-vous ce jour-là."),
        "appt.diaries": ("Clinicians' diaries", "Agendas des cliniciens"),
        "appt.bookTitle": ("Book an appointment", "Prendre un rendez-vous"),
        "appt.clinician": ("Clinician", "Clinicien"),
        "appt.date": ("Day", "Jour"),
        "appt.datePlaceholder": ("YYYY-MM-DD", "AAAA-MM-JJ"),
        "appt.note": ("Note for the clinician", "Note pour le clinicien"),
        "appt.bookSubmit": ("Book", "Réserver"),
        "appt.findSlots": ("Show free times", "Voir les heures libres"),
        "appt.findPatient": ("Find a patient", "Rechercher un patient"),
        "appt.findPatientSubmit": ("Find", "Rechercher"),
        "appt.findPatientHelp": (
            "Part of a name or a staff number: the list of patients keeps those it finds.",
            "Une partie du nom ou un numéro de matricule : la liste des patients ne garde que ceux trouvés."
        ),
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
        "appt.booked": ("Booked", "Rendez-vous"),
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
        "appt.done.noshow": (
            "The no-show has been recorded.", "Le rendez-vous a été noté comme non honoré."
        ),
        "appt.done.checkedin": ("The patient is checked in.", "L'arrivée du patient est enregistrée."),
        "appt.weekday.1": ("Monday", "Lundi"),
        "appt.weekday.2": ("Tuesday", "Mardi"),
        "appt.weekday.3": ("Wednesday", "Mercredi"),
        "appt.weekday.4": ("Thursday", "Jeudi"),
        "appt.weekday.5": ("Friday", "Vendredi"),
        "appt.weekday.6": ("Saturday", "Samedi"),
        "appt.weekday.7": ("Sunday", "Dimanche"),
    ]
}
