import Foundation

/// Work an office does on its own, every `interval`, while `chancery serve` runs: anonymising what is past its
/// keeping. A task must be safe to run twice at once (two nodes, or a run and the operator's command): it takes only
/// what is still due, each item in its own transaction. `run` returns a sentence for the log.
package struct ScheduledTask: Sendable {
    package var name: String
    package var interval: Duration
    package var run: @Sendable (Chancery) async throws -> String

    package init(name: String, interval: Duration, run: @escaping @Sendable (Chancery) async throws -> String) {
        self.name = name
        self.interval = interval
        self.run = run
    }

    /// Runs the task now and then every `interval` until the surrounding task is cancelled, logging each run's
    /// outcome (a failure is logged and tried again at the next run). The first run waits `delay`, so that the
    /// server's start is not slowed.
    package func loop(_ chancery: Chancery, delay: Duration = .seconds(60)) async {
        var wait = delay
        while !Task.isCancelled {
            do { try await Task.sleep(for: wait) } catch { return }
            wait = interval
            do {
                let outcome = try await run(chancery)
                chancery.logger.info("Scheduled task done", metadata: ["task": "\(name)", "outcome": "\(outcome)"])
            } catch {
                chancery.logger.error("Scheduled task failed", metadata: ["task": "\(name)", "error": "\(error)"])
            }
        }
    }
}

extension InstalledOffices {
    /// Every installed office's scheduled work, its settings read from `environment` (a wrong value stops the start).
    package static func scheduledTasks(environment: [String: String]) throws -> [ScheduledTask] {
        try catalog.offices.flatMap { try $0.scheduledTasks(environment: environment) }
    }
}
