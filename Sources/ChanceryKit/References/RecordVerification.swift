/// The Information Controlling Processor's check of a registered item: each series names the checks its
/// items must pass before they leave the *received* state.
public enum RecordCheck: String, CaseIterable, Sendable, Codable, Comparable {
    /// The label is consistent with the marking on the item itself.
    case label
    /// The originator is named.
    case originator
    /// The date of the document is given and not in the future.
    case documentDate
    /// The originator's own reference is given (incoming items).
    case originatorReference
    /// At least one addressee is named.
    case addressees
    /// At least one attachment, and every attachment's file is present and matches its hash.
    case attachments

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What the checks look at, gathered by the registry from the record and its attachments.
public struct RecordFacts: Sendable {
    public var label: SecurityLabel
    /// The classification marked on the item as received, if the clerk recorded it.
    public var contentMarking: Classification?
    public var originator: String?
    /// `YYYY-MM-DD`.
    public var documentDate: String?
    public var today: String
    public var originatorReference: String?
    public var addresseeCount: Int
    public var attachmentCount: Int
    /// Attachments whose stored file is missing or does not match its hash.
    public var unreadableAttachments: [String]

    public init(
        label: SecurityLabel, contentMarking: Classification?, originator: String?, documentDate: String?,
        today: String, originatorReference: String?, addresseeCount: Int, attachmentCount: Int,
        unreadableAttachments: [String]
    ) {
        self.label = label
        self.contentMarking = contentMarking
        self.originator = originator
        self.documentDate = documentDate
        self.today = today
        self.originatorReference = originatorReference
        self.addresseeCount = addresseeCount
        self.attachmentCount = attachmentCount
        self.unreadableAttachments = unreadableAttachments
    }
}

/// One failed check: which field, and why (a closed set of reasons, translated by the application).
public struct CheckFailure: Sendable, Equatable, Codable {
    public enum Reason: String, Sendable, Codable, CaseIterable {
        case contentMarkingMissing
        case labelDiffersFromMarking
        case missing
        case inFuture
        case noAttachment
        case attachmentUnreadable
    }

    public var check: RecordCheck
    public var field: String
    public var reason: Reason
    /// The value the reason is about (the marking, the date, the attachment), when there is one.
    public var value: String?

    public init(check: RecordCheck, field: String, reason: Reason, value: String? = nil) {
        self.check = check
        self.field = field
        self.reason = reason
        self.value = value
    }
}

/// Runs the series' checks over the facts; an empty answer means the item is verified.
public func verify(_ facts: RecordFacts, against checks: Set<RecordCheck>) -> [CheckFailure] {
    func blank(_ text: String?) -> Bool { text?.trimmingCharacters(in: .whitespaces).isEmpty ?? true }
    var failures: [CheckFailure] = []
    for check in checks.sorted() {
        switch check {
        case .label:
            if let marking = facts.contentMarking {
                if marking != facts.label.classification {
                    failures.append(
                        .init(check: check, field: "label", reason: .labelDiffersFromMarking, value: marking.marking))
                }
            } else {
                failures.append(.init(check: check, field: "contentMarking", reason: .contentMarkingMissing))
            }
        case .originator:
            if blank(facts.originator) { failures.append(.init(check: check, field: "originator", reason: .missing)) }
        case .documentDate:
            if let date = facts.documentDate {
                if date > facts.today {
                    failures.append(.init(check: check, field: "documentDate", reason: .inFuture, value: date))
                }
            } else {
                failures.append(.init(check: check, field: "documentDate", reason: .missing))
            }
        case .originatorReference:
            if blank(facts.originatorReference) {
                failures.append(.init(check: check, field: "originatorReference", reason: .missing))
            }
        case .addressees:
            if facts.addresseeCount == 0 { failures.append(.init(check: check, field: "addressees", reason: .missing)) }
        case .attachments:
            if facts.attachmentCount == 0 {
                failures.append(.init(check: check, field: "attachments", reason: .noAttachment))
            }
            for name in facts.unreadableAttachments {
                failures.append(.init(check: check, field: "attachments", reason: .attachmentUnreadable, value: name))
            }
        }
    }
    return failures
}
