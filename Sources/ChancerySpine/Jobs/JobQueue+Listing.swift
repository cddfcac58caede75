import ChanceryKit
import SQLKit

extension JobQueue {
    /// Every job in these states (all when empty), oldest first, for the operator's `chancery jobs list` on the
    /// server itself (no principal: it names ids and reasons, never an object's content).
    package func list(states: [Job.State] = [], limit: Int = 200) async throws -> [Job] {
        let filter: SQLQueryString = states.isEmpty ? "" : "WHERE j.state IN (\(binds: states.map(\.rawValue)))"
        return try await database.read { db in
            try await db.raw(
                "SELECT \(Job.columns) FROM jobs j \(filter) ORDER BY j.created_at, j.id LIMIT \(bind: Int64(limit))"
            ).all().map(Job.init(row:))
        }
    }

    /// Queues failed jobs again with their attempts reset (one job by id, or all failed ones when `id` is nil),
    /// audited on each job's object. Returns the jobs queued again.
    package func retry(_ id: String?, by actor: String) async throws -> [Job] {
        let time = now()
        let filter: SQLQueryString = id.map { "AND id = \(bind: $0)" } ?? ""
        return try await database.transaction { db in
            let jobs = try await db.raw(
                """
                UPDATE jobs SET state = 'queued', attempts = 0, run_after = \(bind: time), finished_at = NULL,
                    claimed_by = NULL, lease_until = NULL
                WHERE state = 'failed' \(filter)
                RETURNING \(JobQueue.returned)
                """
            ).all().map(Job.init(row:))
            for job in jobs {
                try await self.audit.append(
                    AuditEntry(
                        actor: actor, action: "job.retry", objectID: job.objectID,
                        details: ["job": job.id, "kind": job.kind, "subject": job.subject]),
                    on: db)
            }
            return jobs
        }
    }

    /// How much work is waiting (queued or running) on objects the principal may read, and since when the
    /// oldest has waited: the desk's figures, trimmed like every count.
    package struct Backlog: Sendable, Equatable {
        package var waiting: Int
        package var oldestCreatedAt: Int64?
    }

    package func backlog(of kinds: [String], visibleTo principal: Principal) async throws -> Backlog {
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        return try await database.read { db in
            let row = try await db.raw(
                """
                SELECT COUNT(*) AS n, MIN(j.created_at) AS oldest FROM jobs j JOIN objects o ON o.id = j.object_id
                WHERE j.kind IN (\(binds: kinds)) AND j.state IN ('queued', 'running')
                  AND \(scope.readable("o", lookup: scope.countLookup))
                """
            ).first()
            return Backlog(
                waiting: Int(try row?.decode(column: "n", as: Int64.self) ?? 0),
                oldestCreatedAt: try row?.decode(column: "oldest", as: Int64?.self))
        }
    }
}
