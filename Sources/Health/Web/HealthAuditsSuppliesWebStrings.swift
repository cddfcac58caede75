import ChancerySpine

/// The text of the QA audit and supplies pages, English and French side by side (merged into `Strings.table`).
package enum HealthAuditsSuppliesWebStrings {
    /// Keys the templates read as `t.<key>` (each is `hq.<key>` in the table).
    package static let pageKeys = [
        "nav", "audits", "newAudit", "supplies", "toReorder", "auditsTitle", "auditTitle", "title", "state", "sampled",
        "reviewed", "openFollowUps", "created", "none", "sampleSize", "seed", "seedHelp", "startAudit", "position",
        "patient", "automatic", "answers", "completeness", "consent", "codes", "signatures", "pass", "fail",
        "notAnswered", "missing", "finding", "followUp", "followUpDue", "followUpStatus", "open", "done", "save",
        "closeAudit", "notReadable", "closed", "yes", "no", "suppliesTitle", "name", "form", "unitOfIssue",
        "reorderLevel", "reorderQuantity", "location", "onHand", "newItem", "addItem", "reorderTitle", "suggested",
        "expiringTitle", "lots", "lot", "expires", "expired", "quantity", "addLot", "movements", "movement", "kind",
        "receipt", "issue", "adjustment", "disposal", "note", "recordMovement", "recordedBy", "recordedAt", "item",
        "adjustmentHelp", "suppliesNote", "markDone", "filter", "stock",
    ]

    /// The `?done=` notices the pages show after an action (each is `hq.done.<name>` in the table).
    package static let notices: Set<String> = ["started", "answered", "closed", "item", "lot", "movement"]

    package static let table: [String: (en: String, fr: String)] = [
        "hq.nav": ("Health Office", "Bureau de santé"),
        "hq.audits": ("Record QA audits", "Audits qualité des dossiers"),
        "hq.newAudit": ("New audit", "Nouvel audit"),
        "hq.supplies": ("Medical supplies", "Fournitures médicales"),
        "hq.toReorder": ("To reorder", "À recommander"),
        "hq.auditsTitle": ("Record QA audits", "Audits qualité des dossiers"),
        "hq.auditTitle": ("Record QA audit", "Audit qualité des dossiers"),
        "hq.title": ("Title", "Titre"),
        "hq.filter": ("Filter", "Filtrer"),
        "hq.stock": ("Stock level", "Niveau de stock"),
        "hq.anyStock": ("Any stock", "Tout le stock"),
        "hq.anyState": ("Open or closed", "En cours ou clôturés"),
        "hq.state": ("State", "État"),
        "hq.sampled": ("Records drawn", "Dossiers tirés"),
        "hq.reviewed": ("Answered", "Traités"),
        "hq.openFollowUps": ("Open follow-ups", "Suivis en cours"),
        "hq.created": ("Started", "Commencé"),
        "hq.none": ("Nothing to show.", "Rien à afficher."),
        "hq.sampleSize": ("Number of records to draw", "Nombre de dossiers à tirer"),
        "hq.seed": ("Seed (optional)", "Graine (facultative)"),
        "hq.seedHelp": (
            "The same seed draws the same sample again; leave empty for a random one.",
            "La même graine tire de nouveau le même échantillon ; laissez vide pour un tirage aléatoire."
        ),
        "hq.startAudit": ("Draw the sample and start", "Tirer l'échantillon et commencer"),
        "hq.position": ("No.", "N°"),
        "hq.patient": ("Patient record", "Dossier du patient"),
        "hq.automatic": ("Checks computed from the record", "Contrôles calculés sur le dossier"),
        "hq.answers": ("Auditor's answers", "Réponses de l'auditeur"),
        "hq.completeness": ("Demographics complete", "Données démographiques complètes"),
        "hq.consent": ("Consent present", "Consentement présent"),
        "hq.codes": ("Codes present", "Codes présents"),
        "hq.signatures": ("Clinical entries signed", "Entrées cliniques signées"),
        "hq.pass": ("pass", "conforme"),
        "hq.fail": ("fail", "non conforme"),
        "hq.notAnswered": ("not answered", "sans réponse"),
        "hq.missing": ("Missing", "Manquant"),
        "hq.finding": ("Finding", "Constat"),
        "hq.followUp": ("Follow-up", "Suivi"),
        "hq.followUpDue": ("Follow-up due", "Échéance du suivi"),
        "hq.followUpStatus": ("Follow-up status", "État du suivi"),
        "hq.open": ("open", "en cours"),
        "hq.done": ("done", "fait"),
        "hq.save": ("Save", "Enregistrer"),
        "hq.closeAudit": ("Close the audit", "Clôturer l'audit"),
        "hq.notReadable": (
            "A record you may not read: nothing of it is shown.",
            "Un dossier que vous ne pouvez pas consulter : rien n'en est affiché."
        ),
        "hq.closed": ("closed", "clôturé"),
        "hq.yes": ("yes", "oui"),
        "hq.no": ("no", "non"),
        "hq.suppliesTitle": ("Medical supplies", "Fournitures médicales"),
        "hq.name": ("Name", "Nom"),
        "hq.form": ("Form", "Forme"),
        "hq.unitOfIssue": ("Unit of issue", "Unité de distribution"),
        "hq.reorderLevel": ("Reorder level", "Seuil de réapprovisionnement"),
        "hq.reorderQuantity": ("Reorder quantity", "Quantité à commander"),
        "hq.location": ("Location", "Emplacement"),
        "hq.onHand": ("On hand", "En stock"),
        "hq.newItem": ("New item", "Nouvel article"),
        "hq.addItem": ("Add the item", "Ajouter l'article"),
        "hq.reorderTitle": ("Supplies to reorder", "Fournitures à recommander"),
        "hq.suggested": ("Suggested order", "Commande suggérée"),
        "hq.expiringTitle": ("Lots expiring within 60 days", "Lots périmant dans les 60 jours"),
        "hq.lots": ("Lots", "Lots de fabrication"),
        "hq.lot": ("Lot", "N° de lot"),
        "hq.expires": ("Expires", "Péremption"),
        "hq.expired": ("expired", "périmé"),
        "hq.quantity": ("Quantity", "Quantité"),
        "hq.addLot": ("Add the lot", "Ajouter le lot"),
        "hq.movements": ("Stock movements", "Mouvements de stock"),
        "hq.movement": ("Record a movement", "Enregistrer un mouvement"),
        "hq.kind": ("Kind", "Type"),
        "hq.receipt": ("receipt", "réception"),
        "hq.issue": ("issue", "sortie"),
        "hq.adjustment": ("adjustment", "ajustement"),
        "hq.disposal": ("disposal", "destruction"),
        "hq.note": ("Note", "Remarque"),
        "hq.recordMovement": ("Record", "Enregistrer"),
        "hq.recordedBy": ("By", "Par"),
        "hq.recordedAt": ("When", "Quand"),
        "hq.item": ("Item", "Article"),
        "hq.adjustmentHelp": (
            "An adjustment may be negative (e.g. -2 after a count).",
            "Un ajustement peut être négatif (par ex. -2 après un inventaire)."
        ),
        "hq.suppliesNote": (
            "Supplies carry no patient data: they are NATO UNCLASSIFIED, for the Health Office's staff.",
            "Les fournitures ne contiennent aucune donnée de patient : elles sont NATO SANS CLASSIFICATION, pour le personnel du Bureau de santé."
        ),
        "hq.markDone": ("Mark the follow-up done", "Marquer le suivi comme fait"),
        "hq.done.started": (
            "The sample is drawn: answer the checklist for each record.",
            "L'échantillon est tiré : remplissez la liste de contrôle de chaque dossier."
        ),
        "hq.done.answered": ("The answers are saved.", "Les réponses sont enregistrées."),
        "hq.done.closed": ("The audit is closed.", "L'audit est clôturé."),
        "hq.done.item": ("The item is added.", "L'article est ajouté."),
        "hq.done.lot": ("The lot is added.", "Le lot est ajouté."),
        "hq.done.movement": ("The movement is recorded.", "Le mouvement est enregistré."),
    ]
}
