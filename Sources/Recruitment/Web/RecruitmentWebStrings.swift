import ChancerySpine

/// The words of the office's pages, English and French side by side, and the label table each page reads as `t`.
package enum RecruitmentWebStrings {
    /// The label table of every page of the office: `{{t.name}}`.
    package static func labels(_ t: Localizer) -> [String: String] {
        [
            "vacancies": t("recruitment.vacanciesTitle"),
            "colon": t("recruitment.colon"),
            "apps_applications": t("recruitment.apps.label.applications"),
            "apps_applyLink": t("recruitment.apps.label.applyLink"),
            "importNotice": t("recruitment.importTitle"),
            "importHelp": t("recruitment.importHelp"),
            "noticeText": t("recruitment.noticeText"),
            "importSubmit": t("recruitment.importSubmit"),
            "filter": t("recruitment.filter"),
            "noVacancies": t("recruitment.noVacancies"),
            "state": t("recruitment.state"),
            "publish": t("recruitment.publish"),
            "publicPage": t("recruitment.publicPage"),
            "recognised": t("recruitment.recognised"),
            "asPasted": t("recruitment.asPasted"),
            "languages": t("recruitment.languages"),
            "essential": t("recruitment.essential"),
            "desirable": t("recruitment.desirable"),
            "qualificationsHelp": t("recruitment.qualificationsHelp"),
            "unrecognised": t("recruitment.unrecognised"),
            "unrecognisedHelp": t("recruitment.unrecognisedHelp"),
            "allRecognised": t("recruitment.allRecognised"),
            "toCheck": t("recruitment.toCheck"),
            "notRead": t("recruitment.notRead"),
            "notFound": t("recruitment.notFound"),
            "publicVacancies": t("recruitment.publicVacancies"),
            "noPublicVacancies": t("recruitment.noPublicVacancies"),
            "nextPage": t("recruitment.nextPage"),
            "summary": t("recruitment.summary"),
            "duties": t("recruitment.duties"),
            "remarks": t("recruitment.remarks"),
            "vacancyNumber": t("recruitment.vacancyNumber"),
            "title": t("recruitment.title"),
            "grade": t("recruitment.grade"),
            "location": t("recruitment.location"),
            "deadline": t("recruitment.deadline"),
            "titleFrench": t("recruitment.titleFrench"),
            "posts": t("recruitment.posts"),
            "clearance": t("recruitment.clearance"),
            "edit": t("recruitment.edit"),
            "editHelp": t("recruitment.editHelp"),
            "save": t("recruitment.save"),
            "travel": t("recruitment.travel.link"),
        ]
    }

    package static let table: [String: (en: String, fr: String)] = [
        // pages
        "recruitment.vacanciesTitle": ("Vacancies", "Avis de vacance"),
        "recruitment.importTitle": ("Import a vacancy notice", "Importer un avis de vacance"),
        "recruitment.importHelp": (
            "Paste the whole notice as it appears on the job board or in the document. Chancery reads its fields, keeps the text as pasted and marks the lines it could not read for you to complete.",
            "Collez l'avis entier tel qu'il figure sur le site d'emploi ou dans le document. Chancery en lit les champs, conserve le texte tel que collé et signale les lignes qu'il n'a pas pu lire, pour que vous les complétiez."
        ),
        "recruitment.noticeText": ("Text of the notice", "Texte de l'avis"),
        "recruitment.importSubmit": ("Read the notice", "Lire l'avis"),
        "recruitment.filter": ("Filter", "Filtrer"),
        "recruitment.noVacancies": ("No vacancy to show.", "Aucun avis de vacance à afficher."),
        "recruitment.anyState": ("Any state", "Tout état"),
        "recruitment.publish": ("Publish", "Publier"),
        "recruitment.publicPage": ("Public page", "Page publique"),
        "recruitment.recognised": ("What Chancery recognised", "Ce que Chancery a reconnu"),
        "recruitment.asPasted": ("The notice as pasted", "L'avis tel que collé"),
        "recruitment.languages": ("Languages", "Langues"),
        "recruitment.essential": ("Essential qualifications", "Qualifications essentielles"),
        "recruitment.desirable": ("Desirable qualifications", "Qualifications souhaitables"),
        "recruitment.qualificationsHelp": (
            "One qualification per line; the essential ones are the criteria each application is screened against.",
            "Une qualification par ligne ; les qualifications essentielles sont les critères de présélection de chaque candidature."
        ),
        "recruitment.essential.short": ("essential", "essentiel"),
        "recruitment.desirable.short": ("desirable", "souhaitable"),
        "recruitment.higherInOne": ("{level} in one of them", "{level} dans l'une d'elles"),
        "recruitment.unrecognised": ("Lines not recognised", "Lignes non reconnues"),
        "recruitment.unrecognisedHelp": (
            "Chancery could not place these lines of the notice: read them and complete the vacancy.",
            "Chancery n'a pas pu classer ces lignes de l'avis : lisez-les et complétez l'avis de vacance."
        ),
        "recruitment.allRecognised": (
            "Every line of the notice was read.", "Toutes les lignes de l'avis ont été lues."
        ),
        "recruitment.toCheck": ("To check", "À vérifier"),
        "recruitment.notRead": ("not read", "non lue"),
        "recruitment.notFound": ("not found in the notice", "absent de l'avis"),
        // a label and its value: "State: draft", « État : brouillon » (a no-break space before the colon in French)
        "recruitment.colon": (":", "\u{00A0}:"),
        "recruitment.publicVacancies": ("Vacancies open to applications", "Postes ouverts aux candidatures"),
        "recruitment.noPublicVacancies": (
            "No vacancy is open to applications at the moment.",
            "Aucun poste n'est ouvert aux candidatures pour le moment."
        ),
        "recruitment.nextPage": ("More vacancies", "Plus de postes"),
        "recruitment.summary": ("Summary", "Résumé"),
        "recruitment.duties": ("Duties", "Attributions"),
        "recruitment.remarks": ("Remarks", "Remarques"),
        // fields and columns
        "recruitment.vacancyNumber": ("Vacancy number", "Numéro de l'avis"),
        "recruitment.title": ("Title", "Intitulé"),
        "recruitment.titleFrench": ("Title in French", "Intitulé en français"),
        "recruitment.organisation": ("Organisation", "Organisme"),
        "recruitment.grade": ("Grade", "Grade"),
        "recruitment.posts": ("Posts", "Postes"),
        "recruitment.deadline": ("Deadline for applications", "Date limite de candidature"),
        "recruitment.brusselsTime": ("{time} (Brussels time)", "{time} (heure de Bruxelles)"),
        "recruitment.clearance": ("Security clearance", "Habilitation de sécurité"),
        "recruitment.division": ("Division", "Division"),
        "recruitment.section": ("Section", "Section"),
        "recruitment.location": ("Location", "Lieu"),
        "recruitment.contract": ("Contract", "Contrat"),
        "recruitment.years": ("{count} years", "{count} ans"),
        "recruitment.eligibility": ("Who may apply", "Qui peut postuler"),
        "recruitment.memberStatesOnly": (
            "Nationals of NATO member states only", "Ressortissants des États membres de l'OTAN uniquement"
        ),
        "recruitment.competition": ("Competition", "Concours"),
        "recruitment.state": ("State", "État"),
        "recruitment.created": ("Created", "Créé le"),
        // states and moves
        "recruitment.state.draft": ("draft", "brouillon"),
        "recruitment.state.published": ("published", "publié"),
        "recruitment.state.closed": ("closed", "clos"),
        "recruitment.state.cancelled": ("cancelled", "annulé"),
        "recruitment.state.filled": ("filled", "pourvu"),
        "recruitment.move.published": ("Publish", "Publier"),
        "recruitment.move.closed": ("Close to applications", "Clore les candidatures"),
        "recruitment.move.cancelled": ("Cancel the vacancy", "Annuler l'avis"),
        "recruitment.move.filled": ("Mark as filled", "Marquer comme pourvu"),
        "recruitment.done.imported": (
            "The notice was read and kept as a draft: check what was recognised beside the text.",
            "L'avis a été lu et conservé comme brouillon : vérifiez ce qui a été reconnu à côté du texte."
        ),
        "recruitment.done.published": (
            "The vacancy is published: its public page is open to everyone.",
            "L'avis est publié : sa page publique est ouverte à tous."
        ),
        "recruitment.done.closed": ("The vacancy is closed to applications.", "L'avis est clos aux candidatures."),
        "recruitment.done.cancelled": ("The vacancy is cancelled.", "L'avis est annulé."),
        "recruitment.done.filled": ("The vacancy is marked as filled.", "L'avis est marqué comme pourvu."),
        // what the import asks to check
        "recruitment.note.deadline-from-job-board": (
            "The notice gives no deadline: the job board's expiry date was taken. Check it.",
            "L'avis ne donne pas de date limite : la date d'expiration du site d'emploi a été reprise. Vérifiez-la."
        ),
        "recruitment.note.location-from-job-board": (
            "The notice names no place: the job board's location was taken. Check it.",
            "L'avis ne nomme aucun lieu : le lieu indiqué par le site d'emploi a été repris. Vérifiez-le."
        ),
        "recruitment.note.french-version-not-read": (
            "The notice repeats itself in French: only the French title was read from that part.",
            "L'avis se répète en français : seul l'intitulé français a été lu dans cette partie."
        ),
        // refusals
        "recruitment.error.emptyNotice": (
            "The notice is empty: paste the whole text of the vacancy notice.",
            "L'avis est vide : collez le texte entier de l'avis de vacance."
        ),
        "recruitment.error.unreadableNotice": (
            "Chancery found neither a title nor a vacancy number in this text: is it a vacancy notice? Nothing was kept.",
            "Chancery n'a trouvé ni intitulé ni numéro d'avis dans ce texte : s'agit-il d'un avis de vacance ? Rien n'a été conservé."
        ),
        "recruitment.error.notText": (
            "The notice is not text in UTF-8: paste it again as plain text.",
            "L'avis n'est pas du texte en UTF-8 : collez-le à nouveau en texte brut."
        ),
        "recruitment.error.notPlainText": (
            "Send the notice as plain text (Content-Type: text/plain).",
            "Envoyez l'avis en texte brut (Content-Type: text/plain)."
        ),
        "recruitment.error.transition": (
            "A vacancy that is {from} cannot become {to}.",
            "Un avis à l'état « {from} » ne peut pas passer à l'état « {to} »."
        ),
        "recruitment.error.incomplete": (
            "The vacancy cannot be published yet ({count} thing(s) missing): complete it first.",
            "L'avis ne peut pas encore être publié ({count} élément(s) manquant(s)) : complétez-le d'abord."
        ),
        "recruitment.publish.reason.deadline": (
            "The vacancy has no deadline for applications.", "L'avis n'a pas de date limite de candidature."
        ),
        "recruitment.publish.reason.passed": (
            "The deadline for applications has already passed.", "La date limite de candidature est déjà passée."
        ),
        "recruitment.error.notDraft": (
            "Only a draft can be changed; this vacancy is {state}.",
            "Seul un brouillon peut être modifié ; cet avis est à l'état « {state} »."
        ),
        "recruitment.reason.deadline": (
            "give a day (2027-01-18, until 23:59 Brussels time) or a date and time in RFC 3339.",
            "indiquez un jour (2027-01-18, jusqu'à 23 h 59, heure de Bruxelles) ou une date et une heure en RFC 3339."
        ),
        "recruitment.reason.clearance": (
            "give a classification, such as NATO SECRET.", "indiquez une classification, par exemple NATO SECRET."
        ),
        "recruitment.reason.qualifications": (
            "give at most 30 qualifications, one per line, each of at most 1,000 characters.",
            "indiquez au plus 30 qualifications, une par ligne, chacune d’au plus 1\u{202F}000 caractères."
        ),
        "recruitment.reason.posts": (
            "give a number of posts from 1 to 999.", "indiquez un nombre de postes de 1 à 999."
        ),
        "recruitment.edit": ("Complete the draft", "Compléter le brouillon"),
        "recruitment.editHelp": (
            "The deadline is a day: applications are taken until 23:59 Brussels time that day.",
            "La date limite est un jour : les candidatures sont reçues jusqu'à 23 h 59, heure de Bruxelles, ce jour-là."
        ),
        "recruitment.save": ("Save the draft", "Enregistrer le brouillon"),
        "recruitment.noClearance": ("none stated", "non précisée"),
        "recruitment.done.saved": ("The draft is saved.", "Le brouillon est enregistré."),
        "recruitment.reason.state": (
            "use draft, published, closed, cancelled or filled.",
            "utilisez draft, published, closed, cancelled ou filled."
        ),
        // menu
        "recruitment.menu.vacancies": ("Vacancies", "Avis de vacance"),
        "recruitment.menu.import": ("Import a notice", "Importer un avis"),
        "recruitment.menu.public": ("Public vacancies", "Postes publiés"),
    ]
}
