/// The special categories (restrictive need-to-know compartments) known to an installation.
///
/// Each category has a permanent bit, so that the categories of an object are a bitmask and the check
/// "the principal holds every one" is `(categories & ~briefed) = 0` inside SQL. The catalogue is
/// configurable: an installation may add categories, but a bit once given is never reused.
public struct CategoryCatalog: Sendable, Equatable {
    /// The categories every installation has, with bits 0 to 4.
    public static let defaultNames = ["MEDICAL", "STAFF", "LEGAL", "RECRUITMENT", "INTEL"]

    /// The catalogue with the default categories only.
    public static let standard = try! CategoryCatalog(
        bits: Dictionary(
            uniqueKeysWithValues: defaultNames.enumerated().map { ($1, $0) }
        ))  // safe: five distinct names and bits below 62

    /// Category name → bit position.
    public let bits: [String: Int]

    /// Builds a catalogue from stored name → bit assignments.
    public init(bits: [String: Int]) throws(LabelError) {
        guard bits.count <= 62, bits.values.allSatisfy({ (0..<62).contains($0) }) else { throw .tooManyCategories }
        // Two categories on one bit would make a briefing for one grant the other.
        guard Set(bits.values).count == bits.count else { throw .sharedCategoryBit }
        self.bits = bits
    }

    /// The names, sorted.
    public var names: [String] { bits.keys.sorted() }

    /// Whether a category exists.
    public func contains(_ name: String) -> Bool { bits[name] != nil }

    /// The mask of a set of category names; unknown names are refused.
    public func mask(of names: Set<String>) throws(LabelError) -> Int64 {
        var mask: Int64 = 0
        for name in names {
            guard let bit = bits[name] else { throw .unknownCategory(name) }
            mask |= Int64(1) << Int64(bit)
        }
        return mask
    }

    /// The names whose bits are set in a mask.
    public func names(in mask: Int64) -> Set<String> {
        Set(bits.compactMap { name, bit in mask & (Int64(1) << Int64(bit)) != 0 ? name : nil })
    }

    /// A catalogue that also holds the given names, giving each new one the lowest free bit.
    public func adding(_ names: [String]) throws(LabelError) -> CategoryCatalog {
        var bits = self.bits
        for name in names.map({ $0.trimmingCharacters(in: .whitespaces).uppercased() }) where bits[name] == nil {
            guard let free = (0..<62).first(where: { !bits.values.contains($0) }) else { throw .tooManyCategories }
            guard !name.isEmpty else { continue }
            bits[name] = free
        }
        return try CategoryCatalog(bits: bits)
    }
}
