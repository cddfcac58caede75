import ChancerySpine

/// The Health Office's page labels and notices, English and French side by side.
package enum HealthWebStrings {
    /// Keys a page finds under `t.` (each is `hw.<key>` in the table).
    package static let pageKeys: [String] = [
        "office", "desk", "deskTitle", "patients", "findPatient", "find", "newPatient", "name", "dateOfBirth",
        "staffNumber", "unit", "classification", "restricted", "nextPage", "noPatients", "familyName", "givenNames",
        "sex", "nationality", "phone", "email", "emergencyContact", "emergencyPhone", "insurer", "insurerNumber",
        "create", "identity", "newEntry", "newLabResult", "fhirExport", "entries", "date", "type", "summary", "results",
        "version", "noEntries", "patient", "text", "chooseType", "changeType", "observations", "observationsHelp",
        "loinc", "test", "findTest", "value",
        "unitOfMeasure", "low", "high", "correspondent", "consentTerms", "consentHelp", "recipient", "scope", "purpose",
        "validFrom", "validUntil", "reason", "author", "revoked", "range", "flag", "correct", "revokeReason", "revoke",
        "versions", "recordedAt", "breakGlass", "breakGlassHelp", "breakGlassOpen", "patientId", "breakGlassQueue",
        "openedAt", "user", "review", "reviewNote", "noOpenings", "files", "noFiles", "chooseFile", "attach",
        "awaitingAnotherAdvisor", "duplicates", "duplicatesHelp", "suspectedDuplicate", "existingRecord",
        "matchedOnTitle",
        "flaggedAt", "flaggedBy", "decision", "decisionNote", "merge", "notDuplicate", "noDuplicates", "toReview",
        "advisorQueues", "breakGlassToReview", "duplicatesToReview", "openRecord",
    ]

    /// The `?done=` notices the pages know.
    package static let notices: Set<String> = [
        "fileAttached", "patientCreated", "entryAdded", "entryCorrected", "consentRevoked", "reviewed", "breakGlass",
        "merged",
        "distinct",
    ]

    package static let table: [String: (en: String, fr: String)] = [
        "hw.office": ("Health Office", "Bureau de santé"),
        "hw.desk": ("Desk", "Accueil du bureau"),
        "hw.deskTitle": ("Health Office desk", "Accueil du Bureau de santé"),
        "hw.patients": ("Patients", "Patients"),
        "hw.findPatient": ("Name or staff number", "Nom ou matricule"),
        "hw.find": ("Find", "Rechercher"),
        "hw.newPatient": ("New patient", "Nouveau patient"),
        "hw.name": ("Name", "Nom"),
        "hw.dateOfBirth": ("Date of birth", "Date de naissance"),
        "hw.staffNumber": ("Staff number", "Matricule"),
        "hw.unit": ("Unit", "Unité"),
        "hw.classification": ("Classification", "Classification"),
        "hw.restricted": ("restricted record", "dossier restreint"),
        "hw.nextPage": ("Next page", "Page suivante"),
        "hw.noPatients": ("No patient found.", "Aucun patient trouvé."),
        "hw.familyName": ("Family name", "Nom de famille"),
        "hw.givenNames": ("Given names", "Prénoms"),
        "hw.sex": ("Sex", "Sexe"),
        "hw.nationality": ("Nationality (three letters, e.g. BEL)", "Nationalité (trois lettres, par ex. BEL)"),
        "hw.phone": ("Telephone", "Téléphone"),
        "hw.email": ("E-mail", "Courriel"),
        "hw.emergencyContact": ("Emergency contact", "Personne à prévenir"),
        "hw.emergencyPhone": ("Emergency contact's telephone", "Téléphone de la personne à prévenir"),
        "hw.insurer": ("Insurer", "Assureur"),
        "hw.insurerNumber": ("Insurance number", "Numéro d'assuré"),
        "hw.create": ("Open the record", "Ouvrir le dossier"),
        "hw.identity": ("Identity and contacts", "Identité et coordonnées"),
        "hw.newEntry": ("New entry", "Nouvelle entrée"),
        "hw.newLabResult": ("Record a lab result", "Saisir un résultat de laboratoire"),
        "hw.fhirExport": ("FHIR export", "Export FHIR"),
        "hw.entries": ("Record entries", "Entrées du dossier"),
        "hw.date": ("Date", "Date"),
        "hw.type": ("Type", "Type"),
        "hw.summary": ("Summary", "Objet"),
        "hw.results": ("Results", "Résultats"),
        "hw.version": ("Version", "Version"),
        "hw.noEntries": ("This record has no entries yet.", "Ce dossier ne comporte encore aucune entrée."),
        "hw.patient": ("Patient", "Patient"),
        "hw.text": ("Text", "Texte"),
        "hw.observations": ("Laboratory observations", "Analyses de laboratoire"),
        "hw.observationsHelp": (
            "One line per test: type part of its name or its LOINC code and pick it, or choose it in the list (its unit is shown), then write the result. Flags are computed from the test's reference range.",
            "Une ligne par analyse : tapez une partie de son nom ou son code LOINC et choisissez-la, ou choisissez-la dans la liste (son unité est indiquée), puis écrivez le résultat. Les indicateurs sont calculés d'après les valeurs de référence de l'analyse."
        ),
        "hw.loinc": ("LOINC code", "Code LOINC"),
        "hw.test": ("Test", "Analyse"),
        "hw.findTest": ("Find a test", "Rechercher une analyse"),
        "hw.value": ("Value", "Valeur"),
        "hw.unitOfMeasure": ("Unit", "Unité de mesure"),
        "hw.low": ("Low", "Min."),
        "hw.high": ("High", "Max."),
        "hw.correspondent": ("Correspondent (letters)", "Correspondant (courriers)"),
        "hw.consentTerms": ("Consent terms", "Termes du consentement"),
        "hw.consentHelp": (
            "For a consent form only: to whom, what, for what, and from when to when.",
            "Pour un formulaire de consentement seulement : à qui, quoi, dans quel but, et de quand à quand."
        ),
        "hw.recipient": ("Recipient", "Destinataire"),
        "hw.scope": ("What may be released", "Ce qui peut être communiqué"),
        "hw.purpose": ("Purpose", "Finalité"),
        "hw.validFrom": ("Valid from", "Valable du"),
        "hw.validUntil": ("Valid until", "Valable jusqu'au"),
        "hw.reason": ("Reason", "Motif"),
        "hw.author": ("Author", "Auteur"),
        "hw.revoked": ("Revoked", "Révoqué"),
        "hw.range": ("Reference range", "Valeurs de référence"),
        "hw.flag": ("Flag", "Indicateur"),
        "hw.correct": (
            "Correct this entry (a new version is kept)", "Corriger cette entrée (une nouvelle version est conservée)"
        ),
        "hw.revokeReason": ("Reason for revocation", "Motif de la révocation"),
        "hw.revoke": ("Revoke the consent", "Révoquer le consentement"),
        "hw.versions": ("Versions", "Versions"),
        "hw.recordedAt": ("Recorded", "Enregistrée le"),
        "hw.breakGlass": ("Emergency access (break-glass)", "Accès d'urgence (bris de glace)"),
        "hw.breakGlassHelp": (
            "In an emergency, a clinician may open a record outside their usual access by stating a reason. Access lasts four hours, is recorded and is reviewed by the medical advisor.",
            "En cas d'urgence, un clinicien peut ouvrir un dossier hors de ses accès habituels en indiquant un motif. L'accès dure quatre heures, est consigné et examiné par le conseiller médical."
        ),
        "hw.breakGlassOpen": ("Open the record in an emergency", "Ouvrir le dossier en urgence"),
        "hw.patientId": ("Patient record id or staff number", "Identifiant du dossier ou matricule"),
        "hw.breakGlassQueue": ("Break-glass openings to review", "Accès d'urgence à examiner"),
        "hw.openedAt": ("Opened", "Ouvert le"),
        "hw.user": ("Clinician", "Clinicien"),
        "hw.review": ("Record the review", "Enregistrer l'examen"),
        "hw.reviewNote": ("Review note", "Avis"),
        "hw.noOpenings": ("No opening is waiting for review.", "Aucun accès d'urgence n'attend d'examen."),
        "hw.entryTitle": ("New entry", "Nouvelle entrée"),
        "hw.chooseType": ("What kind of entry?", "Quel type d'entrée ?"),
        "hw.changeType": ("another kind", "changer de type"),
        "hw.correctTitle": ("Correct the entry", "Corriger l'entrée"),
        "hw.addEntry": ("Add to the record", "Ajouter au dossier"),
        "hw.saveCorrection": ("Save the correction", "Enregistrer la correction"),
        "hw.revokedOn": ("revoked on {date}: {reason}", "révoqué le {date} : {reason}"),
        "hw.revokedShort": ("revoked", "révoqué"),
        "hw.consentSummary": (
            "To {recipient}: {scope}, for {purpose}, from {from} to {until}",
            "À {recipient} : {scope}, pour {purpose}, du {from} au {until}"
        ),
        "hw.breakGlassActive": (
            "You are reading this record under emergency access until {until}. Every read is recorded and reviewed.",
            "Vous consultez ce dossier en accès d'urgence jusqu'au {until}. Chaque consultation est consignée et examinée."
        ),
        "hw.hiddenPatient": ("(a record you may not read)", "(un dossier que vous ne pouvez pas consulter)"),
        "hw.badNumber": ("{field}: write a number, e.g. 12.5", "{field} : écrivez un nombre, par ex. 12,5 ou 12.5"),
        "hw.error.validity": (
            "The end of validity must not be before its start.", "La fin de validité ne peut précéder son début."
        ),
        "hw.error.unknownTest": (
            "“{test}” is not a test of the list: choose one of its tests.",
            "« {test} » n'est pas une analyse de la liste : choisissez l'une de ses analyses."
        ),
        "hw.error.noObservation": (
            "Choose at least one test and give its result.", "Choisissez au moins un examen et indiquez son résultat."
        ),
        "hw.sex.female": ("female", "féminin"),
        "hw.sex.male": ("male", "masculin"),
        "hw.sex.other": ("other", "autre"),
        "hw.sex.unknown": ("not stated", "non précisé"),
        "hw.type.lab-result": ("Lab result", "Résultat de laboratoire"),
        "hw.type.diagnostic-report": ("Diagnostic report", "Compte rendu diagnostique"),
        "hw.type.physician-note": ("Physician's note", "Note du médecin"),
        "hw.type.consent": ("Consent form", "Formulaire de consentement"),
        "hw.type.administrative-code": ("Administrative codes", "Codes administratifs"),
        "hw.type.correspondence": ("Correspondence", "Correspondance"),
        "hw.link.appointments": ("Today's appointments", "Rendez-vous du jour"),
        "hw.link.referrals": ("Referrals", "Orientations"),
        "hw.link.pod": ("Division requests", "Demandes des divisions"),
        "hw.link.releases": ("Releases of information", "Communications de dossiers"),
        "hw.link.audits": ("Record audits", "Audits de dossiers"),
        "hw.link.supplies": ("Supplies", "Fournitures médicales"),
        "hw.link.reorder": ("Supplies to reorder", "Fournitures à commander"),
        "hw.link.breakGlass": ("Break-glass reviews", "Examen des accès d'urgence"),
        "hw.link.book": ("Book an appointment", "Prendre rendez-vous"),
        "hw.link.disclosures": ("Disclosure report", "Relevé des communications"),
        "hw.files": ("Files", "Fichiers"),
        "hw.noFiles": ("No file is attached to this entry.", "Aucun fichier n'est joint à cette entrée."),
        "hw.chooseFile": ("Scanned form, report or letter", "Formulaire scanné, compte rendu ou courrier"),
        "hw.attach": ("Attach the file", "Joindre le fichier"),
        "hw.done.fileAttached": ("The file is attached to the entry.", "Le fichier est joint à l'entrée."),
        "hw.done.patientCreated": (
            "The patient's record is open. If this person already had a record, the medical advisor will review the two and merge them.",
            "Le dossier du patient est ouvert. Si cette personne avait déjà un dossier, le conseiller médical examinera les deux et les fusionnera."
        ),
        "hw.done.merged": (
            "The records are merged: everything of the duplicate is in the surviving record.",
            "Les dossiers sont fusionnés : tout le contenu du doublon figure dans le dossier conservé."
        ),
        "hw.done.distinct": (
            "Recorded: the two records are of two people, and both stay.",
            "Enregistré : les deux dossiers concernent deux personnes, et tous deux sont conservés."
        ),
        "hw.awaitingAnotherAdvisor": (
            "Awaiting another medical advisor: nobody reviews their own.",
            "En attente d'un autre conseiller médical : nul n'examine ce qu'il a fait lui-même."
        ),
        "hw.duplicates": ("Suspected duplicate records", "Doublons présumés"),
        "hw.duplicatesHelp": (
            "A record opened with the same names and date of birth, or the same staff number, as a record on file is kept and waits here. Merge it into the existing record (its entries, consents and appointments move there), or record that they are two people.",
            "Un dossier ouvert avec les mêmes nom, prénoms et date de naissance, ou le même matricule, qu'un dossier existant est conservé et attend ici. Fusionnez-le dans le dossier existant (ses entrées, consentements et rendez-vous y sont transférés), ou indiquez qu'il s'agit de deux personnes."
        ),
        "hw.suspectedDuplicate": ("Suspected duplicate", "Doublon présumé"),
        "hw.existingRecord": ("Existing record", "Dossier existant"),
        "hw.matchedOnTitle": ("In common", "En commun"),
        "hw.matchedOn.identity": ("same names and date of birth", "mêmes nom, prénoms et date de naissance"),
        "hw.matchedOn.staff-number": ("same staff number", "même matricule"),
        "hw.flaggedAt": ("Opened", "Ouvert le"),
        "hw.flaggedBy": ("Opened by", "Ouvert par"),
        "hw.decision": ("Decision", "Décision"),
        "hw.decisionNote": ("Note", "Observation"),
        "hw.merge": ("Merge into the existing record", "Fusionner dans le dossier existant"),
        "hw.notDuplicate": ("Not a duplicate: two people", "Pas un doublon : deux personnes"),
        "hw.noDuplicates": ("No suspected duplicate is waiting.", "Aucun doublon présumé n'est en attente."),
        "hw.toReview": ("to review", "à examiner"),
        "hw.advisorQueues": ("Your reviews", "Vos examens"),
        "hw.breakGlassToReview": ("Break-glass openings to review", "Accès d'urgence à examiner"),
        "hw.duplicatesToReview": ("Suspected duplicates to decide", "Doublons présumés à trancher"),
        "hw.openRecord": ("Open the record", "Ouvrir le dossier"),
        "hw.ownOpeningsWaiting": (
            "{count} of your own emergency openings await another medical advisor's review.",
            "{count} de vos accès d'urgence attendent l'examen d'un autre conseiller médical."
        ),
        "hw.ownDuplicatesWaiting": (
            "{count} suspected duplicates of records you opened await another medical advisor.",
            "{count} doublons présumés de dossiers que vous avez ouverts attendent un autre conseiller médical."
        ),
        "hw.mergedInto": (
            "This record was merged into another by the medical advisor; its entries and appointments are there now.",
            "Ce dossier a été fusionné dans un autre par le conseiller médical ; ses entrées et rendez-vous s'y trouvent désormais."
        ),
        "hw.link.duplicates": ("Suspected duplicates", "Doublons présumés"),
        "work.health.referrals": ("Referrals with an overdue reply", "Orientations sans réponse dans le délai"),
        "work.health.releases": ("Releases to approve", "Communications à approuver"),
        "work.health.breakGlass": ("Break-glass openings to review", "Accès d'urgence à examiner"),
        "work.health.breakGlassItem": (
            "Emergency access to {patient}'s record", "Accès d'urgence au dossier de {patient}"
        ),
        "work.health.duplicates": ("Suspected duplicate records to decide", "Doublons présumés à trancher"),
        "work.health.duplicateItem": (
            "Two records that may be the same person", "Deux dossiers qui pourraient concerner la même personne"
        ),
        "hw.menu.records": ("Patients and records", "Patients et dossiers"),
        "hw.menu.appointments": ("Appointments", "Rendez-vous"),
        "hw.menu.releases": ("Requests and releases", "Demandes et communications"),
        "hw.menu.quality": ("Quality and supplies", "Qualité et fournitures"),
        "hw.done.entryAdded": ("The entry is in the record.", "L'entrée figure au dossier."),
        "hw.done.entryCorrected": (
            "The correction is saved; the previous version is kept.",
            "La correction est enregistrée ; la version précédente est conservée."
        ),
        "hw.done.consentRevoked": ("The consent is revoked.", "Le consentement est révoqué."),
        "hw.done.reviewed": ("The review is recorded.", "L'examen est enregistré."),
        "hw.done.breakGlass": ("Emergency access is open.", "L'accès d'urgence est ouvert."),
    ]
}
