import ChanceryKit
import Foundation
import SQLKit

/// One value a typed field may take, as an autocomplete offers it: what goes into the field and how it reads.
public struct Suggestion: Sendable, Equatable, Encodable {
    /// What the form or the API expects: a user name, a unit, a nation's code, an object's id, a LOINC code.
    public var value: String
    /// How it reads to a person, in the reader's language: a display name, a nation's name, a patient's name.
    public var label: String

    package init(value: String, label: String) {
        self.value = value
        self.label = label
    }
}

/// What a source answers: its suggestions, and the dominant label of the objects they name (unclassified for
/// reference data such as people, units and nations), sent as the answer's `X-Classification`.
package struct Suggestions: Sendable {
    package var items: [Suggestion]
    package var label: SecurityLabel

    package init(_ items: [Suggestion], label: SecurityLabel = .unclassified) {
        self.items = items
        self.label = label
    }
}

/// Where an autocomplete finds the values of one kind of field (`people`, `units`, `nations`, an office's
/// `patients`…): `GET /api/v1/suggestions/{kind}` and the pages' `GET /suggest/{kind}` ask the source of that kind.
///
/// A source answers only with what the principal may read, trimmed where the items are kept (in SQL, for objects,
/// with `SecurityScope`), never by filtering a longer list afterwards: a suggestion never names an item the principal
/// may not read, and how many come back says nothing of those left out. A principal who may not use the kind at all
/// (a patient for someone outside the Health Office) is refused with a 403 rather than given an empty list.
package protocol SuggestionSource: Sendable {
    /// The kind in the route: lower case, words joined by hyphens (`distribution-lists`).
    var kind: String { get }
    /// Up to `limit` values matching `text` (already trimmed, 1 to 100 characters), case-insensitively, best first.
    func suggest(matching text: String, limit: Int, by principal: Principal, chancery: Chancery, language: Language)
        async throws -> Suggestions
}

/// A user's text as a `LIKE` pattern that matches it literally (`%`, `_` and `\` escaped), lower-cased: the
/// column it is compared with is lowered too, and the comparison says `ESCAPE '\'` (SQLite and PostgreSQL alike).
package enum LikePattern {
    /// The text with the pattern characters escaped.
    package static func literal(_ text: String) -> String {
        var pattern = ""
        for character in text.lowercased() {
            if character == "\\" || character == "%" || character == "_" { pattern.append("\\") }
            pattern.append(character)
        }
        return pattern
    }

    /// Anything containing the text.
    package static func containing(_ text: String) -> String { "%\(literal(text))%" }

    /// Anything starting with the text.
    package static func startingWith(_ text: String) -> String { "\(literal(text))%" }

    /// `LOWER(column) LIKE pattern ESCAPE '\'`.
    package static func matches(_ column: String, _ pattern: String) -> SQLQueryString {
        "LOWER(\(SQLQueryString(column))) LIKE \(bind: pattern) ESCAPE '\\'"
    }
}

/// How a source matches an in-memory catalogue (nations, lab tests): the text found in the value or in the label,
/// accents and case folded, values starting with it first.
package enum SuggestionMatch {
    package static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The suggestions of `candidates` that contain `text`, those whose value or label starts with it first.
    package static func best(_ candidates: [Suggestion], matching text: String, limit: Int) -> [Suggestion] {
        let wanted = fold(text)
        let matching = candidates.filter { fold($0.value).contains(wanted) || fold($0.label).contains(wanted) }
        let (starting, others) = matching.reduce(into: ([Suggestion](), [Suggestion]())) { parts, suggestion in
            if fold(suggestion.value).hasPrefix(wanted) || fold(suggestion.label).hasPrefix(wanted) {
                parts.0.append(suggestion)
            } else {
                parts.1.append(suggestion)
            }
        }
        return Array((starting + others).prefix(limit))
    }
}
