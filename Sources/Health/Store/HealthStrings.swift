import ChancerySpine

/// The Health Office's sentences (API problems and shared names), English and French side by side.
package enum HealthStrings {
    package static let table: [String: (en: String, fr: String)] = [
        "health.error.duplicateDecided": (
            "This suspected duplicate has already been merged or dismissed.",
            "Ce doublon présumé a déjà été fusionné ou écarté."
        ),
        "health.error.ownDuplicate": (
            "You opened this record yourself: another medical advisor must decide whether it duplicates the other. It stays in the queue until then.",
            "Vous avez ouvert ce dossier vous-même : un autre conseiller médical doit décider s'il fait double emploi avec l'autre. Il reste dans la file jusque-là."
        ),
        "health.error.merged": (
            "This record was merged into record {id} by the medical advisor: its entries and appointments are there now; work in that record.",
            "Ce dossier a été fusionné par le conseiller médical dans le dossier {id} : ses entrées et rendez-vous s'y trouvent désormais ; travaillez dans ce dossier."
        ),
        "health.error.clinicalEntry": (
            "Only a clinician or the medical advisor may write a {type} entry.",
            "Seul un clinicien ou le conseiller médical peut rédiger une entrée de type {type}."
        ),
        "health.error.consentRevoked": (
            "This consent has been revoked: it can no longer be changed or relied on.",
            "Ce consentement a été révoqué : il ne peut plus être modifié ni invoqué."
        ),
        "health.error.notAConsent": (
            "This entry is not a consent form.", "Cette entrée n'est pas un formulaire de consentement."
        ),
        "health.error.correctionUnchanged": (
            "The correction changes nothing: change at least one field, or leave the entry as it is.",
            "La correction ne change rien : modifiez au moins un champ, ou laissez l'entrée telle quelle."
        ),
        "health.error.breakGlassNeedless": (
            "You may already read this record: there is no need to break the glass.",
            "Vous pouvez déjà consulter ce dossier : inutile de recourir à l'accès d'urgence."
        ),
        "health.error.alreadyReviewed": (
            "This break-glass opening has already been reviewed.",
            "Cet accès d'urgence a déjà été examiné."
        ),
        "health.error.ownBreakGlass": (
            "You opened this record yourself: another medical advisor must review the opening. It stays in the queue until then.",
            "Vous avez ouvert ce dossier vous-même : un autre conseiller médical doit examiner cet accès d'urgence. Il reste dans la file jusque-là."
        ),
        "health.reason.sex": ("use female, male, other or unknown.", "utilisez female, male, other ou unknown."),
        "health.reason.nationality": (
            "use the three-letter code of a NATO member nation, e.g. BEL.",
            "utilisez le code à trois lettres d'un pays membre de l'OTAN, par ex. BEL."
        ),
        "health.reason.fitnessPurpose": (
            "use appointment (medical approval before an appointment).",
            "utilisez appointment (aptitude médicale avant une nomination)."
        ),
        "health.reason.fitnessOutcome": ("use fit or not-fit.", "utilisez fit ou not-fit."),
        "health.reason.entryType": (
            "use lab-result, diagnostic-report, physician-note, consent, administrative-code or correspondence.",
            "utilisez lab-result, diagnostic-report, physician-note, consent, administrative-code ou correspondence."
        ),
        "health.reason.consentTerms": (
            "a consent entry needs its terms: recipient, scope, purpose, validFrom and validUntil.",
            "une entrée de consentement doit préciser ses termes : recipient, scope, purpose, validFrom et validUntil."
        ),
        "health.reason.validity": (
            "validUntil must not be before validFrom.", "validUntil ne peut précéder validFrom."
        ),
        "health.reason.direction": ("use in or out.", "utilisez in ou out."),
        "health.reason.number": ("must be a finite number.", "doit être un nombre fini."),
        "health.reason.range": ("low must not be above high.", "low ne peut dépasser high."),
        "health.reason.observations": (
            "a lab result needs at least one observation.",
            "un résultat de laboratoire doit comporter au moins une observation."
        ),
        "health.reason.futureBirth": (
            "a date of birth cannot be in the future.", "une date de naissance ne peut être future."
        ),
    ]
}
