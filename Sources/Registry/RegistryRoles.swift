import ChanceryKit
import ChancerySpine

extension Role {
    package static let registryClerk = Role("registry.clerk")
    package static let registrySupervisor = Role("registry.supervisor")
}

/// Who works in the Registry, and what the rest of the system calls it: its card on the home page, its jobs as a
/// refusal names them, its facet in search.
extension RegistryOffice {
    package var roles: [Role] { [.registryClerk, .registrySupervisor] }

    package var demoAccounts: [DemoData.Account] {
        [
            DemoData.account("registry", "Rémi Registre", .natoSecret, "FRA", [], [.registryClerk], ["IPS"]),
            DemoData.account(
                "supervisor", "Greta Supervisor", .cosmicTopSecret, "DEU", ["LEGAL"],
                [.registrySupervisor, .registryClerk],
                ["IPS"]),
        ]
    }

}
