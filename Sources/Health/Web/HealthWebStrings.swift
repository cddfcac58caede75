import ChancerySpine

/// The Health Office's page labels and notices, whose text is in `Health/Strings/web.json`.
package enum HealthWebStrings {
    /// Keys a page finds under `t.` (each is `hw.<key>` in the table).
    package static let pageKeys: [String] = [
        "office", "desk", "deskTitle", "patients", "findPatient", "find", "newPatient", "name", "dateOfBirth",
        "staffNumber", "unit", "classification", "restricted", "nextPage", "noPatients", "familyName", "givenNames",
        "sex", "nationality", "phone", "email", "emergencyContact", "emergencyPhone", "insurer", "insurerNumber",
        "create", "identity", "newEntry", "newLabResult", "fhirExport", "entries", "date", "type", "summary", "results",
        "version", "noEntries", "patient", "text", "chooseType", "changeType", "observations", "observationsHelp",
        "loinc", "test", "findTest", "value",
        "unitOfMeasure", "low", "high", "correspondent", "consentTerms", "consentHelp", "recipient", "scope", "purpose",
        "validFrom", "validUntil", "reason", "author", "revoked", "range", "flag", "correct", "revokeReason", "revoke",
        "versions", "recordedAt", "breakGlass", "breakGlassHelp", "breakGlassOpen", "patientId", "breakGlassQueue",
        "openedAt", "user", "review", "reviewNote", "noOpenings", "files", "noFiles", "chooseFile", "attach",
        "awaitingAnotherAdvisor", "duplicates", "duplicatesHelp", "suspectedDuplicate", "existingRecord",
        "matchedOnTitle",
        "flaggedAt", "flaggedBy", "decision", "decisionNote", "merge", "notDuplicate", "noDuplicates", "toReview",
        "advisorQueues", "breakGlassToReview", "duplicatesToReview", "openRecord",
    ]

    /// The `?done=` notices the pages know.
    package static let notices: Set<String> = [
        "fileAttached", "patientCreated", "entryAdded", "entryCorrected", "consentRevoked", "reviewed", "breakGlass",
        "merged",
        "distinct",
    ]

}
