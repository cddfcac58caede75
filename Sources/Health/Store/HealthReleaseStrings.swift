import ChancerySpine

/// The sentences of referrals, POD requests, releases and disclosures (API problems and pages), English and French.
package enum HealthReleaseStrings {
    package static let table: [String: (en: String, fr: String)] = [
        "health.rel.error.state.referral": (
            "This referral is {stateName}: that step does not apply to it now.",
            "Cette orientation est à l'état « {stateName} » : cette étape ne s'y applique pas maintenant."
        ),
        "health.rel.error.state.release": (
            "This release is {stateName}: that step does not apply to it now.",
            "Cette communication est à l'état « {stateName} » : cette étape ne s'y applique pas maintenant."
        ),
        "health.rel.error.consent": (
            "No valid consent of this patient names {recipient} today (none on file, revoked, or outside its dates): record the patient's consent first.",
            "Aucun consentement valide du patient ne désigne {recipient} aujourd'hui (absent, révoqué ou hors de ses dates) : enregistrez d'abord le consentement du patient."
        ),
        "health.rel.error.ownPOD": (
            "You asked this question yourself, or it is about you: another member of the Health Office must answer it.",
            "Vous avez posé cette question vous-même, ou elle vous concerne : un autre membre du Bureau de santé doit y répondre."
        ),
        "health.rel.error.ownRelease": (
            "You requested this release yourself: another medical advisor must approve it.",
            "Vous avez demandé vous-même cette communication : un autre conseiller médical doit l'approuver."
        ),
        "health.rel.error.podClosed": (
            "This request is closed: it takes no further answer.",
            "Cette demande est close : elle n'accepte plus de réponse."
        ),
        "health.rel.error.fitness": (
            "The fitness status must be fit, fit-with-restrictions, unfit or under-assessment.",
            "L'aptitude doit être fit, fit-with-restrictions, unfit ou under-assessment."
        ),
        "health.rel.error.restriction": (
            "The field {field} is not one of the known restriction codes.",
            "Le champ {field} n'est pas l'un des codes de restriction connus."
        ),
        "health.rel.error.restrictionsNeeded": (
            "Fit with restrictions needs at least one restriction.",
            "L'aptitude avec restrictions exige au moins une restriction."
        ),
        "health.rel.error.restrictionsUnexpected": (
            "Restrictions go only with the status fit-with-restrictions.",
            "Les restrictions ne vont qu'avec l'aptitude fit-with-restrictions."
        ),
        "health.rel.error.untilBeforeFrom": (
            "The end date comes before the start date.", "La date de fin précède la date de début."
        ),
        "health.rel.error.entryType": (
            "The field {field} is not a record entry type.", "Le champ {field} n'est pas un type d'entrée du dossier."
        ),
        "health.rel.error.choice": (
            "The field {field} does not hold one of the values offered.",
            "Le champ {field} ne contient pas l'une des valeurs proposées."
        ),
        "health.rel.error.formField": (
            "This form accepts only a fitness status, restrictions and dates; the field {field} is not one of them.",
            "Ce formulaire n'accepte qu'une aptitude, des restrictions et des dates ; le champ {field} n'en fait pas partie."
        ),
        "health.rel.reason.choice": (
            "use one of the values the API documents.", "utilisez l'une des valeurs documentées par l'API."
        ),
        "health.rel.state.draft": ("a draft", "brouillon"),
        "health.rel.state.sent": ("sent", "envoyée"),
        "health.rel.state.replied": ("replied", "réponse reçue"),
        "health.rel.state.closed": ("closed", "close"),
        "health.rel.state.cancelled": ("cancelled", "annulée"),
        "health.rel.state.requested": ("requested", "demandée"),
        "health.rel.state.approved": ("approved", "approuvée"),
        "health.rel.state.released": ("released", "communiquée"),
        "health.rel.state.open": ("open", "ouverte"),
        "health.rel.state.answered": ("answered", "répondue"),
    ]
}
