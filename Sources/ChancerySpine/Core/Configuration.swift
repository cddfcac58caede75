import Foundation

/// Everything Chancery reads from its environment and command line, checked once at start-up.
public struct AppConfiguration: Sendable {
    public var hostname: String = "127.0.0.1"
    public var port: Int = 8080
    /// Where the SQLite file, attachments and the installation's audit signing key live.
    public var dataDirectory: String = "./data"
    /// `postgres://user:password@host:port/database`; nil selects the embedded SQLite database.
    public var databaseURL: String?
    /// bcrypt cost; 12 in production, lower only in tests.
    public var passwordHashCost: Int = 12
    /// Whether cookies carry the Secure attribute (turn off only for plain-HTTP development on a non-localhost name).
    public var secureCookies: Bool = true
    /// Special categories added to the five defaults.
    public var extraCategories: [String] = []
    /// A signed audit checkpoint is written every this many events.
    public var auditCheckpointInterval: Int64 = 100
    /// Lifetime of a web session and of an API token, in seconds.
    public var sessionLifetime: Int64 = 8 * 3600
    public var tokenLifetime: Int64 = 12 * 3600
    /// The largest attachment accepted, in bytes.
    public var maxUploadBytes: Int64 = 100 << 20
    /// SQLite's page cache, in megabytes: the pages of the search index and tables kept in memory.
    public var sqliteCacheMegabytes: Int = 128
    /// Load the demo data set on start (once).
    public var loadDemoData: Bool = false
    /// Background workers `chancery serve` runs for the job queue (OCR); at most one on SQLite, 0 for none.
    public var jobWorkers: Int = 1
    /// Reverse proxies whose `X-Forwarded-For` names the client; none by default, so the client is the
    /// connection's peer (the sign-in throttle counts by it).
    public var trustedProxies: [IPNetwork] = []

    public init() {}

    /// The SQLite file used when no database URL is set.
    public var sqlitePath: String { (dataDirectory as NSString).appendingPathComponent("chancery.sqlite") }

    /// Reads `CHANCERY_*` variables over the defaults.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(ConfigurationError) -> AppConfiguration
    {
        var config = AppConfiguration()
        if let value = environment["CHANCERY_HOSTNAME"], !value.isEmpty { config.hostname = value }
        if let value = environment["CHANCERY_PORT"] { config.port = try port(value, variable: "CHANCERY_PORT") }
        if let value = environment["CHANCERY_DATA_DIR"], !value.isEmpty { config.dataDirectory = value }
        if let value = environment["CHANCERY_DATABASE_URL"], !value.isEmpty {
            config.databaseURL = try databaseURL(value, variable: "CHANCERY_DATABASE_URL")
        }
        if let value = environment["CHANCERY_BCRYPT_COST"] {
            guard let cost = Int(value), (4...16).contains(cost) else {
                throw .invalid(variable: "CHANCERY_BCRYPT_COST", value: value, expected: "a whole number from 4 to 16")
            }
            config.passwordHashCost = cost
        }
        if let value = environment["CHANCERY_SECURE_COOKIES"] {
            switch value.lowercased() {
            case "1", "true", "yes": config.secureCookies = true
            case "0", "false", "no": config.secureCookies = false
            default: throw .invalid(variable: "CHANCERY_SECURE_COOKIES", value: value, expected: "true or false")
            }
        }
        if let value = environment["CHANCERY_MAX_UPLOAD_MB"] {
            guard let megabytes = Int64(value), (1...4096).contains(megabytes) else {
                throw .invalid(
                    variable: "CHANCERY_MAX_UPLOAD_MB", value: value, expected: "a whole number from 1 to 4096")
            }
            config.maxUploadBytes = megabytes << 20
        }
        if let value = environment["CHANCERY_JOB_WORKERS"] {
            guard let workers = Int(value), (0...64).contains(workers) else {
                throw .invalid(variable: "CHANCERY_JOB_WORKERS", value: value, expected: "a whole number from 0 to 64")
            }
            config.jobWorkers = workers
        }
        if let value = environment["CHANCERY_SQLITE_CACHE_MB"] {
            guard let megabytes = Int(value), (2...16384).contains(megabytes) else {
                throw .invalid(
                    variable: "CHANCERY_SQLITE_CACHE_MB", value: value, expected: "a whole number from 2 to 16384")
            }
            config.sqliteCacheMegabytes = megabytes
        }
        if let value = environment["CHANCERY_TRUSTED_PROXIES"], !value.isEmpty {
            config.trustedProxies = try trustedProxies(value)
        }
        if let value = environment["CHANCERY_CATEGORIES"], !value.isEmpty {
            let names = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
            guard names.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }) else {
                throw .invalid(
                    variable: "CHANCERY_CATEGORIES", value: value, expected: "a comma-separated list of category names")
            }
            config.extraCategories = names
        }
        return config
    }

    package static func port(_ value: String, variable: String) throws(ConfigurationError) -> Int {
        guard let port = Int(value), (1...65535).contains(port) else {
            throw .invalid(variable: variable, value: value, expected: "a port number from 1 to 65535")
        }
        return port
    }

    package static func trustedProxies(_ value: String) throws(ConfigurationError) -> [IPNetwork] {
        var networks: [IPNetwork] = []
        for part in value.split(separator: ",") {
            guard let network = IPNetwork(String(part)) else {
                throw .invalid(
                    variable: "CHANCERY_TRUSTED_PROXIES", value: value,
                    expected: "a comma-separated list of IP addresses or blocks, e.g. 10.0.0.5,192.168.10.0/24,::1")
            }
            networks.append(network)
        }
        return networks
    }

    package static func databaseURL(_ value: String, variable: String) throws(ConfigurationError) -> String {
        guard let url = URLComponents(string: value), ["postgres", "postgresql"].contains(url.scheme ?? ""),
            url.host?.isEmpty == false
        else {
            throw .invalid(
                variable: variable, value: value, expected: "a URL such as postgres://user:password@host:5432/chancery")
        }
        return value
    }
}

/// A configuration value that cannot be used, with what was expected.
public enum ConfigurationError: Error, CustomStringConvertible, Equatable {
    case invalid(variable: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .invalid(let variable, let value, let expected):
            "\(variable) is \"\(value)\", which cannot be used: expected \(expected)."
        }
    }
}
