import ChanceryKit

/// The jobs behind the roles, as a refusal names them to a person ("a medical clerk or a clinician"), in English
/// and French: a role id such as `health.clerk` is for the API and the CLI, never for a sentence. Each office
/// names its own jobs (`job.<role>` in its strings); the spine names its two.
package enum JobNames {
    /// From the front desk to the office's head, office by office, so that a list reads in the order of the
    /// office's work: the roles the installation knows (`InstalledOffices.catalog.roles`).
    package static var order: [Role] { InstalledOffices.catalog.roles }

    /// The roles in the order of `order` (any role it does not list last, by name).
    package static func ordered(_ roles: Set<Role>) -> [Role] {
        let order = order
        return roles.sorted {
            (order.firstIndex(of: $0) ?? order.count, $0.rawValue) < (
                order.firstIndex(of: $1) ?? order.count, $1.rawValue
            )
        }
    }

    /// "a medical clerk", "a medical clerk or a clinician", "a medical clerk, a clinician or a medical advisor".
    package static func list(_ roles: [Role], _ t: Localizer) -> String {
        join(roles, "job.either", t)
    }

    /// "a registry clerk and a registry supervisor": every job a person holds, for their profile.
    package static func all(_ roles: Set<Role>, _ t: Localizer) -> String {
        join(ordered(roles), "job.both", t)
    }

    private static func join(_ roles: [Role], _ conjunction: String, _ t: Localizer) -> String {
        let names = roles.map { t("job.\($0.rawValue)") }
        guard let last = names.last else { return "" }
        guard names.count > 1 else { return last }
        return t(conjunction, ["first": names.dropLast().joined(separator: ", "), "last": last])
    }

}
