import ArgumentParser
import ChancerySpine

/// `chancery migrate`: applies pending migrations and exits (they also run on every start).
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply pending database migrations.")

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        try await storage.open(logLevel: .info).using { _ in
            print("The database schema is up to date.")
        }
    }
}
