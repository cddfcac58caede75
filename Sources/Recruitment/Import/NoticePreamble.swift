/// The lines above a notice's first heading that carry no label: the body's name, the place, the title.
enum NoticePreamble {
    /// NATO bodies as notices name them at their head, folded.
    static let bodies: Set<String> = [
        "nato", "otan", "nato - otan", "nato/otan", "north atlantic treaty organization",
        "organisation du traite de l'atlantique nord", "international military staff",
        "etat-major militaire international",
        "nato international military staff", "international staff", "nato international staff",
        "secretariat international", "secretariat international de l'otan", "nato international staff (is)",
        "nato headquarters", "siege de l'otan", "nato support and procurement agency",
        "agence otan de soutien et d'acquisition", "nspa", "nato communications and information agency",
        "agence otan d'information et de communication", "ncia", "nci agency", "shape",
        "supreme headquarters allied powers europe", "grand quartier general des puissances alliees en europe",
        "allied command operations", "commandement allie operations", "aco", "allied command transformation",
        "commandement allie transformation", "act", "hq sact", "headquarters supreme allied commander transformation",
        "joint force command brunssum", "joint force command naples", "jfc brunssum", "jfc naples",
        "nato science and technology organization", "centre for maritime research and experimentation", "cmre",
        "nato defense college", "college de defense de l'otan", "nato airborne early warning & control force",
        "nato school oberammergau", "joint warfare centre", "nato multinational", "allied air command",
        "allied maritime command", "allied land command",
    ]

    /// Places of NATO bodies and their host countries, folded: a line made only of these names is a location.
    static let places: Set<String> = [
        "brussels", "bruxelles", "belgium", "belgique", "mons", "casteau", "the hague", "la haye", "den haag",
        "netherlands", "pays-bas", "capellen", "luxembourg", "lux", "naples", "napoli", "italy", "italie", "brunssum",
        "norfolk", "virginia", "usa", "united states", "ramstein", "germany", "allemagne", "stavanger", "norway",
        "norvege", "lisbon", "lisbonne", "oeiras", "portugal", "geilenkirchen", "bydgoszcz", "poland", "pologne",
        "izmir", "turkey", "turquie", "la spezia", "rome", "oberammergau", "northwood", "united kingdom",
        "royaume-uni", "uk", "france", "paris", "capital", "brussels capital", "region",
    ]

    /// The words a notice puts above itself to say what it is, folded.
    static let banners: Set<String> = [
        "vacancy notice", "notice of vacancy", "avis de vacance", "avis de vacance de poste", "job description",
        "description de poste", "vacancy announcement", "job vacancy", "civilian vacancy", "vacance de poste",
    ]

    static func isBanner(_ text: String) -> Bool {
        banners.contains(NoticeText.label(text))
    }

    /// Whether a body's name is only the organisation's ("NATO", "OTAN").
    static func isGeneric(_ text: String) -> Bool {
        ["nato", "otan", "nato - otan", "nato/otan"].contains(NoticeText.folded(text))
    }

    static func isBody(_ text: String) -> Bool {
        bodies.contains(NoticeText.folded(text).trimmingCharacters(in: .whitespaces))
    }

    /// "Brussels - Belgium", "Capellen, LUX", "Mons (Belgium)".
    static func isPlace(_ text: String) -> Bool {
        let parts = NoticeText.folded(text).split(whereSeparator: { ",-()/".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return !parts.isEmpty && parts.allSatisfy { places.contains($0) }
    }

    /// Whether a line may be a title: short, not a sentence, not a banner.
    static func mayBeTitle(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        return words >= 1 && words <= 14 && !text.hasSuffix(".") && !text.hasSuffix(":") && text.count <= 120
    }
}
