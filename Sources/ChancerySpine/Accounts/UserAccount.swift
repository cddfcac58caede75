import ChanceryKit
import SQLKit

/// A local account: who the person is to the access decision. (The sign-in throttle counts apart, in
/// `LoginThrottleStore`, by the name as typed: it knows nothing of whether the name is an account.)
public struct UserAccount: Sendable, Equatable, RowDecodable {
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

    private enum CodingKeys: String, CodingKey {
        case id, createdAt, updatedAt, version, username, displayName, clearance, nationality, categories, roles, units
        case
            groups = "groups_list"
        case language, disabled
    }

    /// Unknown roles and languages read as absent, as an older or newer build may have written them.
    public init(from decoder: any Decoder) throws {
        let columns = try decoder.container(keyedBy: CodingKeys.self)
        id = try columns.decode(String.self, forKey: .id)
        createdAt = try columns.decode(Int64.self, forKey: .createdAt)
        updatedAt = try columns.decode(Int64.self, forKey: .updatedAt)
        version = try columns.decode(Int64.self, forKey: .version)
        username = try columns.decode(String.self, forKey: .username)
        displayName = try columns.decode(String.self, forKey: .displayName)
        clearance = Classification(rawValue: try columns.decode(Int.self, forKey: .clearance)) ?? .natoUnclassified
        nationality = try columns.decode(String.self, forKey: .nationality)
        categories = Self.set(try columns.decode(String.self, forKey: .categories))
        roles = Set(Self.set(try columns.decode(String.self, forKey: .roles)).compactMap(Role.init(rawValue:)))
        units = Self.set(try columns.decode(String.self, forKey: .units))
        groups = Self.set(try columns.decode(String.self, forKey: .groups))
        language = try columns.decode(String?.self, forKey: .language).flatMap(Language.init(rawValue:))
        disabled = try columns.decode(Bool.self, forKey: .disabled)
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
