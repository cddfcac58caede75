import ArgumentParser
import ChancerySpine
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `chancery jobs`: the background work queue (OCR of scanned files): list, retry, work.
struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs", abstract: "List, retry and run background jobs (OCR of scanned files).",
        subcommands: [List.self, Retry.self, Work.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List jobs, oldest first.")
        @OptionGroup var storage: StorageOptions
        @Option(name: .long, help: "Only jobs in this state: queued, running, done or failed (repeatable).")
        var state: [String] = []

        func validate() throws {
            for name in state where Job.State(rawValue: name) == nil {
                throw ValidationError("--state must be queued, running, done or failed, not \"\(name)\".")
            }
        }

        func run() async throws {
            let states = state.compactMap(Job.State.init(rawValue:))
            let jobs = try await storage.open().using { chancery in try await chancery.jobs.list(states: states) }
            print(["id", "kind", "state", "attempts", "object", "subject", "reason"].joined(separator: "\t"))
            for job in jobs {
                print(
                    [
                        job.id, job.kind, job.state.rawValue, "\(job.attempts)/\(job.maxAttempts)", job.objectID,
                        job.subject, job.lastError?.replacingOccurrences(of: "\n", with: " ") ?? "",
                    ].joined(separator: "\t"))
            }
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Queue a failed job again (or every failed job).")
        @OptionGroup var storage: StorageOptions
        @Argument(help: "The job's id.") var id: String?
        @Flag(name: .long, help: "Every failed job.") var allFailed = false

        func validate() throws {
            if (id == nil) == !allFailed { throw ValidationError("Give a job id or --all-failed (not both).") }
        }

        func run() async throws {
            let retried = try await storage.open().using { chancery in try await chancery.jobs.retry(id, by: "cli") }
            if let id, retried.isEmpty {
                FileHandle.standardError.write(Data("No failed job \(id).\n".utf8))
                throw ExitCode(1)
            }
            print("Queued again: \(retried.count) job(s).")
        }
    }

    struct Work: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the due jobs with N workers until none is left (serve runs workers of its own).")
        @OptionGroup var storage: StorageOptions
        @Option(name: .long, help: "Workers (at most 1 on SQLite). Default: 1") var workers = 1

        func validate() throws {
            if !(1...64).contains(workers) { throw ValidationError("--workers must be from 1 to 64.") }
        }

        func run() async throws {
            let count = workers
            let chancery = try await storage.open()
            let work = Task {
                _ = try await chancery.jobs.releaseOrphans()
                let effective = chancery.database.engine == .sqlite ? 1 : count
                return try await withThrowingTaskGroup(of: Int.self) { group in
                    for index in 1...effective { group.addTask { try await chancery.jobWorker(index).drain() } }
                    return try await group.reduce(0, +)
                }
            }
            // SIGTERM or SIGINT stops the workers as `chancery serve` stops them: the OCR processes are stopped and
            // the jobs in hand go back to the queue, before the database closes.
            let stops = [SIGTERM, SIGINT].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { work.cancel() }
                source.resume()
                return source
            }
            let result = await work.result
            stops.forEach { $0.cancel() }
            // Closed here, not in the cancelled task, so that a stop does not cut the closing short.
            await chancery.close()
            print("Jobs attempted: \(try result.get()).")
        }
    }
}
