import ChanceryKit
import Foundation
import SQLKit

#if canImport(Glibc)
    import Glibc
#endif

/// The one owner of `jobs`: background work kept in the database. Work is enqueued inside the transaction of the
/// change that calls for it (so that no change is without its job, and no job without its change), claimed by
/// workers one job at a time (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so that several nodes share the queue;
/// SQLite has one writer, and one worker), retried with a growing backoff, and ended failed with its reason.
/// A job whose worker died (`kill -9`, a power cut) is taken up again: at once when its worker's process is
/// known to be gone (same machine), else when its lease runs out.
public struct JobQueue: Sendable {
    package let database: Database
    package let audit: AuditLog
    package let catalog: CategoryCatalog
    package var policy: JobPolicy
    package var now: @Sendable () -> Int64

    package init(
        database: Database, audit: AuditLog, catalog: CategoryCatalog, policy: JobPolicy = JobPolicy(),
        now: @escaping @Sendable () -> Int64 = { Clock.nowMilliseconds() }
    ) {
        self.database = database
        self.audit = audit
        self.catalog = catalog
        self.policy = policy
        self.now = now
    }

    /// Inside the caller's transaction: queues `kind` for `subject` on the object, unless the same work is queued
    /// or running already. Returns the job's id.
    @discardableResult
    package func enqueue(_ kind: String, subject: String, objectID: String, on db: any SQLDatabase) async throws
        -> String
    {
        if let pending = try await db.raw(
            """
            SELECT id FROM jobs WHERE kind = \(bind: kind) AND subject = \(bind: subject)
              AND state IN ('queued', 'running')
            """
        ).first() {
            return try pending.decode(column: "id", as: String.self)
        }
        let time = now()
        let id = ObjectID.make(milliseconds: time)
        try await db.raw(
            """
            INSERT INTO jobs (id, kind, subject, object_id, state, attempts, max_attempts, run_after, created_at)
            VALUES (\(bind: id), \(bind: kind), \(bind: subject), \(bind: objectID), 'queued', 0,
                    \(bind: Int64(policy.maxAttempts)), \(bind: time), \(bind: time))
            """
        ).run()
        return id
    }

    /// The name a worker of this process claims jobs under: the machine and the process id.
    package static func workerName(_ index: Int = 1) -> String {
        "\(ProcessInfo.processInfo.hostName):\(getpid()):\(index)"
    }

    /// Claims the next job of these kinds that is due (or whose worker's lease ran out), for `worker`: one
    /// attempt more, leased until now + the policy's lease. Jobs whose lease ran out on their last attempt end
    /// failed first. Nil when nothing is due.
    package func claim(kinds: [String], worker: String) async throws -> Job? {
        let time = now()
        let lease = time + policy.leaseMilliseconds
        let skipLocked: SQLQueryString = database.engine == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
        return try await database.transaction { db -> Job? in
            let abandoned = try await db.raw(
                """
                UPDATE jobs SET state = 'failed', finished_at = \(bind: time), claimed_by = NULL, lease_until = NULL,
                    last_error = \(bind: JobQueue.workerStopped)
                WHERE id IN (SELECT id FROM jobs WHERE state = 'running' AND lease_until < \(bind: time)
                                AND attempts >= max_attempts\(skipLocked))
                RETURNING \(JobQueue.returned)
                """
            ).all().map(Job.init(row:))
            for job in abandoned { try await self.auditFailure(job, on: db) }
            return try await db.raw(
                """
                UPDATE jobs SET state = 'running', attempts = attempts + 1, claimed_by = \(bind: worker),
                    lease_until = \(bind: lease)
                WHERE id = (SELECT id FROM jobs
                            WHERE kind IN (\(binds: kinds))
                              AND ((state = 'queued' AND run_after <= \(bind: time))
                                   OR (state = 'running' AND lease_until < \(bind: time)))
                            ORDER BY run_after, id LIMIT 1\(skipLocked))
                RETURNING \(JobQueue.returned)
                """
            ).first().map(Job.init(row:))
        }
    }

    /// Inside the transaction that records the job's result: the job is done.
    package func complete(_ job: Job, on db: any SQLDatabase) async throws {
        try await db.raw(
            """
            UPDATE jobs SET state = 'done', finished_at = \(bind: now()), claimed_by = NULL, lease_until = NULL,
                last_error = NULL
            WHERE id = \(bind: job.id)
            """
        ).run()
    }

    /// Gives back a job that a stopping worker interrupted (the server shuts down): queued again and due at once,
    /// its attempt not counted, since the job itself did not fail. Only while this worker still holds it.
    package func release(_ job: Job) async throws {
        let time = now()
        try await database.transaction { db in
            try await db.raw(
                """
                UPDATE jobs SET state = 'queued', attempts = attempts - 1, run_after = \(bind: time), claimed_by = NULL,
                    lease_until = NULL
                WHERE id = \(bind: job.id) AND state = 'running' AND claimed_by = \(bind: job.claimedBy ?? "")
                """
            ).run()
        }
    }

    /// Records a failed attempt: queued again after its backoff, or failed for good after its last attempt (and
    /// then audited on its object).
    package func fail(_ job: Job, reason: String) async throws {
        let time = now()
        let reason = String(reason.prefix(2000))
        try await database.transaction { db in
            if job.attempts >= job.maxAttempts {
                try await db.raw(
                    """
                    UPDATE jobs SET state = 'failed', finished_at = \(bind: time), claimed_by = NULL, lease_until = NULL,
                        last_error = \(bind: reason)
                    WHERE id = \(bind: job.id)
                    """
                ).run()
                var failed = job
                failed.lastError = reason
                try await self.auditFailure(failed, on: db)
            } else {
                try await db.raw(
                    """
                    UPDATE jobs SET state = 'queued', run_after = \(bind: time + self.policy.backoff(afterAttempt: job.attempts)),
                        claimed_by = NULL, lease_until = NULL, last_error = \(bind: reason)
                    WHERE id = \(bind: job.id)
                    """
                ).run()
            }
        }
    }

    private func auditFailure(_ job: Job, on db: any SQLDatabase) async throws {
        try await audit.append(
            AuditEntry(
                actor: "system", action: "job.failed", objectID: job.objectID, outcome: .failure,
                details: [
                    "job": job.id, "kind": job.kind, "subject": job.subject, "attempts": String(job.attempts),
                    "reason": job.lastError ?? "",
                ]),
            on: db)
    }

    /// The columns of `Job` in a `RETURNING` clause (no table alias there).
    package static let returned: SQLQueryString = """
        id, kind, subject, object_id, state, attempts, max_attempts, run_after, claimed_by, lease_until, last_error,
        created_at, finished_at
        """

    /// The reason of a job whose worker stopped during its last attempt.
    package static let workerStopped = "The worker stopped during the job (the process ended) on its last attempt."

    /// Queues again the running jobs of this machine's workers whose process is gone (a `kill -9`, a crash), so
    /// that they are taken up at once instead of when their lease runs out. `chancery serve` calls it on start.
    /// Returns how many were released.
    @discardableResult
    package func releaseOrphans(host: String = ProcessInfo.processInfo.hostName) async throws -> Int {
        let running = try await database.read { db in
            try await db.raw("SELECT id, claimed_by FROM jobs WHERE state = 'running'").all().map {
                (try $0.decode(column: "id", as: String.self), try $0.decode(column: "claimed_by", as: String?.self))
            }
        }
        let orphans = running.filter { _, worker in
            let parts = (worker ?? "").split(separator: ":").map(String.init)
            guard parts.count == 3, parts[0] == host, let pid = Int32(parts[1]) else { return false }
            return pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
        }.map(\.0)
        guard !orphans.isEmpty else { return 0 }
        let time = now()
        return try await database.transaction { db in
            // Due now; the lost attempt still counts, so a job that kills its worker every time ends failed.
            try await db.raw(
                """
                UPDATE jobs SET lease_until = \(bind: time - 1)
                WHERE state = 'running' AND id IN (\(binds: orphans))
                """
            ).run()
            return orphans.count
        }
    }
}
