/// The security label every object carries: classification, releasability, special categories and
/// informative markings, under the NATO policy.
public struct SecurityLabel: Hashable, Sendable {
    public var classification: Classification
    public var releasability: Releasability
    /// Restrictive need-to-know categories: a principal must hold every one.
    public var categories: Set<String>
    /// Markings that never affect access, kept in the order given.
    public var informative: [String]

    public init(
        classification: Classification,
        releasability: Releasability = .allNATO,
        categories: Set<String> = [],
        informative: [String] = []
    ) {
        self.classification = classification
        self.releasability = releasability
        self.categories = categories
        self.informative = informative
    }

    /// NATO UNCLASSIFIED, releasable to all member nations: the label of an empty page.
    public static let unclassified = SecurityLabel(classification: .natoUnclassified)

    /// Checks every part against the installation's categories and the marking rules.
    public func validated(in catalog: CategoryCatalog) throws(LabelError) -> SecurityLabel {
        for name in categories where !catalog.contains(name) { throw .unknownCategory(name) }
        guard informative.count <= Self.maximumInformativeMarkings else { throw .tooManyInformativeMarkings }
        for marking in informative where !Self.isValidInformative(marking) {
            throw .invalidInformativeMarking(marking)
        }
        if case .listed(let codes) = releasability {
            guard !codes.isEmpty else { throw .emptyReleasability }
        }
        return self
    }

    /// Spaces at either end are refused because the ADatP-4774 reader trims them: such a marking would not
    /// survive an export and a re-import.
    /// Informative markings travel in every banner and header: a handful is plenty.
    public static let maximumInformativeMarkings = 8

    static func isValidInformative(_ text: String) -> Bool {
        (1...64).contains(text.count) && text.unicodeScalars.allSatisfy { $0.properties.generalCategory != .control }
            && text == text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The banner printed at the top and bottom of pages, prints and exports,
    /// e.g. "NATO SECRET // MEDICAL // RELEASABLE TO BEL, FRA".
    public var banner: String {
        var parts = [classification.marking]
        if !categories.isEmpty { parts.append(categories.sorted().joined(separator: ", ")) }
        if case .listed(let codes) = releasability {
            parts.append(codes.isEmpty ? "NOT RELEASABLE" : "RELEASABLE TO " + codes.sorted().joined(separator: ", "))
        }
        parts.append(contentsOf: informative)
        return parts.joined(separator: " // ")
    }

    /// The label a compilation, reply or extract of these labels must carry: the highest classification,
    /// the intersection of releasability, the union of special categories (informative markings are merged).
    public static func dominant<Labels: Sequence>(of labels: Labels) throws(LabelError) -> SecurityLabel
    where Labels.Element == SecurityLabel {
        var iterator = labels.makeIterator()
        guard var result = iterator.next() else { throw .emptySet }
        while let next = iterator.next() {
            result.classification = max(result.classification, next.classification)
            result.releasability = result.releasability.intersection(next.releasability)
            result.categories.formUnion(next.categories)
            for marking in next.informative where !result.informative.contains(marking) {
                result.informative.append(marking)
            }
        }
        return result
    }

    /// Whether this label is at least as protective as another on every axis (classification not lower,
    /// releasability not wider, categories a superset).
    public func dominates(_ other: SecurityLabel) -> Bool {
        classification >= other.classification
            && releasability.mask & ~other.releasability.mask == 0
            && categories.isSuperset(of: other.categories)
    }

    /// The integer encoding stored on the object row for the trimming predicate.
    public func columns(in catalog: CategoryCatalog) throws(LabelError) -> LabelColumns {
        LabelColumns(
            classification: classification.rawValue,
            releasable: releasability.mask,
            categories: try catalog.mask(of: categories)
        )
    }
}

/// A label encoded as integers: `classification`, `releasable` (nation bitmask), `categories` (bitmask).
public struct LabelColumns: Hashable, Sendable {
    public var classification: Int
    public var releasable: Int64
    public var categories: Int64

    public init(classification: Int, releasable: Int64, categories: Int64) {
        self.classification = classification
        self.releasable = releasable
        self.categories = categories
    }
}
