import ChanceryKit

/// The jobs behind the roles, as a refusal names them to a person ("a medical clerk or a clinician"), in English
/// and French: a role id such as `health.clerk` is for the API and the CLI, never for a sentence.
package enum JobNames {
    /// From the front desk to the office's head, so that a list reads in the order of the office's work.
    package static let order: [Role] = [
        .registryClerk, .registrySupervisor, .healthClerk, .healthClinician, .healthAdvisor, .healthOverbook,
        .hrCaseOfficer, .legalCounsel, .recruitmentAssistant, .recruitmentPanel, .intelAssistant, .intelAnalyst,
        .auditor, .admin,
    ]

    /// The roles in the order of `order` (any role it does not list last, by name).
    package static func ordered(_ roles: Set<Role>) -> [Role] {
        roles.sorted {
            (order.firstIndex(of: $0) ?? order.count, $0.rawValue) < (
                order.firstIndex(of: $1) ?? order.count, $1.rawValue
            )
        }
    }

    /// "a medical clerk", "a medical clerk or a clinician", "a medical clerk, a clinician or a medical advisor".
    package static func list(_ roles: [Role], _ t: Localizer) -> String {
        let names = roles.map { t("job.\($0.rawValue)") }
        guard let last = names.last else { return "" }
        guard names.count > 1 else { return last }
        return t("job.either", ["first": names.dropLast().joined(separator: ", "), "last": last])
    }

    package static let table: [String: (en: String, fr: String)] = [
        "job.either": ("{first} or {last}", "{first} ou {last}"),
        "job.admin": ("an administrator", "un administrateur"),
        "job.auditor": ("an auditor", "un auditeur"),
        "job.registry.clerk": ("a registry clerk", "un agent du bureau d'ordre"),
        "job.registry.supervisor": ("a registry supervisor", "un superviseur du bureau d'ordre"),
        "job.health.clerk": ("a medical clerk", "un secrétaire médical"),
        "job.health.clinician": ("a clinician", "un clinicien"),
        "job.health.advisor": ("a medical advisor", "un conseiller médical"),
        "job.health.overbook": (
            "a member of staff allowed to overbook", "un membre du personnel autorisé à surréserver"
        ),
        "job.hr.caseofficer": ("an HR case officer", "un chargé de dossiers RH"),
        "job.legal.counsel": ("a legal counsel", "un conseiller juridique"),
        "job.recruitment.assistant": ("a recruitment assistant", "un assistant de recrutement"),
        "job.recruitment.panel": ("a member of a selection panel", "un membre d'un jury de sélection"),
        "job.intel.assistant": (
            "an administrative assistant of the intelligence unit",
            "un assistant administratif de l'unité de renseignement"
        ),
        "job.intel.analyst": ("an intelligence analyst", "un analyste du renseignement"),
    ]
}
