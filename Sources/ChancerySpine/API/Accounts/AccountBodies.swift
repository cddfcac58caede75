import ChanceryKit
import Foundation

/// An account as an administrator sees it (`GET /api/v1/users/{username}`), in one JSON object: what the account
/// shows of itself (`PrincipalBody`), and beside it its state and history. Never its password or its hash.
package struct AccountBody: Encodable, Sendable {
    package var principal: PrincipalBody
    package var state: State

    /// What an administrator sees of an account beyond what it shows of itself.
    package struct State: Encodable, Sendable {
        package var disabled: Bool
        package var version: Int64
        package var createdAt: String
        package var updatedAt: String
    }

    package init(_ account: UserAccount) {
        principal = PrincipalBody(account)
        state = State(
            disabled: account.disabled, version: account.version, createdAt: Clock.iso8601(account.createdAt),
            updatedAt: Clock.iso8601(account.updatedAt))
    }

    package func encode(to encoder: any Encoder) throws {
        try principal.encode(to: encoder)
        try state.encode(to: encoder)
    }
}

/// The attributes an administrator may set, as `POST /api/v1/users` and `PATCH /api/v1/users/{username}` take them
/// (the latter as JSON Merge Patch: a field left out stays as it is).
package struct AccountAttributesRequest: Decodable {
    package var displayName: String?
    package var clearance: String?
    package var nationality: String?
    package var categories: [String]?
    package var roles: [String]?
    package var units: [String]?
    package var groups: [String]?
    package var disabled: Bool?

    /// JSON Merge Patch reads `null` as "remove"; no attribute of an account can be removed, so a `null` is refused
    /// rather than silently read as "leave it".
    package static func refuseNulls(in data: Data) throws {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return }
        if let field = object.keys.sorted().first(where: { object[$0] is NSNull }) {
            throw AppError(
                .badRequest, type: "invalid-field", key: "account.error.null", ["field": field], field: field)
        }
    }
}

extension AccountAttributesRequest {
    /// The checked attributes; an absent field is left as it is. Every refusal names its field.
    package func attributes() throws -> UserAttributes {
        var attributes = UserAttributes(disabled: disabled)
        attributes.displayName = try displayName.map { try FieldRules.text($0, field: "displayName", max: 200) }
        if let clearance {
            do { attributes.clearance = try Classification(parsing: clearance) } catch {
                throw AppError(
                    .badRequest, type: "invalid-field", key: "account.error.clearance",
                    ["value": String(clearance.prefix(40))],
                    field: "clearance")
            }
        }
        attributes.nationality = try nationality.map {
            try FieldRules.text($0, field: "nationality", max: 8).uppercased()
        }
        attributes.categories = try categories.map {
            Set(try FieldRules.list($0, field: "categories", count: 64, max: 32).map { $0.uppercased() })
        }
        if let roles {
            var parsed: Set<Role> = []
            for name in try FieldRules.list(roles, field: "roles", count: 32, max: 64) {
                guard let role = InstalledOffices.role(named: name) else {
                    throw AccountError.unknownRole(name).problem
                }
                parsed.insert(role)
            }
            attributes.roles = parsed
        }
        attributes.units = try units.map {
            Set(try FieldRules.list($0, field: "units", count: 64, max: 32).map { $0.uppercased() })
        }
        attributes.groups = try groups.map { Set(try FieldRules.list($0, field: "groups", count: 256, max: 32)) }
        return attributes
    }
}

/// `POST /api/v1/users`: the account and its initial password (at least 12 characters, never returned or logged),
/// with its attributes beside them in the same object.
package struct CreateAccountRequest: Decodable {
    package var username: String
    package var password: String
    package var attributes: AccountAttributesRequest

    private enum CodingKeys: String, CodingKey { case username, password }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        username = try container.decode(String.self, forKey: .username)
        password = try container.decode(String.self, forKey: .password)
        attributes = try AccountAttributesRequest(from: decoder)
    }
}

/// `PUT /api/v1/users/{username}/password`.
package struct PasswordRequest: Decodable {
    package var password: String
}

/// A need-to-know group; with its members when one group is shown.
package struct GroupBody: Codable, Sendable {
    package var id: String
    package var name: String
    package var title: String
    package var createdAt: String
    package var updatedAt: String
    package var members: [Member]?

    package struct Member: Codable, Sendable {
        package var id: String
        package var username: String
        package var displayName: String
    }

    package init(_ group: AccessGroup, members: [UserAccount]? = nil) {
        id = group.id
        name = group.name
        title = group.title
        createdAt = Clock.iso8601(group.createdAt)
        updatedAt = Clock.iso8601(group.updatedAt)
        self.members = members?.map { Member(id: $0.id, username: $0.username, displayName: $0.displayName) }
    }
}

/// `POST /api/v1/groups`.
package struct CreateGroupRequest: Decodable {
    package var name: String
    package var title: String?
}

/// A counter of the sign-in throttle (`GET /api/v1/admin/throttles`).
package struct ThrottleBody: Codable, Sendable {
    package var id: String
    package var scope: String
    package var username: String?
    package var address: String?
    package var failures: Int64
    package var lastFailureAt: String
    /// Until when the counter makes attempts wait; absent when it imposes no wait.
    package var blockedUntil: String?
    /// Seconds of wait left; 0 when none.
    package var retryAfter: Int

    package init(_ throttle: LoginThrottle, now: Int64) {
        id = throttle.id
        scope = throttle.scope.rawValue
        username = throttle.username.isEmpty ? nil : throttle.username
        address = throttle.address.isEmpty ? nil : throttle.address
        failures = throttle.failures
        lastFailureAt = Clock.iso8601(throttle.lastFailureAt)
        let blocked = throttle.blockedUntil > now
        blockedUntil = blocked ? Clock.iso8601(throttle.blockedUntil) : nil
        retryAfter = blocked ? SignInThrottlePolicy.retryAfterSeconds(throttle.blockedUntil - now) : 0
    }
}

extension AccountError {
    /// The refusal as a problem in the reader's language, naming the field at fault.
    package var problem: AppError {
        func field(_ key: String, _ field: String, _ value: String) -> AppError {
            AppError(.badRequest, type: "invalid-field", key: key, ["value": String(value.prefix(64))], field: field)
        }
        switch self {
        case .invalidUsername(let name): return field("account.error.invalidUsername", "username", name)
        case .usernameTaken(let name):
            return AppError(
                .conflict, type: "username-taken", key: "account.error.usernameTaken", ["value": name],
                field: "username")
        case .unknownUser(let name):
            return AppError(
                .notFound, type: "user-not-found", key: "account.error.unknownUser", ["value": String(name.prefix(64))])
        case .unknownNationality(let code): return field("account.error.unknownNationality", "nationality", code)
        case .unknownCategory(let name): return field("account.error.unknownCategory", "categories", name)
        case .unknownRole(let name):
            return AppError(
                .badRequest, type: "invalid-field", key: "account.error.unknownRole",
                [
                    "value": String(name.prefix(64)),
                    "roles": InstalledOffices.catalog.roles.map(\.rawValue).sorted().joined(separator: ", "),
                ], field: "roles")
        case .invalidName(let kind, let value):
            return kind == "unit"
                ? field("account.error.invalidUnit", "units", value)
                : field("account.error.invalidGroup", "groups", value)
        case .weakPassword:
            return AppError(.badRequest, type: "invalid-field", key: "account.error.weakPassword", field: "password")
        case .missing(let what): return .missingField(what)
        case .invalidDisplayName:
            return AppError(.badRequest, type: "invalid-field", key: "account.error.displayName", field: "displayName")
        case .unknownGroup(let name):
            return AppError(
                .badRequest, type: "unknown-group", key: "account.error.unknownGroup",
                ["value": String(name.prefix(64))],
                field: "groups")
        case .groupTaken(let name):
            return AppError(.conflict, type: "group-exists", key: "group.error.taken", ["value": name], field: "name")
        case .invalidTitle:
            return AppError(.badRequest, type: "invalid-field", key: "group.error.title", field: "title")
        case .notAMember(let group, let username):
            return AppError(
                .notFound, type: "not-a-member", key: "group.error.notAMember", ["group": group, "username": username])
        case .lastAdministrator:
            return AppError(.conflict, type: "last-administrator", key: "account.error.lastAdministrator")
        case .stale(let version):
            return .stale(currentVersion: version)
        }
    }
}
