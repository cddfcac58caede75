/// A language the post requires or would welcome, at a level as the notice states it: a NATO level ("V (Advanced)"),
/// a STANAG 6001 standardised language profile ("3333": listening, speaking, reading, writing) or words
/// ("advanced", "working knowledge").
package struct LanguageRequirement: Sendable, Equatable, Codable {
    /// ISO 639-1 code: "en", "fr".
    package var language: String
    package var level: String
    /// False when the notice calls the language desirable.
    package var essential: Bool
    /// The higher level that one of the languages of the same requirement must reach ("V (Advanced) in one;
    /// III (Intermediate) in the other": each language at `level` III, one of them at V).
    package var higherLevelInOne: String?

    package init(language: String, level: String, essential: Bool = true, higherLevelInOne: String? = nil) {
        self.language = language
        self.level = level
        self.essential = essential
        self.higherLevelInOne = higherLevelInOne
    }
}

/// Finds language requirements in the sentences of a notice.
enum LanguageSentence {
    /// Language names in English, French and Italian, folded, by ISO 639-1 code.
    static let names: [String: String] = [
        "english": "en", "anglais": "en", "inglese": "en", "french": "fr", "francais": "fr", "francese": "fr",
        "german": "de", "allemand": "de", "tedesco": "de", "spanish": "es", "espagnol": "es", "spagnolo": "es",
        "italian": "it", "italien": "it", "italiano": "it", "dutch": "nl", "neerlandais": "nl", "olandese": "nl",
        "polish": "pl", "polonais": "pl", "portuguese": "pt", "portugais": "pt", "turkish": "tr", "turc": "tr",
        "russian": "ru", "russe": "ru", "ukrainian": "uk", "ukrainien": "uk", "arabic": "ar", "arabe": "ar",
    ]

    /// The languages a text names, in the order it names them ("l'allemand" names German).
    static func languages(in text: String) -> [String] {
        var codes: [String] = []
        for word in NoticeText.folded(text).split(whereSeparator: { !$0.isLetter }) {
            if let code = names[String(word)], !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// The requirements a line states; `desirable` when the line stands under the desirable qualifications.
    static func requirements(in line: String, desirable: Bool) -> [LanguageRequirement] {
        let text = NoticeText.normalisedPunctuation(line)
        if let pair = oneAndOther(in: text) { return pair.map { with($0, desirable: desirable) } }
        var found: [LanguageRequirement] = []
        for clause in clauses(of: text) {
            let codes = languages(in: clause)
            guard !codes.isEmpty, let level = level(in: clause) else { continue }
            let folded = NoticeText.folded(clause)
            let isDesirable =
                desirable
                || ["desirable", "souhaitable", "advantage", "atout", "asset", "preferred", "apprecie"].contains {
                    folded.contains($0)
                }
            for code in codes {
                found.append(LanguageRequirement(language: code, level: level, essential: !isDesirable))
            }
        }
        return found
    }

    /// The clauses of a sentence: a level and a language go together only within one.
    static func clauses(of text: String) -> [String] {
        var clauses = text.split(whereSeparator: { ",;.".contains($0) }).map(String.init)
        for joint in [" while ", " whereas ", " tandis que "] {
            clauses = clauses.flatMap { $0.components(separatedBy: joint) }
        }
        return clauses
    }

    private static func with(_ requirement: LanguageRequirement, desirable: Bool) -> LanguageRequirement {
        var requirement = requirement
        requirement.essential = !desirable
        return requirement
    }

    /// "V ("Advanced") in one; III ("Intermediate") in the other", in English or French, of English and French
    /// unless the line names other languages.
    static func oneAndOther(in text: String) -> [LanguageRequirement]? {
        let pattern =
            #/(?i)\b(?<high>VI|IV|V|III|II|I)\s*\(\W*(?<highName>[\p{L}]+)\W*\)\s*(?:in|dans)\s+(?:one|l'une)\W+(?:and\s+|et\s+)?(?<low>VI|IV|V|III|II|I)\s*\(\W*(?<lowName>[\p{L}]+)\W*\)\s*(?:in|dans)\s+(?:the\s+other|l'autre)/#
        guard let match = text.firstMatch(of: pattern) else { return nil }
        let high = "\(match.high) (\(match.highName))"
        let low = "\(match.low) (\(match.lowName))"
        var codes = languages(in: text)
        if codes.count < 2 { codes = ["en", "fr"] }
        return codes.map { LanguageRequirement(language: $0, level: low, higherLevelInOne: high) }
    }

    /// The level a clause states, as written: an SLP, a NATO level, or words.
    static func level(in clause: String) -> String? {
        if let match = clause.firstMatch(of: #/\b(?:SLP\s*)?(?<slp>[0-5]\+?[0-5]\+?[0-5]\+?[0-5]\+?)(?!\d)/#) {
            if !match.slp.contains("0") { return String(match.slp) }
        }
        if let match = clause.firstMatch(
            of: #/(?i)\b(?:level|niveau)\s+(?<level>VI|IV|V|III|II|I)\b(?:\s*\(\W*(?<name>[\p{L}]+)\W*\))?/#)
        {
            return match.name.map { "\(match.level) (\($0))" } ?? String(match.level)
        }
        if let match = clause.firstMatch(of: #/\b(?<level>VI|IV|V|III|II|I)\s*\(\W*(?<name>[\p{L}]+)\W*\)/#) {
            return "\(match.level) (\(match.name))"
        }
        let words =
            #/(?i)\b(?:advanced|intermediate|elementary|basic|beginner|fluency|fluent|native|proficiency|proficient|full professional|(?:good|excellent|thorough|working|sound) (?:working )?(?:knowledge|command)|avanc[ée]e?|interm[ée]diaire|[ée]l[ée]mentaire|(?:bonne |parfaite )?ma[îi]trise|connaissance pratique|bonne connaissance|connaissance approfondie|courant)\b/#
        if let match = clause.firstMatch(of: words) { return String(clause[match.range]) }
        return nil
    }
}
