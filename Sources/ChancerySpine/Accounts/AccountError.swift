import ChanceryKit

/// Why an account could not be created or changed (CLI and administration), as a sentence.
public enum AccountError: Error, Equatable, CustomStringConvertible {
    case invalidUsername(String)
    case usernameTaken(String)
    case unknownUser(String)
    case unknownNationality(String)
    case unknownCategory(String)
    case unknownRole(String)
    case invalidName(kind: String, value: String)
    case weakPassword
    case missing(String)
    case invalidDisplayName
    case unknownGroup(String)
    case groupTaken(String)
    case invalidTitle
    case notAMember(group: String, username: String)
    case lastAdministrator
    /// `If-Match` named an older version than the account's current one.
    case stale(currentVersion: Int64)

    public var description: String {
        switch self {
        case .invalidUsername(let name):
            "\"\(name)\" cannot be a user name: use 2 to 64 lower-case letters, digits, dots, hyphens or underscores."
        case .usernameTaken(let name): "A user named \"\(name)\" already exists."
        case .unknownUser(let name): "There is no user named \"\(name)\"."
        case .unknownNationality(let code):
            "\"\(code)\" is neither a NATO member nation (ISO 3166 alpha-3, e.g. BEL) nor a known organisation."
        case .unknownCategory(let name): "\"\(name)\" is not a special category known to this installation."
        case .unknownRole(let name):
            "\"\(name)\" is not a role; the roles are: \(InstalledOffices.catalog.roles.map(\.rawValue).sorted().joined(separator: ", "))."
        case .invalidName(let kind, let value):
            "\"\(value)\" cannot be a \(kind) name: use 1 to 32 letters, digits, hyphens or underscores."
        case .weakPassword: "The password must be at least 12 characters long."
        case .missing(let what): "The \(what) is required."
        case .invalidDisplayName: "The name shown must be 1 to 200 characters, without control characters."
        case .unknownGroup(let name): "There is no group named \"\(name)\"; create it first (`chancery group create`)."
        case .groupTaken(let name): "A group named \"\(name)\" already exists."
        case .invalidTitle: "The group's title must be 1 to 200 characters, without control characters."
        case .notAMember(let group, let username): "\(username) is not a member of \(group)."
        case .lastAdministrator:
            "This would leave no enabled account with the admin role; give the role to another account first."
        case .stale(let version): "The account has changed since it was read (it is now at version \(version))."
        }
    }
}
