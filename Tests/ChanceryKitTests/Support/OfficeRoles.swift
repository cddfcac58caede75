import ChanceryKit

/// Roles of the offices, as their targets declare them: ChanceryKit's rules know only the shape of a role, so its
/// tests name the ones they use here.
extension Role {
    static let registryClerk = Role("registry.clerk")
    static let registrySupervisor = Role("registry.supervisor")
    static let healthClerk = Role("health.clerk")
    static let healthClinician = Role("health.clinician")
}
