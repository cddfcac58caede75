import Foundation

/// How text becomes search terms, once, in Swift, so that SQLite and PostgreSQL index exactly the same terms and
/// a query means the same on both.
///
/// A word is a run of letters and digits. It is *folded* (lower case, accents and ligatures removed: "Sécurité"
/// becomes "securite", "Œuvre" "oeuvre") and then *stemmed* by a light stemmer for English and French that
/// removes plural, feminine and -ing/-ed endings ("réunions" and "réunion" both become "reunion", "meetings" and
/// "meeting" both "meet"). The stemmer is ours: SQLite's only stemmer is English, and running one function on
/// both sides of both databases is what makes their answers identical.
public enum SearchText {
    /// A word of a text: where it is in the original, and its folded form.
    public struct Word: Sendable, Equatable {
        public var range: Range<String.Index>
        public var folded: String
    }

    /// The words of a text, in order. Written for speed (a reindex folds every word of a million objects): the
    /// folded form is built as UTF-8 bytes, with a table for accented letters.
    public static func words(of text: String) -> [Word] {
        var words: [Word] = []
        var folded: [UInt8] = []
        folded.reserveCapacity(32)
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        func close(at end: String.Index) {
            if let first = start {
                words.append(Word(range: first..<end, folded: String(decoding: folded, as: UTF8.self)))
            }
            start = nil
            folded.removeAll(keepingCapacity: true)
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            var inWord = true
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: folded.append(UInt8(value))
                case 0x41...0x5A: folded.append(UInt8(value + 0x20))
                default: inWord = false
                }
            } else if let mapped = foldedLetters[value] {
                folded.append(contentsOf: mapped)
            } else {
                let properties = scalar.properties
                if properties.generalCategory == .nonspacingMark {
                    // A combining accent inside a word belongs to the word and is dropped; elsewhere it separates.
                    inWord = start != nil
                } else if properties.isAlphabetic || properties.numericType != nil {
                    folded.append(contentsOf: properties.lowercaseMapping.utf8)
                } else {
                    inWord = false
                }
            }
            if inWord {
                if start == nil { start = index }
            } else if start != nil {
                close(at: index)
            }
            index = scalars.index(after: index)
        }
        close(at: scalars.endIndex)
        return words
    }

    /// Latin, Greek and Cyrillic letters with their accents removed and in lower case (UTF-8), computed once.
    static let foldedLetters: [UInt32: [UInt8]] = {
        var table: [UInt32: String] = [
            0x00DF: "ss", 0x00C6: "ae", 0x00E6: "ae", 0x0152: "oe", 0x0153: "oe", 0x00D8: "o",
            0x00F8: "o", 0x0141: "l", 0x0142: "l", 0x0110: "d", 0x0111: "d", 0x00DE: "th",
            0x00FE: "th",
        ]
        for value in UInt32(0x00C0)..<0x0530 where table[value] == nil {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let base = String(scalar).decomposedStringWithCanonicalMapping
            let kept = base.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
            guard !kept.isEmpty else { continue }
            table[value] = kept.map { $0.properties.lowercaseMapping }.joined()
        }
        return table.mapValues { Array($0.utf8) }
    }()

    /// The stem of a folded word: the part that its singular, plural, feminine and -ing/-ed forms share.
    public static func stem(_ word: String) -> String {
        var letters = Array(word.utf8)
        // Numbers, references and words of other scripts are kept as they are.
        guard letters.count > 3, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        func ends(_ suffix: String) -> Bool {
            letters.count > suffix.utf8.count && letters.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
        }
        func drop(_ count: Int) { letters.removeLast(count) }
        func isVowel(_ letter: UInt8) -> Bool { "aeiouy".utf8.contains(letter) }

        // Plurals: journaux → journal, réunions → reunion, meetings → meeting (not "class", "status", "analysis").
        if letters.count > 5, ends("aux") {
            drop(2)
            letters.append(0x6C)
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            drop(1)
        }
        // English verb forms: meeting → meet, reported → report, planned → plan (the stem keeps 3 letters or more).
        for suffix in ["ing", "ed"] where ends(suffix) && letters.count - suffix.utf8.count >= 4 {
            let before = letters[letters.count - suffix.utf8.count - 1]
            drop(suffix.utf8.count)
            let count = letters.count
            if count >= 2, letters[count - 1] == letters[count - 2], !isVowel(before), !"lsz".utf8.contains(before) {
                drop(1)
            }
            break
        }
        // policy/policies → polici; a final e (feminine, silent) goes: sécurité → securit, archives → archiv.
        if letters.count > 3, letters.last == 0x79, !isVowel(letters[letters.count - 2]) {
            letters[letters.count - 1] = 0x69
        } else if letters.count > 4, letters.last == 0x65 {
            drop(1)
        }
        return String(decoding: letters, as: UTF8.self)
    }

    /// The stems of a text, separated by spaces: what the index stores to match words and phrases.
    public static func stems(of text: String) -> [String] { words(of: text).map { stem($0.folded) } }

    /// The folded words of a text, unstemmed: what the index stores to match prefixes.
    public static func foldedWords(of text: String) -> [String] { words(of: text).map(\.folded) }

    /// The longest field value compared (in characters of its folded form); a longer one is compared on its
    /// beginning only.
    public static let maxFieldValue = 200

    /// A field's value (a metadata value, a file name) as the index stores it and a `meta.<key>:` or
    /// `filename:` filter compares it: its folded words separated by one space, unstemmed, so that
    /// "Minutes_2026-03.PDF" and "minutes 2026 03 pdf" are the same value, and "minutes" its beginning.
    public static func fieldValue(_ text: String) -> String {
        String(foldedWords(of: text).joined(separator: " ").prefix(maxFieldValue))
    }
}
