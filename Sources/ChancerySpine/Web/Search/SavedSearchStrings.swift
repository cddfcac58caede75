/// The text of saved searches, English and French side by side (merged into `Strings.table`).
package enum SavedSearchStrings {
    package static let table: [String: (en: String, fr: String)] = [
        "search.saveName": ("Save this search as", "Enregistrer cette recherche sous le nom"),
        "search.save": ("Save the search", "Enregistrer la recherche"),
        "search.saved": ("Your saved searches", "Vos recherches enregistrées"),
        "search.deleteSaved": ("Delete", "Supprimer"),
        "search.noSaved": (
            "You have no saved searches. Search, then save the search under a name to run it again later.",
            "Vous n'avez aucune recherche enregistrée. Lancez une recherche, puis enregistrez-la sous un nom pour la relancer plus tard."
        ),
        "saved.done.saved": ("The search is saved.", "La recherche est enregistrée."),
        "saved.done.deleted": ("The saved search is deleted.", "La recherche enregistrée est supprimée."),
        "saved.reason.name": ("a name has at most 100 characters.", "un nom compte au plus 100 caractères."),
        "saved.reason.query": ("a search has at most 512 characters.", "une recherche compte au plus 512 caractères."),
        "saved.error.notFound": (
            "You have no saved search {id}.", "Vous n'avez aucune recherche enregistrée {id}."
        ),
        "saved.reason.tooMany": (
            "you already keep 50 saved searches; delete one first.",
            "vous gardez déjà 50 recherches enregistrées ; supprimez-en une d'abord."
        ),
    ]
}
