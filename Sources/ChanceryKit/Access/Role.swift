/// A role a principal holds in one office, named `office.role` the same way in the CLI, the API and the tests.
public struct Role: RawRepresentable, Hashable, Sendable, Codable, Comparable {
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.all.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    private init(known: String) { self.rawValue = known }

    public static let admin = Role(known: "admin")
    public static let auditor = Role(known: "auditor")
    public static let registryClerk = Role(known: "registry.clerk")
    public static let registrySupervisor = Role(known: "registry.supervisor")
    public static let healthClerk = Role(known: "health.clerk")
    public static let healthClinician = Role(known: "health.clinician")
    public static let healthAdvisor = Role(known: "health.advisor")
    /// A privilege rather than a job: may book a clinician or a patient twice at the same time.
    public static let healthOverbook = Role(known: "health.overbook")
    public static let hrCaseOfficer = Role(known: "hr.caseofficer")
    public static let legalCounsel = Role(known: "legal.counsel")
    public static let recruitmentAssistant = Role(known: "recruitment.assistant")
    public static let recruitmentPanel = Role(known: "recruitment.panel")
    public static let intelAssistant = Role(known: "intel.assistant")
    public static let intelAnalyst = Role(known: "intel.analyst")

    /// Every role name the system knows.
    public static let all: Set<String> = [
        "admin", "auditor", "registry.clerk", "registry.supervisor", "health.clerk", "health.clinician",
        "health.advisor", "health.overbook", "hr.caseofficer", "legal.counsel", "recruitment.assistant", "recruitment.panel",
        "intel.assistant", "intel.analyst",
    ]

    /// The office part of the name: "registry" for `registry.clerk`, the whole name for `admin`.
    public var office: String { rawValue.split(separator: ".").first.map(String.init) ?? rawValue }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let role = Role(rawValue: name) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown role \(name)"))
        }
        self = role
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
