import Foundation

/// The text of a notice as pasted, made readable line by line: HTML tags and markdown marks removed, tabbed table
/// cells apart, headings that lost their line break put back on their own line.
enum NoticeText {
    /// Lower case, without accents, with straight quotes: the form labels and headings are compared in.
    static func folded(_ text: String) -> String {
        let text = normalisedPunctuation(text)
        // most lines are plain ASCII: Foundation's folding is only needed for the others
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Curly quotes and apostrophes as straight ones, French guillemets and non-breaking spaces removed.
    static func normalisedPunctuation(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}": scalars.append("'")
            case "\u{201C}", "\u{201D}": scalars.append("\"")
            case "\u{00A0}", "\u{202F}": scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        let text = String(scalars)
        guard text.contains("\u{00AB}") || text.contains("\u{00BB}") else { return text }
        return text.replacing(#/\u{00AB}\s*/#, with: "").replacing(#/\s*\u{00BB}/#, with: "")
    }

    /// Runs of white space as one space, without spaces at either end. (Regexes are compiled anew at each use,
    /// so the helpers every line goes through do without them.)
    static func collapsedSpaces(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The lines of the pasted text, with a numbered heading run into the previous sentence put on its own line
    /// ("…encourages others.6. CONTRACT").
    static func lines(of text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { splitRunTogetherHeadings(String($0)) }
    }

    static func splitRunTogetherHeadings(_ line: String) -> [String] {
        guard line.contains(where: \.isNumber),
            let match = line.firstMatch(of: #/[a-z.;)](?<heading>\d{1,2}\.\s?[A-Z][A-Z ]{3,}[A-Z]\b)/#)
        else {
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
        if text.contains("<") { text = text.replacing(#/<[^>]{1,40}>/#, with: "") }
        if text.contains("&") {
            for entity in [
                ("&amp;", "&"), ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&#39;", "'"), ("&quot;", "\""),
            ] {
                text = text.replacingOccurrences(of: entity.0, with: entity.1)
            }
        }
        text = collapsedSpaces(text)
        if text.hasPrefix("#") { text = String(text.drop(while: { $0 == "#" || $0 == " " })) }
        text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        if text.contains("](") { text = text.replacing(#/\[([^\]]*)\]\([^)]*\)/#) { String($0.1) } }
        text = text.trimmingCharacters(in: .whitespaces)
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
        if let first = text.first, "•·▪◦●-–—*+".contains(first) {
            text = text.dropFirst().drop(while: \.isWhitespace)
            bulleted = true
        }
        if let marker = listMarker(of: text) {
            text = text[marker...].drop(while: \.isWhitespace)
            bulleted = true
        }
        return (text.trimmingCharacters(in: .whitespaces), bulleted)
    }

    /// Where the text starts after a list marker ("a. ", "iv) ", "12. ", "(1) "), or nil when there is none.
    static func listMarker(of text: Substring) -> String.Index? {
        var text = text
        if text.first == "(" {
            text = text.dropFirst()
            guard text.prefix(while: { $0.isLetter || $0.isNumber }).count <= 4,
                text.contains(")")
            else { return nil }
        }
        let mark = text.prefix(while: { $0.isLetter || $0.isNumber })
        let isMarker =
            mark.allSatisfy(\.isNumber) && (1...2).contains(mark.count)
            || mark.count == 1 && mark.first?.isLowercase == true
            || (1...4).contains(mark.count) && mark.allSatisfy({ "ivx".contains($0) })
        guard isMarker, mark.endIndex < text.endIndex, ".)".contains(text[mark.endIndex]) else { return nil }
        let after = text.index(after: mark.endIndex)
        guard after < text.endIndex, text[after].isWhitespace else { return nil }
        return after
    }

    /// A label as the tables compare it: folded, "n°" as "no", without dots, stars and the closing colon.
    static func label(_ text: String) -> String {
        var label = folded(text)
        for (from, to) in [("n°", "no"), ("nº", "no"), ("no.", "no"), (".", ""), ("*", "")] {
            label = label.replacingOccurrences(of: from, with: to)
        }
        label = collapsedSpaces(label)
        while label.hasSuffix(":") { label.removeLast() }
        return label.trimmingCharacters(in: .whitespaces)
    }
}
