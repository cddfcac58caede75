import ChancerySpine

/// The sentences of record QA audits and medical supplies (API problems), English and French side by side.
package enum HealthAuditsSuppliesStrings {
    package static let table: [String: (en: String, fr: String)] = [
        "health.audit.error.empty": (
            "There is no patient record you may read, so no sample can be drawn.",
            "Vous ne pouvez consulter aucun dossier de patient : aucun échantillon ne peut être tiré."
        ),
        "health.audit.error.ownRecord": (
            "You wrote or signed entries in this record: another auditor must answer its checklist, since nobody audits their own documentation.",
            "Vous avez rédigé ou signé des entrées de ce dossier : un autre auditeur doit remplir sa liste de contrôle, car nul n'audite ses propres écrits."
        ),
        "health.audit.error.closed": (
            "This audit is closed: its checklist can no longer change, only the status of a follow-up.",
            "Cet audit est clôturé : sa liste de contrôle ne peut plus être modifiée, seul l'état d'un suivi peut l'être."
        ),
        "health.audit.error.unanswered": (
            "This audit cannot be closed yet: {count} sampled record(s) still have no answer.",
            "Cet audit ne peut pas encore être clôturé : {count} dossier(s) de l'échantillon sont encore sans réponse."
        ),
        "health.audit.reason.size": ("must be a whole number from 1 to 100.", "doit être un nombre entier de 1 à 100."),
        "health.audit.reason.seed": (
            "must be a whole number from 0 to 9007199254740991.", "doit être un nombre entier de 0 à 9007199254740991."
        ),
        "health.audit.reason.status": ("use open or done.", "utilisez open ou done."),
        "health.audit.reason.followUp": (
            "a follow-up status or due date needs a follow-up.", "un statut ou une échéance de suivi exige un suivi."
        ),
        "health.supply.error.insufficient": (
            "Lot {lot} holds only {onHand}: {asked} cannot be taken out of it. Record a receipt or choose another lot.",
            "Le lot {lot} ne contient que {onHand} : impossible d'en sortir {asked}. Enregistrez une réception ou choisissez un autre lot."
        ),
        "health.supply.error.noLot": (
            "This item has no lot {lot}: add the lot first, with its expiry date.",
            "Cet article n'a pas de lot {lot} : ajoutez d'abord le lot, avec sa date de péremption."
        ),
        "health.supply.error.lotExists": (
            "This item already has a lot {lot}: record a receipt into it instead.",
            "Cet article a déjà un lot {lot} : enregistrez plutôt une réception dans ce lot."
        ),
        "health.supply.reason.level": (
            "must be a whole number from 0 to 1000000.", "doit être un nombre entier de 0 à 1000000."
        ),
        "health.supply.reason.quantity": (
            "must be a whole number from 1 to 1000000.", "doit être un nombre entier de 1 à 1000000."
        ),
        "health.supply.reason.lotQuantity": (
            "must be a whole number from 0 to 1000000.", "doit être un nombre entier de 0 à 1000000."
        ),
        "health.supply.reason.adjustment": (
            "must be a whole number from -1000000 to 1000000, not 0.",
            "doit être un nombre entier de -1000000 à 1000000, sauf 0."
        ),
        "health.supply.reason.kind": (
            "use receipt, issue, adjustment or disposal.", "utilisez receipt, issue, adjustment ou disposal."
        ),
        "health.supply.reason.days": (
            "must be a whole number from 0 to 730.", "doit être un nombre entier de 0 à 730."
        ),
    ]
}
