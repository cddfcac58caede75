import ChanceryKit

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// Accounts used across tests, each a principal of a different shape.
package enum MockUser {
    package static let password = "correct horse battery staple"

    package static let registry = UserAttributes(
        displayName: "Rémi Registre", clearance: .natoSecret, nationality: "FRA", categories: [],
        roles: [.registryClerk], units: ["IPS"], groups: [])
    package static let clinician = UserAttributes(
        displayName: "Dr Martin", clearance: .natoSecret, nationality: "BEL", categories: ["MEDICAL"],
        roles: [.healthClinician], units: ["HEALTH"], groups: [])
    package static let visitor = UserAttributes(
        displayName: "Vic Visitor", clearance: .natoUnclassified, nationality: "SWE", categories: [], roles: [],
        units: [], groups: [])
    package static let auditor = UserAttributes(
        displayName: "Ana Auditor", clearance: .cosmicTopSecret, nationality: "NLD",
        categories: ["MEDICAL", "STAFF", "LEGAL", "RECRUITMENT", "INTEL"], roles: [.auditor],
        units: ["IPS", "HEALTH"], groups: [])
    package static let admin = UserAttributes(
        displayName: "Alex Admin", clearance: .natoSecret, nationality: "BEL", categories: [], roles: [.admin],
        units: ["IPS"], groups: [])
}

extension TestInstallation {
    /// Creates an account with the mock password, and first the groups it names that do not exist yet.
    @discardableResult
    package func user(_ username: String, _ attributes: UserAttributes) async throws -> UserAccount {
        for group in (attributes.groups ?? []).sorted() {
            if try await chancery.groups.find(name: group) == nil {
                try await chancery.groups.create(name: group, actor: "test")
            }
        }
        return try await chancery.users.create(
            username: username, password: MockUser.password, attributes: attributes, actor: "test")
    }

    /// Creates a note as a principal, failing the test if refused.
    @discardableResult
    package func note(
        _ title: String, _ label: SecurityLabel, unit: String, by principal: Principal, openToUnit: Bool = true
    )
        async throws -> LabelledObject
    {
        try await chancery.database.transaction { db in
            try await chancery.objects.createNote(
                title: title, label: label, owningUnit: unit, openToUnit: openToUnit, by: principal, on: db
            ).get()
        }
    }
}
