import ChancerySpine

/// `/admin/health/clinicians`: the clinicians, and the form that adds one.
struct HealthCliniciansAdminPage: PageModel {
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

    var t: [String: String]
    var csrf: String
    var rows: [Row]
    var hasRows: Bool
    var accounts: [AdminParts.Option]
    var hasAccounts: Bool
    var specialties: [String]
    var rooms: [String]
    var values: [String: String]
    var errors: FormErrors.Model?
    var notice: String?
}

/// `/admin/health/clinicians/{id}`: a clinician's form, and the button that deactivates or offers them again.
struct HealthClinicianAdminPage: PageModel {
    var t: [String: String]
    var heading: String
    var id: String
    var csrf: String
    var version: Int64
    var active: Bool
    var state: String
    var specialties: [String]
    var rooms: [String]
    var values: [String: String]
    var errors: FormErrors.Model?
    var notice: String?
}

/// `/admin/health/appointment-types`: the types, and the form that adds one.
struct HealthTypesAdminPage: PageModel {
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

    var t: [String: String]
    var csrf: String
    var rows: [Row]
    var hasRows: Bool
    var kinds: [AdminParts.Option]
    var values: [String: String]
    var errors: FormErrors.Model?
    var notice: String?
}

/// `/admin/health/appointment-types/{code}`: a type's form, and the button that deactivates or offers it again.
struct HealthTypeAdminPage: PageModel {
    var t: [String: String]
    var heading: String
    var code: String
    var csrf: String
    var version: Int64
    var active: Bool
    var state: String
    var kinds: [AdminParts.Option]
    var values: [String: String]
    var errors: FormErrors.Model?
    var notice: String?
}
