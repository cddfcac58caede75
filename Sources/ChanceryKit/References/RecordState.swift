/// The life cycle of a registry record: received → registered → active → closed (cutoff) → archived →
/// destroyed or transferred to the archives.
public enum RecordState: String, CaseIterable, Sendable, Codable {
    /// Taken in, with a reference, waiting for the Information Controlling Processor's check.
    case received
    /// Checked (or registered in a series that needs no check).
    case registered
    /// In use: distributed or filed.
    case active
    /// Cut off: no more additions; the retention period runs from here.
    case closed
    case archived
    /// Disposed of; the metadata and the destruction certificate remain.
    case destroyed
    /// Handed over to the archives; the metadata remains.
    case transferred

    /// The states this one may move to.
    public var next: Set<RecordState> {
        switch self {
        case .received: [.registered]
        case .registered: [.active, .closed]
        case .active: [.closed]
        case .closed: [.active, .archived, .destroyed, .transferred]
        case .archived: [.destroyed, .transferred]
        case .destroyed, .transferred: []
        }
    }

    public func canMove(to state: RecordState) -> Bool { next.contains(state) }

    /// Whether the item's content is gone or out of the registry's hands.
    public var isFinal: Bool { next.isEmpty }
}
