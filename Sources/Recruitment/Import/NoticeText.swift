import Foundation

/// The text of a notice as pasted, made readable line by line: HTML tags and markdown marks removed, tabbed table
/// cells apart, headings that lost their line break put back on their own line.
enum NoticeText {
    /// Lower case, without accents, with straight quotes: the form labels and headings are compared in.
    static func folded(_ text: String) -> String {
        normalisedPunctuation(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Curly quotes and apostrophes as straight ones, French guillemets and non-breaking spaces removed.
    static func normalisedPunctuation(_ text: String) -> String {
        var text = text
        for (from, to) in [
            ("\u{2019}", "'"), ("\u{2018}", "'"), ("\u{201C}", "\""), ("\u{201D}", "\""), ("\u{00A0}", " "),
            ("\u{202F}", " "),
        ] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text.replacing(#/\u{00AB}\s*/#, with: "").replacing(#/\s*\u{00BB}/#, with: "")
    }

    /// The lines of the pasted text, with a numbered heading run into the previous sentence put on its own line
    /// ("…encourages others.6. CONTRACT").
    static func lines(of text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { splitRunTogetherHeadings(String($0)) }
    }

    static func splitRunTogetherHeadings(_ line: String) -> [String] {
        guard let match = line.firstMatch(of: #/[a-z.;)](?<heading>\d{1,2}\.\s?[A-Z][A-Z ]{3,}[A-Z]\b)/#) else {
            return [line]
        }
        let cut = match.heading.startIndex
        return [String(line[..<cut])] + splitRunTogetherHeadings(String(line[cut...]))
    }

    /// A line of a tabbed table ("Original:\tEnglish\t\tClearance:\tNATO SECRET") as its cells, each a
    /// "label: value"; a markdown table row as its cells joined in pairs. Any other line is one cell.
    static func cells(of line: String) -> [String] {
        if line.contains("\t\t") {
            return line.components(separatedBy: "\t\t").map { $0.replacingOccurrences(of: "\t", with: " ") }
                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("|"), trimmed.hasSuffix("|") {
            let parts = trimmed.dropFirst().dropLast().split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if parts.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { return [] }
            if parts.count == 2, !parts[0].hasSuffix(":") { return ["\(parts[0]): \(parts[1])"] }
            return parts
        }
        return [line.replacingOccurrences(of: "\t", with: " ")]
    }

    /// A cell without HTML tags, markdown heading marks and emphasis, with spaces collapsed.
    static func clean(_ text: String) -> String {
        var text = normalisedPunctuation(text)
        text = text.replacing(#/<[^>]{1,40}>/#, with: "")
        for entity in [("&amp;", "&"), ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&#39;", "'"), ("&quot;", "\"")]
        {
            text = text.replacingOccurrences(of: entity.0, with: entity.1)
        }
        text = text.replacing(#/^\s*#{1,6}\s*/#, with: "")
        text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        text = text.replacing(#/\[([^\]]*)\]\([^)]*\)/#) { String($0.1) }
        text = text.replacing(#/\s+/#, with: " ").trimmingCharacters(in: .whitespaces)
        // a lone emphasis star at either end, left by a value that ran over several lines (*…*)
        if text.hasPrefix("*"), !text.hasPrefix("* ") { text.removeFirst() }
        if text.hasSuffix("*") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Whether a raw line is a markdown heading (`## …`).
    static func isMarkdownHeading(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces).hasPrefix("#")
    }

    /// Whether a cleaned line only separates parts of the page (`---`, `***`, `===`).
    static func isRule(_ text: String) -> Bool {
        text.count >= 3 && text.allSatisfy { "-*=_".contains($0) }
    }

    /// A cleaned line without its bullet or list marker ("•", "-", "–", "a.", "i)"), and whether it had one.
    static func withoutBullet(_ text: String) -> (text: String, bulleted: Bool) {
        var text = Substring(text)
        var bulleted = false
        if let match = text.prefixMatch(of: #/[•·▪◦●\-–—*+]\s*/#) {
            text = text[match.range.upperBound...]
            bulleted = true
        }
        if let match = text.prefixMatch(of: #/(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+/#) {
            text = text[match.range.upperBound...]
            bulleted = true
        }
        return (text.trimmingCharacters(in: .whitespaces), bulleted)
    }

    /// A label as the tables compare it: folded, "n°" as "no", without dots, stars and the closing colon.
    static func label(_ text: String) -> String {
        var label = folded(text)
        for (from, to) in [("n°", "no"), ("nº", "no"), ("no.", "no"), (".", ""), ("*", "")] {
            label = label.replacingOccurrences(of: from, with: to)
        }
        label = label.replacing(#/\s+/#, with: " ").trimmingCharacters(in: .whitespaces)
        while label.hasSuffix(":") { label.removeLast() }
        return label.trimmingCharacters(in: .whitespaces)
    }
}
