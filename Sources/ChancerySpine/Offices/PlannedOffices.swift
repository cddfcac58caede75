import ChanceryKit

/// The offices the headquarters has but Chancery does not run yet (legal advice, intelligence support). Their people already have accounts and roles, and the home page shows each its card
/// ("this office's pages are being built"). When an office is built, its entry leaves this file for the office's
/// own target: its roles, strings and demo accounts move with it.
package struct PlannedOffice: Sendable {
    /// As `Office.name`: the prefix of its roles and of its card's strings.
    package var name: String
    /// Its name in the search language's `office:` filter, when its objects will be searchable.
    package var searchName: String?
    /// From the front desk to the office's head.
    package var roles: [Role]
    package var demoAccounts: [DemoData.Account]

    package static let all: [PlannedOffice] = [
        PlannedOffice(
            name: "legal", searchName: nil, roles: [.legalCounsel],
            demoAccounts: [
                DemoData.account(
                    "counsel", "Lena Counsel", .natoSecret, "DNK", ["STAFF", "LEGAL"], [.legalCounsel], ["HR"],
                    ["HR-CASES"])
            ]),
        PlannedOffice(
            name: "intel", searchName: "intelligence", roles: [.intelAssistant, .intelAnalyst],
            demoAccounts: [
                DemoData.account(
                    "analyst", "Ian Analyst", .natoSecret, "USA", ["INTEL"], [.intelAssistant, .intelAnalyst], ["IPU"])
            ]),
    ]

}

extension Role {
    package static let legalCounsel = Role("legal.counsel")
    package static let intelAssistant = Role("intel.assistant")
    package static let intelAnalyst = Role("intel.analyst")
}
