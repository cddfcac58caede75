/// The search page's text, (English and French in `ChancerySpine/Strings/search-web.json`).
package enum SearchWebStrings {
    /// Keys of the page's labels, passed to the template as `t.<key>` from `search.<key>`.
    package static let pageKeys = [
        "title", "box", "submit", "help", "helpWords", "helpPhrase", "helpPrefix", "helpExclude", "helpOr",
        "helpFilters", "facets", "office", "type", "classification", "year", "next", "noHits", "reference", "date",
        "refine", "saveName", "save", "saved", "deleteSaved", "noSaved",
    ]

}
