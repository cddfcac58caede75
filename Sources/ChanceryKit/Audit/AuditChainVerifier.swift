import Crypto

/// Walks an audit chain in order and reports the first event that breaks it.
///
/// Feed it events in sequence order, then checkpoints; it holds only the last hash, so a chain of any
/// length is verified in constant memory.
public struct AuditChainVerifier: Sendable {
    /// Why the chain is broken at an event.
    public enum Break: Hashable, Sendable, CustomStringConvertible {
        /// An event's stored hash is not the hash of its content: it was edited.
        case contentChanged(sequence: Int64)
        /// An event does not point at the hash of the event before it: one was removed, inserted or swapped.
        case linkBroken(sequence: Int64)
        /// Sequence numbers jump: events are missing.
        case gap(expected: Int64, found: Int64)
        /// A signed checkpoint does not match the chain, or its signature is not the installation's.
        case checkpointMismatch(sequence: Int64)

        public var sequence: Int64 {
            switch self {
            case .contentChanged(let sequence), .linkBroken(let sequence), .checkpointMismatch(let sequence): sequence
            case .gap(let expected, _): expected
            }
        }

        public var description: String {
            switch self {
            case .contentChanged(let sequence):
                "event #\(sequence) was altered: its content no longer matches its hash"
            case .linkBroken(let sequence):
                "event #\(sequence) does not follow the event before it (an event was removed, inserted or reordered)"
            case .gap(let expected, let found) where expected == found:
                "event #\(expected) is missing (a signed checkpoint vouches for it)"
            case .gap(let expected, let found):
                "event #\(expected) is missing (the next event found is #\(found))"
            case .checkpointMismatch(let sequence):
                "the signed checkpoint at event #\(sequence) does not match the chain"
            }
        }
    }

    private(set) public var lastSequence: Int64 = 0
    private(set) public var lastHash = AuditRecord.genesisHash
    private(set) public var firstBreak: Break?
    private var hashes: [Int64: String] = [:]
    private let keepHashesEvery: Int64

    /// - Parameter checkpointInterval: the interval at which checkpoints are expected, so that only
    ///   those hashes are remembered for checking signatures afterwards.
    public init(checkpointInterval: Int64) {
        self.keepHashesEvery = max(checkpointInterval, 1)
    }

    /// Checks the next event, given its stored hash.
    public mutating func check(_ record: AuditRecord, storedHash: String) {
        guard firstBreak == nil else { return }
        if record.sequence != lastSequence + 1 {
            firstBreak =
                record.sequence > lastSequence + 1
                ? .gap(expected: lastSequence + 1, found: record.sequence) : .linkBroken(sequence: record.sequence)
            return
        }
        guard record.hash == storedHash else {
            firstBreak = .contentChanged(sequence: record.sequence)
            return
        }
        guard record.previousHash == lastHash else {
            firstBreak = .linkBroken(sequence: record.sequence)
            return
        }
        lastSequence = record.sequence
        lastHash = storedHash
        if record.sequence % keepHashesEvery == 0 { hashes[record.sequence] = storedHash }
    }

    /// Checks a signed checkpoint against the events seen.
    public mutating func check(_ checkpoint: AuditCheckpoint, key: Curve25519.Signing.PublicKey) {
        guard firstBreak == nil else { return }
        let seen = checkpoint.sequence == lastSequence ? lastHash : hashes[checkpoint.sequence]
        if checkpoint.sequence > lastSequence {
            firstBreak = .gap(expected: lastSequence + 1, found: checkpoint.sequence)
        } else if seen != checkpoint.hash || !checkpoint.isValid(for: key) {
            firstBreak = .checkpointMismatch(sequence: checkpoint.sequence)
        }
    }
}
