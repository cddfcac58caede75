import ChancerySpine

/// The registry's reference names in English and French: the demo's distribution lists, their names and their
/// descriptions.
///
/// The store keeps a list's name and description as they were entered (the API returns them unchanged); a page shows
/// a known one in its own language, whichever language it was entered in, and any other text as entered. The demo
/// takes its lists from here, so a French page of the demo shows French throughout (as the Health Office's terms).
package enum RegistryTerms {
    /// One name in both languages.
    package typealias Term = BilingualTerm

    /// A demo distribution list: its name and its description.
    package struct List: Sendable {
        package var name: Term
        package var description: Term
    }

    package static let frontOffice = List(
        name: Term("Front office", "Secrétariat de direction"),
        description: Term(
            "Director's front office and liaison officers", "Secrétariat du directeur et officiers de liaison"))
    package static let healthOffice = List(
        name: Term("Health Office", "Bureau de santé"),
        description: Term("Everyone in the Health Office", "Tout le personnel du bureau de santé"))
    package static let operations = List(
        name: Term("Operations and intelligence", "Opérations et renseignement"),
        description: Term(
            "J2, J3 and the intelligence production unit", "J2, J3 et l'unité de production du renseignement"))
    package static let personnel = List(
        name: Term("Personnel and legal", "Personnel et affaires juridiques"),
        description: Term(
            "HR case management and the legal adviser", "Gestion des dossiers RH et conseiller juridique"))

    package static let lists = [frontOffice, healthOffice, operations, personnel]

    private static let glossary = Glossary(lists.flatMap { [$0.name, $0.description] })

    /// A stored name or description as a page in `language` shows it: the term in that language when it is a known
    /// one, otherwise the text as entered.
    package static func display(_ text: String, in language: Language) -> String {
        glossary.display(text, in: language)
    }

    /// The stored (English) names of the known lists whose name in `language` contains `text`, case aside: what a
    /// French reader types finds the list stored under its English name.
    package static func storedNames(containing text: String, in language: Language) -> [String] {
        guard language != .en else { return [] }
        let typed = text.lowercased()
        return lists.map(\.name).filter { $0.text(in: language).lowercased().contains(typed) }.map(\.en)
    }
}

extension Localizer {
    /// A stored distribution list's name or description in the page's language.
    package func listTerm(_ text: String) -> String { RegistryTerms.display(text, in: language) }
}
