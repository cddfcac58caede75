import ChancerySpine

/// The written tests' words, English and French, and the label table their pages read.
package enum WrittenTestStrings {
    /// The labels the templates read as `{{t.name}}`.
    package static func labels(_ t: Localizer) -> [String: String] {
        let names = [
            "listTitle", "newTitle", "filter", "noTests", "vacancy", "chooseVacancy", "startsBrussels", "place", "room",
            "invigilators", "markers", "peopleHelp", "questions", "questionsHelp", "passMark", "schedule", "save",
            "resultsTitle", "starts", "unblind", "unblindHelp", "invited", "noneInvited", "invite", "inviteHelp",
            "inviteSubmit", "noneInvitable", "screeningLink", "edit", "blindHelp", "exportCSV", "rank", "code",
            "reference", "name",
            "marks", "total", "outcome", "scriptsTitle", "scriptsHelp", "scriptState", "noScripts", "candidateCode",
            "question", "maximum", "mark", "saveMarks", "state",
        ]
        return Dictionary(uniqueKeysWithValues: names.map { ($0, t("recruitment.test.\($0)")) })
            .merging(["colon": t("recruitment.colon")]) { own, _ in own }
    }

    package static let table: [String: (en: String, fr: String)] = [
        "recruitment.menu.writtenTests": ("Written tests", "Épreuves écrites"),
        "recruitment.menu.scripts": ("Scripts to mark", "Copies à corriger"),
        "work.recruitment.scripts": ("Written test scripts to mark", "Copies d’épreuves écrites à corriger"),
        "work.recruitment.results": (
            "Written tests marked, results to publish", "Épreuves écrites corrigées, résultats à publier"
        ),
        "recruitment.test.listTitle": ("Written tests", "Épreuves écrites"),
        "recruitment.test.newTitle": ("Schedule a written test", "Planifier une épreuve écrite"),
        "recruitment.test.filter": ("Filter", "Filtrer"),
        "recruitment.test.noTests": ("No written test.", "Aucune épreuve écrite."),
        "recruitment.test.vacancy": ("Vacancy", "Avis de vacance"),
        "recruitment.test.chooseVacancy": ("Choose a vacancy", "Choisissez un avis de vacance"),
        "recruitment.test.startsBrussels": ("Start (Brussels time)", "Début (heure de Bruxelles)"),
        "recruitment.test.starts": ("Start", "Début"),
        "recruitment.test.place": ("Place", "Lieu"),
        "recruitment.test.room": ("Room", "Salle"),
        "recruitment.test.invigilators": ("Invigilators", "Surveillants"),
        "recruitment.test.markers": ("Markers", "Correcteurs"),
        "recruitment.test.peopleHelp": (
            "User names, separated by commas.", "Noms d’utilisateur, séparés par des virgules."
        ),
        "recruitment.test.questions": ("Questions", "Questions posées"),
        "recruitment.test.questionsHelp": (
            "One question a line: its label, a vertical bar, its maximum marks (Drafting a note | 20).",
            "Une question par ligne : son intitulé, une barre verticale, son maximum de points (Rédaction d’une note | 20)."
        ),
        "recruitment.test.questionLine": ("{label} (out of {max})", "{label} (sur {max})"),
        "recruitment.test.passMark": ("Pass mark", "Note de réussite"),
        "recruitment.test.schedule": ("Schedule", "Planifier"),
        "recruitment.test.save": ("Save", "Enregistrer"),
        "recruitment.test.edit": ("Change the written test", "Modifier l’épreuve écrite"),
        "recruitment.test.state": ("Stage", "Étape"),
        "recruitment.test.state.planned": ("Planned", "Planifiée"),
        "recruitment.test.state.held": ("Held", "Passée"),
        "recruitment.test.state.marked": ("Marked", "Corrigée"),
        "recruitment.test.state.results-published": ("Results published", "Résultats publiés"),
        "recruitment.test.move.held": ("Record the test as held", "Enregistrer l’épreuve comme passée"),
        "recruitment.test.move.marked": ("Close the marking", "Clôturer la correction"),
        "recruitment.test.move.results-published": ("Publish the results", "Publier les résultats"),
        "recruitment.test.reason.state": (
            "planned, held, marked or results-published", "planned, held, marked ou results-published"
        ),
        "recruitment.test.reason.toMark": ("true or false", "true ou false"),
        "recruitment.test.done.scheduled": ("The written test is scheduled.", "L’épreuve écrite est planifiée."),
        "recruitment.test.done.saved": ("The written test is saved.", "L’épreuve écrite est enregistrée."),
        "recruitment.test.done.invited": (
            "The candidates are invited, each with a candidate code.",
            "Les candidats sont invités, chacun avec un code de candidat."
        ),
        "recruitment.test.done.held": ("The test is recorded as held.", "L’épreuve est enregistrée comme passée."),
        "recruitment.test.done.marked": ("The marking is closed.", "La correction est clôturée."),
        "recruitment.test.done.results-published": ("The results are published.", "Les résultats sont publiés."),
        "recruitment.test.done.unblinded": (
            "The names are now shown beside the codes; this was recorded.",
            "Les noms sont désormais affichés à côté des codes ; cela a été enregistré."
        ),
        "recruitment.test.done.marks": ("The marks are saved.", "Les notes sont enregistrées."),
        "recruitment.test.resultsTitle": ("Results", "Résultats"),
        "recruitment.test.unblind": ("Show the names beside the codes", "Afficher les noms à côté des codes"),
        "recruitment.test.unblindHelp": (
            "Ends the anonymity of the marking for this test; recorded in the audit trail.",
            "Met fin à l’anonymat de la correction de cette épreuve ; consigné dans la piste d’audit."
        ),
        "recruitment.test.unblindedAt": (
            "Names shown beside the codes since {time}.", "Noms affichés à côté des codes depuis le {time}."
        ),
        "recruitment.test.blindHelp": (
            "The marking is anonymous: only candidate codes are shown until the names are shown beside them.",
            "La correction est anonyme : seuls les codes de candidat sont affichés tant que les noms ne le sont pas."
        ),
        "recruitment.test.invited": ("Invited candidates", "Candidats invités"),
        "recruitment.test.noneInvited": ("Nobody is invited yet.", "Personne n’est encore invité."),
        "recruitment.test.invite": ("Invite candidates", "Inviter des candidats"),
        "recruitment.test.inviteHelp": (
            "Short-listed applications not yet invited", "Candidatures de la liste restreinte pas encore invitées"
        ),
        "recruitment.test.screeningLink": (
            "Short-list candidates on the vacancy's screening page",
            "Retenir des candidats sur la page de présélection de l’avis de vacance"
        ),
        "recruitment.test.inviteSubmit": ("Invite the ticked candidates", "Inviter les candidats cochés"),
        "recruitment.test.noneInvitable": (
            "No short-listed application is left to invite.",
            "Aucune candidature de la liste restreinte ne reste à inviter."
        ),
        "recruitment.test.exportCSV": ("Export as CSV", "Exporter en CSV"),
        "recruitment.test.rank": ("Rank", "Rang"),
        "recruitment.test.code": ("Candidate code", "Code de candidat"),
        "recruitment.test.reference": ("Reference", "Référence"),
        "recruitment.test.name": ("Name", "Nom"),
        "recruitment.test.marks": ("Marks", "Notes"),
        "recruitment.test.total": ("Total", "Note totale"),
        "recruitment.test.outcome": ("Outcome", "Résultat"),
        "recruitment.test.passed": ("Passed", "Réussi"),
        "recruitment.test.failed": ("Failed", "Échoué"),
        "recruitment.test.notMarked": ("not marked", "non corrigée"),
        "recruitment.test.scriptsTitle": ("Scripts to mark", "Copies à corriger"),
        "recruitment.test.scriptsHelp": (
            "Each script is known by its candidate code only.",
            "Chaque copie n’est connue que par son code de candidat."
        ),
        "recruitment.test.scriptState": ("Marking", "Correction"),
        "recruitment.test.script.any": ("All", "Toutes"),
        "recruitment.test.script.toMarkNow": ("To mark now", "À corriger maintenant"),
        "recruitment.test.script.toMark": ("To mark", "À corriger"),
        "recruitment.test.script.marked": ("Marked", "Corrigée"),
        "recruitment.test.noScripts": ("No script.", "Aucune copie."),
        "recruitment.test.scriptTitle": ("Script {code}", "Copie {code}"),
        "recruitment.test.candidateCode": ("Candidate", "Candidat"),
        "recruitment.test.question": ("Question", "Intitulé"),
        "recruitment.test.maximum": ("Maximum", "Note maximale"),
        "recruitment.test.mark": ("Mark", "Note"),
        "recruitment.test.saveMarks": ("Save the marks", "Enregistrer les notes"),
    ]
}
