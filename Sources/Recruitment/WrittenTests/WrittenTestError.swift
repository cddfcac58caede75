import ChanceryKit
import ChancerySpine

/// The refusals of written tests, each a sentence in the localisation table; none of them changes anything.
package enum WrittenTestError {
    /// Every field of a session (or every application of an invitation) to correct, at once.
    package static func invalid(_ items: [AppError.Item]) -> AppError {
        var error = AppError(
            .badRequest, type: "invalid-written-test", key: "recruitment.test.error.invalid",
            ["count": String(items.count)], field: items.count == 1 ? items[0].field : nil)
        error.errors = items
        return error
    }

    /// Marks outside the paper's bounds, every question at once.
    package static func invalidMarks(_ items: [AppError.Item]) -> AppError {
        var error = AppError(
            .badRequest, type: "invalid-marks", key: "recruitment.test.error.marks", ["count": String(items.count)],
            field: "marks")
        error.errors = items
        return error
    }

    /// Invitations refused as a whole: nobody was invited.
    package static func invitations(_ items: [AppError.Item]) -> AppError {
        var error = AppError(
            .conflict, type: "invitations-refused", key: "recruitment.test.error.invitations",
            ["count": String(items.count)], field: "applications")
        error.errors = items
        return error
    }

    /// A change its state does not allow (an edit after the test was held, marks before it).
    package static func state(_ current: WrittenTest.State, action: String) -> AppError {
        AppError(
            .conflict, type: "written-test-state", key: "recruitment.test.error.\(action)", [:],
            localizing: ["state": "recruitment.test.state.\(current.rawValue)"], field: "state")
    }

    /// A move to a state that does not follow the current one.
    package static func transition(from current: WrittenTest.State, to target: WrittenTest.State) -> AppError {
        AppError(
            .conflict, type: "written-test-state", key: "recruitment.test.error.transition", [:],
            localizing: [
                "from": "recruitment.test.state.\(current.rawValue)", "to": "recruitment.test.state.\(target.rawValue)",
            ],
            field: "state")
    }

    /// Marking closed while scripts are still to mark.
    package static func stillToMark(_ count: Int) -> AppError {
        AppError(
            .conflict, type: "scripts-to-mark", key: "recruitment.test.error.stillToMark", ["count": String(count)],
            field: "state")
    }

    /// Results published before the names were shown beside the codes.
    package static let blind = AppError(
        .conflict, type: "written-test-blind", key: "recruitment.test.error.blind", field: "state")

    /// A second un-blinding.
    package static let alreadyUnblinded = AppError(
        .conflict, type: "written-test-unblinded", key: "recruitment.test.error.alreadyUnblinded")

    package static let strings: [String: (en: String, fr: String)] = [
        "recruitment.test.error.invalid": (
            "The written test has {count} field(s) to correct: nothing was recorded.",
            "L’épreuve écrite comporte {count} champ(s) à corriger : rien n’a été enregistré."
        ),
        "recruitment.test.error.marks": (
            "The marks have {count} problem(s) to correct: no mark was recorded.",
            "Les notes comportent {count} erreur(s) à corriger : aucune note n’a été enregistrée."
        ),
        "recruitment.test.error.invitations": (
            "{count} application(s) cannot be invited: nobody was invited.",
            "{count} candidature(s) ne peuvent pas être invitées : personne n’a été invité."
        ),
        "recruitment.test.error.edit": (
            "This written test is at the stage “{state}”: only a planned test can be changed.",
            "Cette épreuve écrite est à l’étape « {state} » : seule une épreuve planifiée peut être modifiée."
        ),
        "recruitment.test.error.invite": (
            "This written test is at the stage “{state}”: candidates can be invited only while it is planned.",
            "Cette épreuve écrite est à l’étape « {state} » : les candidats ne peuvent être invités que tant qu’elle est planifiée."
        ),
        "recruitment.test.error.mark": (
            "This written test is at the stage “{state}”: scripts can be marked only once it has been held and until marking is closed.",
            "Cette épreuve écrite est à l’étape « {state} » : les copies ne peuvent être notées qu’après l’épreuve et jusqu’à la clôture de la correction."
        ),
        "recruitment.test.error.unblind": (
            "This written test is at the stage “{state}”: names can be shown beside the codes only once marking is complete.",
            "Cette épreuve écrite est à l’étape « {state} » : les noms ne peuvent être affichés à côté des codes qu’une fois la correction terminée."
        ),
        "recruitment.test.error.transition": (
            "A written test at the stage “{from}” cannot move to “{to}”.",
            "Une épreuve écrite à l’étape « {from} » ne peut pas passer à « {to} »."
        ),
        "recruitment.test.error.stillToMark": (
            "{count} script(s) are still to be marked: marking cannot be closed yet.",
            "{count} copie(s) restent à noter : la correction ne peut pas encore être clôturée."
        ),
        "recruitment.test.error.blind": (
            "The results cannot be published while the marking is blind: show the names beside the codes first.",
            "Les résultats ne peuvent pas être publiés tant que la correction est anonyme : affichez d’abord les noms à côté des codes."
        ),
        "recruitment.test.error.alreadyUnblinded": (
            "The names of this written test are already shown beside the codes.",
            "Les noms de cette épreuve écrite sont déjà affichés à côté des codes."
        ),
        "recruitment.test.required": ("This field is required.", "Ce champ est obligatoire."),
        "recruitment.test.tooLong": ("At most {max} characters.", "Au plus {max} caractères."),
        "recruitment.test.startsAt": (
            "A start is a date and time in Brussels, written YYYY-MM-DDTHH:MM (2026-12-10T09:30).",
            "Un début est une date et une heure de Bruxelles, écrites AAAA-MM-JJTHH:MM (2026-12-10T09:30)."
        ),
        "recruitment.test.questions.required": (
            "A written test has at least one question.", "Une épreuve écrite comporte au moins une question."
        ),
        "recruitment.test.questions.tooMany": (
            "At most {max} questions.", "Au plus {max} questions."
        ),
        "recruitment.test.question.invalid": (
            "Question {number} needs a label (at most 200 characters) and a maximum of 1 to {max} marks.",
            "La question {number} demande un intitulé (au plus 200 caractères) et un maximum de 1 à {max} points."
        ),
        "recruitment.test.passMark": (
            "The pass mark is a whole number from 0 to the paper’s total ({max}).",
            "La note de réussite est un nombre entier de 0 au total de l’épreuve ({max})."
        ),
        "recruitment.test.people.tooMany": ("At most {max} people.", "Au plus {max} personnes."),
        "recruitment.test.people.unknown": (
            "No account is named {names}.", "Aucun compte ne s’appelle {names}."
        ),
        "recruitment.test.markers.notMarker": (
            "{names} cannot mark written tests (the role of a written test marker is needed).",
            "{names} ne peut pas corriger d’épreuves écrites (le rôle de correcteur d’épreuves écrites est nécessaire)."
        ),
        "recruitment.test.vacancy.unknown": (
            "There is no such vacancy.", "Cet avis de vacance n’existe pas."
        ),
        "recruitment.test.invite.none": (
            "Choose at least one application to invite.", "Choisissez au moins une candidature à inviter."
        ),
        "recruitment.test.invite.notOfVacancy": (
            "{id} is not an application to this vacancy.", "{id} n’est pas une candidature à cet avis de vacance."
        ),
        "recruitment.test.invite.notShortListed": (
            "{reference} is not on the short list (its stage: {stage}): only short-listed candidates sit the written test.",
            "{reference} n’est pas sur la liste restreinte (étape : {stage}) : seuls les candidats de la liste restreinte passent l’épreuve écrite."
        ),
        "recruitment.test.invite.already": (
            "{reference} is already invited to this written test.",
            "{reference} est déjà invité(e) à cette épreuve écrite."
        ),
        "recruitment.test.invite.tooMany": (
            "A written test takes at most {max} candidates.", "Une épreuve écrite accueille au plus {max} candidats."
        ),
        "recruitment.test.marks.count": (
            "Give one mark for each of the {count} questions.", "Donnez une note pour chacune des {count} questions."
        ),
        "recruitment.test.marks.bound": (
            "Question {number}: a mark is a whole number from 0 to {max}.",
            "Question {number} : une note est un nombre entier de 0 à {max}."
        ),
    ]
}
