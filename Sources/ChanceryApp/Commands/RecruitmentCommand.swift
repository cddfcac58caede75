import ArgumentParser
import ChancerySpine
import Foundation
import Recruitment

/// `chancery recruitment anonymise`: the retention of candidates' data, as `serve` runs it every day, on demand.
struct RecruitmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recruitment", abstract: "Recruitment's operator tasks.", subcommands: [Anonymise.self])

    struct Anonymise: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Anonymise the candidates whose competition ended longer ago than the retention period "
                + "(CHANCERY_RECRUITMENT_RETENTION_DAYS, 730 by default); a candidate on a reserve list is kept until "
                + "it expires.")
        @OptionGroup var storage: StorageOptions
        @Option(name: .long, help: "The retention period in days, instead of the configured one.") var days: Int?
        @Flag(name: .long, help: "Only list the applications that are due; change nothing.") var dryRun = false

        func validate() throws {
            if let days, !RetentionPolicy.allowed.contains(days) {
                throw ValidationError("--days must be a whole number of days from 1 to 36500.")
            }
        }

        func run() async throws {
            let configured = try RetentionPolicy.fromEnvironment(ProcessInfo.processInfo.environment)
            let policy = days.map(RetentionPolicy.init(days:)) ?? configured
            let outcome = try await storage.open().using { chancery in
                try await chancery.candidateRetention.run(policy: policy, actor: "cli", dryRun: dryRun)
            }
            for id in outcome.anonymised { print(id) }
            let verb = dryRun ? "due to be anonymised" : "anonymised"
            print(
                "\(outcome.anonymised.count) application(s) \(verb) (retention \(policy.days) days); "
                    + "\(outcome.keptOnReserve) kept on a reserve list until it expires.")
        }
    }
}
