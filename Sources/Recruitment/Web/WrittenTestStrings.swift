import ChancerySpine

/// The written tests' words, English and French, and the label table their pages read.
package enum WrittenTestStrings {
    /// The labels the templates read as `{{t.name}}`.
    package static func labels(_ t: Localizer) -> [String: String] {
        let names = [
            "listTitle", "newTitle", "filter", "noTests", "vacancy", "chooseVacancy", "startsBrussels", "place", "room",
            "invigilators", "markers", "peopleHelp", "questions", "questionsHelp", "passMark", "schedule", "save",
            "resultsTitle", "starts", "unblind", "unblindHelp", "invited", "noneInvited", "invite", "inviteHelp",
            "inviteSubmit", "noneInvitable", "screeningLink", "edit", "blindHelp", "exportCSV", "rank", "code",
            "reference", "name",
            "marks", "total", "outcome", "scriptsTitle", "scriptsHelp", "scriptState", "noScripts", "candidateCode",
            "question", "maximum", "mark", "saveMarks", "state",
        ]
        return Dictionary(uniqueKeysWithValues: names.map { ($0, t("recruitment.test.\($0)")) })
            .merging(["colon": t("recruitment.colon")]) { own, _ in own }
    }

}
