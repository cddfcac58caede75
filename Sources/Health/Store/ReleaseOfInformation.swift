import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A release of part of a patient's record to someone outside: requested against a valid consent, approved by
/// the medical advisor, released as a package, and accounted for as a disclosure.
public struct ReleaseOfInformation: StoredItem, Equatable, RowDecodable {
    public static let kind = "release"

    public var object: LabelledObject
    public var patientID: String
    public var recipient: String
    public var purpose: String
    public var entryTypes: [RecordEntry.EntryType]
    public var from: String?
    public var until: String?
    /// The consent the request (and later the release) rests on.
    public var consentID: String
    public var requestedBy: String
    public var approvedBy: String?
    public var approvedAt: Int64?
    public var releasedBy: String?
    public var releasedAt: Int64?

    /// requested → approved (by the medical advisor) → released.
    public enum Status: String, Sendable, CaseIterable {
        case requested, approved, released
    }

    public var status: Status { Status(rawValue: object.state) ?? .requested }

    package static let columns: SQLQueryString = """
        , r.patient_id, r.recipient, r.purpose, r.entry_types, r.period_from, r.period_until, r.consent_id,
        r.requested_by, r.approved_by, r.approved_at, r.released_by, r.released_at
        """
    package static let join: SQLQueryString = "JOIN health_releases r ON r.object_id = o.id"

    private enum CodingKeys: String, CodingKey {
        case object, patientID, recipient, purpose, entryTypes
        case from = "period_from"
        case until = "period_until"
        case consentID,
            requestedBy, approvedBy, approvedAt, releasedBy, releasedAt
    }

    package init(object: LabelledObject, patientID: String, request: Request, consentID: String, requestedBy: String) {
        self.object = object
        self.patientID = patientID
        recipient = request.recipient
        purpose = request.purpose
        entryTypes = request.entryTypes
        from = request.from
        until = request.until
        self.consentID = consentID
        self.requestedBy = requestedBy
    }

    /// What is asked for: to whom, why, which entry types over which dates.
    public struct Request: Sendable {
        public var recipient: String
        public var purpose: String
        public var entryTypes: [RecordEntry.EntryType]
        public var from: String?
        public var until: String?
    }

    /// What was released, as the recipient receives it (JSON, printed as HTML): the banner first and last.
    public struct Package: Codable, Sendable, Equatable {
        public var banner: String
        public var label: SecurityLabelForm
        public var releaseId: String
        public var patient: PatientPart
        public var recipient: String
        public var purpose: String
        public var releasedAt: String
        public var releasedBy: String
        public var entries: [EntryPart]
        public var bannerEnd: String

        public struct PatientPart: Codable, Sendable, Equatable {
            public var id: String
            public var name: String
            public var dateOfBirth: String
            public var staffNumber: String?
        }

        public struct EntryPart: Codable, Sendable, Equatable {
            public var id: String
            public var type: String
            public var date: String
            public var summary: String
            public var text: String
            public var codes: [RecordEntry.Coding]
            public var observations: [RecordEntry.Observation]
            public var correspondent: String?
            public var direction: String?
            public var banner: String
        }

        /// The fields between the two banners.
        private struct Middle: Encodable {
            package var label: SecurityLabelForm
            package var releaseId: String
            package var patient: PatientPart
            package var recipient: String
            package var purpose: String
            package var releasedAt: String
            package var releasedBy: String
            package var entries: [EntryPart]
        }

        /// The JSON text with the banner first and last, always (an encoder's key order is not guaranteed, so the
        /// two banners are written around the sorted middle).
        package var json: String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes, .prettyPrinted, .sortedKeys]
            func text(_ value: some Encodable) -> String {
                (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
            }
            let middle = text(
                Middle(
                    label: label, releaseId: releaseId, patient: patient, recipient: recipient, purpose: purpose,
                    releasedAt: releasedAt, releasedBy: releasedBy, entries: entries))
            let inner = middle.dropFirst(2).dropLast(2)  // "{\n" … "\n}"
            return "{\n  \"banner\" : \(text(banner)),\n\(inner),\n  \"bannerEnd\" : \(text(bannerEnd))\n}"
        }
    }
}

/// One row of the accounting of disclosures: who received what of a patient's record, when, why, from whom.
/// Rows are only ever added (the database refuses updates and deletes).
public struct Disclosure: Sendable, Equatable, RowDecodable {
    public var id: String
    public var patientID: String
    public var releaseID: String
    public var disclosedAt: Int64
    public var recipient: String
    public var description: String
    public var entryIDs: [String]
    public var purpose: String
    public var releasedBy: String
}
