import ChancerySpine

/// The text of the registry's pages, whose English and French text is in `Registry/Strings/web.json`.
package enum RegistryWebStrings {
    /// Keys the templates read as `t.<key>` (each is `reg.<key>` in the table).
    package static let pageKeys = [
        "registry", "desk", "onMyWork", "register", "myReceipts", "deskTitle", "queues", "latest", "reference", "title",
        "classification", "state", "received", "none", "registerTitle", "series", "direction", "recordType",
        "releasableTo", "releasableHelp", "categories", "contentMarking", "originator", "originatorReference",
        "documentDate", "addressees", "commaHelp", "registerSubmit", "coverSheet", "details", "verified", "folder",
        "disposalDue", "actions", "verify", "distributeTo", "distribute", "fileIn", "file", "close", "archive",
        "witness",
        "method", "destroy", "certificate", "attachments", "distribution", "copy", "recipient", "list", "receipt",
        "notDistributed", "refused", "history", "version", "changed", "nextPage", "coverTitle", "copies",
        "coverWarning",
        "back", "receiptsTitle", "acknowledge", "noReceipts", "chooseFile", "attach", "select", "distributeSelected",
        "keyRegister", "muster", "shortTitle", "edition", "custodian", "nextDue", "lastUpdate", "overdue", "newEdition",
        "recordUpdate", "musterTitle", "musterIntro", "accounted", "holds", "releaseHold", "holdReason", "placeHold",
        "accessControl", "grantee", "permission", "remove", "person", "group", "unit", "read", "write", "grant",
        "downgrade", "newClassification", "authority", "reason", "receiptTitle", "receiptDeclaration", "signature",
        "date", "ocrQueue", "ocrWaiting", "searchablePDF", "year", "filter", "records", "itemsToDistribute", "due",
        "findList", "findListHelp",
    ]

    /// The `?done=` notices a page shows after an action (each is `reg.done.<name>` in the table).
    package static let notices: Set<String> = [
        "registered", "verify", "distribute", "file", "close", "archive", "destroy", "hold", "release", "acl-add",
        "acl-remove", "downgrade", "upload", "acknowledged", "keyUpdate",
    ]

}
