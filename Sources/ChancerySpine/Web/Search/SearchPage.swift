/// The model of the search page: the box, and after a search its total, facets and hits.
package struct SearchPage: PageModel {
    /// One facet and the counts of its values; a value has a link when choosing it would narrow the search.
    package struct Facet {
        package struct Value {
            package var name: String
            package var value: String
            package var count: Int
            package var facet: String
            package var href: String?
        }

        package var id: String
        package var name: String
        package var values: [Value]
    }

    /// One hit; `href` is the page that shows it, when its office has one.
    package struct Hit {
        package var id: String
        package var title: String
        package var banner: String
        package var bannerClass: String
        package var office: String
        package var type: String
        package var snippet: String
        package var href: String?
        package var reference: String?
        package var date: String?
    }

    /// One of the person's saved searches.
    package struct Saved {
        package var id: String
        package var name: String
        package var query: String
    }

    package var t: [String: String]
    package var q: String
    package var error: String?
    package var searched = false
    package var hits: [Hit] = []
    package var first: Int?
    package var facets: [Facet] = []
    package var hasFacets = false
    package var totalText: String?
    package var next: String?
    package var csrf = ""
    /// The form to save this search shows once it has been searched.
    package var canSave = false
    package var saveName = ""
    package var errors: FormErrors.Model?
    package var notice: String?
    package var saved: [Saved] = []
    package var hasSaved = false

    package init(t: [String: String], q: String) {
        self.t = t
        self.q = q
    }
}
