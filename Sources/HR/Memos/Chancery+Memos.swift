import ChanceryKit
import ChancerySpine
import Foundation

extension Chancery {
    /// Drafts a memo of a case from a template, its running deadlines written in as the memo's language says them.
    package func draftHRMemo(
        _ template: HRMemo.Template, language: Language, of caseID: String, by principal: Principal
    ) async throws -> HRMemo {
        let t = Localizer(language)
        let counted = try await hrCases.deadlines(of: caseID, by: principal, calendar: calendar, language: language)
        let lines = (counted?.deadlines ?? []).compactMap { item -> String? in
            guard let due = item.deadline?.due, item.state == .running || item.state == .overdue else { return nil }
            return t(
                "hr.memo.deadline",
                ["step": t("hr.step.\(item.limit.step)"), "article": item.limit.article, "due": t.longDate(due)])
        }
        return try await hrCases.draftMemo(template, language: language, of: caseID, deadlines: lines, by: principal)
    }
}
