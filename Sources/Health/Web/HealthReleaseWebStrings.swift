import ChancerySpine

/// The text of the referral, POD request, release and disclosure pages, English and French side by side.
package enum HealthReleaseWebStrings {
    /// The labels templates read as `t.<key>` (each is `hrel.<key>` in the table).
    /// Keys with a further dot (states, codes, notices) are looked up by the controller instead.
    package static let pageKeys: [String] = table.keys.map { String($0.dropFirst(5)) }.filter { !$0.contains(".") }

    /// The `?done=` notices the pages show (each is `hrel.done.<name>` in the table).
    package static let notices: Set<String> = [
        "created", "sent", "reply", "closure", "cancellation", "answer", "approval", "release", "asked",
    ]

    package static let table: [String: (en: String, fr: String)] = [
        "hrel.section": ("Health Office: outside", "Bureau de santé : extérieur"),
        "hrel.findPatient": ("Find a patient", "Rechercher un patient"),
        "hrel.findPatientSubmit": ("Find", "Rechercher"),
        "hrel.findPatientHelp": (
            "Part of a name or a staff number: the list of patients keeps those it finds.",
            "Une partie du nom ou un numéro de matricule : la liste des patients ne garde que ceux trouvés."
        ),
        "hrel.error.patientNotFound": (
            "This patient is not one you may choose: pick one from the list.",
            "Ce patient ne fait pas partie de ceux que vous pouvez choisir : choisissez-en un dans la liste."
        ),
        "hrel.referrals": ("Referrals", "Orientations"),
        "hrel.podRequests": ("Fitness-for-work requests", "Demandes d'aptitude au travail"),
        "hrel.releases": ("Releases of information", "Communications de dossiers"),
        "hrel.newReferral": ("New referral", "Nouvelle orientation"),
        "hrel.patient": ("Patient", "Patient concerné"),
        "hrel.choosePatient": ("Choose a patient", "Choisissez un patient"),
        "hrel.provider": ("Provider", "Prestataire"),
        "hrel.providerAddress": ("Provider's address", "Adresse du prestataire"),
        "hrel.specialty": ("Specialty", "Spécialité"),
        "hrel.reason": ("Reason for referral", "Motif de l'orientation"),
        "hrel.urgency": ("Urgency", "Urgence"),
        "hrel.urgency.routine": ("Routine", "Normale"),
        "hrel.urgency.urgent": ("Urgent", "Urgente"),
        "hrel.urgency.emergency": ("Emergency", "Immédiate"),
        "hrel.replyDue": ("Reply due", "Réponse attendue le"),
        "hrel.status": ("Status", "État"),
        "hrel.requestedOn": ("Requested on", "Demandée le"),
        "hrel.anyStatus": ("Any status", "Tous les états"),
        "hrel.filter": ("Filter", "Filtrer"),
        "hrel.overdue": ("overdue", "en retard"),
        "hrel.create": ("Create", "Créer"),
        "hrel.none": ("None.", "Aucune."),
        "hrel.sentDate": ("Sent on", "Envoyée le"),
        "hrel.markSent": ("Mark as sent", "Marquer comme envoyée"),
        "hrel.reply": ("Reply", "Réponse"),
        "hrel.replyDate": ("Reply date", "Date de la réponse"),
        "hrel.replySummary": ("Summary of the reply", "Résumé de la réponse"),
        "hrel.recordReply": ("Record the reply", "Enregistrer la réponse"),
        "hrel.close": ("Close", "Clore"),
        "hrel.cancel": ("Cancel the referral", "Annuler l'orientation"),
        "hrel.letter": ("Letter filed in the record", "Lettre classée au dossier"),
        "hrel.back": ("Back to the list", "Retour à la liste"),
        "hrel.staffNumber": ("Staff number", "Matricule"),
        "hrel.question": ("Question", "Question posée"),
        "hrel.purpose": ("Purpose", "Finalité"),
        "hrel.ask": ("Ask the Health Office", "Interroger le Bureau de santé"),
        "hrel.askIntro": (
            "The Health Office answers with fitness for work, restrictions and dates only: never a diagnosis.",
            "Le Bureau de santé répond uniquement par l'aptitude au travail, des restrictions et des dates : jamais par un diagnostic."
        ),
        "hrel.requester": ("Requested by", "Demandé par"),
        "hrel.asked": ("Asked on", "Demandé le"),
        "hrel.answer": ("Answer", "Réponse"),
        "hrel.answers": ("Answers (the last one is current)", "Réponses (la dernière fait foi)"),
        "hrel.noAnswer": ("Not answered yet.", "Pas encore de réponse."),
        "hrel.fitness": ("Fitness for work", "Aptitude au travail"),
        "hrel.fitness.fit": ("Fit", "Apte"),
        "hrel.fitness.fit-with-restrictions": ("Fit with restrictions", "Apte avec restrictions"),
        "hrel.fitness.unfit": ("Unfit", "Inapte"),
        "hrel.fitness.under-assessment": ("Under assessment", "En cours d'évaluation"),
        "hrel.restrictions": ("Restrictions", "Restrictions d'aptitude"),
        "hrel.restriction.no-night-work": ("No night work", "Pas de travail de nuit"),
        "hrel.restriction.no-heavy-lifting": ("No heavy lifting", "Pas de port de charges lourdes"),
        "hrel.restriction.no-driving": ("No driving", "Pas de conduite"),
        "hrel.restriction.reduced-hours": ("Reduced hours", "Horaire réduit"),
        "hrel.restriction.no-deployment": ("No deployment", "Pas de déploiement"),
        "hrel.restriction.no-field-duty": ("No field duty", "Pas de service en campagne"),
        "hrel.restriction.no-shift-work": ("No shift work", "Pas de travail posté"),
        "hrel.restriction.adapted-workstation": ("Adapted workstation", "Poste de travail adapté"),
        "hrel.from": ("From", "Du"),
        "hrel.until": ("Until", "Au"),
        "hrel.reviewDate": ("Review date", "Date de réexamen"),
        "hrel.superseded": ("superseded", "remplacée"),
        "hrel.sendAnswer": ("Send the answer", "Envoyer la réponse"),
        "hrel.answerIntro": (
            "Only these fields can be sent: nothing from the record, no diagnosis.",
            "Seuls ces champs peuvent être envoyés : rien du dossier, aucun diagnostic."
        ),
        "hrel.closeRequest": ("Close without answer", "Clore sans réponse"),
        "hrel.openPatient": ("Open the patient's record", "Ouvrir le dossier du patient"),
        "hrel.newRelease": ("Request a release", "Demander une communication"),
        "hrel.recipient": ("Recipient", "Destinataire"),
        "hrel.entryTypes": ("What is released", "Ce qui est communiqué"),
        "hrel.entryType.lab-result": ("Laboratory results", "Résultats de laboratoire"),
        "hrel.entryType.diagnostic-report": ("Diagnostic reports", "Comptes rendus diagnostiques"),
        "hrel.entryType.physician-note": ("Physician notes", "Notes médicales"),
        "hrel.entryType.consent": ("Consent forms", "Formulaires de consentement"),
        "hrel.entryType.administrative-code": ("Administrative codes", "Codes administratifs"),
        "hrel.entryType.correspondence": ("Correspondence", "Correspondance"),
        "hrel.request": ("Request", "Demander"),
        "hrel.consent": ("Consent", "Consentement"),
        "hrel.consentValid": (
            "A valid consent names this recipient.", "Un consentement valide désigne ce destinataire."
        ),
        "hrel.consentInvalid": (
            "No valid consent names this recipient any more: the release cannot proceed.",
            "Plus aucun consentement valide ne désigne ce destinataire : la communication ne peut avoir lieu."
        ),
        "hrel.requestedBy": ("Requested by", "Demandée par"),
        "hrel.approvedBy": ("Approved by", "Approuvée par"),
        "hrel.releasedBy": ("Released by", "Communiquée par"),
        "hrel.approve": ("Approve (medical advisor)", "Approuver (conseiller médical)"),
        "hrel.doRelease": ("Release", "Communiquer"),
        "hrel.package": ("Export package", "Dossier communiqué"),
        "hrel.packageJSON": ("Package (JSON)", "Dossier (JSON)"),
        "hrel.print": ("Print this page", "Imprimer cette page"),
        "hrel.entries": ("Entries", "Entrées"),
        "hrel.date": ("Answered on", "Répondu le"),
        "hrel.type": ("Type", "Nature"),
        "hrel.summary": ("Summary", "Résumé"),
        "hrel.text": ("Text", "Texte"),
        "hrel.releasedAt": ("Released on", "Communiqué le"),
        "hrel.dateOfBirth": ("Date of birth", "Date de naissance"),
        "hrel.disclosures": ("Accounting of disclosures", "Relevé des communications"),
        "hrel.disclosuresIntro": (
            "Every release of this patient's record outside the Health Office: this list is kept permanently and can be neither edited nor deleted.",
            "Toute communication du dossier de ce patient hors du Bureau de santé : ce relevé est conservé définitivement et ne peut être ni modifié ni supprimé."
        ),
        "hrel.what": ("What", "Quoi"),
        "hrel.disclosedAt": ("Disclosed on", "Communiqué le"),
        "hrel.noDisclosures": ("No disclosure of this record so far.", "Aucune communication de ce dossier à ce jour."),
        "hrel.state.draft": ("Draft", "Brouillon"),
        "hrel.state.sent": ("Sent", "Envoyée"),
        "hrel.state.replied": ("Replied", "Réponse reçue"),
        "hrel.state.closed": ("Closed", "Close"),
        "hrel.state.cancelled": ("Cancelled", "Annulée"),
        "hrel.state.open": ("Open", "Ouverte"),
        "hrel.state.answered": ("Answered", "Répondue"),
        "hrel.state.requested": ("Requested", "Demandée"),
        "hrel.state.approved": ("Approved", "Approuvée"),
        "hrel.state.released": ("Released", "Communiquée"),
        "hrel.done.created": ("Created.", "Créé."),
        "hrel.done.sent": (
            "Marked as sent; the letter is filed in the record.",
            "Marquée comme envoyée ; la lettre est classée au dossier."
        ),
        "hrel.done.reply": ("Reply recorded and filed in the record.", "Réponse enregistrée et classée au dossier."),
        "hrel.done.closure": ("Closed.", "Clos."),
        "hrel.done.cancellation": ("Cancelled.", "Annulée."),
        "hrel.done.answer": ("Answer sent.", "Réponse envoyée."),
        "hrel.done.approval": ("Release approved.", "Communication approuvée."),
        "hrel.done.release": (
            "Released; the disclosure is accounted for.", "Communiquée ; la communication est consignée au relevé."
        ),
        "hrel.done.asked": (
            "Your request is with the Health Office.", "Votre demande a été transmise au Bureau de santé."
        ),
    ]
}
