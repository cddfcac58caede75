import ChanceryKit
import ChanceryTestSupport
import Foundation
import Testing

@testable import ChancerySpine

/// The spine's job queue: claims, retries with backoff, the end of a job that keeps failing, leases, a worker
/// that died, and two workers sharing the queue. Time is a manual clock: no test waits for the wall clock.
@Suite("Job queue")
struct JobQueueTests {
    static let kind = "test.job"

    /// A queue on a manual clock, and one note to hang jobs on.
    static func setUp(_ installation: TestInstallation, clock: ManualClock, maxAttempts: Int = 3)
        async throws -> (JobQueue, LabelledObject)
    {
        let clerk = try await installation.user("clerk", MockUser.registry).principal
        let note = try await installation.note("Note", .unclassified, unit: "IPS", by: clerk)
        let queue = JobQueue(
            database: installation.chancery.database, audit: installation.chancery.audit,
            catalog: installation.chancery.catalog,
            policy: JobPolicy(maxAttempts: maxAttempts, firstBackoff: .seconds(30), lease: .seconds(600)),
            now: clock.reader)
        return (queue, note)
    }

    static func enqueue(_ queue: JobQueue, _ subject: String, on note: LabelledObject, _ installation: TestInstallation)
        async throws -> String
    {
        try await installation.chancery.database.transaction { db in
            try await queue.enqueue(kind, subject: subject, objectID: note.id, on: db)
        }
    }

    @Test("a failed attempt waits 30 s, then 60 s; the last one ends the job failed with its reason, audited")
    func retriesWithBackoff() async throws {
        try await withInstallation { installation in
            let clock = ManualClock()
            let (queue, note) = try await Self.setUp(installation, clock: clock)
            let id = try await Self.enqueue(queue, "s1", on: note, installation)

            let first = try #require(try await queue.claim(kinds: [Self.kind], worker: "w"))
            #expect(first.id == id && first.attempts == 1 && first.state == .running)
            try await queue.fail(first, reason: "scanner noise")
            #expect(try await queue.claim(kinds: [Self.kind], worker: "w") == nil)
            clock.advance(seconds: 29)
            #expect(try await queue.claim(kinds: [Self.kind], worker: "w") == nil)
            clock.advance(seconds: 1)
            let second = try #require(try await queue.claim(kinds: [Self.kind], worker: "w"))
            #expect(second.attempts == 2 && second.lastError == "scanner noise")
            try await queue.fail(second, reason: "scanner noise")
            clock.advance(seconds: 59)
            #expect(try await queue.claim(kinds: [Self.kind], worker: "w") == nil)
            clock.advance(seconds: 1)
            let third = try #require(try await queue.claim(kinds: [Self.kind], worker: "w"))
            try await queue.fail(third, reason: "unreadable page")

            clock.advance(seconds: 3600)
            #expect(try await queue.claim(kinds: [Self.kind], worker: "w") == nil)
            let failed = try await queue.list(states: [.failed])
            #expect(
                failed.map(\.id) == [id] && failed.first?.lastError == "unreadable page" && failed.first?.attempts == 3)
            #expect(try await installation.auditActions(of: note.id).last == "job.failed")

            #expect(try await queue.retry(id, by: "test").map(\.id) == [id])
            #expect(try await queue.claim(kinds: [Self.kind], worker: "w")?.attempts == 1)
        }
    }

    @Test("a running job is nobody else's until its lease runs out; then another worker takes it up")
    func lease() async throws {
        try await withInstallation { installation in
            let clock = ManualClock()
            let (queue, note) = try await Self.setUp(installation, clock: clock)
            let id = try await Self.enqueue(queue, "s1", on: note, installation)
            _ = try #require(try await queue.claim(kinds: [Self.kind], worker: "a"))
            clock.advance(seconds: 599)
            #expect(try await queue.claim(kinds: [Self.kind], worker: "b") == nil)
            clock.advance(seconds: 2)
            let taken = try #require(try await queue.claim(kinds: [Self.kind], worker: "b"))
            #expect(taken.id == id && taken.claimedBy == "b" && taken.attempts == 2)
        }
    }

    @Test("a job left running by a dead process of this machine is taken up at once; one of a live process is not")
    func orphans() async throws {
        try await withInstallation { installation in
            let clock = ManualClock()
            let (queue, note) = try await Self.setUp(installation, clock: clock)
            let host = ProcessInfo.processInfo.hostName
            _ = try await Self.enqueue(queue, "dead", on: note, installation)
            _ = try #require(try await queue.claim(kinds: [Self.kind], worker: "\(host):2147483646:1"))
            _ = try await Self.enqueue(queue, "alive", on: note, installation)
            _ = try #require(try await queue.claim(kinds: [Self.kind], worker: "\(host):1:1"))

            #expect(try await queue.releaseOrphans(host: host) == 1)

            let again = try #require(try await queue.claim(kinds: [Self.kind], worker: "w"))
            #expect(again.subject == "dead" && again.attempts == 2)
            #expect(try await queue.claim(kinds: [Self.kind], worker: "w") == nil)
        }
    }

    @Test("the same work is queued once while it waits")
    func noDuplicates() async throws {
        try await withInstallation { installation in
            let (queue, note) = try await Self.setUp(installation, clock: ManualClock())
            let first = try await Self.enqueue(queue, "s1", on: note, installation)
            #expect(try await Self.enqueue(queue, "s1", on: note, installation) == first)
            #expect(try await queue.list().count == 1)
        }
    }

    @Test("two workers claiming at once never take the same job")
    func twoWorkers() async throws {
        try await withInstallation { installation in
            let (queue, note) = try await Self.setUp(installation, clock: ManualClock())
            var ids: Set<String> = []
            for index in 0..<20 { ids.insert(try await Self.enqueue(queue, "s\(index)", on: note, installation)) }

            let claimed = try await withThrowingTaskGroup(of: [String].self) { group in
                for worker in ["a", "b"] {
                    group.addTask {
                        var mine: [String] = []
                        while let job = try await queue.claim(kinds: [Self.kind], worker: worker) {
                            mine.append(job.id)
                            try await installation.chancery.database.transaction { db in
                                try await queue.complete(job, on: db)
                            }
                        }
                        return mine
                    }
                }
                return try await group.reduce(into: [String]()) { $0 += $1 }
            }

            #expect(claimed.count == 20 && Set(claimed) == ids)
            #expect(try await queue.list(states: [.done]).count == 20)
        }
    }

    /// Work that lasts until its task is cancelled, as OCR does when the server stops during it.
    struct UntilStopped: JobHandler {
        var kind: String { JobQueueTests.kind }
        func perform(_ job: Job, queue: JobQueue) async throws {
            try await Task.sleep(for: .seconds(3600))
        }
    }

    @Test("a worker stopped during a job gives it back to the queue: due at once, not failed, its attempt not counted")
    func stopDuringJob() async throws {
        try await withInstallation { installation in
            // setup: a job taken by a worker running as the server runs it
            let clock = ManualClock()
            let (queue, note) = try await Self.setUp(installation, clock: clock)
            let id = try await Self.enqueue(queue, "s1", on: note, installation)
            let worker = JobWorker(
                queue: queue, handlers: [UntilStopped()], name: "w", logger: installation.chancery.logger)
            let running = Task { await worker.run() }
            var claimed = false
            for _ in 0..<2000 where !claimed {
                claimed = try await queue.list(states: [.running]).map(\.id) == [id]
                if !claimed { try await Task.sleep(for: .milliseconds(10)) }
            }
            try #require(claimed, "the worker never took the job")

            // exercise: the server stops
            running.cancel()
            await running.value

            // validate
            let job = try #require(try await queue.list().first)
            #expect(job.state == .queued && job.attempts == 0 && job.claimedBy == nil && job.lastError == nil)
            #expect(!(try await installation.auditActions(of: note.id)).contains("job.failed"))
            let again = try #require(try await queue.claim(kinds: [Self.kind], worker: "next"))
            #expect(again.id == id && again.attempts == 1)
        }
    }
}
