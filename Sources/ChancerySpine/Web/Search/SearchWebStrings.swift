/// The search page's text, English and French side by side (merged into `Strings.table`).
package enum SearchWebStrings {
    /// Keys of the page's labels, passed to the template as `t.<key>` from `search.<key>`.
    package static let pageKeys = [
        "title", "box", "submit", "help", "helpWords", "helpPhrase", "helpPrefix", "helpExclude", "helpOr",
        "helpFilters", "facets", "office", "type", "classification", "year", "next", "noHits", "reference", "date",
        "refine", "saveName", "save", "saved", "deleteSaved", "noSaved",
    ]

    package static let table: [String: (en: String, fr: String)] = [
        "search.title": ("Search", "Recherche"),
        "search.box": ("Search everything you may read", "Rechercher dans tout ce que vous pouvez lire"),
        "search.submit": ("Search", "Rechercher"),
        "search.help": ("How to search", "Comment rechercher"),
        "search.helpWords": (
            "Words: every word must be found; accents and plurals do not matter (securite finds sécurité).",
            "Mots : chaque mot doit être trouvé ; accents et pluriels sont indifférents (securite trouve sécurité)."
        ),
        "search.helpPhrase": (
            "\"minutes of the meeting\": these words in this order.",
            "« procès-verbal de la réunion » entre guillemets droits \"…\" : ces mots dans cet ordre."
        ),
        "search.helpPrefix": ("logis*: words that begin with logis.", "logis* : les mots qui commencent par logis."),
        "search.helpExclude": ("-draft: without the word draft.", "-brouillon : sans le mot brouillon."),
        "search.helpOr": ("meeting OR réunion: either word.", "meeting OR réunion : l'un ou l'autre mot."),
        "search.helpFilters": (
            "Filters: ref:IMSM/2026 class:NR (at most) series:IMSM office:registry type:minutes from:2026-03 to:2026-03-31.",
            "Filtres : ref:IMSM/2026 class:NR (au plus) series:IMSM office:registry type:minutes from:2026-03 to:2026-03-31."
        ),
        "search.facets": ("Refine", "Affiner"),
        "search.office": ("Office", "Bureau"),
        "search.type": ("Type", "Type"),
        "search.classification": ("Classification", "Classification"),
        "search.year": ("Year", "Année"),
        "search.next": ("Next results", "Résultats suivants"),
        "search.noHits": (
            "Nothing you may read matches this search.",
            "Rien de ce que vous pouvez lire ne correspond à cette recherche."
        ),
        "search.reference": ("Reference", "Référence"),
        "search.date": ("Date", "Date"),
        "search.refine": ("Add this filter", "Ajouter ce filtre"),
        "search.total": ("{count} results", "{count} résultats"),
        "search.totalOne": ("1 result", "1 résultat"),
        "search.totalNone": ("No results", "Aucun résultat"),
        "search.shown": ("Results {first} to {last}", "Résultats {first} à {last}"),
        "nav.search": ("Search", "Recherche"),
    ]
}
