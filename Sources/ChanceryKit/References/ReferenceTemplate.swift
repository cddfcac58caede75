/// A reference series' template, e.g. `IMSM-{seq:4}-{year}` → `IMSM-0421-2026` or `PO({year}){seq:4}`.
///
/// Placeholders: `{seq}` or `{seq:N}` (the number in the series for the year, zero-padded to N digits, 1–9)
/// exactly once; `{year}` (four digits) or `{yy}` (two) exactly once, because numbers restart every year and a
/// reference must never be handed out twice. Everything else is literal text: letters, digits, spaces and
/// `-/().:_`.
public struct ReferenceTemplate: Sendable, Hashable, CustomStringConvertible {
    enum Part: Sendable, Hashable {
        case literal(String)
        case sequence(width: Int)
        case year(digits: Int)
    }

    let parts: [Part]
    public let description: String

    public static let maximumLength = 60
    static let literalCharacters = Set("-/().:_ ")

    public init(parsing text: String) throws(ReferenceTemplateError) {
        guard !text.isEmpty, text.count <= Self.maximumLength else { throw .length }
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let first = rest.first {
            if first == "{" {
                guard let close = rest.firstIndex(of: "}") else { throw .unclosedPlaceholder }
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(try Self.placeholder(name))
                rest = rest[rest.index(after: close)...]
            } else {
                guard first.isASCII, first.isLetter || first.isNumber || Self.literalCharacters.contains(first) else {
                    throw .invalidCharacter(String(first))
                }
                literal.append(first)
                rest = rest.dropFirst()
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        let sequences = parts.filter { if case .sequence = $0 { true } else { false } }.count
        let years = parts.filter { if case .year = $0 { true } else { false } }.count
        guard sequences == 1 else { throw sequences == 0 ? .missingSequence : .repeatedPlaceholder("seq") }
        guard years == 1 else { throw years == 0 ? .missingYear : .repeatedPlaceholder("year") }
        self.parts = parts
        self.description = text
    }

    private static func placeholder(_ name: String) throws(ReferenceTemplateError) -> Part {
        switch name {
        case "seq": return .sequence(width: 1)
        case "year": return .year(digits: 4)
        case "yy": return .year(digits: 2)
        default:
            if name.hasPrefix("seq:"), let width = Int(name.dropFirst(4)), (1...9).contains(width) {
                return .sequence(width: width)
            }
            throw .unknownPlaceholder(name)
        }
    }

    /// The reference of number `sequence` in `year`. A number wider than the padding is written in full.
    public func render(sequence: Int, year: Int) -> String {
        parts.map { part in
            switch part {
            case .literal(let text): text
            case .sequence(let width): Self.padded(sequence, width)
            case .year(let digits): digits == 4 ? Self.padded(year, 4) : Self.padded(year % 100, 2)
            }
        }.joined()
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Why a reference template was refused.
public enum ReferenceTemplateError: Error, Sendable, Equatable {
    case length
    case unclosedPlaceholder
    case unknownPlaceholder(String)
    case repeatedPlaceholder(String)
    case missingSequence
    case missingYear
    case invalidCharacter(String)
}
