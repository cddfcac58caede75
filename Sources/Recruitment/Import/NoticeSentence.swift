import ChanceryKit

/// What a notice says in a sentence rather than under a label: the clearance in a remark, the contract in its
/// clause, who may apply, where the competition takes place.
enum NoticeSentence {
    /// The classification a text names, English or French marking, longest first ("COSMIC TOP SECRET" before
    /// "SECRET"); a bare level ("SECRET") only where the text speaks of a clearance.
    static func classification(in text: String) -> Classification? {
        let upper = NoticeText.folded(text).uppercased()
        let markings = Classification.allCases.flatMap { level in
            [level.marking, level.marking(in: .french)].map {
                (NoticeText.folded($0).uppercased(), level)
            }
        }
        .sorted { $0.0.count > $1.0.count }
        if let found = markings.first(where: { upper.contains($0.0) }) { return found.1 }
        let folded = NoticeText.folded(text)
        guard folded.contains("clearance") || folded.contains("habilitation") else { return nil }
        let words = upper.split(whereSeparator: { !$0.isLetter }).map(String.init)
        // the abbreviations registers use: "Clearance: NS"
        if let level = Classification.allCases.first(where: { words.contains($0.abbreviation) }) { return level }
        for level in Classification.allCases.reversed() {
            let french = level.marking(in: .french).replacingOccurrences(of: "NATO ", with: "")
            for bare in [level.policyValue, french].map({ NoticeText.folded($0).uppercased() }) {
                if bare.contains(" ") ? upper.contains(bare) : words.contains(bare) { return level }
            }
        }
        return nil
    }

    /// Whether a sentence restricts applications to nationals of NATO member states.
    static func restrictsToMemberStates(_ text: String) -> Bool {
        let folded = NoticeText.folded(text)
        let nationals = folded.contains("nationals") || folded.contains("ressortissants")
        let members = ["member state", "member countr", "member nation", "pays membre", "etats membres"].contains {
            folded.contains($0)
        }
        let only = ["only", "uniquement", "seulement", "can apply", "peuvent postuler", "can only"].contains {
            folded.contains($0)
        }
        return nationals && members && only
    }

    /// Internal when the notice is for serving staff only; external when it invites outside candidates.
    static func audience(in text: String) -> VacancyAudience? {
        let folded = NoticeText.folded(text)
        if [
            "internal candidates only", "internal applicants only", "open to internal", "internal vacancy",
            "serving staff only", "vacance interne", "candidats internes uniquement", "reserve aux candidats internes",
            "open only to serving",
        ].contains(where: { folded.contains($0) }) {
            return .internal
        }
        if [
            "for all other applications", "external candidates", "external applicants", "open to external",
            "toutes les autres candidatures", "candidats externes", "external vacancy",
        ].contains(where: { folded.contains($0) }) {
            return .external
        }
        return nil
    }

    /// The kind of contract a sentence offers first: "definite duration", "indefinite duration" or "temporary"
    /// ("a definite duration contract …, with conversion to an indefinite duration contract" is definite).
    static func contractType(in text: String) -> String? {
        let folded = NoticeText.folded(text)
        let kinds = [
            ("indefinite duration", "indefinite duration"), ("duree indeterminee", "indefinite duration"),
            ("definite duration", "definite duration"), ("duree determinee", "definite duration"),
            ("temporary contract", "temporary"), ("contrat temporaire", "temporary"),
        ]
        let found = kinds.compactMap { phrase, kind in
            folded.range(of: phrase).map { range in
                // "indefinite duration" also contains "definite duration": count it where "in" starts
                (position: range.lowerBound, length: phrase.count, kind: kind)
            }
        }
        return found.min { ($0.position, -$0.length) < ($1.position, -$1.length) }?.kind
    }

    /// The number of years of the contract a sentence offers ("three-year definite duration contract",
    /// "contrat de trois ans").
    static func contractYears(in text: String) -> Int? {
        let folded = NoticeText.folded(text)
        guard folded.contains("contract") || folded.contains("contrat") else { return nil }
        guard
            let match = folded.firstMatch(
                of:
                    #/\b(?<count>\d{1,2}|one|two|three|four|five|six|un|deux|trois|quatre|cinq|six)(?:\s*\(\d{1,2}\))?[\s-](?:years?|ans?)\b/#
            )
        else { return nil }
        return number(String(match.count))
    }

    /// A number written in figures or in words (English and French, one to ten).
    static func number(_ text: String) -> Int? {
        if let value = Int(text) { return value }
        let words = [
            "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
            "neuf": 9, "dix": 10,
        ]
        return words[NoticeText.folded(text)]
    }

    /// The first number in a value ("1", "Two (2)", "deux postes").
    static func firstNumber(in text: String) -> Int? {
        if let match = text.firstMatch(of: #/\d+/#) { return Int(match.output) }
        return text.split(whereSeparator: { !$0.isLetter }).lazy.compactMap { number(String($0)) }.first
    }

    /// Whether a sentence says where and when the competition takes place.
    static func describesCompetition(_ text: String) -> Bool {
        let folded = NoticeText.folded(text)
        return
            (folded.contains("competition")
            && (folded.contains("conducted") || folded.contains("held")
                || folded.contains("scheduled") || folded.contains("take place")))
            || (folded.contains("concours") && (folded.contains("se deroulera") || folded.contains("aura lieu")))
    }

    /// Whether a sentence gives the application deadline.
    static func givesDeadline(_ text: String) -> Bool {
        let folded = NoticeText.folded(text)
        return [
            "deadline", "closing date", "submitted by", "no later than", "not later than", "closes on", "date limite",
            "au plus tard", "date de cloture", "avant le", "must be received by", "doivent parvenir",
        ].contains { folded.contains($0) }
    }
}
