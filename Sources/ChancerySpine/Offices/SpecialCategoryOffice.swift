import ChanceryKit

/// An office whose every object is owned by one unit and carries one special category (the Health Office's MEDICAL,
/// Recruitment's RECRUITMENT): how its objects are labelled and who may write them, the same in each such office.
package protocol SpecialCategoryOffice {
    /// The owning unit of every object of the office.
    static var unit: String { get }
    /// The special category of the office's data: a principal without it sees none of it, anywhere.
    static var category: String { get }
}

extension SpecialCategoryOffice {
    /// The label of one of the office's objects: at least the given classification, always the office's category,
    /// releasable as given.
    package static func label(_ requested: SecurityLabel? = nil) -> SecurityLabel {
        var label = requested ?? SecurityLabel(classification: .natoUnclassified)
        label.categories.insert(category)
        return label
    }

    /// Refuses a principal who holds none of `roles`, naming the jobs that may.
    package static func require(_ roles: Set<Role>, _ principal: Principal) throws {
        guard !roles.isDisjoint(with: principal.roles) else { throw AppError.roleRequired(roles) }
    }

    /// Refuses a principal who does not belong to the office's unit (its objects are owned by it).
    package static func requireUnit(_ principal: Principal) throws {
        guard principal.units.contains(unit) else { throw AppError.notYourUnit(principal) }
    }
}
