import ArgumentParser
import ChancerySpine
import Foundation
import Logging

/// `chancery backup --to FILE`: a consistent archive of the installation, taken while it serves.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract:
            "Write a consistent backup (database, stored files, audit key) to one archive file, while Chancery serves.")

    @OptionGroup var storage: StorageOptions
    @Option(name: .long, help: "The archive to write (must not exist), e.g. /backups/chancery-2026-11-23.tar")
    var to: String

    func run() async throws {
        let backup = Backup(configuration: try storage.configuration(), logger: Logger(label: "chancery-backup"))
        let manifest = try await sayingFailures { try await backup.write(to: to) { say($0) } }
        say(
            "Backup written to \(to): \(manifest.engine) database, \(manifest.objects) objects, \(manifest.auditEvents) audit events, "
                + "\(manifest.blobs) stored files (\(manifest.blobBytes) bytes).")
    }
}

/// `chancery restore --from FILE --data-dir NEW`: the installation back, verified.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract:
            "Restore a backup into a new data directory (and a new, empty PostgreSQL database for a PostgreSQL backup), then verify it."
    )

    @OptionGroup var storage: StorageOptions
    @Option(name: .long, help: "The archive written by chancery backup.") var from: String

    func run() async throws {
        let configuration = try storage.configuration()
        let restore = Restore(
            configuration: configuration, offices: OfficeList.all, logger: Logger(label: "chancery-restore"))
        let report = try await sayingFailures { try await restore.run(from: from) { say($0) } }
        say(
            "Audit chain: \(report.audit.events) events, \(report.audit.checkpoints) signed checkpoints, \(report.audit.problem.map { "BROKEN: \($0)" } ?? "intact")."
        )
        say(
            "Stored files: \(report.blobs.checked) checked, \(report.blobs.missing.count) missing, \(report.blobs.corrupted.count) altered."
        )
        say("Objects: \(report.objects) (the backup had \(report.manifest.objects)).")
        guard report.isIntact else {
            FileHandle.standardError.write(Data("Restore FAILED its verification: do not use this copy.\n".utf8))
            throw ExitCode(1)
        }
        say("Restored into \(configuration.dataDirectory) and verified.")
    }
}

/// Prints why a backup or restore stopped, and exits 1 (nothing was written to the destination).
private func fail(_ reason: String) -> ExitCode {
    FileHandle.standardError.write(Data("Error: \(reason)\n".utf8))
    return ExitCode(1)
}

/// Runs a backup or a restore: a failure of the archive or of an external tool (pg_dump, psql…) ends the command with
/// its sentence, not a stack of errors.
private func sayingFailures<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let failure as Backup.Failure {
        throw fail(failure.description)
    } catch let failure as ExternalTool.Failure {
        throw fail(failure.description)
    }
}
