/// To whom an item may be released: a permissive category, so a principal needs one of its members.
///
/// Either every NATO member nation, or a listed set of nations and organisations. Each nation or
/// organisation has a fixed bit, so that releasability is a bitmask and the check `(releasable & nation) <> 0`
/// runs inside SQL.
public enum Releasability: Hashable, Sendable {
    case allNATO
    case listed(Set<String>)

    /// The bitmask stored in `objects.releasable`.
    public var mask: Int64 {
        switch self {
        case .allNATO: ReleasabilityCodes.natoMask
        case .listed(let codes): codes.reduce(0) { $0 | (ReleasabilityCodes.bit(of: $1) ?? 0) }
        }
    }

    /// The codes in canonical order: "NATO" alone, or the listed codes alphabetically.
    public var codes: [String] {
        switch self {
        case .allNATO: ["NATO"]
        case .listed(let codes): codes.sorted()
        }
    }

    /// Whether a principal of this nationality (or organisation) is within the releasability.
    public func includes(_ nationality: String) -> Bool {
        switch self {
        case .allNATO: ReleasabilityCodes.memberNations.contains(nationality)
        case .listed(let codes): codes.contains(nationality)
        }
    }

    /// Reads the JSON/API form: `["NATO"]` or a list of codes.
    public init(codes: [String]) throws(LabelError) {
        let normalised = codes.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        guard !normalised.isEmpty else { throw .emptyReleasability }
        if normalised.contains("NATO") {
            guard normalised.allSatisfy({ $0 == "NATO" }) else { throw .natoMixedWithList }
            self = .allNATO
            return
        }
        for code in normalised where ReleasabilityCodes.bit(of: code) == nil {
            throw .unknownReleasabilityCode(code)
        }
        let set = Set(normalised)
        self = set == ReleasabilityCodes.memberNations ? .allNATO : .listed(set)
    }

    /// The intersection of two releasabilities: what both allow.
    public func intersection(_ other: Self) -> Self {
        switch (self, other) {
        case (.allNATO, .allNATO): .allNATO
        case (.allNATO, .listed(let codes)), (.listed(let codes), .allNATO):
            .listed(codes.filter { ReleasabilityCodes.memberNations.contains($0) })
        case (.listed(let left), .listed(let right)): .listed(left.intersection(right))
        }
    }
}

/// The nations and organisations an item can be released to, each with its permanent bit.
public enum ReleasabilityCodes {
    /// The 32 member nations by ISO 3166 alpha-3 code. The order fixes the bits: append, never reorder.
    public static let memberNationsInBitOrder: [String] = [
        "ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA",
        "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR",
        "GBR", "USA",
    ]

    /// Organisations a NATO item may be released to. Append, never reorder.
    public static let organisationsInBitOrder: [String] = ["EU", "UN", "KFOR", "EAPC"]

    /// Nations take bits 0 to 47 and organisations bits 48 to 62, so that admitting a new member nation
    /// never moves an organisation's bit under labels already stored.
    public static let firstOrganisationBit = 48

    /// Every member nation.
    public static let memberNations: Set<String> = Set(memberNationsInBitOrder)

    /// Every code that may appear in a releasability list or as a principal's nationality.
    public static let allCodes: [String] = memberNationsInBitOrder + organisationsInBitOrder

    private static let bits: [String: Int64] = Dictionary(
        uniqueKeysWithValues: memberNationsInBitOrder.enumerated().map { ($1, Int64(1) << Int64($0)) }
            + organisationsInBitOrder.enumerated().map { ($1, Int64(1) << Int64(firstOrganisationBit + $0)) }
    )

    /// The mask with every member nation's bit set.
    public static let natoMask: Int64 = memberNationsInBitOrder.reduce(0) { $0 | bits[$1]! }

    /// The bit of one nation or organisation, or nil for an unknown code.
    public static func bit(of code: String) -> Int64? { bits[code] }

    /// Whether a code names a member nation or a known organisation.
    public static func isKnown(_ code: String) -> Bool { bits[code] != nil }
}
