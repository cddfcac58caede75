/// What a principal wants to do with an object.
public struct Action: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case read, write, distribute, release, dispose
    }

    public var kind: Kind
    /// For anything but reading: the roles of which the principal needs at least one.
    public var requiredRoles: Set<Role>

    public static let read = Action(kind: .read, requiredRoles: [])

    public static func write(requiring roles: Set<Role>) -> Action { Action(kind: .write, requiredRoles: roles) }

    public init(kind: Kind, requiredRoles: Set<Role>) {
        self.kind = kind
        self.requiredRoles = requiredRoles
    }
}

/// The outcome of the access decision, with the first reason for a refusal.
public enum AccessDecision: Hashable, Sendable {
    case allow
    case deny(DenialReason)

    public var isAllowed: Bool { self == .allow }
}

/// Why access was refused. Only ever shown to auditors or to the registry, never to the refused principal.
public enum DenialReason: String, Hashable, Sendable, Codable {
    case clearance
    case releasability
    case category
    case needToKnow = "need-to-know"
    /// The object is about the principal, or about someone they manage (`ConflictRule`).
    case conflict = "conflict-of-interest"
    case role
}

/// The access decision of DESIGN.md. Deny by default: every condition must hold.
///
/// Reading needs (1) clearance ≥ classification, (2) nationality within releasability, (3) every special
/// category, (4) need-to-know by the owning unit (when open to it) or by an access entry. On top of the four, a deny
/// rule: (5) the principal is not among those the object is kept from (`ProtectedObject.excluded`, the conflict
/// rule of casework). Any other action needs the same with write permission, and one of the action's required roles.
public func decide(_ principal: Principal, _ action: Action, _ object: ProtectedObject) -> AccessDecision {
    if let refusal = labelRefusal(principal, object.label) { return .deny(refusal) }
    let needed: Permission = action.kind == .read ? .read : .write
    guard hasNeedToKnow(principal, needed, object) else { return .deny(.needToKnow) }
    guard !object.excluded.contains(principal.id) else { return .deny(.conflict) }
    if action.kind != .read {
        guard !action.requiredRoles.isDisjoint(with: principal.roles) else { return .deny(.role) }
    }
    return .allow
}

private func hasNeedToKnow(_ principal: Principal, _ needed: Permission, _ object: ProtectedObject) -> Bool {
    if object.openToUnit && principal.units.contains(object.owningUnit) { return true }
    return object.accessEntries.contains { entry in
        guard needed == .read || entry.permission == .write else { return false }
        switch entry.grantee {
        case .unit(let unit): return principal.units.contains(unit)
        case .group(let group): return principal.groups.contains(group)
        case .user(let id): return principal.id == id
        }
    }
}

/// The label part of the decision alone: why the principal could not read anything with this label
/// (clearance, releasability, category, in that order), or nil when the label is no obstacle.
public func labelRefusal(_ principal: Principal, _ label: SecurityLabel) -> DenialReason? {
    guard principal.clearance >= label.classification else { return .clearance }
    guard label.releasability.includes(principal.nationality) else { return .releasability }
    guard label.categories.isSubset(of: principal.categories) else { return .category }
    return nil
}
