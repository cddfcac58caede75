/// The text every list page shares (pager, export, refusals of its query), English and French side by side.
package enum ListStrings {
    package static let table: [String: (en: String, fr: String)] = [
        "list.pager": ("Pages of the list", "Pages de la liste"),
        "list.rows": ("Rows {first} to {last} of {total}", "Lignes {first} à {last} sur {total}"),
        "list.none": ("No rows", "Aucune ligne"),
        "list.previous": ("Previous page", "Page précédente"),
        "list.next": ("Next page", "Page suivante"),
        "list.csv": ("Download as CSV", "Télécharger en CSV"),
        "list.search": ("Search the list", "Chercher dans la liste"),
        "list.search.q": ("Contains", "Contient"),
        "list.search.submit": ("Filter", "Filtrer"),
        "list.search.clear": ("Show all", "Tout afficher"),
        "list.reason.sort": (
            "this list cannot be sorted by that column", "cette liste ne se trie pas par cette colonne"
        ),
        "list.reason.order": ("the order is asc or desc", "l'ordre est asc ou desc"),
        "list.reason.page": ("a page is a number from 1 to 10000", "une page est un nombre de 1 à 10000"),
        "list.reason.format": ("the only other format is csv", "le seul autre format est csv"),
        "list.reason.filter": ("this filter has no such value", "ce filtre n'a pas cette valeur"),
        "list.reason.text": ("a search is at most 100 characters.", "une recherche fait au plus 100 caractères."),
    ]
}
