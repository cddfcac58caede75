import ArgumentParser
import ChancerySpine
import Foundation

/// `chancery audit verify`: walks the audit chain and reports the first broken link.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check the audit chain.", subcommands: [Verify.self, AuditBenchCommand.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify every event's hash link and every signed checkpoint; exit 1 on the first break.")
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let report = try await storage.open().using { chancery in try await chancery.audit.verify(chancery.database)
            }
            if let problem = report.problem {
                FileHandle.standardError.write(Data("Audit chain BROKEN: \(problem).\n".utf8))
                throw ExitCode(1)
            }
            print("Audit chain intact: \(report.events) events, \(report.checkpoints) signed checkpoints verified.")
        }
    }
}
