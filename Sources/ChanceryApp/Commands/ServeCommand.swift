import ArgumentParser
import ChancerySpine
import Foundation
import Hummingbird
import Logging

/// `chancery serve`: runs the web pages and the API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Start Chancery's web pages and API.")

    @OptionGroup var storage: StorageOptions

    @Option(name: .long, help: "Address to listen on. Default: $CHANCERY_HOSTNAME or 127.0.0.1")
    var hostname: String?

    @Option(name: .long, help: "Port to listen on. Default: $CHANCERY_PORT or 8080")
    var port: Int?

    @Flag(name: .long, help: "Load the demo data set (once) and print the demo accounts.")
    var demo = false

    /// How much of the demo to load.
    enum DemoScale: String, ExpressibleByArgument, CaseIterable {
        /// Years of generated history on top of the hand-written items (docs/demo.md).
        case standard
        /// The hand-written items only: quick to load on a debug build with PostgreSQL.
        case sample

        var scale: DemoData.Scale { self == .standard ? .standard : .sample }
    }

    @Option(name: .long, help: "With --demo: standard (years of history, the default) or sample (a few items).")
    var demoScale: DemoScale = .standard

    func validate() throws {
        if let port, !(1...65535).contains(port) { throw ValidationError("--port must be from 1 to 65535.") }
        if demoScale != .standard, !demo { throw ValidationError("--demo-scale goes with --demo.") }
    }

    func run() async throws {
        var configuration = try storage.configuration()
        if let hostname { configuration.hostname = hostname }
        if let port { configuration.port = port }
        configuration.loadDemoData = demo
        // the offices' own settings (how long Recruitment keeps candidates' data) are checked before anything starts
        let scheduled = try InstalledOffices.scheduledTasks(environment: ProcessInfo.processInfo.environment)
        let chancery = try await storage.open(configuration, logLevel: .info)
        if demo {
            try await DemoData.loadOnce(into: chancery, scale: demoScale.scale)
            say(Self.demoNotice(configuration))
        }
        let abandoned = chancery.attachments.blobs.sweepAbandonedUploads()
        if abandoned > 0 {
            chancery.logger.info("Removed \(abandoned) upload(s) left half-written by an earlier stop.")
        }
        let released = try await chancery.jobs.releaseOrphans()
        if released > 0 { chancery.logger.info("Took up \(released) job(s) left running by a process that stopped.") }
        // Background work (OCR) runs beside the requests, never in them.
        let workers =
            (0..<chancery.jobWorkerCount).map { index in Task { await chancery.jobWorker(index + 1).run() } }
            + scheduled.map { task in Task { await task.loop(chancery) } }
        let app = buildApplication(chancery)
        say("Chancery is ready: open \(Self.address(configuration)) in your browser.")
        // SIGTERM or SIGINT ends the service; then the workers stop, giving back the jobs they were doing (their
        // OCR processes killed), and the scheduled tasks stop waiting, before the database closes.
        let stopped: (any Error)?
        do {
            try await app.runService()
            stopped = nil
        } catch {
            stopped = error
        }
        workers.forEach { $0.cancel() }
        for worker in workers { await worker.value }
        await chancery.close()
        if let stopped { throw stopped }
    }

    static func address(_ configuration: AppConfiguration) -> String {
        let host =
            ["127.0.0.1", "0.0.0.0", "::1", "::"].contains(configuration.hostname)
            ? "localhost" : configuration.hostname
        return "http://\(host):\(configuration.port)"
    }

    static func demoNotice(_ configuration: AppConfiguration) -> String {
        let rows =
            [["user name", "clearance", "nation", "categories", "roles"]]
            + DemoData.accounts.map { account in
                let a = account.attributes
                let categories = (a.categories ?? []).sorted().joined(separator: ",")
                let roles = (a.roles ?? []).map(\.rawValue).sorted().joined(separator: ",")
                return [
                    account.username, a.clearance?.abbreviation ?? "", a.nationality ?? "",
                    categories.isEmpty ? "-" : categories, roles.isEmpty ? "-" : roles,
                ]
            }
        // Columns as wide as their widest cell, so that nothing is cut.
        let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let table = rows.map { row in
            "  "
                + row.enumerated().map { column, cell in
                    column == row.count - 1
                        ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
                }.joined()
        }
        return (["", "Demo accounts (password for all: \(DemoData.password)):", ""] + table + [""]).joined(
            separator: "\n")
    }
}

/// Writes a line to standard output at once (print is buffered when the output is a file or a pipe).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
