import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A record QA audit: a random sample of patients' records drawn for one auditor, a checklist per record
/// (automatic checks computed from the record, and the auditor's own answers), findings and follow-ups.
///
/// The audit is an object of kind `qa-audit`, owned by the Health Office, carrying the dominant label of the
/// records sampled (always MEDICAL). An item shows its patient only to a principal who may read that patient.
public struct QAAudit: StoredItem, Equatable, RowDecodable {
    public static let kind = "qa-audit"
    /// The largest sample one audit may draw.
    public static let maximumSample = 100

    public var object: LabelledObject
    public var seed: Int64
    public var requestedSize: Int
    public var closedAt: Int64?
    public var closedBy: String?
    /// How many records were drawn, how many the auditor has answered, and how many follow-ups are still open.
    public var sampled: Int
    public var reviewed: Int
    public var openFollowUps: Int

    public var isClosed: Bool { closedAt != nil }

    package static let columns: SQLQueryString = """
        , qa.seed, qa.requested_size, qa.closed_at, qa.closed_by,
        (SELECT COUNT(*) FROM health_audit_items i WHERE i.audit_id = o.id) AS sampled,
        (SELECT COUNT(*) FROM health_audit_items i WHERE i.audit_id = o.id AND i.reviewed_at IS NOT NULL) AS reviewed,
        (SELECT COUNT(*) FROM health_audit_items i WHERE i.audit_id = o.id AND i.follow_up_status = 'open') AS open_follow_ups
        """
    package static let join: SQLQueryString = "JOIN health_audits qa ON qa.object_id = o.id"

    /// The four questions of the checklist.
    public struct Checks: Sendable, Equatable, Codable, RowEmbedded {
        public var completeness: Bool?
        public var consent: Bool?
        public var codes: Bool?
        public var signatures: Bool?
    }

    /// What the checklist computes from the record itself, as the auditor may read it.
    public struct AutomaticChecks: Sendable, Equatable {
        /// Date of birth, nationality, emergency contact (name and phone) and insurer all present.
        public var completeness: Bool
        /// The demographic fields that are missing: `dateOfBirth`, `nationality`, `emergencyContact`, `insurer`.
        public var missing: [String]
        /// A consent entry that has not been revoked.
        public var consent: Bool
        /// An administrative-code entry, or an entry with coded observations or codes.
        public var codes: Bool
        /// Every clinical entry (physician note, diagnostic report) names its clinician.
        public var signatures: Bool

        /// The checks of a patient's details and the entries of their record.
        package static func of(_ details: Patient.Details, entries: [EntryFacts]) -> AutomaticChecks {
            func blank(_ text: String?) -> Bool { (text ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
            var missing: [String] = []
            if blank(details.dateOfBirth) { missing.append("dateOfBirth") }
            if blank(details.nationality) { missing.append("nationality") }
            if blank(details.emergencyName) || blank(details.emergencyPhone) { missing.append("emergencyContact") }
            if blank(details.insurer) { missing.append("insurer") }
            return AutomaticChecks(
                completeness: missing.isEmpty, missing: missing,
                consent: entries.contains { $0.type == .consent && !$0.revoked },
                codes: entries.contains { $0.type == .administrativeCode || $0.isCoded },
                signatures: entries.allSatisfy { !$0.type.isClinical || !blank($0.clinicianID) })
        }
    }

    /// What the checks need to know of one entry.
    package struct EntryFacts: Sendable {
        package var type: RecordEntry.EntryType
        package var clinicianID: String?
        package var isCoded: Bool
        package var revoked: Bool
    }

    /// One sampled record: the auditor's answers, and, when the principal may read the patient, the patient and
    /// the automatic checks.
    public struct Item: Sendable, RowDecodable {
        public var position: Int
        public var patientID: String
        public var answers: Checks
        public var finding: String?
        public var followUp: String?
        /// `YYYY-MM-DD`
        public var followUpDue: String?
        /// `open` or `done`, when there is a follow-up.
        public var followUpStatus: String?
        public var reviewedBy: String?
        public var reviewedAt: Int64?
        /// Nil when the principal may not read the patient: then nothing else of the item is shown.
        public var patient: Patient?
        public var automatic: AutomaticChecks?

        private enum CodingKeys: String, CodingKey {
            case position, patientID, answers, finding, followUp, followUpDue, followUpStatus, reviewedBy, reviewedAt
            // `patient` and `automatic` are filled in after the read, by who may see them
        }
    }

    /// The auditor's answer for one record; it replaces the previous answer whole.
    public struct Answer: Sendable, Equatable {
        public var checks: Checks
        public var finding: String?
        public var followUp: String?
        public var followUpDue: String?
        public var followUpStatus: String?
    }

    /// An audit with its items, in the order drawn.
    public struct Detail: Sendable {
        public var audit: QAAudit
        public var items: [Item]
    }

    /// The first `size` of `ids` in a random order fixed by `seed`: the same seed over the same ids draws the
    /// same sample, so a drawn sample can be shown to be random and reproduced.
    package static func sample(_ ids: [String], size: Int, seed: Int64) -> [String] {
        var generator = SeededGenerator(seed: UInt64(bitPattern: seed))
        var order = ids.sorted()
        var index = order.count - 1
        while index > 0 {
            let other = Int(generator.next() % UInt64(index + 1))
            order.swapAt(index, other)
            index -= 1
        }
        return Array(order.prefix(size))
    }
}

/// The rules of an answer, the same for the API and the web form: each field's own check (so that a form can report
/// every refusal at once), then what the fields must say together.
extension QAAudit.Answer {
    package static func finding(_ text: String?) throws -> String? {
        try FieldRules.optionalText(text, field: "finding", max: 4000)
    }

    package static func followUp(_ text: String?) throws -> String? {
        try FieldRules.optionalText(text, field: "followUp", max: 2000)
    }

    /// `YYYY-MM-DD`
    package static func followUpDue(_ text: String?) throws -> String? {
        try FieldRules.date(text, field: "followUpDue")
    }

    /// `open` or `done`; nil when not given.
    package static func followUpStatus(_ text: String?) throws -> String? {
        guard let text, !text.isEmpty else { return nil }
        guard ["open", "done"].contains(text) else {
            throw AppError.invalidField("followUpStatus", reasonKey: "health.audit.reason.status")
        }
        return text
    }

    /// The answer from fields each already checked: a status or a due date needs a follow-up, and a follow-up is
    /// `open` unless said `done`.
    package static func checked(
        checks: QAAudit.Checks, finding: String?, followUp: String?, due: String?, status: String?
    ) throws(AppError) -> Self {
        if followUp == nil, status != nil || due != nil {
            throw AppError.invalidField(
                status != nil ? "followUpStatus" : "followUpDue", reasonKey: "health.audit.reason.followUp")
        }
        return Self(
            checks: checks, finding: finding, followUp: followUp, followUpDue: due,
            followUpStatus: status ?? (followUp == nil ? nil : "open"))
    }

    /// The answer as given, every rule checked in turn, the first refusal thrown.
    package static func checked(
        checks: QAAudit.Checks, finding: String?, followUp: String?, followUpDue: String?, followUpStatus: String?
    ) throws -> Self {
        try checked(
            checks: checks, finding: try Self.finding(finding), followUp: try Self.followUp(followUp),
            due: try Self.followUpDue(followUpDue), status: try Self.followUpStatus(followUpStatus))
    }
}
