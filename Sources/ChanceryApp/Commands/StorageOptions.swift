import ArgumentParser
import ChancerySpine
import Logging

/// Where the data lives: flags override the `CHANCERY_*` environment variables.
struct StorageOptions: ParsableArguments {
    @Option(name: .long, help: "Data directory (SQLite file, audit signing key). Default: $CHANCERY_DATA_DIR or ./data")
    var dataDir: String?

    @Option(
        name: .long,
        help:
            "PostgreSQL URL, e.g. postgres://user:pass@host:5432/chancery. Default: $CHANCERY_DATABASE_URL, else SQLite."
    )
    var databaseURL: String?

    /// The configuration from the environment with these flags applied.
    func configuration() throws -> AppConfiguration {
        var configuration: AppConfiguration
        do {
            configuration = try AppConfiguration.fromEnvironment()
            if let dataDir { configuration.dataDirectory = dataDir }
            if let databaseURL {
                configuration.databaseURL = try AppConfiguration.databaseURL(databaseURL, variable: "--database-url")
            }
        } catch {
            throw ValidationError(error.description)
        }
        return configuration
    }

    /// Opens the installation for a command.
    func open(_ configuration: AppConfiguration? = nil, logLevel: Logger.Level = .warning) async throws -> Chancery {
        var logger = Logger(label: "chancery")
        logger.logLevel = logLevel
        return try await Chancery.open(configuration ?? self.configuration(), offices: OfficeList.all, logger: logger)
    }
}
