import ChancerySpine

/// The sentences of appointments, clinicians' diaries and their pages, English and French side by side.
package enum AppointmentStrings {
    package static let table: [String: (en: String, fr: String)] = [
        "health.appt.error.inactiveClinician": (
            "{clinician} is no longer offered for booking. Choose another clinician; the appointments already made stay.",
            "{clinician} n'est plus proposé à la prise de rendez-vous. Choisissez un autre praticien ; les rendez-vous déjà pris restent."
        ),
        "health.appt.error.typeExists": (
            "There is already an appointment type with the code {code}.",
            "Il existe déjà un type de rendez-vous portant le code {code}."
        ),
        "health.appt.error.inactiveType": (
            "This appointment type is no longer in use. Choose another type.",
            "Ce type de rendez-vous n'est plus en usage. Choisissez un autre type."
        ),
        "health.appt.error.medical": (
            "Appointments and clinicians' diaries are for Health Office staff briefed for MEDICAL information.",
            "Les rendez-vous et les agendas des cliniciens sont réservés au personnel du Bureau de santé habilité aux informations MEDICAL."
        ),
        "health.appt.error.notAClinician": (
            "This account is not a clinician's, or does not exist: only a clinician can hold a diary.",
            "Ce compte n'est pas celui d'un clinicien, ou n'existe pas : seul un clinicien peut avoir un agenda."
        ),
        "health.appt.error.clinicianExists": (
            "This clinician is already registered.", "Ce clinicien est déjà enregistré."
        ),
        "health.appt.reason.duration": ("a number of minutes from 5 to 480", "un nombre de minutes de 5 à 480"),
        "health.appt.reason.typeCode": (
            "1 to 32 lower-case letters, digits and hyphens, starting with a letter",
            "1 à 32 lettres minuscules, chiffres et traits d'union, commençant par une lettre"
        ),
        "health.appt.error.clinicianNotFound": ("There is no such clinician.", "Ce clinicien n'existe pas."),
        "health.appt.error.unknownType": ("There is no such appointment type.", "Ce type de rendez-vous n'existe pas."),
        "health.appt.error.endBeforeStart": (
            "The appointment must end after it starts.", "Le rendez-vous doit se terminer après son début."
        ),
        "health.appt.error.waitlistMismatch": (
            "This waitlist entry is not an open entry of the same patient.",
            "Cette inscription en liste d'attente n'est pas une inscription ouverte du même patient."
        ),
        "health.appt.error.closed": (
            "This appointment is already {status}: it can no longer be changed.",
            "Ce rendez-vous est déjà {status} : il ne peut plus être modifié."
        ),
        "health.appt.error.arrived": (
            "The patient has already been checked in: this appointment can no longer be moved, cancelled or marked as a no-show.",
            "Le patient est déjà arrivé : ce rendez-vous ne peut plus être déplacé, annulé ni noté comme non honoré."
        ),
        "health.appt.error.notYet": (
            "This appointment is on {date}: the patient cannot be checked in before that day.",
            "Ce rendez-vous a lieu le {date} : l'arrivée du patient ne peut être enregistrée avant ce jour-là."
        ),
        "health.appt.error.clinicianBusy": (
            "Double booking: {clinician} already has an appointment on {date} from {start} to {end}. Choose another time or another clinician.",
            "Double réservation : {clinician} a déjà un rendez-vous le {date} de {start} à {end}. Choisissez une autre heure ou un autre clinicien."
        ),
        "health.appt.error.patientBusy": (
            "Double booking: the patient already has an appointment on {date} from {start} to {end}. Choose another time.",
            "Double réservation : le patient a déjà un rendez-vous le {date} de {start} à {end}. Choisissez une autre heure."
        ),
        "health.appt.error.outsideHours": (
            "{clinician} does not see patients at that time on {date} (hours that day: {hours}).",
            "{clinician} ne reçoit pas à cette heure le {date} (horaires ce jour-là : {hours})."
        ),
        "health.appt.error.noHours": (
            "{clinician} does not see patients on {date}.", "{clinician} ne reçoit pas de patients le {date}."
        ),
        "health.appt.error.absent": (
            "{clinician} is away from {from} to {to} ({kind}).", "{clinician} est absent du {from} au {to} ({kind})."
        ),
        "health.appt.absence.leave": ("leave", "congé"),
        "health.appt.absence.holiday": ("public holiday", "jour férié"),
        "health.appt.absence.training": ("training", "formation"),
        "health.appt.status.booked": ("booked", "réservé"),
        "health.appt.status.arrived": ("checked in", "patient arrivé"),
        "health.appt.status.cancelled": ("cancelled", "annulé"),
        "health.appt.status.noshow": ("a no-show", "non honoré"),
        "health.appt.status.completed": ("completed", "terminé"),
        "health.reason.weekday": ("a weekday from 1 (Monday) to 7 (Sunday).", "un jour de 1 (lundi) à 7 (dimanche)."),
        "health.reason.hours": (
            "start and end times HH:MM, the start before the end.",
            "des heures HH:MM de début et de fin, le début avant la fin."
        ),
        "health.reason.hoursOverlap": (
            "windows of the same day must not overlap.", "les plages d'un même jour ne doivent pas se chevaucher."
        ),
        "health.reason.dateOrder": (
            "the end date must not be before the start date.", "la date de fin ne peut précéder la date de début."
        ),
        "health.reason.absenceKind": ("leave, holiday or training.", "leave, holiday ou training."),
        "health.reason.date": ("a date YYYY-MM-DD.", "une date AAAA-MM-JJ."),
        "health.reason.instant": (
            "a date and time ISO 8601 with its offset, e.g. 2026-11-24T09:00:00+01:00.",
            "une date et heure ISO 8601 avec son décalage, par ex. 2026-11-24T09:00:00+01:00."
        ),
        "health.reason.view": ("day or week.", "day ou week."),
        "health.calendar.summary": ("Appointment", "Rendez-vous"),
    ]
}
