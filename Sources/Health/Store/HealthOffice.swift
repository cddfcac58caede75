import ChanceryKit
import ChancerySpine

/// What every part of the Health Office shares: its unit, the MEDICAL category every medical object carries,
/// the object kinds, and who may do what.
package struct HealthOffice: Office {
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

    /// The label of a medical object: at least the given classification, always MEDICAL, releasable as given.
    package static func label(_ requested: SecurityLabel?) -> SecurityLabel {
        var label = requested ?? SecurityLabel(classification: .natoUnclassified)
        label.categories.insert(category)
        return label
    }

    /// Refuses a principal who holds none of `roles`, naming the jobs that may.
    package static func require(_ roles: Set<Role>, _ principal: Principal) throws {
        guard !roles.isDisjoint(with: principal.roles) else { throw AppError.roleRequired(roles) }
    }

    /// Refuses a principal who does not belong to the Health Office's unit (medical objects are owned by it).
    package static func requireUnit(_ principal: Principal) throws {
        guard principal.units.contains(unit) else { throw AppError.notYourUnit(principal) }
    }
}
