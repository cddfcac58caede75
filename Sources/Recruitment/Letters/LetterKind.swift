import ChancerySpine

/// The letters the section sends candidates, each from a template the assistants edit.
package enum LetterKind: String, Sendable, CaseIterable, Codable {
    case acknowledgement
    /// An invitation to a written test or an interview (when and where are given as the letter is produced).
    case invitation
    case regret
    /// The offer, subject to security clearance and medical approval.
    case offer
    /// The candidate is placed on the reserve list.
    case reserve

    /// The placeholders a template may use, as `{{name}}`: nothing else is taken when a template is saved.
    package static let placeholders: [String] = [
        "candidate.name", "candidate.givenNames", "candidate.familyName", "application.reference", "vacancy.title",
        "vacancy.number", "vacancy.grade", "vacancy.location", "date", "invitation.when", "invitation.place",
        "reserve.until",
    ]
}

/// The languages a letter is written in: the candidate's choice of English or French.
package enum LetterLanguage: String, Sendable, CaseIterable, Codable {
    case en, fr

    package var language: Language { self == .fr ? .fr : .en }

    /// The candidate's language: the first of English or French among the languages they declared, else English.
    package static func chosen(by languages: [ApplicationRequest.LanguageEntry]) -> LetterLanguage {
        languages.lazy.compactMap { LetterLanguage(rawValue: $0.language) }.first ?? .en
    }
}
