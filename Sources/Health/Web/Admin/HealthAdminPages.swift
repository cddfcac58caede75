import ChancerySpine

// Each is the page's own part; `AdminConsolePages.formPage` adds the labels, CSRF token, values, errors and flash.

/// A clinician of `/admin/health/clinicians`.
struct HealthClinicianRow: Sendable {
    var id: String
    var href: String
    var name: String
    var username: String
    var specialty: String
    var location: String
    var state: String
    var active: Bool
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

/// An appointment type of `/admin/health/appointment-types`.
struct HealthTypeRow: Sendable {
    var code: String
    var href: String
    var nameEN: String
    var nameFR: String
    var duration: Int
    var kind: String
    var state: String
    var active: Bool
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
