/// The model of the home page: the principal's profile, their offices and the latest items they may see.
package struct HomePage: PageModel {
    /// One office the principal works in; a planned office has no link and says it is coming.
    package struct Office {
        package var id: String
        package var name: String
        package var about: String
        package var status: String?
        package var href: String?
    }

    /// One of the latest items.
    package struct Recent {
        package var title: String
        package var banner: String
        package var bannerClass: String
        package var unit: String
        package var updated: String
        package var updatedShort: String
    }

    package var t: [String: String]
    package var welcome: String
    package var clearance: String
    package var nationality: String
    package var categories: String
    package var units: String
    package var groups: String
    package var roles: String
    package var offices: [Office]
    package var hasOffices: Bool
    package var recent: [Recent]
    package var hasRecent: Bool
    package var audit: String?
    /// The person's saved searches, each a link that runs it; the section shows only when there are some.
    package var saved: [SearchPage.Saved] = []
    package var hasSaved = false

    package init(
        t: [String: String], welcome: String, clearance: String, nationality: String, categories: String, units: String,
        groups: String, roles: String, offices: [Office], recent: [Recent]
    ) {
        self.t = t
        self.welcome = welcome
        self.clearance = clearance
        self.nationality = nationality
        self.categories = categories
        self.units = units
        self.groups = groups
        self.roles = roles
        self.offices = offices
        hasOffices = !offices.isEmpty
        self.recent = recent
        hasRecent = !recent.isEmpty
    }
}
