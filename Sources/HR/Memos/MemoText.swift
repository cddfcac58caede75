import ChanceryKit
import ChancerySpine
import Foundation

/// The first draft of a memo: its template's text in the memo's language (`HR/Strings/memos.json`), with the
/// case's particulars filled in as plain text. The officer edits it afterwards.
enum MemoText {
    static func draft(
        _ template: HRMemo.Template, of hrCase: HRCase, parties: [CaseParty], deadlines: [String], officer: String,
        _ t: Localizer
    ) -> String {
        func names(_ part: CaseParty.Part) -> String {
            let named = parties.filter { $0.part == part }.map(\.displayName)
            return named.isEmpty ? t("hr.none") : named.joined(separator: ", ")
        }
        func day(_ iso: String?) -> String { iso.flatMap(CivilDate.init(iso:)).map(t.longDate) ?? t("hr.none") }
        let values: [String: String] = [
            "title": hrCase.title, "type": t("hr.type.\(hrCase.caseType)"), "complainant": names(.complainant),
            "respondent": names(.respondent), "openedOn": day(hrCase.openedOn),
            "decisionWhat": hrCase.decisionWhat ?? t("hr.none"), "decisionBy": hrCase.decisionBy ?? t("hr.none"),
            "notifiedOn": day(hrCase.decisionNotifiedOn),
            "articles": hrCase.articles.isEmpty ? t("hr.none") : hrCase.articles.joined(separator: ", "),
            "deadlines": deadlines.isEmpty ? t("hr.none") : deadlines.map { "– " + $0 }.joined(separator: "\n"),
            "officer": officer, "today": day(HeadquartersCalendar.day(Clock.nowMilliseconds())),
        ]
        return t("hr.memo.body.\(template.rawValue)", values)
    }
}
