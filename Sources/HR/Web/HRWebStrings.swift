import ChancerySpine

/// The label table of the office's pages, `{{t.name}}` (the text is in `HR/Strings/cases.json`).
package enum HRWebStrings {
    package static func labels(_ t: Localizer) -> [String: String] {
        [
            "casesTitle": t("hr.casesTitle"),
            "newCase": t("hr.newCase"),
            "newCaseIntro": t("hr.newCaseIntro"),
            "anyType": t("hr.anyType"),
            "filter": t("hr.filter"),
            "noCases": t("hr.noCases"),
            "openedOn": t("hr.openedOn"),
            "title": t("hr.title"),
            "type": t("hr.type"),
            "state": t("hr.state"),
            "outcome": t("hr.outcome"),
            "complainant": t("hr.complainant"),
            "respondent": t("hr.respondent"),
            "partyHelp": t("hr.partyHelp"),
            "respondentHelp": t("hr.respondentHelp"),
            "decisionWhat": t("hr.decisionWhat"),
            "decisionBy": t("hr.decisionBy"),
            "decisionNotifiedOn": t("hr.decisionNotifiedOn"),
            "notifiedHelp": t("hr.notifiedHelp"),
            "articles": t("hr.articles"),
            "articlesHelp": t("hr.articlesHelp"),
            "classification": t("hr.classification"),
            "classificationHelp": t("hr.classificationHelp"),
            "open": t("hr.open"),
            "backToCases": t("hr.backToCases"),
            "caseDetails": t("hr.caseDetails"),
            "decision": t("hr.decision"),
            "none": t("hr.none"),
            "parties": t("hr.parties"),
            "partiesHelp": t("hr.partiesHelp"),
            "name": t("hr.name"),
            "username": t("hr.username"),
            "part": t("hr.part"),
            "cases": t("hr.casesTitle"),
            "deadlines": t("hr.deadline.title"),
            "step": t("hr.deadline.step"),
            "article": t("hr.deadline.article"),
            "due": t("hr.deadline.due"),
            "noDeadlines": t("hr.deadline.none"),
        ]
    }
}
