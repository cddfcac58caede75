import ChancerySpine

/// The panel pages' labels and notices, whose text is in `Recruitment/Strings/panel-web.json`.
package enum PanelWebStrings {
    /// The label table of the panel pages: each `t.NAME` of their templates.
    package static func labels(_ t: Localizer) -> [String: String] {
        var labels = RecruitmentWebStrings.labels(t)
        for key in keys { labels[key] = t("recruitment.\(key)") }
        return labels
    }

    static let keys = [
        "panels", "panelVacancy", "panelCompose", "panelTitle", "panelReport", "noPanels", "panelMembers",
        "panelUsername", "panelSeat", "panelCandidates", "panelNoApplications", "panelCompetencies",
        "panelComposeSubmit", "panelMember", "panelDeclarationState", "panelDeclaration", "panelDeclarationText",
        "panelDeclarationChoice", "panelNoConflict", "panelConflict", "panelConflictNote", "panelSign",
        "panelConflictRecorded", "panelSchedule", "panelCalendar", "panelWhen", "panelPlace", "panelCandidate",
        "panelVideo", "panelHidden", "panelNoSlots", "panelCandidatesHidden", "panelCompetency", "panelScore",
        "panelNote", "panelSaveScores", "panelRanking", "panelOverall", "panelReportEn", "panelReportFr",
        "panelDraft", "panelSignReport", "panelDate", "panelStart", "panelEnd", "panelVideoLink",
        "panelScheduleSubmit", "panelAddCandidate", "panelAddCandidateSubmit", "panelCompetenciesColumn",
        "panelNoneToAdd", "panelShortListLink",
    ]

}
