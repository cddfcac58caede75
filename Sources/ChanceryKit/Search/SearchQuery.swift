import Foundation

/// A parsed search query: what must match, what must not, and the field filters.
///
/// The language, the same on both databases:
/// - words: all must match (`minutes logistics`), folded and stemmed as in `SearchText`;
/// - `"exact phrase"`; a word with inner punctuation (`l'armée`, `IMSM/2026/00042`) is a phrase of its parts;
/// - `prefix*` (at least two letters before the star);
/// - `-excluded` (or `NOT excluded`), a word or a phrase;
/// - `a OR b`: OR binds tighter than the implicit AND, so `meeting OR réunion logistics` is
///   "(meeting or réunion) and logistics";
/// - filters `ref:` (reference, prefix), `class:` (highest classification), `series:`, `office:`, `type:`,
///   `from:` and `to:` (a day `2026-03-31`, a month `2026-03` or a year `2026`); a value may be quoted;
/// - field filters `meta.<key>:` (a value of the item's metadata under that key) and `filename:` (the name of
///   one of its files): the whole value (`meta.case_ref:HR-2026-14`), or its beginning with a final star
///   (`filename:minutes*`), folded like words (`SearchText.fieldValue`), so case, accents and punctuation
///   never matter.
///
/// Anything else that other engines read as syntax (parentheses, braces, `^`, `~`, `&`, `|`, `!`, `<`, `>`,
/// `\`, a star inside a word) is refused with a `SearchQueryError` rather than guessed at, so user input never
/// reaches a database as syntax.
public struct SearchQuery: Sendable, Equatable {
    /// Something a document must (or must not) contain.
    public indirect enum Match: Sendable, Equatable, Hashable {
        /// A word, as its stem.
        case stem(String)
        /// Stems one after the other.
        case phrase([String])
        /// The beginning of a folded word.
        case prefix(String)
        /// All of these (a prefix written with inner punctuation: `imsm/20*`).
        case all([Match])
        /// At least one of these.
        case any([Match])
    }

    public var required: [Match] = []
    public var excluded: [Match] = []
    public var filters = Filters()

    /// The field filters; nil means "not filtered".
    public struct Filters: Sendable, Equatable {
        /// Upper-cased beginning of a reference.
        public var reference: String?
        /// Highest classification shown.
        public var maxClassification: Classification?
        public var series: String?
        public var office: String?
        public var type: String?
        /// Inclusive bounds as `yyyymmdd` integers: `to:2026-03` is 20260399, so "up to the end of March".
        public var fromDay: Int?
        public var toDay: Int?
        /// `meta.<key>:` filters by key (lower case), all of which must match.
        public var metadata: [String: FieldMatch] = [:]
        public var filename: FieldMatch?

        public var isEmpty: Bool { self == Filters() }
    }

    /// A field's value to look for: the whole value, or its beginning (`value*`), in the folded form that
    /// `SearchText.fieldValue` gives both the index and the query.
    public struct FieldMatch: Sendable, Equatable, Hashable {
        public var value: String
        public var isPrefix: Bool

        public init(value: String, isPrefix: Bool) {
            self.value = value
            self.isPrefix = isPrefix
        }
    }

    /// Whether the query looks for text (else it only filters).
    public var hasText: Bool { !required.isEmpty }

    public static let filterNames = ["ref", "class", "series", "office", "type", "from", "to"]
    /// The field filters: `meta.<key>:` (this prefix and a metadata key) and `filename:`.
    public static let metadataPrefix = "meta."
    public static let filenameFilter = "filename"
    public static let maxLength = 512
    public static let maxTerms = 32
    static let reserved: Set<Character> = [
        "(", ")", "{", "}", "[", "]", "^", "~", "&", "|", "!", "<", ">", "\\", "*", ":",
    ]

    public init() {}

    /// The first and last `yyyymmdd` of a day (`2026-03-31`), a month (`2026-03`) or a year (`2026`), or nil.
    public static func dayBounds(_ text: String) -> ClosedRange<Int>? { SearchQueryParser.dayBounds(text) }

    /// Parses what a user typed, or says precisely what is wrong with it.
    /// The query this text says; `offices` are the names `office:` accepts (the offices whose objects are searchable,
    /// which the installation knows).
    public init(parsing text: String, offices: some Collection<String>) throws(SearchQueryError) {
        guard text.count <= Self.maxLength else { throw .tooLong(max: Self.maxLength) }
        var parser = SearchQueryParser(text: Array(text), offices: Set(offices))
        self = try parser.parse()
    }
}

/// Why a query cannot be run; the server turns each case into a sentence in the user's language.
public enum SearchQueryError: Error, Sendable, Equatable {
    case empty
    case tooLong(max: Int)
    case tooManyTerms(max: Int)
    /// A quotation mark at this 1-based position has no closing one.
    case unclosedQuote(position: Int)
    case emptyPhrase(position: Int)
    /// `OR`, `AND` or `NOT` without a word on the side it needs one.
    case danglingOperator(String)
    /// A minus sign with nothing after it.
    case danglingMinus(position: Int)
    /// `-word OR …`: an alternative cannot be an exclusion.
    case excludedAlternative
    /// Only `-words`: there is nothing to look for.
    case onlyExclusions
    case unknownFilter(String)
    case emptyFilter(String)
    case repeatedFilter(String)
    case invalidDate(filter: String, value: String)
    case reversedDates
    case invalidClassification(String)
    case invalidOffice(String)
    case invalidFilterValue(filter: String, value: String)
    /// `meta.<key>:` whose key is not one a record's metadata can have (letters, digits, `.`, `_`, `-`; 1 to 60).
    case invalidMetadataKey(String)
    /// A character that is syntax elsewhere and means nothing here, at this 1-based position.
    case reservedCharacter(Character, position: Int)
    /// `a*`: a prefix needs at least two letters.
    case shortPrefix(String)
}

/// The hand-written parser behind `SearchQuery(parsing:)`.
struct SearchQueryParser {
    let text: [Character]
    var index = 0
    var query = SearchQuery()
    var seenFilters: Set<String> = []

    /// A piece of the query before operators are applied.
    enum Element: Equatable {
        case match(SearchQuery.Match, excluded: Bool)
        case or, and, not
        case filter
    }

    /// The names `office:` accepts.
    let offices: Set<String>

    init(text: [Character], offices: Set<String>) {
        self.text = text
        self.offices = offices
    }

    mutating func parse() throws(SearchQueryError) -> SearchQuery {
        var elements: [Element] = []
        while let element = try next() { elements.append(element) }
        try combine(elements)
        let terms = (query.required + query.excluded).reduce(0) { $0 + Self.termCount($1) }
        guard terms <= SearchQuery.maxTerms else { throw .tooManyTerms(max: SearchQuery.maxTerms) }
        if query.required.isEmpty {
            guard query.excluded.isEmpty else { throw .onlyExclusions }
            guard !query.filters.isEmpty else { throw .empty }
        }
        if let from = query.filters.fromDay, let to = query.filters.toDay, from > to { throw .reversedDates }
        return query
    }

    static func termCount(_ match: SearchQuery.Match) -> Int {
        switch match {
        case .stem, .prefix: 1
        case .phrase(let stems): stems.count
        case .all(let parts), .any(let parts): parts.reduce(0) { $0 + termCount($1) }
        }
    }

    /// Applies OR, AND and NOT to the elements in order.
    mutating func combine(_ elements: [Element]) throws(SearchQueryError) {
        var pending: [(SearchQuery.Match, excluded: Bool)] = []
        var index = 0
        func isMatch(_ at: Int) -> Bool {
            guard at >= 0, at < elements.count, case .match = elements[at] else { return false }
            return true
        }
        while index < elements.count {
            switch elements[index] {
            case .filter:
                index += 1
            case .and:
                guard isMatch(index - 1), isMatch(index + 1) else { throw .danglingOperator("AND") }
                index += 1
            case .not:
                guard index + 1 < elements.count, case .match(let match, let excluded) = elements[index + 1], !excluded
                else {
                    throw .danglingOperator("NOT")
                }
                pending.append((match, true))
                index += 2
            case .or:
                throw .danglingOperator("OR")
            case .match(let first, let excluded):
                var alternatives = [first]
                var end = index + 1
                while end < elements.count, elements[end] == .or {
                    guard end + 1 < elements.count, case .match(let next, let nextExcluded) = elements[end + 1] else {
                        throw .danglingOperator("OR")
                    }
                    guard !excluded, !nextExcluded else { throw .excludedAlternative }
                    alternatives.append(next)
                    end += 2
                }
                pending.append((alternatives.count == 1 ? first : .any(alternatives), excluded))
                index = end
            }
        }
        for (match, excluded) in pending {
            if excluded { query.excluded.append(match) } else { query.required.append(match) }
        }
    }

    /// The next element, or nil at the end.
    mutating func next() throws(SearchQueryError) -> Element? {
        while index < text.count, text[index].isWhitespace { index += 1 }
        guard index < text.count else { return nil }
        let start = index
        if text[index] == "\"" { return .match(try phrase(), excluded: false) }
        if text[index] == "-" {
            index += 1
            guard index < text.count, !text[index].isWhitespace else { throw .danglingMinus(position: start + 1) }
            if text[index] == "\"" { return .match(try phrase(), excluded: true) }
            guard let match = try word(bare()) else { return try next() }
            return .match(match, excluded: true)
        }
        let token = bare()
        switch String(token.characters) {
        case "OR": return .or
        case "AND": return .and
        case "NOT": return .not
        default: break
        }
        if let colon = token.characters.firstIndex(of: ":") {
            try filter(
                name: String(token.characters[..<colon]), value: Array(token.characters[(colon + 1)...]),
                at: token.start)
            return .filter
        }
        guard let match = try word(token) else { return try next() }
        return .match(match, excluded: false)
    }

    /// Characters up to the next space or quotation mark.
    mutating func bare() -> (characters: [Character], start: Int) {
        let start = index
        while index < text.count, !text[index].isWhitespace, text[index] != "\"" { index += 1 }
        return (Array(text[start..<index]), start)
    }

    /// `"…"` starting at the current quotation mark.
    mutating func phrase() throws(SearchQueryError) -> SearchQuery.Match {
        let open = index
        guard let close = text[(open + 1)...].firstIndex(of: "\"") else { throw .unclosedQuote(position: open + 1) }
        index = close + 1
        let stems = SearchText.stems(of: String(text[(open + 1)..<close]))
        guard !stems.isEmpty else { throw .emptyPhrase(position: open + 1) }
        return stems.count == 1 ? .stem(stems[0]) : .phrase(stems)
    }

    /// A bare word (maybe with a final star), or nil when it holds no letter or digit (a lone dash or comma).
    func word(_ token: (characters: [Character], start: Int)) throws(SearchQueryError) -> SearchQuery.Match? {
        var characters = token.characters
        let isPrefix = characters.last == "*"
        if isPrefix { characters.removeLast() }
        for (offset, character) in characters.enumerated() where SearchQuery.reserved.contains(character) {
            throw .reservedCharacter(character, position: token.start + offset + 1)
        }
        let words = SearchText.words(of: String(characters))
        guard let last = words.last else {
            if isPrefix { throw .shortPrefix(String(token.characters)) }
            return nil
        }
        if isPrefix {
            guard last.folded.count >= 2 else { throw .shortPrefix(String(token.characters)) }
            let before = words.dropLast().map { SearchQuery.Match.stem(SearchText.stem($0.folded)) }
            return before.isEmpty ? .prefix(last.folded) : .all(before + [.prefix(last.folded)])
        }
        let stems = words.map { SearchText.stem($0.folded) }
        return stems.count == 1 ? .stem(stems[0]) : .phrase(stems)
    }

    /// `name:value`, where the value may be a quoted string right after the colon.
    mutating func filter(name: String, value: [Character], at start: Int) throws(SearchQueryError) {
        let key = name.lowercased()
        if key == SearchQuery.filenameFilter || key.hasPrefix(SearchQuery.metadataPrefix) {
            return try fieldFilter(key, value: value, at: start + name.count + 1)
        }
        guard SearchQuery.filterNames.contains(key) else {
            if let reserved = name.first(where: { SearchQuery.reserved.contains($0) }) {
                throw .reservedCharacter(
                    reserved,
                    position: start + name.distance(from: name.startIndex, to: name.firstIndex(of: reserved)!) + 1)
            }
            throw .unknownFilter(name)
        }
        var raw = String(value)
        if value.isEmpty, index < text.count, text[index] == "\"" {
            let open = index
            guard let close = text[(open + 1)...].firstIndex(of: "\"") else { throw .unclosedQuote(position: open + 1) }
            raw = String(text[(open + 1)..<close])
            index = close + 1
        }
        raw = raw.trimmingCharacters(in: .whitespaces)
        guard !raw.isEmpty else { throw .emptyFilter(key) }
        guard seenFilters.insert(key).inserted else { throw .repeatedFilter(key) }
        switch key {
        case "ref":
            query.filters.reference = raw.uppercased()
        case "class":
            guard let level = try? Classification(parsing: raw) else { throw .invalidClassification(raw) }
            query.filters.maxClassification = level
        case "series":
            let code = raw.uppercased()
            guard code.count <= 32,
                code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            else {
                throw .invalidFilterValue(filter: key, value: raw)
            }
            query.filters.series = code
        case "office":
            let office = raw.lowercased()
            guard offices.contains(office) else { throw .invalidOffice(raw) }
            query.filters.office = office
        case "type":
            let type = raw.lowercased()
            guard type.count <= 64, type.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                throw .invalidFilterValue(filter: key, value: raw)
            }
            query.filters.type = type
        default:
            guard let bounds = Self.dayBounds(raw) else { throw .invalidDate(filter: key, value: raw) }
            if key == "from" {
                query.filters.fromDay = bounds.lowerBound
            } else {
                query.filters.toDay = bounds.upperBound
            }
        }
    }

    /// `meta.<key>:value` or `filename:value`, where the value (maybe quoted) ends with `*` for a beginning.
    mutating func fieldFilter(_ key: String, value: [Character], at valueStart: Int) throws(SearchQueryError) {
        if key != SearchQuery.filenameFilter {
            let metadataKey = key.dropFirst(SearchQuery.metadataPrefix.count)
            guard (1...60).contains(metadataKey.count),
                metadataKey.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
            else { throw .invalidMetadataKey(String(key.dropFirst(SearchQuery.metadataPrefix.count))) }
        }
        var raw = String(value)
        var start = valueStart
        if value.isEmpty, index < text.count, text[index] == "\"" {
            let open = index
            guard let close = text[(open + 1)...].firstIndex(of: "\"") else { throw .unclosedQuote(position: open + 1) }
            raw = String(text[(open + 1)..<close])
            start = open + 1
            index = close + 1
            // `"minutes of march"*`: the star right after the closing quotation mark.
            if index < text.count, text[index] == "*" {
                raw += "*"
                index += 1
            }
        }
        start += raw.prefix { $0.isWhitespace }.count
        raw = raw.trimmingCharacters(in: .whitespaces)
        let isPrefix = raw.hasSuffix("*")
        if isPrefix { raw.removeLast() }
        if let star = raw.firstIndex(of: "*") {
            throw .reservedCharacter("*", position: start + raw.distance(from: raw.startIndex, to: star) + 1)
        }
        let folded = SearchText.fieldValue(raw)
        guard !folded.isEmpty else { throw .emptyFilter(key) }
        guard seenFilters.insert(key).inserted else { throw .repeatedFilter(key) }
        let match = SearchQuery.FieldMatch(value: folded, isPrefix: isPrefix)
        if key == SearchQuery.filenameFilter {
            query.filters.filename = match
        } else {
            query.filters.metadata[String(key.dropFirst(SearchQuery.metadataPrefix.count))] = match
        }
    }

    /// The first and last `yyyymmdd` of a day, a month or a year, or nil when it is not a real date.
    static func dayBounds(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), year >= 1900, year <= 2999
        else { return nil }
        guard parts.count > 1, let month = Int(parts[1]) else { return (year * 10000)...(year * 10000 + 9999) }
        guard (1...12).contains(month) else { return nil }
        guard parts.count > 2, let day = Int(parts[2]) else {
            return (year * 10000 + month * 100)...(year * 10000 + month * 100 + 99)
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[month - 1]).contains(day) else { return nil }
        let value = year * 10000 + month * 100 + day
        return value...value
    }
}
