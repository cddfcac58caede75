import ChanceryKit
import Crypto
import Foundation
import SQLKit

/// What happened, as a store reports it to the audit chain.
public struct AuditEntry: Sendable {
    public var actor: String
    public var action: String
    public var objectID: String?
    /// Further objects the event concerns, e.g. those a list showed. They are named in the hashed details
    /// (`objects`) and indexed in `audit_event_objects`.
    public var relatedObjectIDs: [String]
    public var outcome: Outcome
    public var details: [String: String]

    public enum Outcome: String, Sendable {
        case success
        case denied
        case failure
    }

    public init(
        actor: String, action: String, objectID: String? = nil, relatedObjectIDs: [String] = [],
        outcome: Outcome = .success, details: [String: String] = [:]
    ) {
        self.actor = actor
        self.action = action
        self.objectID = objectID
        self.relatedObjectIDs = relatedObjectIDs
        self.outcome = outcome
        self.details = details
    }
}

/// One stored event, as the audit API returns it.
public struct StoredAuditEvent: Sendable, Codable, Equatable {
    public var sequence: Int64
    public var occurredAt: String
    public var actor: String
    public var action: String
    public var objectID: String?
    public var outcome: String
    public var details: [String: String]
    public var hash: String
}

/// The append-only, hash-linked audit chain.
///
/// `append` must be called with the `SQLDatabase` of the transaction that makes the change, so that the change
/// and its event commit or roll back together. The head row is updated first, which takes its row lock on
/// PostgreSQL: concurrent transactions append one after the other and the chain never forks.
public struct AuditLog: Sendable {
    /// The installation key's raw bytes (the key type itself is not `Sendable`).
    private let signingKeyBytes: Data
    package let checkpointInterval: Int64

    package init(signingKey: Curve25519.Signing.PrivateKey, checkpointInterval: Int64) {
        self.signingKeyBytes = signingKey.rawRepresentation
        self.checkpointInterval = checkpointInterval
    }

    package var signingKey: Curve25519.Signing.PrivateKey {
        // safe: the bytes came from a valid key in `init`
        try! Curve25519.Signing.PrivateKey(rawRepresentation: signingKeyBytes)
    }

    /// A stable pseudonym of a personal value the trail must not keep for ever (a member of the public's address):
    /// 16 hex digits of an HMAC-SHA256 keyed by the installation key and the value's `purpose`. Two events with
    /// the same value show the same pseudonym, and whoever holds the installation may check a value they already
    /// know; nobody can read the value back, even by trying every IPv4 address without the key.
    package func pseudonym(_ value: String, purpose: String) -> String {
        let key = SymmetricKey(data: SHA256.hash(data: signingKeyBytes + Data("pseudonym:\(purpose)".utf8)))
        let code = HMAC<SHA256>.authenticationCode(for: Data(value.utf8), using: key)
        return code.prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    /// Appends one event inside the caller's transaction; returns its sequence number.
    @discardableResult
    public func append(_ entry: AuditEntry, on db: any SQLDatabase) async throws -> Int64 {
        guard
            let head = try await db.raw(
                "UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash"
            ).first()
        else { throw AuditError.headMissing }
        let sequence = try head.decode(column: "seq", as: Int64.self)
        var details = entry.details
        if !entry.relatedObjectIDs.isEmpty { details["objects"] = entry.relatedObjectIDs.joined(separator: ",") }
        let record = AuditRecord(
            sequence: sequence, occurredAt: Clock.nowMilliseconds(), actor: entry.actor, action: entry.action,
            objectID: entry.objectID, outcome: entry.outcome.rawValue, details: Self.encode(details),
            previousHash: try head.decode(column: "hash", as: String.self))
        let hash = record.hash
        try await db.raw(
            """
            INSERT INTO audit_events (seq, occurred_at, actor, action, object_id, outcome, details, prev_hash, hash)
            VALUES (\(bind: record.sequence), \(bind: record.occurredAt), \(bind: record.actor), \(bind: record.action),
                    \(bind: record.objectID), \(bind: record.outcome), \(bind: record.details),
                    \(bind: record.previousHash), \(bind: hash))
            """
        ).run()
        for objectID in Set([entry.objectID].compactMap { $0 } + entry.relatedObjectIDs) {
            try await db.raw(
                "INSERT INTO audit_event_objects (object_id, seq) VALUES (\(bind: objectID), \(bind: sequence))"
            ).run()
        }
        try await db.raw("UPDATE audit_head SET hash = \(bind: hash) WHERE id = 1").run()
        if sequence % checkpointInterval == 0 {
            let checkpoint = try AuditCheckpoint.sign(
                sequence: sequence, hash: hash, signedAt: record.occurredAt, key: signingKey)
            try await db.raw(
                """
                INSERT INTO audit_checkpoints (seq, hash, signed_at, signature)
                VALUES (\(bind: checkpoint.sequence), \(bind: checkpoint.hash), \(bind: checkpoint.signedAt),
                        \(bind: checkpoint.signature))
                """
            ).run()
        }
        return sequence
    }

    package static func encode(_ details: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(details)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The events concerning one object (its own, and lists that showed it), oldest first, after `sequence`.
    package func events(of objectID: String, after sequence: Int64, limit: Int, on db: any SQLDatabase) async throws
        -> [StoredAuditEvent]
    {
        try await db.raw(
            """
            SELECT e.seq, e.occurred_at, e.actor, e.action, e.object_id, e.outcome, e.details, e.hash
            FROM audit_event_objects x JOIN audit_events e ON e.seq = x.seq
            WHERE x.object_id = \(bind: objectID) AND x.seq > \(bind: sequence) ORDER BY x.seq LIMIT \(bind: limit)
            """
        ).all().map { row in
            let stored = try row.decodeModel(AuditEventRow.self)
            return StoredAuditEvent(
                sequence: stored.seq, occurredAt: Clock.iso8601(stored.occurredAt), actor: stored.actor,
                action: stored.action, objectID: stored.objectID, outcome: stored.outcome,
                details: (try? JSONDecoder().decode([String: String].self, from: Data(stored.details.utf8))) ?? [:],
                hash: stored.hash)
        }
    }

    /// The number of events and the last checkpoint, for the auditor's home page.
    package func status(on db: any SQLDatabase) async throws -> (events: Int64, lastCheckpoint: Int64) {
        let head = try await db.raw("SELECT seq FROM audit_head WHERE id = 1").first()
        let checkpoint = try await db.raw("SELECT MAX(seq) AS seq FROM audit_checkpoints").first()
        return (
            try head?.decode(column: "seq", as: Int64.self) ?? 0,
            try checkpoint?.decode(column: "seq", as: Int64?.self) ?? 0
        )
    }
}

package enum AuditError: Error, CustomStringConvertible {
    case headMissing

    package var description: String {
        "The audit chain's head row is missing: the database was altered outside Chancery."
    }
}
