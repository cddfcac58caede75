import ChancerySpine

/// The text of the QA audit and supplies pages, whose text is in `Health/Strings/audits-supplies-web.json`.
package enum HealthAuditsSuppliesWebStrings {
    /// Keys the templates read as `t.<key>` (each is `hq.<key>` in the table).
    package static let pageKeys = [
        "nav", "audits", "newAudit", "supplies", "toReorder", "auditsTitle", "auditTitle", "title", "state", "sampled",
        "reviewed", "openFollowUps", "created", "none", "sampleSize", "seed", "seedHelp", "startAudit", "position",
        "patient", "automatic", "answers", "completeness", "consent", "codes", "signatures", "pass", "fail",
        "notAnswered", "missing", "finding", "followUp", "followUpDue", "followUpStatus", "open", "done", "save",
        "closeAudit", "notReadable", "closed", "yes", "no", "suppliesTitle", "name", "form", "unitOfIssue",
        "reorderLevel", "reorderQuantity", "location", "onHand", "newItem", "addItem", "reorderTitle", "suggested",
        "expiringTitle", "lots", "lot", "expires", "expired", "quantity", "addLot", "movements", "movement", "kind",
        "receipt", "issue", "adjustment", "disposal", "note", "recordMovement", "recordedBy", "recordedAt", "item",
        "adjustmentHelp", "suppliesNote", "markDone", "filter", "stock",
    ]

    /// The `?done=` notices the pages show after an action (each is `hq.done.<name>` in the table).
    package static let notices: Set<String> = ["started", "answered", "closed", "item", "lot", "movement"]

}
