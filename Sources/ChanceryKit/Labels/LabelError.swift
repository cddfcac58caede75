/// Why a security label, or one of its parts, was refused.
///
/// Each case carries what the user typed, so that the message can say exactly what is wrong.
public enum LabelError: Error, Equatable, Sendable {
    case unknownClassification(String)
    case missingClassification
    case emptyReleasability
    case unknownReleasabilityCode(String)
    case natoMixedWithList
    case unknownCategory(String)
    case invalidInformativeMarking(String)
    case tooManyCategories
    case sharedCategoryBit
    case tooManyInformativeMarkings
    case malformedXML(XMLLabelProblem)
    case unsupportedPolicy(String)
    case emptySet
}

extension LabelError: CustomStringConvertible {
    /// A sentence a clerk can act on.
    public var description: String {
        switch self {
        case .unknownClassification(let text):
            "\"\(text)\" is not a classification: use NATO UNCLASSIFIED, NATO RESTRICTED, NATO CONFIDENTIAL, "
                + "NATO SECRET or COSMIC TOP SECRET (or NU, NR, NC, NS, CTS)."
        case .missingClassification:
            "The label has no classification."
        case .emptyReleasability:
            "The label must say to whom it is releasable: [\"NATO\"] or a list of member nations."
        case .unknownReleasabilityCode(let code):
            "\"\(code)\" is neither a NATO member nation (ISO 3166 alpha-3, e.g. BEL) nor a known organisation."
        case .natoMixedWithList:
            "\"NATO\" already means every member nation: do not list nations beside it."
        case .unknownCategory(let name):
            "\"\(name)\" is not a special category known to this installation."
        case .invalidInformativeMarking(let text):
            "The informative marking \"\(text)\" must be 1 to 64 printable characters."
        case .tooManyInformativeMarkings:
            "A label may carry at most 8 informative markings."
        case .sharedCategoryBit:
            "Two special categories share one bit: the stored categories were altered outside Chancery."
        case .tooManyCategories:
            "An installation may define at most 62 special categories."
        case .malformedXML(let reason):
            "The confidentiality label XML is malformed: \(reason)."
        case .unsupportedPolicy(let policy):
            "The policy \"\(policy)\" is not supported: only the NATO policy is."
        case .emptySet:
            "A dominant label needs at least one label."
        }
    }
}

/// What is wrong with an ADatP-4774 document, as a closed set so that every reason can be translated.
public enum XMLLabelProblem: Equatable, Sendable, CustomStringConvertible {
    case notWellFormed(line: Int)
    case wrongRoot(String)
    case wrongNamespace
    case categoryWithoutAttributes
    case valueOutsideCategory
    case policyMissing
    case categoryNotUnderstood(tag: String, type: String)

    public var description: String {
        switch self {
        case .notWellFormed(let line): "the document is not well-formed XML (line \(line))"
        case .wrongRoot(let name): "the root element must be ConfidentialityLabel, not \(name)"
        case .wrongNamespace: "the root element is not in the STANAG 4774 namespace"
        case .categoryWithoutAttributes: "a Category needs the TagName and Type attributes"
        case .valueOutsideCategory: "a GenericValue must be inside a Category"
        case .policyMissing: "the PolicyIdentifier element is missing"
        case .categoryNotUnderstood(let tag, let type): "the category \"\(tag)\" of type \(type) is not understood"
        }
    }
}
