import ChanceryKit
import ChancerySpine
import Foundation

/// The kinds of item the registry registers (a closed list, so that search and reports can count by it).
package enum RecordTypes {
    package static let all: [String] = [
        "memorandum", "message", "report", "minutes", "letter", "directive", "agreement", "note", "form", "other",
    ]

    package static func check(_ value: String, field: String = "recordType") throws -> String {
        let type = value.trimmingCharacters(in: .whitespaces).lowercased()
        guard all.contains(type) else {
            throw AppError(
                .badRequest, type: "invalid-field", key: "registry.error.recordType",
                ["value": String(value.prefix(60)), "types": all.joined(separator: ", ")], field: field)
        }
        return type
    }
}

/// `POST /api/v1/records`.
package struct RegisterRecordRequest: Decodable {
    package var title: String
    package var series: String
    package var recordType: String
    package var label: SecurityLabelForm?
    /// The originator's label in ADatP-4774 XML, kept verbatim; it is the label when `label` is absent.
    package var originatorLabelXML: String?
    package var direction: String?
    package var originator: String?
    package var originatorReference: String?
    package var addressees: [String]?
    package var documentDate: String?
    package var receivedDate: String?
    package var language: String?
    package var contentMarking: String?
    package var keywords: [String]?
    package var metadata: [String: String]?
    package var owningUnit: String?
    package var openToUnit: Bool?

    /// The checked draft; every refusal names its field.
    package func draft(catalog: CategoryCatalog) throws -> RecordStore.Draft {
        var label = try label.map { try ObjectsController.label($0, catalog: catalog) }
        if let xml = originatorLabelXML {
            let imported: SecurityLabel
            do { imported = try ConfidentialityLabelXML.parse(xml, catalog: catalog) } catch {
                throw AppError.invalidLabel(error, field: "originatorLabelXML")
            }
            if let label, label != imported {
                // The registry may mark higher than the originator did, never lower.
                guard label.dominates(imported) else { throw AppError.labelLowered }
            }
            label = label ?? imported
        }
        guard let label else { throw AppError.missingField("label") }
        let direction = try direction.map(Self.direction) ?? (originatorReference == nil ? .internal : .incoming)
        return RecordStore.Draft(
            title: try FieldRules.text(title, field: "title", max: 500), label: label,
            series: try FieldRules.text(series, field: "series", max: 12).uppercased(), direction: direction,
            details: RegistryRecord.Details(
                recordType: try RecordTypes.check(recordType),
                originator: try FieldRules.optionalText(originator, field: "originator", max: 200),
                originatorReference: try FieldRules.optionalText(
                    originatorReference, field: "originatorReference", max: 100),
                addressees: try FieldRules.list(addressees ?? [], field: "addressees", count: 100, max: 200),
                documentDate: try FieldRules.date(documentDate, field: "documentDate"),
                receivedDate: try FieldRules.date(receivedDate, field: "receivedDate")
                    ?? HeadquartersCalendar.day(Clock.nowMilliseconds()),
                language: try language.flatMap { try Self.language($0) },
                contentMarking: try FieldRules.classification(contentMarking, field: "contentMarking"),
                keywords: try FieldRules.list(keywords ?? [], field: "keywords", count: 50, max: 100),
                metadata: try FieldRules.metadata(metadata)),
            owningUnit: try FieldRules.optionalText(owningUnit, field: "owningUnit", max: 40),
            openToUnit: openToUnit ?? true, originatorLabel: originatorLabelXML)
    }

    package static func direction(_ value: String) throws -> RegistryRecord.Direction {
        guard let direction = RegistryRecord.Direction(rawValue: value) else {
            throw AppError(
                .badRequest, type: "invalid-field", key: "registry.error.direction",
                ["value": String(value.prefix(40))],
                field: "direction")
        }
        return direction
    }

    /// A two-letter ISO 639-1 code in lower case; empty means none.
    package static func language(_ value: String) throws -> String? {
        guard !value.isEmpty else { return nil }
        guard value.count == 2, value.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            throw AppError(
                .badRequest, type: "invalid-field", key: "registry.error.language", ["value": String(value.prefix(20))],
                field: "language")
        }
        return value
    }
}

/// The editable fields of a record: what `PATCH /api/v1/records/{id}` merges its JSON Merge Patch onto. Every
/// field is present in the current document, so after the merge a missing one is one the patch removed.
package struct RecordDocument: Codable {
    package var title: String?
    package var label: SecurityLabelForm?
    package var direction: String?
    package var recordType: String?
    package var originator: String?
    package var originatorReference: String?
    package var addressees: [String]?
    package var documentDate: String?
    package var language: String?
    package var contentMarking: String?
    package var keywords: [String]?
    package var metadata: [String: String]?
    package var reviewDue: String?

    package init(_ record: RegistryRecord) {
        let d = record.details
        title = record.object.title
        label = SecurityLabelForm(record.object.label)
        direction = record.direction.rawValue
        recordType = d.recordType
        originator = d.originator
        originatorReference = d.originatorReference
        addressees = d.addressees
        documentDate = d.documentDate
        language = d.language
        contentMarking = d.contentMarking?.marking
        keywords = d.keywords
        metadata = d.metadata
        reviewDue = record.schedule.reviewDue
    }

    /// The whole document as changes, each field checked: title, label, direction and type cannot be removed;
    /// a removed optional field is cleared, a removed list or metadata is emptied.
    package func changes(catalog: CategoryCatalog) throws -> RecordStore.Changes {
        var changes = RecordStore.Changes()
        changes.title = try FieldRules.text(try MergePatchBody.required(title, "title"), field: "title", max: 500)
        changes.label = try ObjectsController.label(try MergePatchBody.required(label, "label"), catalog: catalog)
        changes.direction = try RegisterRecordRequest.direction(try MergePatchBody.required(direction, "direction"))
        changes.recordType = try RecordTypes.check(try MergePatchBody.required(recordType, "recordType"))
        changes.originator = try FieldRules.editedText(originator ?? "", field: "originator", max: 200)
        changes.originatorReference = try FieldRules.editedText(
            originatorReference ?? "", field: "originatorReference", max: 100)
        changes.addressees = try FieldRules.list(addressees ?? [], field: "addressees", count: 100, max: 200)
        changes.documentDate = try FieldRules.date(documentDate, field: "documentDate") ?? ""
        changes.language = try RegisterRecordRequest.language(language ?? "") ?? ""
        changes.contentMarking = .some(try FieldRules.classification(contentMarking, field: "contentMarking"))
        changes.keywords = try FieldRules.list(keywords ?? [], field: "keywords", count: 50, max: 100)
        changes.metadata = try FieldRules.metadata(metadata)
        changes.reviewDue = try FieldRules.date(reviewDue, field: "reviewDue") ?? ""
        return changes
    }
}

/// `POST /api/v1/reference-series`.
package struct CreateSeriesRequest: Decodable {
    package var code: String
    package var template: String
    package var title: String
    package var requiresVerification: Bool?
    package var checks: [String]?

    package func draft() throws -> ReferenceSeriesStore.Draft {
        let code = code.trimmingCharacters(in: .whitespaces)
        guard ReferenceSeries.isValidCode(code) else {
            throw AppError(
                .badRequest, type: "invalid-field", key: "registry.error.seriesCode",
                ["value": String(code.prefix(20))],
                field: "code")
        }
        let checks = try Self.checks(checks ?? [])
        return ReferenceSeriesStore.Draft(
            code: code, template: try Self.template(template),
            title: try FieldRules.text(title, field: "title", max: 200),
            requiresVerification: requiresVerification ?? !checks.isEmpty, checks: checks)
    }

    package static func template(_ text: String) throws -> ReferenceTemplate {
        do { return try ReferenceTemplate(parsing: text) } catch { throw RegistryError.invalidTemplate(error) }
    }

    package static func checks(_ names: [String]) throws -> Set<RecordCheck> {
        Set(
            try names.map { name in
                guard let check = RecordCheck(rawValue: name) else {
                    throw AppError(
                        .badRequest, type: "invalid-field", key: "registry.error.check",
                        [
                            "value": String(name.prefix(40)),
                            "checks": RecordCheck.allCases.map(\.rawValue).joined(separator: ", "),
                        ],
                        field: "checks")
                }
                return check
            })
    }
}

/// The editable fields of a series: what `PATCH /api/v1/reference-series/{code}` merges its JSON Merge Patch onto.
/// None of them may be removed.
package struct SeriesDocument: Codable {
    package var template: String?
    package var title: String?
    package var requiresVerification: Bool?
    package var checks: [String]?
    package var active: Bool?

    package init(_ series: ReferenceSeries) {
        template = series.template.description
        title = series.title
        requiresVerification = series.requiresVerification
        checks = series.checks.map(\.rawValue).sorted()
        active = series.active
    }

    package func changes() throws -> ReferenceSeriesStore.Changes {
        ReferenceSeriesStore.Changes(
            template: try CreateSeriesRequest.template(try MergePatchBody.required(template, "template")),
            title: try FieldRules.text(try MergePatchBody.required(title, "title"), field: "title", max: 200),
            requiresVerification: try MergePatchBody.required(requiresVerification, "requiresVerification"),
            checks: try CreateSeriesRequest.checks(try MergePatchBody.required(checks, "checks")),
            active: try MergePatchBody.required(active, "active"))
    }
}
