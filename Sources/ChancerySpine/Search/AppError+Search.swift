import ChanceryKit

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
