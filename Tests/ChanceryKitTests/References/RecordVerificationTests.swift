import Testing

@testable import ChanceryKit

@Suite("Verification checks")
struct RecordVerificationTests {
    static func facts(
        marking: Classification? = .natoSecret, originator: String? = "SHAPE J2", date: String? = "2026-03-14",
        originatorReference: String? = "SH/J2/123", addressees: Int = 2, attachments: Int = 1, unreadable: [String] = []
    ) -> RecordFacts {
        RecordFacts(
            label: SecurityLabel(classification: .natoSecret), contentMarking: marking, originator: originator,
            documentDate: date, today: "2026-11-23", originatorReference: originatorReference,
            addresseeCount: addressees,
            attachmentCount: attachments, unreadableAttachments: unreadable)
    }

    @Test("a complete item passes every check")
    func completeItemPasses() {
        #expect(verify(Self.facts(), against: Set(RecordCheck.allCases)).isEmpty)
    }

    @Test("an item with nothing to check passes whatever is missing")
    func noChecks() {
        #expect(verify(Self.facts(marking: nil, originator: nil, date: nil, attachments: 0), against: []).isEmpty)
    }

    @Test("each failed check names its field and reason, in a stable order")
    func failuresNameFields() {
        let failures = verify(
            Self.facts(
                marking: .natoConfidential, originator: "  ", date: "2027-01-01", originatorReference: nil,
                addressees: 0,
                attachments: 2, unreadable: ["scan.pdf"]),
            against: Set(RecordCheck.allCases))
        #expect(
            failures == [
                CheckFailure(check: .addressees, field: "addressees", reason: .missing),
                CheckFailure(
                    check: .attachments, field: "attachments", reason: .attachmentUnreadable, value: "scan.pdf"),
                CheckFailure(check: .documentDate, field: "documentDate", reason: .inFuture, value: "2027-01-01"),
                CheckFailure(
                    check: .label, field: "label", reason: .labelDiffersFromMarking, value: "NATO CONFIDENTIAL"),
                CheckFailure(check: .originator, field: "originator", reason: .missing),
                CheckFailure(check: .originatorReference, field: "originatorReference", reason: .missing),
            ])
    }

    @Test("the label check needs the marking read on the item; the attachment check needs a file")
    func markingAndAttachmentRequired() {
        #expect(
            verify(Self.facts(marking: nil, attachments: 0), against: [.label, .attachments]) == [
                CheckFailure(check: .attachments, field: "attachments", reason: .noAttachment),
                CheckFailure(check: .label, field: "contentMarking", reason: .contentMarkingMissing),
            ])
    }

    @Test("a record's life cycle only moves forward along its allowed steps")
    func lifeCycle() {
        #expect(RecordState.received.canMove(to: .registered))
        #expect(!RecordState.received.canMove(to: .destroyed))
        #expect(RecordState.closed.canMove(to: .destroyed))
        #expect(RecordState.archived.canMove(to: .transferred))
        #expect(RecordState.destroyed.isFinal && RecordState.transferred.isFinal)
        #expect(!RecordState.active.isFinal)
        for state in RecordState.allCases { #expect(!state.canMove(to: state), "\(state) may not move to itself") }
    }
}
