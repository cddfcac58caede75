import ChanceryKit
import ChancerySpine

/// The refusals of the panel's work, each a sentence in the localisation table; none of them changes anything.
package enum PanelError {
    /// Every field to correct, at once.
    package static func invalid(_ items: [AppError.Item]) -> AppError {
        var error = AppError(
            .badRequest, type: "invalid-panel", key: "recruitment.panel.error.invalid", ["count": String(items.count)],
            field: items.count == 1 ? items[0].field : nil)
        error.errors = items
        return error
    }

    /// The reader does not sit on the panel, or not in the seat the action needs.
    package static let notYourSeat = AppError(
        .forbidden, type: "panel-seat-required", key: "recruitment.panel.error.seat")

    /// A declaration is signed once.
    package static let alreadyDeclared = AppError(
        .conflict, type: "already-declared", key: "recruitment.panel.error.declared")

    /// A member scores only after declaring no conflict.
    package static let declarationFirst = AppError(
        .forbidden, type: "declaration-required", key: "recruitment.panel.error.declarationFirst")

    /// The ranking and the report wait until every member has declared and scored every candidate.
    package static let scoringIncomplete = AppError(
        .conflict, type: "scoring-incomplete", key: "recruitment.panel.error.incomplete")

    /// After the chair's sign-off nothing of the panel changes.
    package static let reportSigned = AppError(
        .conflict, type: "report-signed", key: "recruitment.panel.error.signed")

    /// The chair signs a drafted report only.
    package static let reportNotDrafted = AppError(
        .conflict, type: "report-not-drafted", key: "recruitment.panel.error.notDrafted")

    package static let strings: [String: (en: String, fr: String)] = [
        "recruitment.panel.error.invalid": (
            "The panel's form has {count} field(s) to correct: nothing was changed.",
            "Le formulaire du jury comporte {count} champ(s) à corriger : rien n’a été modifié."
        ),
        "recruitment.panel.error.seat": (
            "You do not sit on this panel in the seat this needs: nothing was changed.",
            "Vous ne siégez pas dans ce jury à la place requise : rien n’a été modifié."
        ),
        "recruitment.panel.error.declared": (
            "Your conflict-of-interest declaration for this panel is already signed.",
            "Votre déclaration de conflit d’intérêts pour ce jury est déjà signée."
        ),
        "recruitment.panel.error.declarationFirst": (
            "Sign your conflict-of-interest declaration (no conflict) before scoring candidates.",
            "Signez votre déclaration de conflit d’intérêts (absence de conflit) avant de noter des candidats."
        ),
        "recruitment.panel.error.incomplete": (
            "Not every member has declared and scored every candidate yet.",
            "Tous les membres n’ont pas encore signé leur déclaration et noté chaque candidat."
        ),
        "recruitment.panel.error.signed": (
            "The panel's report is signed: nothing of the panel may change any more.",
            "Le rapport du jury est signé : plus rien du jury ne peut être modifié."
        ),
        "recruitment.panel.error.notDrafted": (
            "The secretary has not drafted the report yet.",
            "Le secrétaire n’a pas encore rédigé le rapport."
        ),
        "recruitment.panel.required": ("This field is required.", "Ce champ est obligatoire."),
        "recruitment.panel.tooLong": ("At most {max} characters.", "Au plus {max} caractères."),
        "recruitment.panel.videoLink": (
            "A video link is an https:// address without spaces.",
            "Un lien vidéo est une adresse https:// sans espace."
        ),
        "recruitment.panel.date": ("A date is written YYYY-MM-DD.", "Une date s’écrit AAAA-MM-JJ."),
        "recruitment.panel.time": (
            "A time is written HH:MM (Brussels time).", "Une heure s’écrit HH:MM (heure de Bruxelles)."
        ),
        "recruitment.panel.endBeforeStart": (
            "The end comes after the start.", "La fin vient après le début."
        ),
        "recruitment.panel.competency": (
            "Each competency is one of the panel's, once.", "Chaque compétence est l’une de celles du jury, une fois."
        ),
        "recruitment.panel.score": ("A score is a whole number from 1 to 5.", "Une note est un entier de 1 à 5."),
        "recruitment.panel.member": (
            "Each member is a person holding the panel role, once.",
            "Chaque membre est une personne ayant le rôle de membre de jury, une fois."
        ),
        "recruitment.panel.role": (
            "A seat is chair, hr-representative, technical-member or secretary.",
            "Une place est chair, hr-representative, technical-member ou secretary."
        ),
        "recruitment.panel.seats": (
            "A panel has one chair and one secretary, and at most 12 members.",
            "Un jury compte un président et un secrétaire, et au plus 12 membres."
        ),
        "recruitment.panel.candidate": (
            "Each candidate is an application to this vacancy, once.",
            "Chaque candidat est une candidature à cet avis de vacance, une fois."
        ),
        "recruitment.panel.notShortListed": (
            "{reference} is not on the short list (its stage: {stage}): only short-listed candidates are interviewed.",
            "{reference} n’est pas sur la liste restreinte (étape : {stage}) : seuls les candidats de la liste restreinte sont reçus en entretien."
        ),
        "recruitment.panel.competencies": (
            "Between 1 and 12 competencies of at most 200 characters.",
            "Entre 1 et 12 compétences d’au plus 200 caractères."
        ),
        "recruitment.panel.declaration": (
            "Choose no-conflict or conflict-declared.", "Choisissez no-conflict ou conflict-declared."
        ),
        "recruitment.panel.conflictNote": (
            "Say what the conflict is.", "Indiquez en quoi consiste le conflit."
        ),
    ]
}
