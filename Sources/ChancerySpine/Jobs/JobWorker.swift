import Foundation
import Logging

/// Work of one kind that the queue's workers know how to do. `perform` records its result and calls
/// `queue.complete(job, on:)` in one transaction; whatever it throws is a failed attempt, with the error's
/// description as the reason.
package protocol JobHandler: Sendable {
    var kind: String { get }
    func perform(_ job: Job, queue: JobQueue) async throws
}

/// Takes jobs from the queue one at a time and hands each to the handler of its kind.
package struct JobWorker: Sendable {
    package let queue: JobQueue
    package let handlers: [any JobHandler]
    package let name: String
    package let logger: Logger

    package init(queue: JobQueue, handlers: [any JobHandler], name: String, logger: Logger) {
        self.queue = queue
        self.handlers = handlers
        self.name = name
        self.logger = logger
    }

    /// Claims and performs one due job; false when none was due.
    package func runOne() async throws -> Bool {
        guard let job = try await queue.claim(kinds: handlers.map(\.kind), worker: name) else { return false }
        guard let handler = handlers.first(where: { $0.kind == job.kind }) else { return false }
        do {
            try await handler.perform(job, queue: queue)
            logger.info(
                "Job done", metadata: ["job": "\(job.id)", "kind": "\(job.kind)", "attempt": "\(job.attempts)"])
        } catch {
            if Task.isCancelled {
                // The worker is stopping (the server shuts down): the job goes back to the queue, its attempt not
                // counted. The release runs in a task of its own, so that the cancellation does not stop it too.
                logger.info(
                    "Job interrupted by a shutdown, queued again",
                    metadata: ["job": "\(job.id)", "kind": "\(job.kind)"])
                try await Task { try await queue.release(job) }.value
                return true
            }
            logger.warning(
                "Job attempt failed",
                metadata: ["job": "\(job.id)", "kind": "\(job.kind)", "attempt": "\(job.attempts)"])
            try await queue.fail(job, reason: String(describing: error))
        }
        return true
    }

    /// Performs due jobs until none is left, or until the task is cancelled (a job in hand then goes back to the
    /// queue); returns how many jobs it took.
    @discardableResult
    package func drain() async throws -> Int {
        var attempts = 0
        while !Task.isCancelled, try await runOne() { attempts += 1 }
        return attempts
    }

    /// Works until cancelled, looking for due jobs every `idle` when there were none. A job in hand when the task is
    /// cancelled is interrupted (its OCR process stopped) and given back to the queue.
    package func run(idle: Duration = .seconds(2)) async {
        while !Task.isCancelled {
            let worked: Bool
            do { worked = try await runOne() } catch {
                logger.error("Job queue unavailable", metadata: ["error": "\(error)"])
                worked = false
            }
            if !worked { try? await Task.sleep(for: idle) }
        }
    }
}
