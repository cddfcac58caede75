/// Who an access control entry grants to.
public enum Grantee: Hashable, Sendable {
    case unit(String)
    case group(String)
    case user(String)

    /// The kind stored in `object_acl.grantee_kind`.
    public var kind: String {
        switch self {
        case .unit: "unit"
        case .group: "group"
        case .user: "user"
        }
    }

    /// The name stored in `object_acl.grantee`: a unit code, a group name, or a user id.
    public var name: String {
        switch self {
        case .unit(let name), .group(let name), .user(let name): name
        }
    }

    public init?(kind: String, name: String) {
        switch kind {
        case "unit": self = .unit(name)
        case "group": self = .group(name)
        case "user": self = .user(name)
        default: return nil
        }
    }
}

/// What an access control entry allows; `write` includes `read`.
public enum Permission: String, Hashable, Sendable, Codable, CaseIterable {
    case read
    case write
}

/// One object-level access control entry: a grantee and what it may do.
public struct AccessEntry: Hashable, Sendable {
    public var grantee: Grantee
    public var permission: Permission

    public init(grantee: Grantee, permission: Permission) {
        self.grantee = grantee
        self.permission = permission
    }
}

/// What the access decision needs to know about an object.
public struct ProtectedObject: Hashable, Sendable {
    public var label: SecurityLabel
    public var owningUnit: String
    /// Whether members of the owning unit have need-to-know by membership alone.
    public var openToUnit: Bool
    public var accessEntries: [AccessEntry]
    /// The principals (ids) the object is kept from whatever their label and need-to-know: the people a case is
    /// about and their line managers (`ConflictRule`).
    public var excluded: Set<String>

    public init(
        label: SecurityLabel, owningUnit: String, openToUnit: Bool = true, accessEntries: [AccessEntry] = [],
        excluded: Set<String> = []
    ) {
        self.label = label
        self.owningUnit = owningUnit
        self.openToUnit = openToUnit
        self.accessEntries = accessEntries
        self.excluded = excluded
    }
}
