import ChancerySpine

/// The words of screening, (text in `Recruitment/Strings/screening.json`): its pages, its refusals, its stages and marks, its task
/// in My work.
package enum ScreeningStrings {
    /// What the screening pages read as `{{t.name}}`, beside the office's own labels.
    package static func labels(_ t: Localizer) -> [String: String] {
        let keys = [
            "screening", "stage", "anyStage", "filter", "noApplications", "select",
            "reference", "candidate", "nationality", "submitted", "marks", "met", "notMet", "toCheck", "notMarked",
            "bulkHeading", "bulkHelp", "moveTo", "reason", "reasonHelp", "apply", "screen", "criteria",
            "criterion", "mark", "note", "saveMarks", "stageHeading", "move", "noCriteria", "application",
            "vacancy", "internal", "currentStage", "stageReason", "backToList", "noMoves",
        ]
        return Dictionary(uniqueKeysWithValues: keys.map { ($0, t("recruitment.screening.\($0)")) })
    }

}
