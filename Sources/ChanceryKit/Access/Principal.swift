/// Someone acting in the system, with everything the access decision looks at.
public struct Principal: Hashable, Sendable {
    public var id: String
    public var username: String
    public var clearance: Classification
    /// ISO 3166 alpha-3 code of a member nation, or a known organisation.
    public var nationality: String
    /// The special categories the principal is briefed for.
    public var categories: Set<String>
    public var roles: Set<Role>
    /// Units the principal belongs to (owning organisations of objects).
    public var units: Set<String>
    /// Need-to-know groups.
    public var groups: Set<String>

    public init(
        id: String, username: String, clearance: Classification, nationality: String,
        categories: Set<String> = [], roles: Set<Role> = [], units: Set<String> = [], groups: Set<String> = []
    ) {
        self.id = id
        self.username = username
        self.clearance = clearance
        self.nationality = nationality
        self.categories = categories
        self.roles = roles
        self.units = units
        self.groups = groups
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }
}
