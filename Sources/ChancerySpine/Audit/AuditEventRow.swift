import ChanceryKit
import SQLKit

/// A row of `audit_events` as stored: the time in milliseconds and the details as the JSON text that was hashed.
package struct AuditEventRow: RowEmbedded {
    package var seq: Int64
    package var occurredAt: Int64
    package var actor: String
    package var action: String
    package var objectID: String?
    package var outcome: String
    package var details: String
    package var hash: String
}

/// A row of `audit_events` with the hash it links to: the record whose hash is checked again.
package struct ChainedAuditEventRow: Decodable {
    package var event: AuditEventRow
    package var prevHash: String

    package var record: AuditRecord {
        AuditRecord(
            sequence: event.seq, occurredAt: event.occurredAt, actor: event.actor, action: event.action,
            objectID: event.objectID, outcome: event.outcome, details: event.details, previousHash: prevHash)
    }
}

/// A row of `audit_checkpoints`.
package struct AuditCheckpointRow: Decodable {
    package var seq: Int64
    package var hash: String
    package var signedAt: Int64
    package var signature: String

    package var checkpoint: AuditCheckpoint {
        AuditCheckpoint(sequence: seq, hash: hash, signedAt: signedAt, signature: signature)
    }
}
