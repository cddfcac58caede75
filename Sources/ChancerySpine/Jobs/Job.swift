import Foundation
import SQLKit

/// One piece of background work in the spine's queue: what to do (`kind`) to what (`subject`, e.g. an
/// attachment id), for which object (whose readers alone may learn of the job), and how it went.
package struct Job: Sendable, Equatable, Decodable {
    package enum State: String, Sendable, CaseIterable, Decodable {
        /// Waiting for a worker (`runAfter` says from when: a retry waits out its backoff).
        case queued
        /// Claimed by a worker until `leaseUntil`; after that the worker is presumed dead and the job is taken up again.
        case running
        case done
        /// Failed on its last attempt; `lastError` says why. `chancery jobs retry` queues it again.
        case failed
    }

    package var id: String
    package var kind: String
    package var subject: String
    package var objectID: String
    package var state: State
    package var attempts: Int
    package var maxAttempts: Int
    package var runAfter: Int64
    package var claimedBy: String?
    package var leaseUntil: Int64?
    package var lastError: String?
    package var createdAt: Int64
    package var finishedAt: Int64?

    package static let columns: SQLQueryString = """
        j.id, j.kind, j.subject, j.object_id, j.state, j.attempts, j.max_attempts, j.run_after, j.claimed_by,
        j.lease_until, j.last_error, j.created_at, j.finished_at
        """

    package init(row: any SQLRow) throws {
        self = try row.decodeModel()
    }
}

/// How often and how patiently a job is tried.
package struct JobPolicy: Sendable {
    /// Attempts before a job ends failed (a worker that died during an attempt counts as one).
    package var maxAttempts = 4
    /// The wait before the second attempt; it doubles for each further one.
    package var firstBackoff: Duration = .seconds(30)
    /// How long a worker holds a job before it is presumed dead (longer than the slowest job it runs).
    package var lease: Duration = .seconds(900)

    package init(maxAttempts: Int = 4, firstBackoff: Duration = .seconds(30), lease: Duration = .seconds(900)) {
        self.maxAttempts = maxAttempts
        self.firstBackoff = firstBackoff
        self.lease = lease
    }

    /// Milliseconds to wait after the `attempts`-th failed attempt: 1×, 2×, 4×… the first backoff.
    package func backoff(afterAttempt attempts: Int) -> Int64 {
        let first = firstBackoff.components.seconds * 1000 + firstBackoff.components.attoseconds / 1_000_000_000_000_000
        return first << Int64(min(max(attempts - 1, 0), 20))
    }

    package var leaseMilliseconds: Int64 {
        lease.components.seconds * 1000 + lease.components.attoseconds / 1_000_000_000_000_000
    }
}
