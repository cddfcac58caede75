import ChanceryKit
import SQLKit

/// A local account: who the person is to the access decision. (The sign-in throttle counts apart, in
/// `LoginThrottleStore`, by the name as typed: it knows nothing of whether the name is an account.)
public struct UserAccount: Sendable, Equatable {
    // managed fields
    public var id: String
    public var createdAt: Int64
    public var updatedAt: Int64
    /// Grows by one with every change of the account, for `If-Match`.
    public var version: Int64
    // data fields
    public var username: String
    public var displayName: String
    public var clearance: Classification
    public var nationality: String
    public var categories: Set<String>
    public var roles: Set<Role>
    public var units: Set<String>
    public var groups: Set<String>
    public var language: Language?
    public var disabled: Bool

    /// The principal the access decision sees.
    public var principal: Principal {
        Principal(
            id: id, username: username, clearance: clearance, nationality: nationality, categories: categories,
            roles: roles, units: units, groups: groups)
    }

    package static let columns: SQLQueryString = """
        u.id, u.created_at, u.updated_at, u.version, u.username, u.display_name, u.clearance, u.nationality,
        u.categories, u.roles, u.units, u.groups_list, u.language, u.disabled
        """

    /// The ETag of this version of the account.
    public var etag: String { "\"v\(version)\"" }

    package init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: String.self)
        createdAt = try row.decode(column: "created_at", as: Int64.self)
        updatedAt = try row.decode(column: "updated_at", as: Int64.self)
        version = try row.decode(column: "version", as: Int64.self)
        username = try row.decode(column: "username", as: String.self)
        displayName = try row.decode(column: "display_name", as: String.self)
        clearance = Classification(rawValue: Int(try row.decode(column: "clearance", as: Int64.self))) ?? .natoUnclassified
        nationality = try row.decode(column: "nationality", as: String.self)
        categories = Self.set(try row.decode(column: "categories", as: String.self))
        roles = Set(Self.set(try row.decode(column: "roles", as: String.self)).compactMap(Role.init(rawValue:)))
        units = Self.set(try row.decode(column: "units", as: String.self))
        groups = Self.set(try row.decode(column: "groups_list", as: String.self))
        language = try row.decode(column: "language", as: String?.self).flatMap(Language.init(rawValue:))
        disabled = try row.decode(column: "disabled", as: Int64.self) != 0
    }

    package init(id: String, username: String, displayName: String, attributes: UserAttributes, at time: Int64) {
        self.id = id
        self.createdAt = time
        self.updatedAt = time
        self.version = 1
        self.username = username
        self.displayName = displayName
        self.clearance = attributes.clearance ?? .natoUnclassified
        self.nationality = attributes.nationality ?? ""
        self.categories = attributes.categories ?? []
        self.roles = attributes.roles ?? []
        self.units = attributes.units ?? []
        self.groups = attributes.groups ?? []
        self.language = nil
        self.disabled = attributes.disabled ?? false
    }

    /// Sets are stored as sorted comma-separated text: small, and never used in a trimming predicate.
    package static func text(_ values: some Sequence<String>) -> String { values.sorted().joined(separator: ",") }

    package static func set(_ text: String) -> Set<String> {
        Set(text.split(separator: ",").map { String($0) }.filter { !$0.isEmpty })
    }
}

/// The attributes of an account that an administrator sets; nil leaves a value unchanged.
public struct UserAttributes: Sendable, Equatable {
    public var displayName: String?
    public var clearance: Classification?
    public var nationality: String?
    public var categories: Set<String>?
    public var roles: Set<Role>?
    public var units: Set<String>?
    public var groups: Set<String>?
    public var disabled: Bool?

    public init(
        displayName: String? = nil, clearance: Classification? = nil, nationality: String? = nil,
        categories: Set<String>? = nil, roles: Set<Role>? = nil, units: Set<String>? = nil,
        groups: Set<String>? = nil, disabled: Bool? = nil
    ) {
        self.displayName = displayName
        self.clearance = clearance
        self.nationality = nationality
        self.categories = categories
        self.roles = roles
        self.units = units
        self.groups = groups
        self.disabled = disabled
    }
}
