/// The Health Office's pages in the administration console, English and French side by side. A page reads its
/// labels as `t.x_y` for `health.admin.x.y`.
enum HealthAdminStrings {
    static let table: [String: (en: String, fr: String)] = [
        "health.admin.menu.clinicians": ("Clinicians", "Praticiens"),
        "health.admin.menu.types": ("Appointment types", "Types de rendez-vous"),

        "health.admin.col.state": ("State", "État"),
        "health.admin.state.active": ("offered for booking", "proposé à la prise de rendez-vous"),
        "health.admin.state.inactive": ("no longer offered", "n'est plus proposé"),
        "health.admin.save": ("Save", "Enregistrer"),
        "health.admin.deactivate": ("Deactivate", "Désactiver"),
        "health.admin.reactivate": ("Offer again", "Proposer à nouveau"),
        "health.admin.deactivateHelp": (
            "No longer offered for booking; the appointments already made stay as they are.",
            "N'est plus proposé à la prise de rendez-vous ; les rendez-vous déjà pris restent tels quels."
        ),
        "health.admin.stale": (
            "Someone changed this entry while you were editing it: it is shown below as it now is; make your change again.",
            "Quelqu'un a modifié cette fiche pendant que vous la modifiiez : elle est affichée ci-dessous telle qu'elle est maintenant ; refaites votre modification."
        ),

        // Clinicians
        "health.admin.clinicians.title": ("Clinicians", "Praticiens"),
        "health.admin.clinicians.intro": (
            "The clinicians patients can be booked with: the name shown, the specialty and the usual room. Their hours and absences are kept by the Health Office in their diaries.",
            "Les praticiens avec qui les patients peuvent prendre rendez-vous : le nom affiché, la spécialité et la salle habituelle. Leurs horaires et absences sont tenus par le Bureau médical dans leurs agendas."
        ),
        "health.admin.clinicians.empty": ("No clinician yet.", "Aucun praticien pour l'instant."),
        "health.admin.clinicians.new": ("Add a clinician", "Ajouter un praticien"),
        "health.admin.clinicians.add": ("Add the clinician", "Ajouter le praticien"),
        "health.admin.clinicians.noCandidate": (
            "Every account holding the clinician's job is already a clinician. Give the job to an account first (Accounts).",
            "Tous les comptes ayant la fonction de praticien sont déjà praticiens. Donnez d'abord cette fonction à un compte (Comptes)."
        ),
        "health.admin.col.name": ("Name", "Nom"),
        "health.admin.col.username": ("Account", "Compte"),
        "health.admin.col.specialty": ("Specialty", "Spécialité"),
        "health.admin.col.location": ("Room", "Salle"),
        "health.admin.field.account": ("Account", "Compte"),
        "health.admin.help.account": (
            "An account that holds the clinician's job (health.clinician).",
            "Un compte ayant la fonction de praticien (health.clinician)."
        ),
        "health.admin.field.displayName": ("Name shown", "Nom affiché"),
        "health.admin.help.displayName": (
            "Left empty, the account's name is used.", "Laissé vide, le nom du compte est utilisé."
        ),
        "health.admin.field.specialty": ("Specialty", "Spécialité"),
        "health.admin.field.location": ("Usual room", "Salle habituelle"),
        "health.admin.clinician.heading": ("Clinician {name}", "Praticien {name}"),
        "health.admin.clinician.back": ("All clinicians", "Tous les praticiens"),
        "health.admin.done.clinicianAdded": ("The clinician was added.", "Le praticien a été ajouté."),
        "health.admin.done.saved": ("Saved.", "Enregistré."),
        "health.admin.done.deactivated": (
            "No longer offered for booking.", "N'est plus proposé à la prise de rendez-vous."
        ),
        "health.admin.done.reactivated": (
            "Offered for booking again.", "De nouveau proposé à la prise de rendez-vous."
        ),

        // Appointment types
        "health.admin.types.title": ("Appointment types", "Types de rendez-vous"),
        "health.admin.types.intro": (
            "What can be booked, with its name in English and French and its usual length. A new length applies to the next bookings.",
            "Ce qui peut être réservé, avec son nom en anglais et en français et sa durée habituelle. Une nouvelle durée s'applique aux prochaines réservations."
        ),
        "health.admin.types.empty": ("No appointment type yet.", "Aucun type de rendez-vous pour l'instant."),
        "health.admin.types.new": ("Add an appointment type", "Ajouter un type de rendez-vous"),
        "health.admin.types.add": ("Add the type", "Ajouter le type"),
        "health.admin.col.code": ("Code", "Code"),
        "health.admin.col.nameEN": ("Name in English", "Nom en anglais"),
        "health.admin.col.nameFR": ("Name in French", "Nom en français"),
        "health.admin.col.duration": ("Minutes", "Durée (minutes)"),
        "health.admin.col.kind": ("Kind", "Nature"),
        "health.admin.field.code": ("Code", "Code"),
        "health.admin.help.code": (
            "1 to 32 lower-case letters, digits or hyphens, starting with a letter; it cannot be changed later.",
            "De 1 à 32 lettres minuscules, chiffres ou traits d'union, commençant par une lettre ; il ne pourra plus être modifié."
        ),
        "health.admin.field.nameEN": ("Name in English", "Nom en anglais"),
        "health.admin.field.nameFR": ("Name in French", "Nom en français"),
        "health.admin.field.duration": ("Length in minutes", "Durée en minutes"),
        "health.admin.field.kind": ("Kind", "Nature"),
        "health.admin.kind.consultation": ("consultation", "consultation"),
        "health.admin.kind.procedure": ("procedure", "acte"),
        "health.admin.kind.followup": ("follow-up", "suivi"),
        "health.admin.error.duration": (
            "Give a length from 5 to 480 minutes.", "Indiquez une durée de 5 à 480 minutes."
        ),
        "health.admin.type.heading": ("Appointment type {code}", "Type de rendez-vous {code}"),
        "health.admin.type.back": ("All appointment types", "Tous les types de rendez-vous"),
        "health.admin.done.typeAdded": ("The appointment type was added.", "Le type de rendez-vous a été ajouté."),
    ]
}
