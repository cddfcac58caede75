import ChanceryKit
import ChancerySpine

/// What every part of the Recruitment office shares: its unit (the Civilian HR section), the RECRUITMENT category
/// every recruitment object carries, the object kinds, and who may do what.
package struct RecruitmentOffice: Office {
    package let name = "recruitment"

    package init() {}

    /// The owning unit of every recruitment object: the Civilian HR section.
    package static let unit = "CHR"
    /// The special category of recruitment data (candidates' personal data, panel marks): a principal without it
    /// sees none of it, anywhere.
    package static let category = "RECRUITMENT"

    /// Who encodes, publishes and closes vacancies.
    package static let assistants: Set<Role> = [.recruitmentAssistant]

    /// The label of a recruitment object: at least the given classification, always RECRUITMENT, releasable as
    /// given.
    package static func label(_ requested: SecurityLabel? = nil) -> SecurityLabel {
        var label = requested ?? SecurityLabel(classification: .natoUnclassified)
        label.categories.insert(category)
        return label
    }

    /// Refuses a principal who holds none of `roles`, naming the jobs that may.
    package static func require(_ roles: Set<Role>, _ principal: Principal) throws {
        guard !roles.isDisjoint(with: principal.roles) else { throw AppError.roleRequired(roles) }
    }

    /// Refuses a principal who does not belong to the office's unit (recruitment objects are owned by it).
    package static func requireUnit(_ principal: Principal) throws {
        guard principal.units.contains(unit) else { throw AppError.notYourUnit(principal) }
    }
}
