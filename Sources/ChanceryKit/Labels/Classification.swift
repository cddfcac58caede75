/// A NATO security classification, ordered from the least to the most protected.
///
/// The raw value is the integer stored in the `objects.classification` column, so that the
/// clearance check is an integer comparison inside SQL. Never renumber a case.
public enum Classification: Int, CaseIterable, Comparable, Sendable, Codable {
    case natoUnclassified = 0
    case natoRestricted = 1
    case natoConfidential = 2
    case natoSecret = 3
    case cosmicTopSecret = 4

    /// The full marking, e.g. "NATO SECRET".
    public var marking: String {
        switch self {
        case .natoUnclassified: "NATO UNCLASSIFIED"
        case .natoRestricted: "NATO RESTRICTED"
        case .natoConfidential: "NATO CONFIDENTIAL"
        case .natoSecret: "NATO SECRET"
        case .cosmicTopSecret: "COSMIC TOP SECRET"
        }
    }

    /// The abbreviation used in registers and on the command line, e.g. "NS".
    public var abbreviation: String {
        switch self {
        case .natoUnclassified: "NU"
        case .natoRestricted: "NR"
        case .natoConfidential: "NC"
        case .natoSecret: "NS"
        case .cosmicTopSecret: "CTS"
        }
    }

    /// The classification value of the NATO policy in the ADatP-4774 syntax, e.g. "SECRET".
    public var policyValue: String {
        switch self {
        case .natoUnclassified: "UNCLASSIFIED"
        case .natoRestricted: "RESTRICTED"
        case .natoConfidential: "CONFIDENTIAL"
        case .natoSecret: "SECRET"
        case .cosmicTopSecret: "COSMIC TOP SECRET"
        }
    }

    /// Reads a marking (in English or in French) or an abbreviation, ignoring case and surrounding spaces.
    public init(parsing text: String) throws(LabelError) {
        let wanted = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard
            let match = Self.allCases.first(where: {
                $0.marking == wanted || $0.abbreviation == wanted || $0.marking(in: .french) == wanted
            })
        else {
            throw .unknownClassification(text)
        }
        self = match
    }

    /// Reads the classification value of the NATO policy in ADatP-4774 XML.
    init(policyValue: String) throws(LabelError) {
        let wanted = policyValue.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        guard let match = Self.allCases.first(where: { $0.policyValue == wanted }) else {
            throw .unknownClassification(policyValue)
        }
        self = match
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Classification: CustomStringConvertible {
    public var description: String { marking }
}
