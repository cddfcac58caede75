import ChancerySpine

/// The words of screening, English and French side by side: its pages, its refusals, its stages and marks, its task
/// in My work.
package enum ScreeningStrings {
    /// What the screening pages read as `{{t.name}}`, beside the office's own labels.
    package static func labels(_ t: Localizer) -> [String: String] {
        let keys = [
            "screening", "stage", "anyStage", "filter", "noApplications", "select",
            "reference", "candidate", "nationality", "submitted", "marks", "met", "notMet", "toCheck", "notMarked",
            "bulkHeading", "bulkHelp", "moveTo", "reason", "reasonHelp", "apply", "screen", "criteria",
            "criterion", "mark", "note", "saveMarks", "stageHeading", "move", "noCriteria", "application",
            "vacancy", "internal", "currentStage", "stageReason", "backToList", "noMoves",
        ]
        return Dictionary(uniqueKeysWithValues: keys.map { ($0, t("recruitment.screening.\($0)")) })
    }

    package static let table: [String: (en: String, fr: String)] = [
        "work.recruitment.screening": ("Applications to screen", "Candidatures à examiner"),
        "recruitment.screening.screening": ("Screening", "Présélection"),
        "recruitment.screening.screeningOf": ("Screening: {title}", "Présélection : {title}"),
        "recruitment.screening.stage": ("Stage", "Étape"),
        "recruitment.screening.anyStage": ("Any stage", "Toutes les étapes"),
        "recruitment.screening.filter": ("Filter", "Filtrer"),
        "recruitment.screening.noApplications": (
            "No application at this stage.", "Aucune candidature à cette étape."
        ),
        "recruitment.screening.select": ("Select", "Sélectionner"),
        "recruitment.screening.selectAll": ("Select {reference}", "Sélectionner {reference}"),
        "recruitment.screening.reference": ("Reference", "Référence"),
        "recruitment.screening.candidate": ("Candidate", "Candidat(e)"),
        "recruitment.screening.nationality": ("Nationality", "Nationalité"),
        "recruitment.screening.submitted": ("Submitted", "Reçue le"),
        "recruitment.screening.marks": ("Essential criteria", "Critères essentiels"),
        "recruitment.screening.met": ("met", "rempli"),
        "recruitment.screening.notMet": ("not met", "non rempli"),
        "recruitment.screening.toCheck": ("to check", "à vérifier"),
        "recruitment.screening.notMarked": ("not marked", "non évalué"),
        "recruitment.screening.marksSummary": (
            "{met} met, {notMet} not met, {toCheck} to check",
            "{met} rempli(s), {notMet} non rempli(s), {toCheck} à vérifier"
        ),
        "recruitment.screening.bulkHeading": (
            "Move the selected applications", "Déplacer les candidatures sélectionnées"
        ),
        "recruitment.screening.bulkHelp": (
            "Every selected application is moved, or none is if one of them cannot be.",
            "Toutes les candidatures sélectionnées sont déplacées, ou aucune si l’une d’elles ne peut l’être."
        ),
        "recruitment.screening.moveTo": ("Move to", "Déplacer vers"),
        "recruitment.screening.reason": ("Reason", "Motif"),
        "recruitment.screening.reasonHelp": (
            "Required for a rejection; kept with the application.",
            "Obligatoire pour un rejet ; conservé avec la candidature."
        ),
        "recruitment.screening.apply": ("Move", "Déplacer"),
        "recruitment.screening.screen": ("Screen", "Examiner"),
        "recruitment.screening.criteria": ("Essential criteria", "Critères essentiels"),
        "recruitment.screening.criterion": ("Criterion {number}", "Critère {number}"),
        "recruitment.screening.mark": ("Mark", "Évaluation"),
        "recruitment.screening.note": ("Note", "Remarque"),
        "recruitment.screening.saveMarks": ("Save the marks", "Enregistrer les évaluations"),
        "recruitment.screening.stageHeading": ("Stage", "Étape"),
        "recruitment.screening.move": ("Move", "Déplacer"),
        "recruitment.screening.noCriteria": (
            "The vacancy lists no essential qualification to mark against.",
            "L’avis de vacance ne mentionne aucune qualification essentielle à évaluer."
        ),
        "recruitment.screening.application": ("Application", "Candidature"),
        "recruitment.screening.vacancy": ("Vacancy", "Avis de vacance"),
        "recruitment.screening.internal": ("internal candidate", "candidat(e) interne"),
        "recruitment.screening.currentStage": ("Current stage", "Étape actuelle"),
        "recruitment.screening.stageReason": ("Reason given", "Motif donné"),
        "recruitment.screening.backToList": ("Back to the screening list", "Retour à la liste de présélection"),
        "recruitment.screening.noMoves": (
            "No move is possible from this stage.", "Aucun déplacement n’est possible depuis cette étape."
        ),
        "recruitment.screening.done.marked": ("The marks are saved.", "Les évaluations sont enregistrées."),
        "recruitment.screening.done.moved": ("The application is moved.", "La candidature est déplacée."),
        "recruitment.screening.done.bulk": ("{count} application(s) moved.", "{count} candidature(s) déplacée(s)."),
        "recruitment.stage.applied": ("Applied", "Reçue"),
        "recruitment.stage.eligible": ("Eligible", "Recevable"),
        "recruitment.stage.rejected": ("Rejected", "Rejetée"),
        "recruitment.stage.long-list": ("Long list", "Liste longue"),
        "recruitment.stage.short-list": ("Short list", "Liste restreinte"),
        "recruitment.mark.met": ("Met", "Rempli"),
        "recruitment.mark.not-met": ("Not met", "Non rempli"),
        "recruitment.mark.to-check": ("To check", "À vérifier"),
        "recruitment.screening.error.criterion": (
            "The vacancy has no criterion {criterion} (it lists {count} essential qualification(s)): no mark was saved.",
            "L’avis de vacance n’a pas de critère {criterion} (il mentionne {count} qualification(s) essentielle(s)) : aucune évaluation n’a été enregistrée."
        ),
        "recruitment.screening.error.repeated": (
            "Criterion {criterion} is marked twice: give each criterion one mark. No mark was saved.",
            "Le critère {criterion} est évalué deux fois : donnez une seule évaluation par critère. Aucune évaluation n’a été enregistrée."
        ),
        "recruitment.screening.error.reason": (
            "A rejection must give its reason: nothing was moved.",
            "Un rejet doit indiquer son motif : rien n’a été déplacé."
        ),
        "recruitment.screening.error.move": (
            "Application {reference} is at the stage “{from}” and cannot be moved to “{to}”: nothing was moved.",
            "La candidature {reference} est à l’étape « {from} » et ne peut pas être déplacée vers « {to} » : rien n’a été déplacé."
        ),
        "recruitment.screening.error.other": (
            "Application {id} is not an application to this vacancy: nothing was moved.",
            "La candidature {id} n’est pas une candidature à cet avis de vacance : rien n’a été déplacé."
        ),
        "recruitment.screening.error.selection": (
            "Select at least one application, and at most {max}: nothing was moved.",
            "Sélectionnez au moins une candidature, et au plus {max} : rien n’a été déplacé."
        ),
        "recruitment.screening.error.tooLong": ("At most {max} characters.", "Au plus {max} caractères."),
        "recruitment.screening.error.noteWithoutMark": (
            "A note needs a mark: choose met, not met or to check.",
            "Une remarque demande une évaluation : choisissez rempli, non rempli ou à vérifier."
        ),
        "recruitment.screening.reason.stage": (
            "a stage is applied, eligible, rejected, long-list or short-list",
            "une étape est applied, eligible, rejected, long-list ou short-list"
        ),
        "recruitment.screening.reason.mark": (
            "a mark is met, not-met or to-check", "une évaluation est met, not-met ou to-check"
        ),
    ]
}
