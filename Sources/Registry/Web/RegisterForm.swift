import ChanceryKit
import ChancerySpine
import Foundation

/// The registration form's fields, read into the same request the API checks.
package struct RegisterForm {
    package let fields: [String: String]

    package func draft(catalog: CategoryCatalog) throws -> RecordStore.Draft {
        func value(_ name: String) -> String? {
            guard let text = fields[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        let releasable = (value("releasableTo") ?? "NATO").split(whereSeparator: { $0 == "," || $0 == " " })
            .map { $0.uppercased() }
        let categories = fields.keys.filter { $0.hasPrefix("category.") }.map {
            String($0.dropFirst("category.".count))
        }
        let request = RegisterRecordRequest(
            title: fields["title"] ?? "", series: fields["series"] ?? "", recordType: fields["recordType"] ?? "",
            label: SecurityLabelForm(
                classification: value("classification") ?? "", releasableTo: releasable,
                categories: categories.sorted(),
                informative: []),
            originatorLabelXML: nil, direction: value("direction"), originator: value("originator"),
            originatorReference: value("originatorReference"),
            addressees: value("addressees")?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty },
            documentDate: value("documentDate"), receivedDate: nil, language: nil,
            contentMarking: value("contentMarking"),
            keywords: nil, metadata: nil, owningUnit: nil, openToUnit: value("openToUnit").map { $0 == "1" } ?? true)
        return try request.draft(catalog: catalog)
    }
}
