@testable import ChanceryKit

/// A second, deliberately plain reading of the access rule of DESIGN.md, written without looking at `decide`'s
/// helpers, so that the two can be compared over every combination of a small universe.
///
/// Reasons are given in the order the rule lists its conditions: clearance, releasability, categories,
/// need-to-know, then the role for anything but reading.
enum NaiveAccessRule {
    /// The member nations, spelt out independently of `ReleasabilityCodes`.
    static let natoMembers: [String] = [
        "USA", "GBR", "FRA", "DEU", "ITA", "ESP", "PRT", "BEL", "NLD", "LUX", "DNK", "NOR", "ISL", "CAN", "TUR",
        "GRC", "POL", "CZE", "HUN", "BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN", "ALB", "HRV", "MNE", "MKD",
        "FIN", "SWE",
    ]
    static let natoMemberSet = Set(natoMembers)

    static func decide(_ principal: Principal, _ action: Action, _ object: ProtectedObject) -> AccessDecision {
        // 1. clearance ≥ classification
        if principal.clearance.rawValue < object.label.classification.rawValue { return .deny(.clearance) }

        // 2. nationality within releasability ("NATO" stands for the member nations)
        let releasable: Bool
        switch object.label.releasability {
        case .allNATO: releasable = natoMemberSet.contains(principal.nationality)
        case .listed(let codes): releasable = codes.contains(principal.nationality)
        }
        if !releasable { return .deny(.releasability) }

        // 3. every special category
        for category in object.label.categories where !principal.categories.contains(category) {
            return .deny(.category)
        }

        // 4. need-to-know, with write permission unless reading
        let reading = action.kind == .read
        if !hasNeedToKnow(principal, reading: reading, object) { return .deny(.needToKnow) }

        // 5. not among those the object is kept from (the conflict rule)
        for id in object.excluded where id == principal.id { return .deny(.conflict) }

        // 5. anything but reading needs one of the action's roles
        if !reading {
            var holdsOne = false
            for role in action.requiredRoles where principal.roles.contains(role) { holdsOne = true }
            if !holdsOne { return .deny(.role) }
        }
        return .allow
    }

    /// The need-to-know part alone: what the SQL predicate's `<need-to-know clause>` must express.
    static func hasNeedToKnow(_ principal: Principal, reading: Bool, _ object: ProtectedObject) -> Bool {
        if object.openToUnit {
            for unit in principal.units where unit == object.owningUnit { return true }
        }
        for entry in object.accessEntries {
            if !reading && entry.permission == .read { continue }
            switch entry.grantee {
            case .unit(let unit): if principal.units.contains(unit) { return true }
            case .group(let group): if principal.groups.contains(group) { return true }
            case .user(let id): if id == principal.id { return true }
            }
        }
        return false
    }
}
