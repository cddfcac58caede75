import Foundation

/// The query in each database's full-text syntax. Every term is a folded word or stem (letters and digits
/// only), written quoted all the same: nothing typed by a user reaches either engine as syntax.
extension SearchQuery {
    /// The FTS5 expression over the index's columns: `t` (title stems), `b` (other text, stems) and `w` (every
    /// word, folded but not stemmed, for prefixes). Nil when the query has no text.
    public var fts5Expression: String? {
        guard hasText else { return nil }
        let positive = required.map(Self.fts5).joined(separator: " AND ")
        guard !excluded.isEmpty else { return positive }
        return "(\(positive)) NOT (\(excluded.map(Self.fts5).joined(separator: " OR ")))"
    }

    static func fts5(_ match: Match) -> String {
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        switch match {
        case .stem(let stem): return "{t b} : \(quoted(stem))"
        case .phrase(let stems): return "{t b} : \(quoted(stems.joined(separator: " ")))"
        case .prefix(let prefix): return "w : \(quoted(prefix)) *"
        case .all(let parts): return "(" + parts.map(fts5).joined(separator: " AND ") + ")"
        case .any(let parts): return "(" + parts.map(fts5).joined(separator: " OR ") + ")"
        }
    }

    /// The PostgreSQL `tsquery` text over the index's weights: A (title stems), B (other text, stems) and C
    /// (every word, for prefixes). Nil when the query has no text.
    public var tsquery: String? {
        guard hasText else { return nil }
        let positive = required.map(Self.tsquery).joined(separator: " & ")
        guard !excluded.isEmpty else { return positive }
        return "\(positive) & !(\(excluded.map(Self.tsquery).joined(separator: " | ")))"
    }

    static func tsquery(_ match: Match) -> String {
        func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        switch match {
        case .stem(let stem): return "\(quoted(stem)):AB"
        case .phrase(let stems): return "(" + stems.map { "\(quoted($0)):AB" }.joined(separator: " <-> ") + ")"
        case .prefix(let prefix): return "\(quoted(prefix)):*C"
        case .all(let parts): return "(" + parts.map(tsquery).joined(separator: " & ") + ")"
        case .any(let parts): return "(" + parts.map(tsquery).joined(separator: " | ") + ")"
        }
    }

    /// What a snippet highlights: the stems and prefixes the query looks for (exclusions are not shown).
    public var highlighted: (stems: Set<String>, prefixes: [String]) {
        var stems: Set<String> = []
        var prefixes: [String] = []
        func collect(_ match: Match) {
            switch match {
            case .stem(let stem): stems.insert(stem)
            case .phrase(let parts): stems.formUnion(parts)
            case .prefix(let prefix): prefixes.append(prefix)
            case .all(let parts), .any(let parts): parts.forEach(collect)
            }
        }
        required.forEach(collect)
        return (stems, prefixes)
    }
}
