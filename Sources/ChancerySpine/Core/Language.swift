import ChanceryKit

/// The languages of the user interface and of error messages.
public enum Language: String, CaseIterable, Sendable, Codable {
    case en
    case fr

    /// Picks the first supported language of an `Accept-Language` header, English when none.
    public static func preferred(byAcceptLanguage header: String?) -> Language {
        guard let header else { return .en }
        let ranked = header.split(separator: ",").compactMap { part -> (Language, Double)? in
            let pieces = part.split(separator: ";")
            let tag = pieces.first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard let language = Language(rawValue: String(tag.prefix(2))) else { return nil }
            let quality =
                pieces.dropFirst().first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("q=") }
                .flatMap { Double($0.trimmingCharacters(in: .whitespaces).dropFirst(2)) } ?? 1
            return (language, quality)
        }
        return ranked.max { $0.1 < $1.1 }?.0 ?? .en
    }
}

/// Looks up user-facing text in the localisation table and fills in `{name}` placeholders.
public struct Localizer: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// The text of `key` in this language; the key itself if missing, so a gap shows instead of crashing.
    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        guard let pair = Strings.table[key] else { return key }
        var text = language == .fr ? pair.fr : pair.en
        for (name, value) in arguments { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }
}

extension Localizer {
    /// The language markings are written in on this reader's pages (machine-read forms keep English).
    public var markings: MarkingLanguage { language == .fr ? .french : .english }

    /// The banner of `label` in this reader's language.
    public func banner(_ label: SecurityLabel) -> String { label.banner(in: markings) }

    /// The marking of `classification` in this reader's language.
    public func marking(_ classification: Classification) -> String { classification.marking(in: markings) }

    /// A special category's name in this reader's language.
    public func category(_ name: String) -> String { CategoryCatalog.name(of: name, in: markings) }
}
