import ChanceryKit
import ChancerySpine
import Foundation

/// A case to open as the API and the page send it, and its checks: every field at once, with a sentence for each.
package struct HRCaseRequest: Decodable, Sendable {
    package var type: String?
    package var title: String?
    package var complainant: String?
    package var respondent: String?
    package var decisionWhat: String?
    package var decisionBy: String?
    package var decisionNotifiedOn: String?
    package var articles: [String]?
    package var label: SecurityLabelForm?

    package init(
        type: String? = nil, title: String? = nil, complainant: String? = nil, respondent: String? = nil,
        decisionWhat: String? = nil, decisionBy: String? = nil, decisionNotifiedOn: String? = nil,
        articles: [String]? = nil, label: SecurityLabelForm? = nil
    ) {
        self.type = type
        self.title = title
        self.complainant = complainant
        self.respondent = respondent
        self.decisionWhat = decisionWhat
        self.decisionBy = decisionBy
        self.decisionNotifiedOn = decisionNotifiedOn
        self.articles = articles
        self.label = label
    }
}

package enum HRCaseForm {
    /// The case to open, or nil with `items` saying every field to correct.
    package static func check(_ request: HRCaseRequest, catalog: CategoryCatalog, items: inout [AppError.Item])
        -> HRCaseStore.NewCase?
    {
        func text(_ value: String?) -> String? {
            value.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let type = text(request.type).flatMap(HRCase.CaseType.init(rawValue:))
        if text(request.type) == nil {
            items.append(.init(field: "type", code: "required", key: "hr.field.required"))
        } else if type == nil {
            items.append(.init(field: "type", code: "invalid", key: "hr.field.type"))
        }
        let title = text(request.title)
        if title == nil { items.append(.init(field: "title", code: "required", key: "hr.field.required")) }
        if let title, title.count > HRCaseStore.maximumTitle {
            items.append(
                .init(field: "title", code: "too-long", key: "hr.field.tooLong", ["max": "\(HRCaseStore.maximumTitle)"])
            )
        }
        let complainant = text(request.complainant)?.lowercased()
        if let complainant {
            if !UserStore.isValidUsername(complainant) {
                items.append(.init(field: "complainant", code: "invalid", key: "hr.field.username"))
            }
        } else {
            items.append(.init(field: "complainant", code: "required", key: "hr.field.required"))
        }
        let respondent = text(request.respondent)?.lowercased()
        if let respondent {
            if !UserStore.isValidUsername(respondent) {
                items.append(.init(field: "respondent", code: "invalid", key: "hr.field.username"))
            } else if respondent == complainant {
                items.append(.init(field: "respondent", code: "invalid", key: "hr.field.sameParty"))
            }
        }
        let notified = text(request.decisionNotifiedOn)
        if let notified {
            if !HeadquartersCalendar.isDate(notified) {
                items.append(.init(field: "decisionNotifiedOn", code: "invalid", key: "hr.field.date"))
            } else if notified > HeadquartersCalendar.day(Clock.nowMilliseconds()) {
                items.append(.init(field: "decisionNotifiedOn", code: "invalid", key: "hr.field.future"))
            }
        }
        for (field, value) in [("decisionWhat", request.decisionWhat), ("decisionBy", request.decisionBy)] {
            if let value = text(value), value.count > HRCaseStore.maximumDecision {
                items.append(
                    .init(
                        field: field, code: "too-long", key: "hr.field.tooLong",
                        ["max": "\(HRCaseStore.maximumDecision)"]))
            }
        }
        let articles = (request.articles ?? []).compactMap(text)
        if articles.count > HRCaseStore.maximumArticles
            || articles.contains(where: { $0.count > HRCaseStore.maximumArticle })
        {
            items.append(
                .init(
                    field: "articles", code: "invalid", key: "hr.field.articles",
                    ["count": "\(HRCaseStore.maximumArticles)", "max": "\(HRCaseStore.maximumArticle)"]))
        }
        var label: SecurityLabel?
        if let form = request.label {
            do {
                label = try form.label(in: catalog)
            } catch {
                items.append(.init(field: "label", code: "invalid", key: "hr.field.label"))
            }
        }
        guard items.isEmpty, let type, let title, let complainant else { return nil }
        return HRCaseStore.NewCase(
            type: type, title: title, complainant: complainant, respondent: respondent,
            decisionWhat: text(request.decisionWhat), decisionBy: text(request.decisionBy),
            decisionNotifiedOn: notified, articles: articles, label: label)
    }
}
