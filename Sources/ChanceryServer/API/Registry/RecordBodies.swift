import ChanceryKit
import Foundation

/// The JSON form of a registered item, as every registry endpoint returns it.
struct RecordBody: Codable, Sendable {
    var id: String
    var reference: String
    var series: String
    var year: Int
    var sequence: Int
    var direction: String
    var state: String
    var title: String
    var recordType: String
    var label: SecurityLabelForm
    var banner: String
    var originator: String?
    var originatorReference: String?
    var addressees: [String]
    var documentDate: String?
    var receivedDate: String
    var language: String?
    var contentMarking: String?
    var keywords: [String]
    var metadata: [String: String]
    var owningUnit: String
    var openToUnit: Bool
    var version: Int64
    var createdBy: String
    var createdAt: String
    var updatedAt: String
    var verifiedBy: String?
    var verifiedAt: String?
    var folder: String?
    var closedOn: String?
    var disposalDue: String?
    var reviewDue: String?
    /// The files registered with the item, in the answer of a registration with files only.
    var attachments: [AttachmentBody]?

    init(_ record: RegistryRecord) {
        let object = record.object
        id = object.id
        reference = record.reference
        series = record.series
        year = record.year
        sequence = record.sequence
        direction = record.direction.rawValue
        state = object.state
        title = object.title
        recordType = record.details.recordType
        label = SecurityLabelForm(object.label)
        banner = object.label.banner
        originator = record.details.originator
        originatorReference = record.details.originatorReference
        addressees = record.details.addressees
        documentDate = record.details.documentDate
        receivedDate = record.details.receivedDate
        language = record.details.language
        contentMarking = record.details.contentMarking?.marking
        keywords = record.details.keywords
        metadata = record.details.metadata
        owningUnit = object.owningUnit
        openToUnit = object.openToUnit
        version = object.version
        createdBy = object.createdBy
        createdAt = Clock.iso8601(object.createdAt)
        updatedAt = Clock.iso8601(object.updatedAt)
        verifiedBy = record.verifiedBy
        verifiedAt = record.verifiedAt.map(Clock.iso8601)
        folder = record.schedule.folderID
        closedOn = record.schedule.closedOn
        disposalDue = record.schedule.disposalDue
        reviewDue = record.schedule.reviewDue
    }
}

/// A page of records: `next` is the cursor of the following page, null on the last one.
struct RecordListBody: Encodable, Sendable {
    var items: [RecordBody]
    var next: String?
    var total: Int?

    enum CodingKeys: String, CodingKey { case items, next, total }


    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(next, forKey: .next)  // explicitly null on the last page
        try container.encodeIfPresent(total, forKey: .total)
    }
}

/// One version of a record's metadata.
struct RecordVersionBody: Encodable, Sendable {
    var version: Int64
    var title: String
    var label: SecurityLabelForm
    var banner: String
    var state: String
    var recordType: String
    var originator: String?
    var originatorReference: String?
    var addressees: [String]
    var documentDate: String?
    var keywords: [String]
    var metadata: [String: String]
    var changedBy: String
    var changedAt: String

    init(_ version: RecordVersion) {
        self.version = version.version
        title = version.title
        label = SecurityLabelForm(version.label)
        banner = version.label.banner
        state = version.state
        recordType = version.details.recordType
        originator = version.details.originator
        originatorReference = version.details.originatorReference
        addressees = version.details.addressees
        documentDate = version.details.documentDate
        keywords = version.details.keywords
        metadata = version.details.metadata
        changedBy = version.changedBy
        changedAt = Clock.iso8601(version.changedAt)
    }
}

/// The JSON form of a reference series.
struct SeriesBody: Codable, Sendable {
    var code: String
    var template: String
    var title: String
    var requiresVerification: Bool
    var checks: [String]
    var active: Bool
    var example: String
    var version: Int64

    init(_ series: ReferenceSeries) {
        code = series.code
        template = series.template.description
        title = series.title
        requiresVerification = series.requiresVerification
        checks = series.checks.sorted().map(\.rawValue)
        active = series.active
        example = series.template.render(sequence: 1, year: HeadquartersCalendar.year(Clock.nowMilliseconds()))
        version = series.version
    }
}
