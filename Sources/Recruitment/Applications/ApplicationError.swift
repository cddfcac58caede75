import ChanceryKit
import ChancerySpine

/// The refusals of an application, each a sentence in the localisation table; none of them stores anything.
package enum ApplicationError {
    /// After 23:59:59 Brussels time on the deadline date (the vacancy's stored deadline instant).
    package static func deadlinePassed(_ deadline: String) -> AppError {
        AppError(
            .conflict, type: "deadline-passed", key: "recruitment.application.error.deadline", ["deadline": deadline])
    }

    /// A nationality outside the NATO member states, for a vacancy open to their nationals only.
    package static func notEligible(_ nationality: String) -> AppError {
        AppError(
            .unprocessableContent, type: "not-eligible-nationality", key: "recruitment.application.error.nationality",
            ["nationality": nationality], field: "nationality")
    }

    /// A second application by the same person (same email, or same name and date of birth) to the same vacancy.
    package static let duplicate = AppError(
        .conflict, type: "duplicate-application", key: "recruitment.application.error.duplicate")

    /// Every field to correct, at once.
    package static func invalid(_ items: [AppError.Item]) -> AppError {
        var error = AppError(
            .badRequest, type: "invalid-application", key: "recruitment.application.error.invalid",
            ["count": String(items.count)], field: items.count == 1 ? items[0].field : nil)
        error.errors = items
        return error
    }

    /// Too many applications from one address in a minute.
    package static func tooMany(retryAfter seconds: Int) -> AppError {
        var error = AppError(
            .tooManyRequests, type: "too-many-applications", key: "recruitment.application.error.tooMany",
            ["seconds": String(seconds)])
        error.retryAfter = seconds
        return error
    }

    /// A reference, secret or window that does not let the caller attach a document: one answer for all of them.
    package static let noSuchReference = AppError(
        .notFound, type: "application-not-found", key: "recruitment.application.error.noSuchReference")

    /// The CV or the letter was already given.
    package static func documentGiven(_ kind: String) -> AppError {
        AppError(
            .conflict, type: "document-already-given", key: "recruitment.application.error.documentGiven",
            localizing: ["document": "recruitment.document.\(kind)"])
    }

    /// Two applications that cannot be merged: the same one, or applications to different vacancies.
    package static let notMergeable = AppError(
        .conflict, type: "not-mergeable", key: "recruitment.application.error.notMergeable")

    /// One of the two was already merged.
    package static let alreadyMerged = AppError(
        .conflict, type: "already-merged", key: "recruitment.application.error.alreadyMerged")

    package static let strings: [String: (en: String, fr: String)] = [
        "recruitment.application.error.deadline": (
            "The deadline for applications to this vacancy has passed ({deadline}, Brussels time): no application was recorded.",
            "La date limite de candidature à cet avis de vacance est dépassée ({deadline}, heure de Bruxelles) : aucune candidature n’a été enregistrée."
        ),
        "recruitment.application.error.nationality": (
            "This vacancy is open only to nationals of NATO member states, and {nationality} is not one of them: no application was recorded.",
            "Cet avis de vacance est ouvert aux seuls ressortissants des États membres de l’OTAN, dont {nationality} ne fait pas partie : aucune candidature n’a été enregistrée."
        ),
        "recruitment.application.error.duplicate": (
            "An application to this vacancy has already been received from this person (the same email address, or the same name and date of birth): no second application was recorded.",
            "Une candidature à cet avis de vacance a déjà été reçue de cette personne (même adresse électronique, ou mêmes nom et date de naissance) : aucune seconde candidature n’a été enregistrée."
        ),
        "recruitment.application.error.invalid": (
            "The application has {count} field(s) to correct: nothing was recorded.",
            "La candidature comporte {count} champ(s) à corriger : rien n’a été enregistré."
        ),
        "recruitment.application.error.tooMany": (
            "Too many applications have come from this address in the last minute; please try again in {seconds} seconds.",
            "Trop de candidatures sont venues de cette adresse au cours de la dernière minute ; veuillez réessayer dans {seconds} secondes."
        ),
        "recruitment.application.error.noSuchReference": (
            "No application with this reference accepts documents with this token (documents are accepted for 30 minutes after applying).",
            "Aucune candidature portant cette référence n’accepte de documents avec ce jeton (les documents sont acceptés pendant 30 minutes après la candidature)."
        ),
        "recruitment.application.error.documentGiven": (
            "The {document} of this application has already been received.",
            "Le document « {document} » de cette candidature a déjà été reçu."
        ),
        "recruitment.application.error.notMergeable": (
            "Only two different applications to the same vacancy can be merged.",
            "Seules deux candidatures différentes au même avis de vacance peuvent être fusionnées."
        ),
        "recruitment.application.error.alreadyMerged": (
            "One of these applications has already been merged into another.",
            "L’une de ces candidatures a déjà été fusionnée avec une autre."
        ),
        "recruitment.application.documentType": (
            "A CV or a motivation letter is a PDF, DOCX or ODT file ({type} was given).",
            "Un CV ou une lettre de motivation est un fichier PDF, DOCX ou ODT ({type} a été fourni)."
        ),
        "recruitment.document.cv": ("CV", "curriculum vitæ"),
        "recruitment.document.letter": ("motivation letter", "lettre de motivation"),
        "recruitment.application.staffNumber": (
            "An internal candidate gives their staff number.",
            "Un candidat interne indique son numéro de matricule."
        ),
        "recruitment.application.entries": ("At most {max} entries.", "Au plus {max} entrées."),
        "recruitment.application.isced": (
            "The ISCED level is a number from 0 to 8.",
            "Le niveau CITE est un nombre de 0 à 8."
        ),
        "recruitment.application.entryText": (
            "Required, at most {max} characters.",
            "Obligatoire, au plus {max} caractères."
        ),
        "recruitment.application.year": (
            "A year between 1940 and {year}.",
            "Une année entre 1940 et {year}."
        ),
        "recruitment.application.month": (
            "A month written YYYY-MM, not in the future.",
            "Un mois écrit AAAA-MM, pas dans le futur."
        ),
        "recruitment.application.monthTo": (
            "A month written YYYY-MM, not before the start nor in the future (empty for the current post).",
            "Un mois écrit AAAA-MM, ni avant le début ni dans le futur (vide pour le poste actuel)."
        ),
        "recruitment.application.required": ("This field is required.", "Ce champ est obligatoire."),
        "recruitment.application.tooLong": ("At most {max} characters.", "Au plus {max} caractères."),
        "recruitment.application.email": (
            "This is not an email address (name@example.org).",
            "Ce n’est pas une adresse électronique (nom@exemple.org)."
        ),
        "recruitment.application.dateOfBirth": (
            "A date of birth is written YYYY-MM-DD and lies in the past.",
            "Une date de naissance s’écrit AAAA-MM-JJ et se situe dans le passé."
        ),
        "recruitment.application.nationality": (
            "A nationality is an ISO 3166 alpha-3 code in capitals, such as BEL.",
            "Une nationalité est un code ISO 3166 alpha-3 en majuscules, comme BEL."
        ),
        "recruitment.application.languages": (
            "Each language is an ISO 639-1 code in lower case (en, fr) with an optional level of at most 100 characters; at most 10 languages.",
            "Chaque langue est un code ISO 639-1 en minuscules (en, fr) avec un niveau facultatif d’au plus 100 caractères ; au plus 10 langues."
        ),
        "recruitment.application.gender": (
            "Gender is one of female, male, other or undisclosed (or left out).",
            "Le genre est female, male, other ou undisclosed (ou n’est pas donné)."
        ),
        "recruitment.application.source": (
            "How you learnt of the vacancy is one of headquarters-website, national-authority, job-board, social-media, colleague, other or undisclosed (or left out).",
            "La manière dont vous avez appris la vacance est headquarters-website, national-authority, job-board, social-media, colleague, other ou undisclosed (ou n’est pas donnée)."
        ),
    ]
}
