import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A registered item: the labelled object and the registry's own description of it.
public struct RegistryRecord: StoredItem, Equatable, RowDecodable {
    public static let kind = "record"

    public var object: LabelledObject
    public var reference: String
    public var series: String
    public var year: Int
    public var sequence: Int
    public var direction: Direction
    public var details: Details
    public var verifiedBy: String?
    public var verifiedAt: Int64?
    public var schedule = Schedule()

    public var state: RecordState { RecordState(rawValue: object.state) ?? .received }

    /// Whether the item came in, goes out, or stays inside the headquarters.
    public enum Direction: String, Sendable, Codable, CaseIterable {
        case incoming, outgoing, `internal`
    }

    /// The metadata a clerk describes and may later correct (each correction is a new version).
    public struct Details: Sendable, Equatable, Codable, RowEmbedded {
        public var recordType: String
        public var originator: String?
        public var originatorReference: String?
        public var addressees: [String]
        /// `YYYY-MM-DD`
        public var documentDate: String?
        /// `YYYY-MM-DD`
        public var receivedDate: String
        /// ISO 639-1, e.g. `en`, `fr`.
        public var language: String?
        /// The classification marked on the item itself, as the clerk read it.
        public var contentMarking: Classification?
        public var keywords: [String]
        public var metadata: [String: String]
    }

    /// Where the record is filed and when it falls due for review and disposal (`YYYY-MM-DD`).
    public struct Schedule: Sendable, Equatable, Codable, RowEmbedded {
        public var folderID: String?
        public var closedOn: String?
        public var disposalDue: String?
        public var reviewDue: String?
    }

    /// The record's columns, qualified by the alias `r`, to add to the object's.
    package static let columns: SQLQueryString = """
        , r.reference, r.series, r.year, r.seq, r.direction, r.record_type, r.originator, r.originator_reference,
        r.addressees, r.document_date, r.received_date, r.language, r.content_marking, r.keywords, r.metadata,
        r.verified_by, r.verified_at, r.folder_id, r.closed_on, r.disposal_due, r.review_due
        """
    package static let join: SQLQueryString = "JOIN records r ON r.object_id = o.id"

    private enum CodingKeys: String, CodingKey {
        case object, reference, series, year
        case sequence = "seq"
        case direction, details, verifiedBy, verifiedAt, schedule
    }

    /// JSON text of a list or a map, as stored.
    package static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    /// What a version of the record looked like, kept in `record_versions`.
    package struct Snapshot: Codable {
        package var title: String
        package var label: SecurityLabelForm
        package var state: String
        package var details: Details
        package var schedule: Schedule?
    }

    package var snapshot: String {
        Self.json(
            Snapshot(
                title: object.title, label: SecurityLabelForm(object.label), state: object.state, details: details,
                schedule: schedule))
    }
}
