/// A role a principal holds in one office, named `office.role` the same way in the CLI, the API and the tests.
///
/// ChanceryKit knows the spine's own roles (`admin`, `auditor`) and the shape of a role's name; each office
/// declares its roles in its own target (`extension Role { static let healthClerk = Role("health.clerk") }`)
/// and lists them in its `Office.roles`. Which names an installation accepts is the spine's to say
/// (`InstalledOffices.catalog.roles`): a name of the right shape that no office declares is refused there.
public struct Role: RawRepresentable, Hashable, Sendable, Codable, Comparable {
    public let rawValue: String

    /// A role of the right shape: lower-case letters, an office and its job joined by a dot (`health.clerk`) or a
    /// spine role alone (`admin`).
    public init?(rawValue: String) {
        guard Self.isWellFormed(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// A role an office declares; its name is a constant of the code, so a malformed one stops the process.
    public init(_ name: StaticString) {
        let text = name.description
        precondition(Self.isWellFormed(text), "\(text) is not a role name (office.job, lower-case letters)")
        self.rawValue = text
    }

    public static let admin = Role("admin")
    public static let auditor = Role("auditor")

    /// `office.job` or a single word, in lower-case ASCII letters.
    public static func isWellFormed(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && name.count <= 64
            && parts.allSatisfy { part in !part.isEmpty && part.utf8.allSatisfy { (97...122).contains($0) } }
    }

    /// The office part of the name: "registry" for `registry.clerk`, the whole name for `admin`.
    public var office: String { rawValue.split(separator: ".").first.map(String.init) ?? rawValue }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let role = Role(rawValue: name) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a role name: \(name)"))
        }
        self = role
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
