/// A name or a value in both languages: an office's reference data (a specialty, a room, a distribution list).
package struct BilingualTerm: Sendable, Equatable {
    package var en: String
    package var fr: String

    package init(_ en: String, _ fr: String) {
        self.en = en
        self.fr = fr
    }

    package func text(in language: Language) -> String { language == .fr ? fr : en }
}

/// The known terms of an office, found by their English or their French text, case aside.
///
/// A store keeps such a value as it was entered (the API returns it unchanged); a page shows a known term in its
/// own language, whichever language it was entered in, and any other text as entered.
package struct Glossary: Sendable {
    private let byText: [String: BilingualTerm]

    package init(_ terms: [BilingualTerm]) {
        var byText: [String: BilingualTerm] = [:]
        for term in terms {
            byText[term.en.lowercased()] = term
            byText[term.fr.lowercased()] = term
        }
        self.byText = byText
    }

    /// A stored value as a page in `language` shows it: the term in that language when it is a known one, otherwise
    /// the text as entered.
    package func display(_ text: String, in language: Language) -> String {
        byText[text.lowercased()]?.text(in: language) ?? text
    }
}
