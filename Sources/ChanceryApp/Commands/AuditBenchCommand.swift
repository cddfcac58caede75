import ArgumentParser
import ChanceryKit
import ChancerySpine
import Crypto
import Foundation
import SQLKit

/// `chancery audit bench --fill N` (hidden; scripts/bench-audit.sh runs it): fills the audit chain of a new,
/// empty installation with N events through the real `AuditLog.append`, then times `audit verify` over the
/// whole chain and compares it with the machine's raw SHA-256 over the same canonical bytes.
struct AuditBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Fill a scratch installation's audit chain and time its verification.",
        shouldDisplay: false)

    @OptionGroup var storage: StorageOptions
    @Option(name: .long, help: "Events to append first (the installation must have no accounts and no objects).")
    var fill: Int = 0
    @Option(name: .long, help: "How many times to run the verification.") var runs: Int = 3

    func validate() throws {
        guard (0...50_000_000).contains(fill) else { throw ValidationError("--fill must be from 0 to 50,000,000.") }
        guard (1...20).contains(runs) else { throw ValidationError("--runs must be from 1 to 20.") }
    }

    func run() async throws {
        try await storage.open().using { chancery in
            if fill > 0 { try await Self.fill(chancery, events: fill) }
            var times: [Double] = []
            var report: AuditVerificationReport?
            for run in 1...runs {
                let start = ContinuousClock.now
                report = try await chancery.audit.verify(chancery.database)
                times.append((ContinuousClock.now - start).seconds)
                say(String(format: "verify run %d: %.2f s (%@)", run, times.last!, report!.problem ?? "intact"))
            }
            guard let report, report.isIntact else { throw ExitCode(1) }
            let (bytes, rawSeconds) = try await Self.rawHashing(chancery.database)
            let best = times.min()!
            let median = times.sorted()[times.count / 2]
            say(
                String(
                    format: """
                        events %lld, signed checkpoints %d, canonical bytes %.1f MB
                        audit verify: best %.2f s, median %.2f s (%.0f events/s)
                        raw SHA-256 of the same canonical records, in memory: %.2f s (%.0f MB/s)
                        ratio verify / raw SHA-256: %.1f×
                        """, report.events, report.checkpoints, Double(bytes) / 1e6, best, median,
                    Double(report.events) / best, rawSeconds, Double(bytes) / 1e6 / rawSeconds, best / rawSeconds))
        }
    }

    /// Appends `events` realistic events in transactions of 1,000 (the way many requests would).
    static func fill(_ chancery: Chancery, events: Int) async throws {
        let populated = try await chancery.database.read { db in
            let users =
                try await db.raw("SELECT COUNT(*) AS n FROM users").first()?.decode(column: "n", as: Int64.self) ?? 0
            let objects =
                try await db.raw("SELECT COUNT(*) AS n FROM objects").first()?.decode(column: "n", as: Int64.self) ?? 0
            return users + objects > 0
        }
        guard !populated else {
            throw ValidationError(
                "audit bench fills only a new installation (no accounts, no objects): give a new --data-dir.")
        }
        let actions = [
            "object.read", "record.register", "object.list", "record.update", "attachment.download", "auth.signin",
        ]
        let audit = chancery.audit
        let start = ContinuousClock.now
        var done = 0
        while done < events {
            let batch = min(1000, events - done)
            let first = done
            try await chancery.database.transaction { db in
                for n in first..<(first + batch) {
                    let object = ObjectID.make(milliseconds: 1_780_000_000_000 + Int64(n))
                    try await audit.append(
                        AuditEntry(
                            actor: "user-\(n % 500)", action: actions[n % actions.count], objectID: object,
                            details: [
                                "reference": "IMSM-\(String(format: "%06d", n))-2026",
                                "via": n % 3 == 0 ? "web" : "api",
                            ]),
                        on: db)
                }
            }
            done += batch
            if done % (events / 10 == 0 ? events : events / 10) == 0 || done == events {
                let seconds = (ContinuousClock.now - start).seconds
                say(String(format: "filled %d events in %.1f s (%.0f/s)", done, seconds, Double(done) / seconds))
            }
        }
    }

    /// Reads every event once, builds its canonical bytes in memory, then times SHA-256 over them alone.
    static func rawHashing(_ database: Database) async throws -> (bytes: Int, seconds: Double) {
        var canonical: [Data] = []
        var last: Int64 = 0
        while true {
            let after = last
            let rows = try await database.read { db in
                try await db.raw(
                    """
                    SELECT seq, occurred_at, actor, action, object_id, outcome, details, prev_hash, hash FROM audit_events
                    WHERE seq > \(bind: after) ORDER BY seq LIMIT 5000
                    """
                ).all()
            }
            if rows.isEmpty { break }
            for row in rows {
                let record = try row.decodeModel(ChainedAuditEventRow.self).record
                canonical.append(record.canonicalBytes)
            }
            last = try rows.last!.decode(column: "seq", as: Int64.self)
        }
        let start = ContinuousClock.now
        var check: UInt8 = 0
        for bytes in canonical { check ^= SHA256.hash(data: bytes).withUnsafeBytes { $0[0] } }
        let seconds = (ContinuousClock.now - start).seconds
        if check == 0xFF { say("") }  // keeps the loop from being optimised away
        return (canonical.reduce(0) { $0 + $1.count }, seconds)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
