import ChanceryKit

/// Search's user-facing text, English and French side by side (merged into `Strings.table`).
package enum SearchStrings {
    package static let table: [String: (en: String, fr: String)] = [
        // Refused queries: each says what is wrong and how to write it instead.
        "search.error.empty": (
            "Type at least one word or one filter to search.",
            "Saisissez au moins un mot ou un filtre pour rechercher."
        ),
        "search.error.tooLong": (
            "The search is too long: at most {max} characters.",
            "La recherche est trop longue : {max} caractères au plus."
        ),
        "search.error.tooManyTerms": (
            "The search has too many words: at most {max}.",
            "La recherche compte trop de mots : {max} au plus."
        ),
        "search.error.unclosedQuote": (
            "The quotation mark at position {position} is not closed: end the phrase with another \".",
            "Le guillemet en position {position} n'est pas fermé : terminez l'expression par un autre \"."
        ),
        "search.error.emptyPhrase": (
            "The quotation marks at position {position} hold no word.",
            "Les guillemets en position {position} ne contiennent aucun mot."
        ),
        "search.error.danglingOperator": (
            "{operator} must stand between two words, as in: meeting {operator} réunion.",
            "{operator} doit se trouver entre deux mots, comme dans : meeting {operator} réunion."
        ),
        "search.error.danglingNot": (
            "NOT must be followed by the word to exclude, as in: NOT draft.",
            "NOT doit être suivi du mot à exclure, comme dans : NOT draft."
        ),
        "search.error.danglingMinus": (
            "The minus sign at position {position} must be followed by the word to exclude, as in -draft.",
            "Le signe moins en position {position} doit être suivi du mot à exclure, comme dans -brouillon."
        ),
        "search.error.excludedAlternative": (
            "An excluded word cannot be one side of OR.",
            "Un mot exclu ne peut pas être l'un des termes d'un OR."
        ),
        "search.error.onlyExclusions": (
            "The search only excludes words: add a word to look for.",
            "La recherche ne fait qu'exclure des mots : ajoutez un mot à chercher."
        ),
        "search.error.unknownFilter": (
            "\"{name}:\" is not a filter. The filters are ref:, class:, series:, office:, type:, from:, to:, meta.<key>: and filename:.",
            "« {name}: » n'est pas un filtre. Les filtres sont ref:, class:, series:, office:, type:, from:, to:, meta.<clé>: et filename:."
        ),
        "search.error.emptyFilter": (
            "The filter {name}: needs a value, as in {name}:{example}.",
            "Le filtre {name}: attend une valeur, comme dans {name}:{example}."
        ),
        "search.error.repeatedFilter": (
            "The filter {name}: appears twice; give it once.",
            "Le filtre {name}: apparaît deux fois ; ne le donnez qu'une fois."
        ),
        "search.error.invalidDate": (
            "\"{value}\" is not a date for {name}: write a day 2026-03-31, a month 2026-03 or a year 2026.",
            "« {value} » n'est pas une date pour {name}: écrivez un jour 2026-03-31, un mois 2026-03 ou une année 2026."
        ),
        "search.error.reversedDates": (
            "The date of from: is after the date of to:.",
            "La date de from: est postérieure à celle de to:."
        ),
        "search.error.invalidClassification": (
            "\"{value}\" is not a classification for class:; use NU, NR, NC, NS or CTS.",
            "« {value} » n'est pas une classification pour class: ; utilisez NU, NR, NC, NS ou CTS."
        ),
        "search.error.invalidOffice": (
            "\"{value}\" is not an office for office:; use registry, health, hr, recruitment or intelligence.",
            "« {value} » n'est pas un bureau pour office: ; utilisez registry, health, hr, recruitment ou intelligence."
        ),
        "search.error.invalidFilterValue": (
            "\"{value}\" is not a value for {name}:; use letters, digits and dashes only.",
            "« {value} » n'est pas une valeur pour {name}: ; n'utilisez que des lettres, des chiffres et des tirets."
        ),
        "search.error.reservedCharacter": (
            "The character {character} at position {position} has no meaning in a search: use quotes for a phrase, OR between alternatives, and * only at the end of a word.",
            "Le caractère {character} en position {position} n'a pas de sens dans une recherche : utilisez des guillemets pour une expression, OR entre des variantes, et * seulement en fin de mot."
        ),
        "search.error.invalidMetadataKey": (
            "\"{value}\" is not a metadata key for meta.<key>:; a key has 1 to 60 letters, digits, dots, dashes or underscores, as in meta.case_ref:HR-2026-14.",
            "« {value} » n'est pas une clé de métadonnées pour meta.<clé>: ; une clé compte de 1 à 60 lettres, chiffres, points, tirets ou soulignés, comme dans meta.case_ref:HR-2026-14."
        ),
        "search.error.shortPrefix": (
            "\"{value}\" is too short to search by its beginning: type at least two letters before *.",
            "« {value} » est trop court pour une recherche par début de mot : tapez au moins deux lettres avant *."
        ),
    ]
}

extension AppError {
    /// A refused search query, with the sentence that says how to write it.
    package static func invalidSearch(_ error: SearchQueryError) -> AppError {
        let examples = [
            "ref": "IMSM/2026", "class": "NR", "series": "IMSM", "office": "registry", "type": "minutes",
            "from": "2026-03", "to": "2026-03-31",
        ]
        func example(_ name: String) -> String {
            if name == SearchQuery.filenameFilter { return "minutes*" }
            return name.hasPrefix(SearchQuery.metadataPrefix) ? "HR-2026-14" : examples[name] ?? ""
        }
        let (key, arguments): (String, [String: String]) =
            switch error {
            case .empty: ("search.error.empty", [:])
            case .tooLong(let max): ("search.error.tooLong", ["max": String(max)])
            case .tooManyTerms(let max): ("search.error.tooManyTerms", ["max": String(max)])
            case .unclosedQuote(let position): ("search.error.unclosedQuote", ["position": String(position)])
            case .emptyPhrase(let position): ("search.error.emptyPhrase", ["position": String(position)])
            case .danglingOperator("NOT"): ("search.error.danglingNot", [:])
            case .danglingOperator(let word): ("search.error.danglingOperator", ["operator": word])
            case .danglingMinus(let position): ("search.error.danglingMinus", ["position": String(position)])
            case .excludedAlternative: ("search.error.excludedAlternative", [:])
            case .onlyExclusions: ("search.error.onlyExclusions", [:])
            case .unknownFilter(let name): ("search.error.unknownFilter", ["name": name])
            case .emptyFilter(let name): ("search.error.emptyFilter", ["name": name, "example": example(name)])
            case .repeatedFilter(let name): ("search.error.repeatedFilter", ["name": name])
            case .invalidDate(let name, let value): ("search.error.invalidDate", ["name": name, "value": value])
            case .reversedDates: ("search.error.reversedDates", [:])
            case .invalidClassification(let value): ("search.error.invalidClassification", ["value": value])
            case .invalidOffice(let value): ("search.error.invalidOffice", ["value": value])
            case .invalidFilterValue(let name, let value):
                ("search.error.invalidFilterValue", ["name": name, "value": value])
            case .invalidMetadataKey(let value):
                ("search.error.invalidMetadataKey", ["value": String(value.prefix(60))])
            case .reservedCharacter(let character, let position):
                ("search.error.reservedCharacter", ["character": String(character), "position": String(position)])
            case .shortPrefix(let value): ("search.error.shortPrefix", ["value": value])
            }
        return AppError(.badRequest, type: "invalid-search", key: key, arguments, field: "q")
    }
}
