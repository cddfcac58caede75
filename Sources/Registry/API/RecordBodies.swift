import ChanceryKit
import ChancerySpine
import Foundation

/// The JSON form of a registered item, as every registry endpoint returns it.
package struct RecordBody: Codable, Sendable {
    package var id: String
    package var reference: String
    package var series: String
    package var year: Int
    package var sequence: Int
    package var direction: String
    package var state: String
    package var title: String
    package var recordType: String
    package var label: SecurityLabelForm
    package var banner: String
    package var originator: String?
    package var originatorReference: String?
    package var addressees: [String]
    package var documentDate: String?
    package var receivedDate: String
    package var language: String?
    package var contentMarking: String?
    package var keywords: [String]
    package var metadata: [String: String]
    package var owningUnit: String
    package var openToUnit: Bool
    package var version: Int64
    package var createdBy: String
    package var createdAt: String
    package var updatedAt: String
    package var verifiedBy: String?
    package var verifiedAt: String?
    package var folder: String?
    package var closedOn: String?
    package var disposalDue: String?
    package var reviewDue: String?
    /// The files registered with the item, in the answer of a registration with files only.
    package var attachments: [AttachmentBody]?

    package init(_ record: RegistryRecord) {
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

/// One version of a record's metadata.
package struct RecordVersionBody: Encodable, Sendable {
    package var version: Int64
    package var title: String
    package var label: SecurityLabelForm
    package var banner: String
    package var state: String
    package var recordType: String
    package var originator: String?
    package var originatorReference: String?
    package var addressees: [String]
    package var documentDate: String?
    package var keywords: [String]
    package var metadata: [String: String]
    package var changedBy: String
    package var changedAt: String

    package init(_ version: RecordVersion) {
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
package struct SeriesBody: Codable, Sendable {
    package var code: String
    package var template: String
    package var title: String
    package var requiresVerification: Bool
    package var checks: [String]
    package var active: Bool
    package var example: String
    package var version: Int64

    package init(_ series: ReferenceSeries) {
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
