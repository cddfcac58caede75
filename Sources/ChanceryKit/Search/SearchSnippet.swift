import Foundation

/// The excerpt shown under a hit: a window of the document's own text around the words the query looks for,
/// HTML-escaped, with those words in `<mark>`. It is cut from the hit's stored text only, so a snippet can
/// show nothing that the hit itself does not.
public enum SearchSnippet {
    /// The best window of about `width` words of `text` (the one with the most matches; the beginning when none).
    public static func make(
        from text: String, stems: Set<String>, prefixes: [String], width: Int = 28
    ) -> String {
        let words = SearchText.words(of: text)
        guard !words.isEmpty else { return "" }
        let matches = words.map { word in
            stems.contains(SearchText.stem(word.folded)) || prefixes.contains { word.folded.hasPrefix($0) }
        }
        // The window of `width` words with the most matches, found by sliding.
        var best = 0
        var bestCount = -1
        var count = 0
        for index in words.indices {
            if matches[index] { count += 1 }
            if index >= width, matches[index - width] { count -= 1 }
            let start = max(0, index - width + 1)
            if count > bestCount {
                bestCount = count
                best = start
            }
        }
        // Start a little before the first match of the window, so it reads in context.
        if let first = (best..<min(words.count, best + width)).first(where: { matches[$0] }) {
            best = max(0, min(first - 4, words.count - width))
        }
        let end = min(words.count, best + width)
        var html = best > 0 ? "… " : ""
        var cursor = best > 0 ? words[best].range.lowerBound : text.startIndex
        for index in best..<end {
            let word = words[index]
            html += escape(text[cursor..<word.range.lowerBound])
            let shown = escape(text[word.range])
            html += matches[index] ? "<mark>\(shown)</mark>" : shown
            cursor = word.range.upperBound
        }
        if end < words.count {
            html += " …"
        } else {
            html += escape(text[cursor...])
        }
        return collapseSpaces(html)
    }

    /// `&`, `<`, `>`, `"` and `'` as entities.
    public static func escape(_ text: Substring) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static func collapseSpaces(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text {
            let isSpace = character.isWhitespace
            if isSpace && lastWasSpace { continue }
            result.append(isSpace ? " " : character)
            lastWasSpace = isSpace
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
