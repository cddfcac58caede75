/// The language a marking is written in for a reader.
///
/// NATO's security policy gives every classification an equivalent in each of its two official languages. Pages
/// and prints use the reader's language; whatever a machine reads (the API's JSON, the `X-Classification` header,
/// ADatP-4774 XML, FHIR, exports meant for other systems) keeps the English marking so that systems compare
/// labels exactly. docs/security-model.md states the policy.
public enum MarkingLanguage: Sendable {
    case english
    case french
}

extension Classification {
    /// The marking in the reader's language: "NATO SECRET", or in French "NATO SECRET" too, "NATO CONFIDENTIEL",
    /// "NATO DIFFUSION RESTREINTE", "NATO SANS CLASSIFICATION" and "COSMIC TRÈS SECRET" (the policy keeps the
    /// words NATO and COSMIC in both languages).
    public func marking(in language: MarkingLanguage) -> String {
        guard language == .french else { return marking }
        return switch self {
        case .natoUnclassified: "NATO SANS CLASSIFICATION"
        case .natoRestricted: "NATO DIFFUSION RESTREINTE"
        case .natoConfidential: "NATO CONFIDENTIEL"
        case .natoSecret: "NATO SECRET"
        case .cosmicTopSecret: "COSMIC TRÈS SECRET"
        }
    }
}

extension CategoryCatalog {
    /// The standard special categories in French; a category an installation adds keeps the name it was given.
    static let frenchNames = [
        "MEDICAL": "MÉDICAL", "STAFF": "PERSONNEL", "LEGAL": "JURIDIQUE", "RECRUITMENT": "RECRUTEMENT",
        "INTEL": "RENSEIGNEMENT",
    ]

    /// A special category's name in the reader's language (labels and stored data always use the English name).
    public static func name(of category: String, in language: MarkingLanguage) -> String {
        language == .french ? frenchNames[category] ?? category : category
    }
}

extension SecurityLabel {

    /// The banner in the reader's language, e.g. "NATO CONFIDENTIEL // MÉDICAL // COMMUNICABLE À BEL, FRA".
    /// Nation codes and informative markings are the same in both languages.
    public func banner(in language: MarkingLanguage) -> String {
        guard language == .french else { return banner }
        var parts = [classification.marking(in: .french)]
        if !categories.isEmpty {
            parts.append(categories.sorted().map { CategoryCatalog.name(of: $0, in: .french) }.joined(separator: ", "))
        }
        if case .listed(let codes) = releasability {
            parts.append(
                codes.isEmpty ? "NON COMMUNICABLE" : "COMMUNICABLE À " + codes.sorted().joined(separator: ", "))
        }
        parts.append(contentsOf: informative)
        return parts.joined(separator: " // ")
    }
}
