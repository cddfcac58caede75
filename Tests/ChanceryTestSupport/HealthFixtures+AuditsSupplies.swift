import ChanceryKit

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// Principals and patients for the QA audit and supplies tests.
package enum AuditsSuppliesMocks {
    package static let clerk = UserAttributes(
        displayName: "Claire Clerk", clearance: .natoConfidential, nationality: "BEL", categories: ["MEDICAL"],
        roles: [.healthClerk], units: ["HEALTH"], groups: [])
    package static let advisor = UserAttributes(
        displayName: "Dr Advisor", clearance: .natoSecret, nationality: "FRA", categories: ["MEDICAL"],
        roles: [.healthAdvisor, .healthClinician], units: ["HEALTH"], groups: [])
    /// NATO SECRET, in the Health Office, with a clinician's role, but not briefed for MEDICAL.
    package static let unbriefed = UserAttributes(
        displayName: "Nina Nomedical", clearance: .natoSecret, nationality: "BEL", categories: [],
        roles: [.healthClinician], units: ["HEALTH"], groups: [])
    /// MEDICAL and NATO SECRET, a clinician's role, but in another unit.
    package static let outsider = UserAttributes(
        displayName: "Otto Outside", clearance: .natoSecret, nationality: "DEU", categories: ["MEDICAL"],
        roles: [.healthClinician], units: ["J2"], groups: [])

    /// A patient's details; `complete` fills every demographic field the checklist looks at.
    package static func details(_ family: String, complete: Bool = true, restricted: Bool = false) -> Patient.Details {
        Patient.Details(
            familyName: family, givenNames: "Alex", dateOfBirth: "1980-04-12", sex: "unknown", nationality: "BEL",
            emergencyName: complete ? "Sam \(family)" : nil, emergencyPhone: complete ? "+32 2 000 00 00" : nil,
            insurer: complete ? "NATO Staff Insurance" : nil, insurerNumber: nil, restricted: restricted)
    }
}
