import ChancerySpine

/// The words of the application pages (the public form and the assistants' pages), whose text is in `Recruitment/Strings/applications.json`.
package enum ApplicationsStrings {
    /// The labels the application pages read as `{{t.name}}`, beside the office's own.
    package static func labels(_ t: Localizer) -> [String: String] {
        let keys = [
            "applyLink", "applyHeading", "applyIntro", "profile", "familyName", "givenNames", "email", "dateOfBirth",
            "nationality", "internalStaff", "staffNumber", "staffHelp", "languagesHeading", "english", "french",
            "otherLanguage", "level", "education", "educationHelp", "isced", "diploma", "institution", "year",
            "experience", "experienceHelp", "from", "to", "toHelp", "employer", "post", "duties", "documents",
            "documentsHelp", "cv", "letter", "submit", "required", "doneHeading", "doneText", "reference",
            "doneDocuments", "backToVacancy", "applications", "applicationsOf", "nationalityFilter", "internalFilter",
            "noApplications", "export", "duplicates", "duplicatesFound", "application", "vacancy", "auditTrail",
            "noDocuments", "download", "version", "size", "kind", "duplicatesHeading", "noDuplicates", "group",
            "keep", "mergeHelp", "submitted", "mergedInto", "state", "entryTitle", "monthHelp", "when", "who", "what",
            "statistics", "statisticsHelp", "gender", "source", "candidate", "notGiven", "steps", "screeningLink",
            "selectionLink", "lettersLink",
        ]
        return Dictionary(uniqueKeysWithValues: keys.map { ("apps_" + $0, t("recruitment.apps.label.\($0)")) })
    }

}
