import ChanceryKit
import ChancerySpine

extension Role {
    package static let healthClerk = Role("health.clerk")
    package static let healthClinician = Role("health.clinician")
    package static let healthAdvisor = Role("health.advisor")
    /// A privilege rather than a job: may book a clinician or a patient twice at the same time.
    package static let healthOverbook = Role("health.overbook")
}

/// Who works in the Health Office, and what the rest of the system calls it: its card on the home page, its jobs
/// as a refusal names them, its facet in search.
extension HealthOffice {
    package var roles: [Role] { [.healthClerk, .healthClinician, .healthAdvisor, .healthOverbook] }

    package var demoAccounts: [DemoData.Account] {
        [
            DemoData.account(
                "medclerk", "Marta Medical", .natoConfidential, "ESP", ["MEDICAL"], [.healthClerk], ["HEALTH"]),
            DemoData.account(
                "clinician", "Dr Claire Martin", .natoSecret, "FRA", ["MEDICAL"], [.healthClinician], ["HEALTH"]),
            DemoData.account(
                "clinician2", "Dr Jonas Berg", .natoSecret, "NOR", ["MEDICAL"], [.healthClinician], ["HEALTH"]),
            DemoData.account(
                "advisor", "Dr Pieter Janssens", .natoSecret, "NLD", ["MEDICAL"],
                [.healthAdvisor, .healthClinician, .healthOverbook], ["HEALTH"]),
        ]
    }

}
