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
    ]
}
