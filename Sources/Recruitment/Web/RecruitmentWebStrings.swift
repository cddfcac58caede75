import ChancerySpine

/// The words of the office's pages, (their text is in `Recruitment/Strings/web.json`), and the label table each page reads as `t`.
package enum RecruitmentWebStrings {
    /// The label table of every page of the office: `{{t.name}}`.
    package static func labels(_ t: Localizer) -> [String: String] {
        [
            "vacancies": t("recruitment.vacanciesTitle"),
            "colon": t("recruitment.colon"),
            "apps_applications": t("recruitment.apps.label.applications"),
            "apps_applyLink": t("recruitment.apps.label.applyLink"),
            "importNotice": t("recruitment.importTitle"),
            "importHelp": t("recruitment.importHelp"),
            "noticeText": t("recruitment.noticeText"),
            "importSubmit": t("recruitment.importSubmit"),
            "filter": t("recruitment.filter"),
            "noVacancies": t("recruitment.noVacancies"),
            "state": t("recruitment.state"),
            "publish": t("recruitment.publish"),
            "publicPage": t("recruitment.publicPage"),
            "recognised": t("recruitment.recognised"),
            "asPasted": t("recruitment.asPasted"),
            "languages": t("recruitment.languages"),
            "essential": t("recruitment.essential"),
            "desirable": t("recruitment.desirable"),
            "qualificationsHelp": t("recruitment.qualificationsHelp"),
            "unrecognised": t("recruitment.unrecognised"),
            "unrecognisedHelp": t("recruitment.unrecognisedHelp"),
            "allRecognised": t("recruitment.allRecognised"),
            "toCheck": t("recruitment.toCheck"),
            "notRead": t("recruitment.notRead"),
            "notFound": t("recruitment.notFound"),
            "publicVacancies": t("recruitment.publicVacancies"),
            "noPublicVacancies": t("recruitment.noPublicVacancies"),
            "nextPage": t("recruitment.nextPage"),
            "summary": t("recruitment.summary"),
            "duties": t("recruitment.duties"),
            "remarks": t("recruitment.remarks"),
            "vacancyNumber": t("recruitment.vacancyNumber"),
            "title": t("recruitment.title"),
            "grade": t("recruitment.grade"),
            "location": t("recruitment.location"),
            "deadline": t("recruitment.deadline"),
            "titleFrench": t("recruitment.titleFrench"),
            "posts": t("recruitment.posts"),
            "clearance": t("recruitment.clearance"),
            "edit": t("recruitment.edit"),
            "editHelp": t("recruitment.editHelp"),
            "save": t("recruitment.save"),
            "travel": t("recruitment.travel.link"),
        ]
    }

}
