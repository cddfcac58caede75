import ChanceryKit
import ChancerySpine
import Foundation

/// The rule-set form of the console: a name, the day it takes effect, and one row per time limit (a few empty rows to
/// add more; a row left without article and days is dropped). Its checks are the API's (`RuleSetRequest`), each
/// refusal marked at its row's field.
package struct RuleSetFormPage {
    package struct Row {
        package var n: Int
        package var caseTypes: [AdminParts.Option]
        package var steps: [AdminParts.Option]
        package var article: String
        package var days: String
        package var kinds: [AdminParts.Option]
        package var froms: [AdminParts.Option]
        package var errors: [String: String]
    }

    package var action: String
    package var name: String
    package var effectiveFrom: String
    package var version: String?
    package var rows: [Row]
    package var rowCount: String
}

enum RuleSetForm {
    /// Empty rows offered below the limits, to add new ones.
    static let spareRows = 3

    /// The form's rows for `limits`, then spare ones, with each field's sentence from `errors` (`days-3`).
    static func page(
        action: String, name: String, effectiveFrom: String, version: Int64?, limits: [TimeLimit],
        errors: FormErrors, _ t: Localizer
    ) -> RuleSetFormPage {
        let blank = TimeLimit(caseType: "", step: "", article: "", days: 0, kind: "calendar", from: .opening)
        let rows = (limits + Array(repeating: blank, count: spareRows)).enumerated().map { n, limit in
            RuleSetFormPage.Row(
                n: n,
                caseTypes: options(HRCase.CaseType.allCases.map(\.rawValue), limit.caseType, blank: true) {
                    t("hr.type.\($0)")
                },
                steps: options(TimeLimit.steps, limit.step, blank: true) { t("hr.step.\($0)") },
                article: limit.article, days: limit.days == 0 ? "" : String(limit.days),
                kinds: options(Period.Kind.allCases.map(\.rawValue), limit.kind) { t("hr.rules.admin.kind.\($0)") },
                froms: options(TimeLimit.Event.allCases.map(\.rawValue), limit.from.rawValue) {
                    t("hr.rules.admin.from.\($0)")
                },
                errors: Dictionary(
                    uniqueKeysWithValues: ["caseType", "step", "article", "days", "kind", "from"].compactMap { field in
                        errors.items.first { $0.linked && $0.field == "\(field)-\(n)" }.map { (field, $0.message) }
                    }))
        }
        return RuleSetFormPage(
            action: action, name: name, effectiveFrom: effectiveFrom, version: version.map(String.init), rows: rows,
            rowCount: String(rows.count))
    }

    static func options(_ values: [String], _ selected: String, blank: Bool = false, label: (String) -> String)
        -> [AdminParts.Option]
    {
        (blank ? [AdminParts.Option(value: "", label: "—", selected: selected.isEmpty)] : [])
            + values.map { AdminParts.Option(value: $0, label: label($0), selected: $0 == selected) }
    }

    /// The request the form describes, and for each limit the row it came from.
    static func request(_ fields: [String: String]) -> (RuleSetRequest, rows: [Int]) {
        let count = min(Int(fields["rows"] ?? "") ?? 0, RuleSetRequest.maximumLimits + spareRows)
        var limits: [TimeLimit] = []
        var rows: [Int] = []
        for n in 0..<max(count, 0) {
            let article = fields["article.\(n)", default: ""].trimmingCharacters(in: .whitespaces)
            let days = fields["days.\(n)", default: ""].trimmingCharacters(in: .whitespaces)
            let caseType = fields["caseType.\(n)", default: ""]
            if article.isEmpty, days.isEmpty, caseType.isEmpty { continue }
            limits.append(
                TimeLimit(
                    caseType: caseType, step: fields["step.\(n)", default: ""], article: article, days: Int(days) ?? 0,
                    kind: fields["kind.\(n)", default: ""],
                    from: TimeLimit.Event(rawValue: fields["from.\(n)", default: ""]) ?? .opening))
            rows.append(n)
        }
        return (
            RuleSetRequest(name: fields["name"], effectiveFrom: fields["effectiveFrom"], limits: limits), rows
        )
    }

    /// An API refusal's items as the form's fields: `limits[2].days` is the `days` field of the row that limit came
    /// from; the count of limits is the form's own sentence.
    static func record(_ items: [AppError.Item], rows: [Int], into errors: inout FormErrors, _ t: Localizer) {
        for item in items {
            if item.field == "limits" {
                errors.addFormLevel(item.detail(t))
                continue
            }
            guard item.field.hasPrefix("limits["), let close = item.field.firstIndex(of: "]"),
                let index = Int(item.field[item.field.index(item.field.startIndex, offsetBy: 7)..<close]),
                rows.indices.contains(index)
            else {
                errors.add(item.field, item.detail(t))
                continue
            }
            let name = item.field[item.field.index(after: close)...].dropFirst()
            errors.add("\(name)-\(rows[index])", item.detail(t))
        }
    }
}
