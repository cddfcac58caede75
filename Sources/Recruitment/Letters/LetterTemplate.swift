import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// One version of a letter template: its subject and body, plain text with `{{placeholder}}`s, paragraphs separated
/// by a blank line. Every save is a new version; a letter keeps the version (and the text) it was produced with.
package struct LetterTemplate: Sendable, Equatable, RowDecodable {
    package var kind: LetterKind
    package var language: LetterLanguage
    package var version: Int64
    package var subject: String
    package var body: String
    package var savedBy: String
    package var savedAt: Int64

    package static let columns: SQLQueryString = "kind, language, version, subject, body, saved_by, saved_at"

    package static let maximumSubject = 300
    package static let maximumBody = 20_000

    /// The tags of a text that are not a known placeholder written `{{name}}`: an unknown name, a section, a partial,
    /// an unescaped `{{{…}}}` or an unclosed `{{`. Each as written, once, in the order met.
    package static func unknownPlaceholders(in text: String) -> [String] {
        var unknown: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else {
                let tail = String(rest[open.lowerBound...].prefix(30))
                if !unknown.contains(tail) { unknown.append(tail) }
                break
            }
            var end = close.upperBound
            if rest[open.upperBound...].hasPrefix("{"), end < rest.endIndex, rest[end] == "}" {
                end = rest.index(after: end)
            }
            let tag = String(rest[open.lowerBound..<end])
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !LetterKind.placeholders.contains(name) || tag.hasPrefix("{{{"), !unknown.contains(tag) {
                unknown.append(tag)
            }
            rest = rest[end...]
        }
        return unknown
    }

    /// Checks a subject and a body as an assistant saves them, every problem at once.
    package static func check(subject: String, body: String) throws -> (subject: String, body: String) {
        var items: [AppError.Item] = []
        let subject = subject.trimmingCharacters(in: .whitespacesAndNewlines)
        let body = body.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        for (field, text, max) in [("subject", subject, maximumSubject), ("body", body, maximumBody)] {
            if text.isEmpty {
                items.append(.init(field: field, code: "required", key: "recruitment.letters.required"))
            } else if text.count > max {
                items.append(
                    .init(field: field, code: "too-long", key: "recruitment.letters.tooLong", ["max": String(max)]))
            } else {
                let unknown = unknownPlaceholders(in: text)
                if !unknown.isEmpty {
                    items.append(
                        .init(
                            field: field, code: "unknown-placeholder", key: "recruitment.letters.unknownPlaceholder",
                            [
                                "tags": unknown.joined(separator: ", "),
                                "known": LetterKind.placeholders.map { "{{\($0)}}" }.joined(separator: ", "),
                            ]))
                }
            }
        }
        guard items.isEmpty else { throw LetterError.invalidTemplate(items) }
        return (subject, body)
    }
}
