/// The working calendar's and the deadline engine's text: weekdays, months, holidays and the sentences that explain
/// a deadline.
package enum CalendarStrings {
    package static let table: [String: (en: String, fr: String)] = names.merging(sentences) { own, _ in own }
        .merging(admin) { own, _ in own }

    static let admin: [String: (en: String, fr: String)] = [
        "calendar.admin.menu": ("Working calendar", "Calendrier de travail"),
        "calendar.admin.menuGroup": ("Headquarters", "Quartier général"),
        "calendar.admin.overview": (
            "{count} closure days this year beside the ten public holidays",
            "{count} jours de fermeture cette année en plus des dix jours fériés"
        ),
        "calendar.admin.title": ("Working calendar {year}", "Calendrier de travail {year}"),
        "calendar.admin.intro": (
            "Deadlines of every office are counted on this calendar: Saturdays, Sundays, the Belgian public holidays and the closure days below are not working days.",
            "Les délais de tous les bureaux sont comptés sur ce calendrier : les samedis, les dimanches, les jours fériés belges et les jours de fermeture ci-dessous ne sont pas des jours ouvrables."
        ),
        "calendar.admin.year": ("Year", "Année"),
        "calendar.admin.show": ("Show", "Afficher"),
        "calendar.admin.previous": ("Previous year", "Année précédente"),
        "calendar.admin.next": ("Next year", "Année suivante"),
        "calendar.admin.col.date": ("Date", "Date"),
        "calendar.admin.col.what": ("Day", "Jour"),
        "calendar.admin.col.kind": ("Kind", "Type"),
        "calendar.admin.col.action": ("Action", "Action"),
        "calendar.admin.kind.holiday": ("Public holiday", "Jour férié"),
        "calendar.admin.kind.closure": ("Closure day", "Jour de fermeture"),
        "calendar.admin.removeButton": ("Remove", "Retirer"),
        "calendar.admin.remove": ("Remove the closure day {day}", "Retirer le jour de fermeture du {day}"),
        "calendar.admin.add": ("Add a closure day", "Ajouter un jour de fermeture"),
        "calendar.admin.field.day": ("Date", "Date"),
        "calendar.admin.help.day": (
            "A day the headquarters is closed beyond the public holidays, e.g. 2026-12-28.",
            "Un jour de fermeture du quartier général en plus des jours fériés, par ex. 2026-12-28."
        ),
        "calendar.admin.field.noteEn": ("What it is, in English", "Ce que c'est, en anglais"),
        "calendar.admin.field.noteFr": ("What it is, in French", "Ce que c'est, en français"),
        "calendar.admin.addSubmit": ("Add the closure day", "Ajouter le jour de fermeture"),
        "calendar.admin.done.set": ("The closure day is saved.", "Le jour de fermeture est enregistré."),
        "calendar.admin.done.removed": (
            "The closure day is removed: it is a working day again.",
            "Le jour de fermeture est retiré : c'est de nouveau un jour ouvrable."
        ),
        "calendar.admin.error.day": (
            "Write the date as YYYY-MM-DD, e.g. 2026-12-28.",
            "Écrivez la date au format AAAA-MM-JJ, par ex. 2026-12-28."
        ),
        "calendar.admin.error.holiday": (
            "This day is already a public holiday ({holiday}).", "Ce jour est déjà un jour férié ({holiday})."
        ),
    ]

    static let names: [String: (en: String, fr: String)] = [
        "calendar.weekday.1": ("Monday", "lundi"),
        "calendar.weekday.2": ("Tuesday", "mardi"),
        "calendar.weekday.3": ("Wednesday", "mercredi"),
        "calendar.weekday.4": ("Thursday", "jeudi"),
        "calendar.weekday.5": ("Friday", "vendredi"),
        "calendar.weekday.6": ("Saturday", "samedi"),
        "calendar.weekday.7": ("Sunday", "dimanche"),
        "calendar.month.1": ("January", "janvier"),
        "calendar.month.2": ("February", "février"),
        "calendar.month.3": ("March", "mars"),
        "calendar.month.4": ("April", "avril"),
        "calendar.month.5": ("May", "mai"),
        "calendar.month.6": ("June", "juin"),
        "calendar.month.7": ("July", "juillet"),
        "calendar.month.8": ("August", "août"),
        "calendar.month.9": ("September", "septembre"),
        "calendar.month.10": ("October", "octobre"),
        "calendar.month.11": ("November", "novembre"),
        "calendar.month.12": ("December", "décembre"),
        "calendar.holiday.new-year": ("New Year's Day", "Jour de l'an"),
        "calendar.holiday.easter-monday": ("Easter Monday", "lundi de Pâques"),
        "calendar.holiday.labour-day": ("Labour Day", "fête du Travail"),
        "calendar.holiday.ascension": ("Ascension Day", "Ascension"),
        "calendar.holiday.whit-monday": ("Whit Monday", "lundi de Pentecôte"),
        "calendar.holiday.national-day": ("Belgian National Day", "fête nationale belge"),
        "calendar.holiday.assumption": ("Assumption Day", "Assomption"),
        "calendar.holiday.all-saints": ("All Saints' Day", "Toussaint"),
        "calendar.holiday.armistice": ("Armistice Day", "Armistice"),
        "calendar.holiday.christmas": ("Christmas Day", "Noël"),
        "calendar.reason.weekday.6": ("a Saturday", "un samedi"),
        "calendar.reason.weekday.7": ("a Sunday", "un dimanche"),
        "calendar.reason.closure": ("closure day: {note}", "jour de fermeture : {note}"),
        "calendar.unit.calendar": ("{days} calendar days", "{days} jours calendaires"),
        "calendar.unit.working": ("{days} working days", "{days} jours ouvrables"),
    ]

    static let sentences: [String: (en: String, fr: String)] = [
        "calendar.explain.start": (
            "The period of {period} runs from the day after {event}: day 1 is {first}.",
            "Le délai de {period} court à compter du lendemain du {event} : le 1er jour est le {first}."
        ),
        "calendar.explain.notCounted": (
            "{day} is not counted ({reason}).", "Le {day} n'est pas compté ({reason})."
        ),
        "calendar.explain.paused": (
            "The clock was stopped from {from} to {until}: {days} days that would have counted were not counted.",
            "Le délai a été suspendu du {from} au {until} : {days} jours qui auraient compté ne sont pas comptés."
        ),
        "calendar.explain.lastDay.calendar": ("Day {ordinal} is {day}.", "Le {ordinal} jour est le {day}."),
        "calendar.explain.lastDay.working": (
            "Working day {ordinal} is {day}.", "Le {ordinal} jour ouvrable est le {day}."
        ),
        "calendar.explain.rolled": (
            "{day} is not a working day ({reason}), so the period ends on the next working day, {next}.",
            "Le {day} n'est pas un jour ouvrable ({reason}) : le délai expire le jour ouvrable suivant, le {next}."
        ),
        "calendar.explain.alsoNotWorking": (
            "{day} is not a working day either ({reason}).",
            "Le {day} n'est pas non plus un jour ouvrable ({reason})."
        ),
        "calendar.explain.ends": (
            "The period ends at the end of {day}: 23:59:59 Brussels time (UTC{offset}).",
            "Le délai expire à la fin du {day} : 23 h 59 min 59 s, heure de Bruxelles (UTC{offset})."
        ),
        "calendar.explain.suspended": (
            "The clock has been stopped since {since} and has not restarted: the period has no end until the suspension is lifted.",
            "Le délai est suspendu depuis le {since} et n'a pas repris : il n'a pas de date d'expiration tant que la suspension n'est pas levée."
        ),
        "calendar.reason.note": (
            "a note is 1 to 200 characters on one line.", "une note compte de 1 à 200 caractères sur une ligne."
        ),
        "calendar.reason.day": (
            "write a date as YYYY-MM-DD, e.g. 2026-12-24.", "écrivez une date AAAA-MM-JJ, par ex. 2026-12-24."
        ),
        "calendar.reason.days": (
            "write a whole number of days from 1 to 3650.", "écrivez un nombre entier de jours de 1 à 3650."
        ),
        "calendar.reason.kind": ("write calendar or working.", "écrivez calendar ou working."),
        "calendar.reason.year": ("write a year from 1900 to 2999.", "écrivez une année de 1900 à 2999."),
        "calendar.error.noClosure": (
            "{day} is not a closure day.", "Le {day} n'est pas un jour de fermeture."
        ),
    ]
}
