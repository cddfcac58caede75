import ChanceryKit
import Crypto
import SQLKit

/// The result of walking the whole audit chain.
public struct AuditVerificationReport: Sendable, Equatable {
    public var events: Int64
    public var checkpoints: Int
    /// The first broken link, nil when the chain is intact.
    public var problem: String?
    public var brokenAt: Int64?

    public var isIntact: Bool { problem == nil }
}

extension AuditLog {
    /// Walks every event in order, then every checkpoint, and reports the first break.
    public func verify(_ database: Database, batchSize: Int = 2000) async throws -> AuditVerificationReport {
        // Events appended while the walk runs are left for the next verification: the walk stops at the head
        // as it was when it began, so a live system never looks truncated.
        let (head, headHash) = try await database.read { db -> (Int64, String) in
            let row = try await db.raw("SELECT seq, hash FROM audit_head WHERE id = 1").first()
            return (
                try row?.decode(column: "seq", as: Int64.self) ?? 0,
                try row?.decode(column: "hash", as: String.self) ?? ""
            )
        }
        var verifier = AuditChainVerifier(checkpointInterval: checkpointInterval)
        var seen: Int64 = 0
        while verifier.firstBreak == nil {
            let lastSequence = verifier.lastSequence
            let rows = try await database.read { db in
                try await db.raw(
                    """
                    SELECT seq, occurred_at, actor, action, object_id, outcome, details, prev_hash, hash
                    FROM audit_events WHERE seq > \(bind: lastSequence) AND seq <= \(bind: head)
                    ORDER BY seq LIMIT \(bind: batchSize)
                    """
                ).all()
            }
            if rows.isEmpty { break }
            for row in rows {
                let stored = try row.decodeModel(ChainedAuditEventRow.self)
                verifier.check(stored.record, storedHash: stored.event.hash)
                seen += 1
                if verifier.firstBreak != nil { break }
            }
        }
        let checkpoints = try await database.read { db in
            try await db.raw(
                "SELECT seq, hash, signed_at, signature FROM audit_checkpoints WHERE seq <= \(bind: head) ORDER BY seq"
            ).all()
        }
        for row in checkpoints where verifier.firstBreak == nil {
            verifier.check(
                try row.decodeModel(AuditCheckpointRow.self).checkpoint,
                key: signingKey.publicKey)
        }
        if let problem = verifier.firstBreak {
            return AuditVerificationReport(
                events: seen, checkpoints: checkpoints.count, problem: problem.description, brokenAt: problem.sequence)
        }
        if head != verifier.lastSequence || (head > 0 && headHash != verifier.lastHash) {
            return AuditVerificationReport(
                events: seen, checkpoints: checkpoints.count,
                problem:
                    "the chain ends at event #\(verifier.lastSequence) but \(head) events were recorded: the last events were removed or altered",
                brokenAt: verifier.lastSequence + 1)
        }
        return AuditVerificationReport(events: seen, checkpoints: checkpoints.count, problem: nil, brokenAt: nil)
    }
}
