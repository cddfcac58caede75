import ArgumentParser
import ChancerySpine

/// `chancery`: the one executable, with a subcommand per task.
@available(macOS 10.15, *)
public struct ChanceryCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "chancery",
        abstract: "Registry and casework of the headquarters' administrative offices.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, UserCommand.self, GroupCommand.self, AuditCommand.self,
            VerifyBlobsCommand.self,
            SearchCommand.self, BackupCommand.self, RestoreCommand.self, JobsCommand.self, RecruitmentCommand.self,
            HelloWorldCommand.self,
        ]
    )

    public init() {}
}
