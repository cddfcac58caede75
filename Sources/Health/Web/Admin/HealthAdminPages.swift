import ChancerySpine

// Each is the page's own part; `AdminConsolePages.formPage` adds the labels, CSRF token, values, errors and flash.

/// `/admin/health/clinicians`: the clinicians, and the form that adds one.
struct HealthCliniciansAdminPage: Sendable {
    struct Row: Sendable {
        var id: String
        var href: String
        var name: String
        var username: String
        var specialty: String
        var location: String
        var state: String
        var active: Bool
    }

    var rows: [Row]
    var hasRows: Bool
    var accounts: [AdminParts.Option]
    var hasAccounts: Bool
    var specialties: [String]
    var rooms: [String]
}

/// `/admin/health/clinicians/{id}`: a clinician's form, and the button that deactivates or offers them again.
struct HealthClinicianAdminPage: Sendable {
    var heading: String
    var id: String
    var version: Int64
    var active: Bool
    var state: String
    var specialties: [String]
    var rooms: [String]
}

/// `/admin/health/appointment-types`: the types, and the form that adds one.
struct HealthTypesAdminPage: Sendable {
    struct Row: Sendable {
        var code: String
        var href: String
        var nameEN: String
        var nameFR: String
        var duration: Int
        var kind: String
        var state: String
        var active: Bool
    }

    var rows: [Row]
    var hasRows: Bool
    var kinds: [AdminParts.Option]
}

/// `/admin/health/appointment-types/{code}`: a type's form, and the button that deactivates or offers it again.
struct HealthTypeAdminPage: Sendable {
    var heading: String
    var code: String
    var version: Int64
    var active: Bool
    var state: String
    var kinds: [AdminParts.Option]
}
