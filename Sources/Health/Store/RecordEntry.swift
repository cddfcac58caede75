import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// One entry of a patient's record: a lab result, a report, a note, a consent, codes or a letter. Entries are
/// never edited silently: a correction is a new version, and every version is kept.
public struct RecordEntry: StoredItem, Equatable {
    public static let kind = "health-entry"

    public var object: LabelledObject
    public var patientID: String
    public var content: Content
    /// The consent's state, for consent entries.
    public var consent: ConsentState?

    /// The kinds of entry the record holds.
    public enum EntryType: String, Sendable, Codable, CaseIterable {
        case labResult = "lab-result"
        case diagnosticReport = "diagnostic-report"
        case physicianNote = "physician-note"
        case consent
        case administrativeCode = "administrative-code"
        case correspondence

        /// Clinical opinions are written by clinicians; the clerk files results, consents, codes and letters.
        package var isClinical: Bool { self == .diagnosticReport || self == .physicianNote }
    }

    /// A code from a code system, e.g. LOINC `718-7` "Hemoglobin" or ICD-10 `Z02.1`.
    public struct Coding: Sendable, Codable, Equatable {
        public var system: String
        public var code: String
        public var display: String?
    }

    /// A coded laboratory observation with its value and reference range.
    public struct Observation: Sendable, Codable, Equatable {
        public var code: Coding
        public var value: Double?
        public var valueText: String?
        public var unit: String?
        public var low: Double?
        public var high: Double?
        /// The limits beyond which a result is critical (from the lab catalogue), when the test has them.
        public var criticalLow: Double? = nil
        public var criticalHigh: Double? = nil

        /// `LL`, `L`, `N`, `H` or `HH` (v3 ObservationInterpretation) against the reference range and the critical
        /// limits; nil without a numeric value or range. Computed, never typed.
        public var interpretation: String? {
            guard let value, low != nil || high != nil || criticalLow != nil || criticalHigh != nil else { return nil }
            if let criticalLow, value < criticalLow { return "LL" }
            if let criticalHigh, value > criticalHigh { return "HH" }
            if let low, value < low { return "L" }
            if let high, value > high { return "H" }
            return "N"
        }
    }

    /// What a consent allows: to whom, what, for what, and how long.
    public struct ConsentTerms: Sendable, Codable, Equatable {
        public var recipient: String
        public var scope: String
        public var purpose: String
        /// `YYYY-MM-DD`
        public var validFrom: String
        /// `YYYY-MM-DD`
        public var validUntil: String
    }

    /// A consent's revocation, when it has been revoked.
    public struct ConsentState: Sendable, Equatable, Decodable {
        public var revokedAt: Int64?
        public var revokedBy: String?
        public var revocationReason: String?

        public var isRevoked: Bool { revokedAt != nil }
    }

    /// The versioned part of an entry: what a correction replaces.
    public struct Content: Sendable, Codable, Equatable {
        public var type: EntryType
        public var summary: String
        /// `YYYY-MM-DD`
        public var date: String
        /// The clinician responsible (a user id), if any.
        public var clinicianID: String?
        public var text: String
        public var codes: [Coding]
        public var observations: [Observation]
        public var correspondent: String?
        /// `in` or `out`, for correspondence.
        public var direction: String?
        public var consent: ConsentTerms?
    }

    /// One kept version of the content: who wrote it, when, and why it replaced the one before.
    public struct Version: Sendable, Equatable, Decodable {
        public var version: Int64
        public var content: Content
        public var reason: String?
        public var author: String
        public var recordedAt: Int64

        /// `content_json` holds the content as it was.
        private enum CodingKeys: String, CodingKey {
            case version
            case content = "content_json"
            case reason, author, recordedAt
        }
    }

    package struct Coded: Codable {
        package var codes: [Coding]
        package var observations: [Observation]
    }

    package static let columns: SQLQueryString = """
        , e.patient_id, e.entry_type, e.entry_date, e.clinician_id, e.body, e.codes_json, e.correspondent, e.direction,
        c.recipient, c.scope, c.purpose, c.valid_from, c.valid_until, c.revoked_at, c.revoked_by, c.revocation_reason
        """
    package static let join: SQLQueryString =
        "JOIN health_entries e ON e.object_id = o.id LEFT JOIN health_consents c ON c.entry_id = e.object_id"

    package init(object: LabelledObject, patientID: String, content: Content) {
        self.object = object
        self.patientID = patientID
        self.content = content
        self.consent = content.type == .consent ? ConsentState() : nil
    }

    /// The entry's columns; a consent's terms and state come from the LEFT JOIN, present when `recipient` is.
    private struct Columns: Decodable {
        var object: LabelledObject
        var patientID: String
        var entryType: EntryType
        var entryDate: String
        var clinicianID: String?
        var body: String
        var codesJson: Coded
        var correspondent: String?
        var direction: String?
        var recipient: String?
    }

    package init(row: any SQLRow) throws {
        let columns = try row.decodeModel(Columns.self)
        object = columns.object
        patientID = columns.patientID
        var terms: ConsentTerms?
        if columns.recipient != nil {
            terms = try row.decodeModel(ConsentTerms.self)
            consent = try row.decodeModel(ConsentState.self)
        }
        content = Content(
            type: columns.entryType, summary: object.title, date: columns.entryDate, clinicianID: columns.clinicianID,
            text: columns.body, codes: columns.codesJson.codes, observations: columns.codesJson.observations,
            correspondent: columns.correspondent, direction: columns.direction, consent: terms)
    }

    /// Whether a consent entry allows a release today (not revoked, within its dates).
    public func consentIsValid(on day: String) -> Bool {
        guard let terms = content.consent, let consent, !consent.isRevoked else { return false }
        return terms.validFrom <= day && day <= terms.validUntil
    }

    package static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
