import ChanceryKit
import ChancerySpine

/// What every part of the Health Office shares: its unit, the MEDICAL category every medical object carries,
/// the object kinds, and who may do what. Its objects are labelled, and their writers checked, as
/// `SpecialCategoryOffice` says.
package struct HealthOffice: Office, SpecialCategoryOffice {
    package let name = "health"

    package init() {}

    /// The owning unit of every medical object.
    package static let unit = "HEALTH"
    /// The special category of medical information: a principal without it sees none of it, anywhere.
    package static let category = "MEDICAL"

    /// Anyone who works in the office's records: clerk, clinician or medical advisor.
    package static let staff: Set<Role> = [.healthClerk, .healthClinician, .healthAdvisor]
    /// Who may write clinical entries (physician notes, diagnostic reports, lab results).
    package static let clinical: Set<Role> = [.healthClinician, .healthAdvisor]
    /// Who may approve releases and review break-glass openings.
    package static let advisors: Set<Role> = [.healthAdvisor]

    /// How long a break-glass opening lasts.
    package static let breakGlassMilliseconds: Int64 = 4 * 3_600_000
}
