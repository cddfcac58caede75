import ChancerySpine

/// The panel pages' labels and notices, English and French side by side.
package enum PanelWebStrings {
    /// The label table of the panel pages: each `t.NAME` of their templates.
    package static func labels(_ t: Localizer) -> [String: String] {
        var labels = RecruitmentWebStrings.labels(t)
        for key in keys { labels[key] = t("recruitment.\(key)") }
        return labels
    }

    static let keys = [
        "panels", "panelVacancy", "panelCompose", "panelTitle", "panelReport", "noPanels", "panelMembers",
        "panelUsername", "panelSeat", "panelCandidates", "panelNoApplications", "panelCompetencies",
        "panelComposeSubmit", "panelMember", "panelDeclarationState", "panelDeclaration", "panelDeclarationText",
        "panelDeclarationChoice", "panelNoConflict", "panelConflict", "panelConflictNote", "panelSign",
        "panelConflictRecorded", "panelSchedule", "panelCalendar", "panelWhen", "panelPlace", "panelCandidate",
        "panelVideo", "panelHidden", "panelNoSlots", "panelCandidatesHidden", "panelCompetency", "panelScore",
        "panelNote", "panelSaveScores", "panelRanking", "panelOverall", "panelReportEn", "panelReportFr",
        "panelDraft", "panelSignReport", "panelDate", "panelStart", "panelEnd", "panelVideoLink",
        "panelScheduleSubmit", "panelAddCandidate", "panelAddCandidateSubmit", "panelCompetenciesColumn",
        "panelNoneToAdd", "panelShortListLink",
    ]

    package static let table: [String: (en: String, fr: String)] = [
        "recruitment.menu.panels": ("Selection panels", "Jurys de sélection"),
        "recruitment.panels": ("Selection panels", "Jurys de sélection"),
        "recruitment.panelVacancy": ("Vacancy", "Avis de vacance"),
        "recruitment.panelCompose": ("Compose a panel", "Composer un jury"),
        "recruitment.panelTitle": ("Panel", "Jury"),
        "recruitment.panelReport": ("Report", "Rapport"),
        "recruitment.noPanels": ("No selection panel to show.", "Aucun jury de sélection à afficher."),
        "recruitment.panelMembers": ("Members", "Membres"),
        "recruitment.panelUsername": ("Member (user name)", "Membre (nom d’utilisateur)"),
        "recruitment.panelSeat": ("Seat", "Place"),
        "recruitment.panelCandidates": ("Candidates", "Candidats"),
        "recruitment.panelNoApplications": (
            "No application to this vacancy is on the short list yet: only short-listed candidates are interviewed.",
            "Aucune candidature à cet avis de vacance n’est encore sur la liste restreinte : seuls les candidats de la liste restreinte sont reçus en entretien."
        ),
        "recruitment.panelCompetenciesColumn": ("Average per competency", "Moyenne par compétence"),
        "recruitment.panelAddCandidate": ("Add a short-listed candidate", "Ajouter un candidat de la liste restreinte"),
        "recruitment.panelAddCandidateSubmit": ("Add to the panel", "Ajouter au jury"),
        "recruitment.panelNoneToAdd": (
            "Every short-listed candidate of this vacancy is on the panel.",
            "Tous les candidats de la liste restreinte de cet avis de vacance sont devant le jury."
        ),
        "recruitment.panelShortListLink": (
            "Short-list candidates on the vacancy's screening page",
            "Retenir des candidats sur la page de présélection de l’avis de vacance"
        ),
        "recruitment.panelCompetencies": ("Competencies (one per line)", "Compétences (une par ligne)"),
        "recruitment.panelComposeSubmit": ("Compose the panel", "Composer le jury"),
        "recruitment.panelMember": ("Member", "Membre"),
        "recruitment.panelDeclarationState": ("Declaration", "Déclaration"),
        "recruitment.panelDeclaration": ("Conflict-of-interest declaration", "Déclaration de conflit d’intérêts"),
        "recruitment.panelDeclarationText": (
            "Before seeing any candidate, declare whether you have a personal, family, professional or financial relationship with a candidate of this competition, or any other interest that could affect, or appear to affect, your impartiality. If you declare a conflict, you will not see the candidates.",
            "Avant de voir tout candidat, déclarez si vous avez avec un candidat de ce concours un lien personnel, familial, professionnel ou financier, ou tout autre intérêt qui pourrait nuire, ou sembler nuire, à votre impartialité. Si vous déclarez un conflit, vous ne verrez pas les candidats."
        ),
        "recruitment.panelDeclarationChoice": ("Your declaration", "Votre déclaration"),
        "recruitment.panelNoConflict": ("I have no conflict of interest", "Je n’ai aucun conflit d’intérêts"),
        "recruitment.panelConflict": ("I declare a conflict of interest", "Je déclare un conflit d’intérêts"),
        "recruitment.panelConflictNote": ("Note (required for a conflict)", "Note (obligatoire en cas de conflit)"),
        "recruitment.panelSign": ("Sign the declaration", "Signer la déclaration"),
        "recruitment.panelConflictRecorded": (
            "You declared a conflict of interest: it is recorded, and the candidates stay hidden from you. The chair and the assistant decide what follows.",
            "Vous avez déclaré un conflit d’intérêts : il est enregistré, et les candidats vous restent cachés. Le président et l’assistant décident de la suite."
        ),
        "recruitment.panelSchedule": ("Interview schedule", "Calendrier des entretiens"),
        "recruitment.panelCalendar": ("Calendar (iCalendar)", "Calendrier (iCalendar)"),
        "recruitment.panelWhen": ("When (Brussels time)", "Quand (heure de Bruxelles)"),
        "recruitment.panelPlace": ("Place", "Lieu"),
        "recruitment.panelCandidate": ("Candidate", "Candidat"),
        "recruitment.panelVideo": ("video link", "lien vidéo"),
        "recruitment.panelHidden": ("hidden until your declaration", "caché jusqu’à votre déclaration"),
        "recruitment.panelNoSlots": ("No interview scheduled yet.", "Aucun entretien prévu pour l’instant."),
        "recruitment.panelCandidatesHidden": (
            "The candidates are shown only once you have declared no conflict of interest.",
            "Les candidats ne sont affichés qu’une fois votre absence de conflit d’intérêts déclarée."
        ),
        "recruitment.panelCompetency": ("Competency", "Compétence"),
        "recruitment.panelScore": ("Score (1–5)", "Note (1–5)"),
        "recruitment.panelNote": ("Note", "Commentaire"),
        "recruitment.panelSaveScores": ("Save my scores", "Enregistrer mes notes"),
        "recruitment.panelRanking": ("Consolidated ranking", "Classement consolidé"),
        "recruitment.panelOverall": ("Overall average", "Moyenne générale"),
        "recruitment.panelReportEn": ("Report (English)", "Rapport (anglais)"),
        "recruitment.panelReportFr": ("Report (French)", "Rapport (français)"),
        "recruitment.panelDraft": ("Save the draft report", "Enregistrer le projet de rapport"),
        "recruitment.panelSignReport": ("Sign the report off", "Signer le rapport"),
        "recruitment.panelDate": ("Interview date", "Date de l’entretien"),
        "recruitment.panelStart": ("Start (Brussels time)", "Début (heure de Bruxelles)"),
        "recruitment.panelEnd": ("End", "Fin"),
        "recruitment.panelVideoLink": ("Video link (optional)", "Lien vidéo (facultatif)"),
        "recruitment.panelScheduleSubmit": ("Schedule the interview", "Planifier l’entretien"),
        "recruitment.done.scheduled": ("The interview is scheduled.", "L’entretien est planifié."),
        "recruitment.done.candidateAdded": (
            "The candidate is added to the panel.", "Le candidat est ajouté au jury."
        ),
        "recruitment.panelsTitle": ("Selection panels", "Jurys de sélection"),
        "recruitment.panel.choose": ("— choose —", "— choisir —"),
        "recruitment.panel.report.none": ("Not drafted yet", "Pas encore rédigé"),
        "recruitment.panel.report.drafted": (
            "Drafted by the secretary, awaiting the chair's signature",
            "Rédigé par le secrétaire, en attente de la signature du président"
        ),
        "recruitment.panel.report.signed": ("Signed off by the chair", "Signé par le président"),
        "recruitment.panel.declaration.none": ("not signed yet", "pas encore signée"),
        "recruitment.panel.declaration.no-conflict": ("no conflict", "aucun conflit"),
        "recruitment.panel.declaration.conflict-declared": ("conflict declared", "conflit déclaré"),
        "recruitment.done.declared": ("Your declaration is signed.", "Votre déclaration est signée."),
        "recruitment.done.scored": ("Your scores are saved.", "Vos notes sont enregistrées."),
        "recruitment.done.drafted": ("The draft report is saved.", "Le projet de rapport est enregistré."),
        "recruitment.done.signed": ("The report is signed off.", "Le rapport est signé."),
        "recruitment.done.composed": ("The panel is composed.", "Le jury est composé."),
    ]
}
