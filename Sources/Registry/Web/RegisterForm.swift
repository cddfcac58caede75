import ChanceryKit
import ChancerySpine
import Foundation

/// The registration form's fields, checked by the same rules as the API's request, but every field at once: each
/// refusal is recorded against its field, so that the clerk corrects all of them in one go.
package struct RegisterForm {
    package let fields: [String: String]

    /// The form's fields whose value is shown again when the form is refused (the choices are re-selected from them).
    package static let textFields = [
        "series", "direction", "recordType", "title", "classification", "releasableTo", "contentMarking", "originator",
        "originatorReference", "documentDate", "addressees",
    ]

    /// The checked draft, or nil when a field was refused (each refusal in `errors`, named by the form's label).
    package func draft(catalog: CategoryCatalog, errors: inout FormErrors, _ t: Localizer) -> RecordStore.Draft? {
        let before = errors.items.count
        func value(_ name: String) -> String? {
            guard let text = fields[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        func check<T>(_ field: String, _ body: () throws -> T) -> T? {
            errors.check(field, label: t("reg.\(field)"), t, body)
        }
        func choice<T>(_ field: String, _ body: () throws -> T) -> T? {
            do { return try body() } catch {
                errors.add(field, t(value(field) == nil ? "form.error.required" : "form.error.choice"))
                return nil
            }
        }
        let series = choice("series") { () throws -> String in
            guard let series = value("series") else { throw AppError.missingField("series") }
            return try FieldRules.text(series, field: "series", max: 12)
        }
        let direction = choice("direction") {
            try value("direction").map(RegisterRecordRequest.direction)
                ?? (value("originatorReference") == nil ? .internal : .incoming)
        }
        let recordType = choice("recordType") { try RecordTypes.check(fields["recordType"] ?? "") }
        var title: String?
        if value("title") == nil {
            errors.add("title", t("form.error.required"))
        } else {
            title = check("title") { try FieldRules.text(fields["title"] ?? "", field: "title", max: 500) }
        }
        let label = self.label(catalog: catalog, errors: &errors, t)
        let originator = check("originator") {
            try FieldRules.optionalText(value("originator"), field: "originator", max: 200)
        }
        let originatorReference = check("originatorReference") {
            try FieldRules.optionalText(value("originatorReference"), field: "originatorReference", max: 100)
        }
        let addressees = check("addressees") {
            try FieldRules.list(
                (value("addressees") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }, field: "addressees", count: 100, max: 200)
        }
        let documentDate = check("documentDate") { try FieldRules.date(value("documentDate"), field: "documentDate") }
        let contentMarking = choice("contentMarking") {
            try FieldRules.classification(value("contentMarking"), field: "contentMarking")
        }
        guard errors.items.count == before, let series, let direction, let recordType, let title, let label,
            let originator, let originatorReference, let addressees, let documentDate, let contentMarking
        else { return nil }
        return RecordStore.Draft(
            title: title, label: label, series: series.uppercased(), direction: direction,
            details: RegistryRecord.Details(
                recordType: recordType, originator: originator, originatorReference: originatorReference,
                addressees: addressees, documentDate: documentDate,
                receivedDate: HeadquartersCalendar.day(Clock.nowMilliseconds()), language: nil,
                contentMarking: contentMarking, keywords: [], metadata: [:]),
            owningUnit: nil, openToUnit: value("openToUnit").map { $0 == "1" } ?? true, originatorLabel: nil)
    }

    /// The label from its three fields, each refusal on the field it is about.
    private func label(catalog: CategoryCatalog, errors: inout FormErrors, _ t: Localizer) -> SecurityLabel? {
        let text = fields["classification"]?.trimmingCharacters(in: .whitespaces) ?? ""
        var classification: Classification?
        if text.isEmpty {
            errors.add("classification", t("form.error.required"))
        } else if let parsed = try? Classification(parsing: text) {
            classification = parsed
        } else {
            errors.add("classification", t("form.error.choice"))
        }
        let codes = (fields["releasableTo"].flatMap { $0.isEmpty ? nil : $0 } ?? "NATO")
            .split(whereSeparator: { $0 == "," || $0 == " " }).map { $0.uppercased() }
        let releasability = errors.check("releasableTo", label: t("reg.releasableTo"), t) {
            do throws(LabelError) { return try Releasability(codes: codes) } catch {
                throw AppError.invalidLabel(error, field: "releasableTo")
            }
        }
        guard let classification, let releasability else { return nil }
        let categories = fields.keys.filter { $0.hasPrefix("category.") }.map {
            String($0.dropFirst("category.".count))
        }
        let label = SecurityLabel(
            classification: classification, releasability: releasability,
            categories: Set(categories.map { $0.uppercased() }), informative: [])
        do throws(LabelError) { return try label.validated(in: catalog) } catch {
            let field =
                switch error {
                case .emptyReleasability, .unknownReleasabilityCode, .natoMixedWithList: "releasableTo"
                case .unknownClassification, .missingClassification: "classification"
                default: "categories"
                }
            errors.add(field, AppError.invalidLabel(error, field: field).detail(t))
            return nil
        }
    }
}
