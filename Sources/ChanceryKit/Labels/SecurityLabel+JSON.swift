/// The JSON form of a label used everywhere in the API:
/// `{"classification":"NATO SECRET","releasableTo":["NATO"],"categories":["STAFF"],"informative":[]}`.
public struct SecurityLabelForm: Codable, Hashable, Sendable {
    public var classification: String?
    public var releasableTo: [String]?
    public var categories: [String]?
    public var informative: [String]?

    public init(classification: String?, releasableTo: [String]?, categories: [String]?, informative: [String]?) {
        self.classification = classification
        self.releasableTo = releasableTo
        self.categories = categories
        self.informative = informative
    }

    /// The form of a label, in canonical order.
    public init(_ label: SecurityLabel) {
        self.classification = label.classification.marking
        self.releasableTo = label.releasability.codes
        self.categories = label.categories.sorted()
        self.informative = label.informative
    }

    /// The label as it was stored by Chancery itself. Categories are not checked against the catalogue: a
    /// category created by another node since this one started must not make the object unreadable (it is
    /// still protected, because this node's principals cannot hold a category it does not know).
    public func storedLabel() throws(LabelError) -> SecurityLabel {
        guard let classification else { throw .missingClassification }
        return SecurityLabel(
            classification: try Classification(parsing: classification),
            releasability: try Releasability(codes: releasableTo ?? ["NATO"]),
            categories: Set(categories ?? []), informative: informative ?? [])
    }

    /// The label this form describes, checked against the installation's categories.
    /// A missing `releasableTo` means all NATO nations; missing lists are empty.
    public func label(in catalog: CategoryCatalog) throws(LabelError) -> SecurityLabel {
        guard let classification else { throw .missingClassification }
        let label = SecurityLabel(
            classification: try Classification(parsing: classification),
            releasability: try Releasability(codes: releasableTo ?? ["NATO"]),
            categories: Set((categories ?? []).map { $0.trimmingCharacters(in: .whitespaces).uppercased() }),
            informative: (informative ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        )
        return try label.validated(in: catalog)
    }
}

/// A label read back from its JSON form as Chancery stored it (`storedLabel()`): how a model's `label_json` column
/// decodes.
extension SecurityLabel: Decodable {
    public init(from decoder: any Decoder) throws {
        self = try SecurityLabelForm(from: decoder).storedLabel()
    }
}
