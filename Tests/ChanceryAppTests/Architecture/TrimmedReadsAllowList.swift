/// The statements that read `objects` or an office table without the trimmed-query helper, one entry per statement,
/// each with the reason it may. Keyed by file name, enclosing function and the tables read, never by path or line,
/// so that moving a file keeps its entries. Before adding one, read "The trimmed-reads guard" in
/// docs/security-model.md: a read that returns objects to a principal is trimmed, never listed here.
extension TrimmedReadsGuardTests {
    static let allowList: [AllowedRead] = spine + registry + health + recruitment + hr + operations

    // MARK: spine

    static let spine: [AllowedRead] = [
        .init(
            "ObjectStore.swift", "protectedObject", reads: "objects",
            "the access decision itself: an object's label, to record why a read was refused; never returned"),
        .init(
            "ObjectStore+Exclusions.swift", "exclusions", reads: "object_exclusions",
            "the access decision itself: whom an object is kept from, for the decision and its bookkeeping; never returned"
        ),
        .init(
            "ObjectStore.swift", "accessEntries", reads: "object_acl",
            "an object's access entries, for the write decision and the access pages of an object read trimmed first"),
        .init(
            "ObjectStore.swift", "lockForWrite", reads: "objects",
            "write path: the row lock (PostgreSQL) taken before the trimmed read of the object"),
        .init(
            "ObjectStore.swift", "totalCount", reads: "objects",
            "a count for operators' commands (search status), never shown to a user"),
        .init(
            "ObjectStore+ConformAccess.swift", "conformAccess", reads: "object_acl",
            "write path of a merge the advisor may make: copies the surviving record's access entries"),
        .init(
            "AttachmentStore.swift", "insert", reads: "attachments",
            "write path: the next version number of a file of an object the principal may write"),
        .init(
            "AttachmentTextState.swift", "columns", reads: "attachment_searchable_pdfs, attachment_texts, jobs",
            "correlated subqueries of an attachment row (`a`): only ever selected inside a trimmed attachment query"),
        .init(
            "AttachmentStore+OCR.swift", "perform", reads: "attachments",
            "the OCR worker (no principal): the file to read, and whether it was destroyed meanwhile; nothing returned"),
        .init(
            "AttachmentStore+OCR.swift", "forgetSearchablePDFs", reads: "attachment_searchable_pdfs, attachments",
            "write path of a destruction: the searchable PDFs made of the destroyed object's files"),
        .init(
            "AttachmentStore+OCR.swift", "perform", reads: "attachments",
            "the OCR worker's write: the attachment row locked, to keep nothing of a file destroyed meanwhile"),
        .init(
            "AttachmentStore+OCR.swift", "forgetSearchablePDFs", reads: "attachment_searchable_pdfs, attachments",
            "write path of a destruction: whether a searchable PDF's hash is still used by a file or another PDF"),
        .init(
            "AttachmentStore+OCR.swift", "forgetSearchablePDFs", reads: "attachments",
            "write path of a destruction: deletes the searchable PDFs of the destroyed object's files"),
        .init(
            "JobQueue.swift", "claim", reads: "jobs",
            "the worker's claim (no principal): jobs whose worker died on their last attempt end failed"),
        .init(
            "JobQueue.swift", "enqueue", reads: "jobs",
            "write path: whether the same work is already queued for the change being made"),
        .init(
            "JobQueue.swift", "claim", reads: "jobs",
            "the worker's claim (no principal): the next due job, or those whose worker's lease ran out"),
        .init(
            "JobQueue.swift", "releaseOrphans", reads: "jobs",
            "start-up of a node (no principal): the running jobs, to find those of dead processes"),
        .init(
            "JobQueue+Listing.swift", "list", reads: "jobs",
            "the operator's `chancery jobs list` on the server: ids, states and reasons, never content; no principal"),
        .init(
            "AttachmentStore.swift", "download", reads: "attachments",
            "a refused download: whether the file exists, for the denial event only (same answer either way)"),
        .init(
            "SearchDocument.swift", "searchDocuments", reads: "objects",
            "a search document of the ids given: for the index (no principal), or snippets of hits read trimmed"),
        .init(
            "SearchIndex.swift", "refresh", reads: "objects",
            "index building: the kinds of the objects to describe; nothing returned to a principal"),
        .init(
            "SearchIndex.swift", "write", reads: "objects",
            "index building: copies each object's label into its search document (what readable(\"d\") tests)"),
        .init(
            "SearchIndex.swift", "reindex", reads: "objects",
            "operator's reindex: how many objects to describe (progress)"),
        .init(
            "SearchIndex.swift", "reindex", reads: "objects",
            "operator's reindex: the next batch of ids to describe"),
        .init(
            "SearchIndex.swift", "reindex", reads: "objects",
            "operator's reindex: row locks (PostgreSQL) so that an edit is not overwritten by an older document"),
        .init(
            "SearchIndex.swift", "documentCount", reads: "search_documents",
            "a count for operators' commands (search status), never shown to a user"),
        .init(
            "SearchIndex+Fields.swift", "fieldCondition", reads: "search_fields",
            "a condition of the search statement, which plan() trims with readable(\"d\")"),
        .init(
            "SearchIndex+Query.swift", "matches", reads: SwiftSQLScanner.interpolatedTable,
            "FROM and WHERE come from plan(), which adds scope.readable(\"d\") to every principal's search"),
        .init(
            "ListReader.swift", "read", reads: SwiftSQLScanner.interpolatedTable,
            "sorts and pages a list's own base query (reference data, accounts), itself checked where it is written"),
        .init(
            "ListReader.swift", "read", reads: SwiftSQLScanner.interpolatedTable,
            "counts the rows of that same base query, itself checked where it is written"),
        .init(
            "CalendarStore.swift", "closures", reads: "calendar_closures",
            "the headquarters' closure days: reference data every deadline is counted with, no object"),
    ]

    // MARK: registry

    static let registry: [AllowedRead] = [
        .init(
            "RecordStore.swift", "register", reads: "records",
            "write path: a reference is taken once (the generator's number must be free)"),
        .init(
            "RecordStore.swift", "history", reads: "record_versions",
            "the versions of a record read trimmed first; each version's own label (in its snapshot) is checked"),
        .init(
            "RecordStore.swift", "sql", reads: "distributions",
            "a filter of the trimmed record list (ObjectStore.page): records not yet distributed"),
        .init(
            "RecordStore.swift", "sql", reads: "legal_holds",
            "a filter of the trimmed record list (ObjectStore.page): records under no hold"),
        .init(
            "RecordStore+Distribution.swift", "materialise", reads: "distribution_copies",
            "write path: the next copy number of a record being distributed"),
        .init(
            "RecordStore+Distribution.swift", "distributions", reads: "distribution_copies",
            "the copies of a record read trimmed first"),
        .init(
            "RecordStore+Distribution.swift", "distributions", reads: "distributions",
            "the distributions of a record read trimmed first"),
        .init(
            "RecordStore+Receipts.swift", "acknowledge", reads: "distribution_copies",
            "the copy addressed to the principal; its record is read trimmed next, with the same refusal otherwise"),
        .init(
            "RecordStore+Receipts.swift", "acknowledge", reads: "distribution_copies",
            "how many copies the record read trimmed above has"),
        .init(
            "RecordStore+ReceiptList.swift", "receiptColumns", reads: "distribution_copies",
            "a column of the receipts list's statement, which ObjectStore.listPage trims: how many copies a row's record has"
        ),
        .init(
            "RecordStore+Receipts.swift", "receipt", reads: "distribution_copies",
            "a copy by id (addressed to the principal, or any for the registry); its record is read trimmed next"),
        .init(
            "RecordStore+Receipts.swift", "receipt", reads: "distribution_copies",
            "how many copies the record read trimmed above has"),
        .init(
            "AttachmentStore+Destroy.swift", "destroyFiles", reads: "attachments",
            "destroying an object's files (write path, the caller checked the object writable): the files to destroy"),
        .init(
            "AttachmentStore+Destroy.swift", "destroyFiles", reads: "attachments",
            "destroying an object's files (write path): deletes the extracted texts of those files"),
        .init(
            "AttachmentStore+Destroy.swift", "destroyFiles", reads: "attachments",
            "destroying an object's files (write path): whether another attachment still uses the stored content"),
        .init(
            "RecordStore+Disposition.swift", "certificate", reads: "destruction_certificates",
            "the certificate's id for a record id; the certificate is then read trimmed (nil otherwise)"),
        .init(
            "RecordStore+Dossier.swift", "dossier", reads: "destruction_certificates",
            "the certificate's id of a record read trimmed first; the certificate is then read trimmed too"),
        .init(
            "RecordStore+LifeCycle.swift", "holds", reads: "legal_holds",
            "the holds of a record read trimmed first"),
        .init(
            "RecordStore+LifeCycle.swift", "hold", reads: "legal_holds",
            "a hold by id, for a write that reads its record trimmed next (hold-not-found otherwise)"),
        .init(
            "RecordStore+LifeCycle.swift", "isHeld", reads: "legal_holds",
            "write path: a held record is not disposed of"),
        .init(
            "DistributionList.swift", "all", reads: "distribution_lists",
            "distribution lists are registry configuration, not labelled objects"),
        .init(
            "DistributionList.swift", "find", reads: "distribution_lists",
            "distribution lists are registry configuration, not labelled objects"),
        .init(
            "DistributionList.swift", "list", reads: "distribution_list_members",
            "distribution lists are registry configuration, not labelled objects"),
        .init(
            "DistributionListStore+Suggestions.swift", "names", reads: "distribution_lists",
            "distribution lists are registry configuration, not labelled objects; suggested only to their keepers"),
        .init(
            "DistributionList.swift", "requireUniqueName", reads: "distribution_lists",
            "write path: a list's name is unique (configuration, not labelled)"),
        .init(
            "FilePlan.swift", "all", reads: "file_plan",
            "the file plan is registry configuration, not labelled objects"),
        .init(
            "FilePlan.swift", "find", reads: "file_plan",
            "the file plan is registry configuration, not labelled objects"),
        .init(
            "FilePlan.swift", "create", reads: "file_plan",
            "write path: a file plan code is unique (configuration, not labelled)"),
        .init(
            "FilePlan.swift", "retire", reads: "file_plan",
            "write path: the children still in use of a node being retired (configuration, not labelled)"),
        .init(
            "RegistryAdminLists.swift", "page", reads: "reference_series",
            "reference series are registry configuration, not labelled objects; the console's list"),
        .init(
            "RegistryAdminLists.swift", "page", reads: "distribution_list_members, distribution_lists",
            "distribution lists are registry configuration, not labelled objects; the console's list"),
        .init(
            "ReferenceSeriesStore.swift", "all", reads: "reference_series",
            "reference series are registry configuration, not labelled objects"),
        .init(
            "ReferenceSeriesStore.swift", "find", reads: "reference_series",
            "reference series are registry configuration, not labelled objects"),
        .init(
            "ReferenceSeriesStore.swift", "requireUnusedTemplate", reads: "reference_series",
            "write path: a template belongs to one series (configuration, not labelled)"),
        .init(
            "RegistrySearch.swift", "searchDocuments", reads: "objects",
            "a search document of the ids given: for the index (no principal), or snippets of hits read trimmed"),
        .init(
            "RegistrySearch.swift", "searchDocuments", reads: "attachment_texts, attachments, objects",
            "the text of attachments labelled as their record, for the search document of that record"),
        .init(
            "RegistrySearch.swift", "fileNames", reads: "attachments, objects",
            "the names of attachments labelled as their record, for the search fields of that record"),
        .init(
            "RegistrySearch.swift", "backfillFields", reads: "records",
            "migration: writes the search fields of every record; returns nothing"),
    ]

    // MARK: health

    static let health: [AllowedRead] = [
        .init(
            "Patient.swift", "columns", reads: "health_patient_duplicates",
            "a column of trimmed patient reads: the record it was merged into (it carries that record's label and access)"
        ),
        .init(
            "QAAudit.swift", "columns", reads: "health_audit_items",
            "columns of trimmed audit reads: how many records the sample holds and how many are answered"),
        .init(
            "SupplyItem.swift", "onHandColumn", reads: "health_supply_movements",
            "a column of trimmed supply item reads: the stock on hand"),
        .init(
            "HealthStore.swift", "insertPatientObject", reads: "object_acl",
            "write path: a new object of a patient the principal may write inherits the patient's access entries"),
        .init(
            "HealthStore+Entries.swift", "versions", reads: "health_entry_versions",
            "the versions of an entry read trimmed first"),
        .init(
            "HealthStore+Attachments.swift", "download", reads: "health_entries",
            "whether the entry is the patient's of the path; the file is then read trimmed (same 404 either way)"),
        .init(
            "HealthStore+FHIR.swift", "versionCounts", reads: "health_entries, health_entry_versions",
            "version counts by entry id; the caller keeps only those of entries read trimmed"),
        .init(
            "HealthSearch.swift", "searchDocuments", reads: "objects",
            "patients' search documents of the ids given: for the index (no principal), or snippets of trimmed hits"),
        .init(
            "HealthSearch.swift", "searchDocuments", reads: "objects",
            "entries' search documents of the ids given: for the index (no principal), or snippets of trimmed hits"),
        .init(
            "HealthStore+Audits.swift", "auditDetail", reads: "health_audit_items",
            "the sample of an audit read trimmed first; a patient the reader may not read shows only its place"),
        .init(
            "HealthStore+Audits.swift", "answer", reads: "health_audit_items",
            "whether the patient is in the sample of an audit the principal may write (the patient is read trimmed too)"
        ),
        .init(
            "HealthStore+Audits.swift", "answer", reads: "health_audit_items",
            "the item's current answers, to refuse a change once the audit is closed"),
        .init(
            "HealthStore+Audits.swift", "answer", reads: "health_entries, objects",
            "separation of duties: any entry the auditor wrote or signed counts, readable or not; tells only of their own work"
        ),
        .init(
            "HealthStore+BreakGlass.swift", "breakGlass", reads: "health_patients",
            "whether the id is a patient, with the label checked (canHold) before anything is said; same 404 otherwise"),
        .init(
            "HealthStore+BreakGlass.swift", "breakGlass", reads: "health_patient_objects",
            "write path: break-glass grants every object of the patient; each one's label still applies"),
        .init(
            "HealthStore+BreakGlass.swift", "activeBreakGlass", reads: "health_break_glass",
            "the principal's own openings"),
        .init(
            "HealthStore+BreakGlass.swift", "breakGlassExpiry", reads: "health_break_glass",
            "the principal's own openings"),
        .init(
            "HealthStore+BreakGlass.swift", "reviewBreakGlass", reads: "health_break_glass",
            "reads back the opening just reviewed, whose label the advisor was checked to reach (labelPermits)"),
        .init(
            "HealthStore+BreakGlass.swift", "patientID", reads: "health_patients",
            "a clinician's break-glass lookup by staff number (clinicians only; the opening is checked and reviewed)"),
        .init(
            "HealthStore+Duplicates.swift", "duplicate", reads: "health_patients, objects",
            "de-duplication must see every record; the clerk is never told (the link waits for the advisor)"),
        .init(
            "HealthStore+Duplicates.swift", "duplicate", reads: "health_patient_duplicates",
            "de-duplication: pairs the advisor already found to be two people"),
        .init(
            "HealthStore+Duplicates.swift", "duplicate", reads: "health_patient_duplicates",
            "de-duplication: a record not itself awaiting review first"),
        .init(
            "HealthStore+Duplicates.swift", "flagSuspectedDuplicate", reads: "health_patient_duplicates",
            "write path: whether the pair already waits for review"),
        .init(
            "HealthStore+Duplicates.swift", "mergeDuplicate", reads: "health_patient_objects",
            "a merge the advisor may make (both labels checked): every object of the merged record moves"),
        .init(
            "HealthStore+Duplicates.swift", "patientObject", reads: "objects",
            "a merge the advisor may make: the records and objects it moves, unfiltered by design"),
        .init(
            "HealthStore+Duplicates.swift", "mergedFamily", reads: "health_patient_duplicates",
            "ids of the records merged into one the caller has read; used inside reads already checked"),
        .init(
            "HealthReleaseStore+Releases.swift", "package", reads: "health_releases",
            "the package of a release read trimmed first, returned only to a reader who may hold its dominant label"),
        .init(
            "HealthReleaseStore+Releases.swift", "disclosures", reads: "health_disclosures",
            "the accounting of disclosures of a patient read trimmed first"),
        .init(
            "FHIRExport+Releases.swift", "auditEvent", reads: "health_disclosures",
            "a disclosure's patient; the disclosure is returned only through disclosures(of:by:), trimmed on the patient"
        ),
        .init(
            "HealthStore+Fitness.swift", "standingFitnessDecision", reads: "health_fitness_decisions, health_patients",
            "the fitness seam: only the outcome and day of a decision leave the office, to an asker whose role the "
                + "purpose admits (checked first, audited); the notes are read trimmed (fitnessDecision)"),
        .init(
            "PODRequest.swift", "createPODRequest", reads: "health_patients",
            "links a question to a record by staff number; the requester is told nothing either way"),
        .init(
            "PODRequest.swift", "patientLink", reads: "health_pod_requests",
            "the patient of a request read trimmed first, returned only if the patient is readable too (readItem)"),
        .init(
            "PODRequest.swift", "answers", reads: "health_pod_answers",
            "the answers of requests read trimmed first"),
        .init(
            "PODRequest.swift", "ownInterest", reads: "health_patients, health_pod_requests",
            "separation of duties: whether the request is about the principal themselves"),
        .init(
            "HealthSupplyStore.swift", "lots", reads: "health_supply_lots, health_supply_movements",
            "the lots of a supply item read trimmed first"),
        .init(
            "HealthSupplyStore.swift", "movements", reads: "health_supply_movements",
            "the movements of a supply item read trimmed first"),
        .init(
            "AppointmentStore.swift", "clinicians", reads: "health_clinicians",
            "the clinic's directory of clinicians: reference data, not labelled"),
        .init(
            "AppointmentStore.swift", "clinician", reads: "health_clinicians",
            "the clinic's directory of clinicians: reference data, not labelled"),
        .init(
            "AppointmentStore.swift", "addClinician", reads: "health_clinicians",
            "write path: a clinician is listed once (reference data, not labelled)"),
        .init(
            "AppointmentStore+Admin.swift", "cliniciansForKeeping", reads: "health_clinicians",
            "the console's list of clinicians with their user names: reference data, not labelled"),
        .init(
            "HealthAdminLists.swift", "clinicianPage", reads: "health_clinicians",
            "the console's list of clinicians (sorted, paged, exported in SQL): reference data, not labelled"),
        .init(
            "HealthAdminLists.swift", "typePage", reads: "health_appointment_types",
            "the console's list of appointment types (sorted, paged, exported in SQL): reference data, not labelled"),
        .init(
            "AppointmentStore.swift", "hours", reads: "health_clinician_hours",
            "a clinician's opening hours: reference data, not labelled"),
        .init(
            "AppointmentStore.swift", "absences", reads: "health_clinician_exceptions",
            "a clinician's absences: reference data, not labelled"),
        .init(
            "AppointmentStore.swift", "types", reads: "health_appointment_types",
            "appointment types: reference data, not labelled"),
        .init(
            "AppointmentStore.swift", "type", reads: "health_appointment_types",
            "appointment types: reference data, not labelled"),
        .init(
            "AppointmentStore.swift", "busyTimes", reads: "health_appointments",
            "free slots (diary and booking page): busy times only (start, end) of appointments the principal may not read; readable ones are trimmed"
        ),
        .init(
            "AppointmentStore+Booking.swift", "check", reads: "health_appointments",
            "booking: whether the clinician is busy then; the refusal gives a time, never an appointment"),
        .init(
            "AppointmentStore+Booking.swift", "check", reads: "health_appointments",
            "booking: whether the patient is busy then; the refusal gives a time, never an appointment"),
        .init(
            "AppointmentStore+Queues.swift", "addWaitlistEntry", reads: "objects",
            "reads back the entry this transaction has just written for the principal"),
        .init(
            "AppointmentStore+Queues.swift", "reminders", reads: "health_reminders",
            "the reminders of one appointment, for tests only: no route reaches it"),
        .init(
            "AppointmentStore+Queues.swift", "feed", reads: "health_calendar_feeds",
            "the owner of a calendar feed by its secret; the feed's appointments are read trimmed for that owner"),
    ]

    // MARK: recruitment

    static let recruitment: [AllowedRead] = [
        .init(
            "VacancyStore.swift", "publishedVacancies", reads: "objects, recruitment_vacancies",
            "the public list (no principal): published vacancies only, and only the columns their notice publishes"),
        .init(
            "VacancyStore.swift", "publishedVacancy", reads: "objects, recruitment_vacancies",
            "the public page (no principal): a published vacancy only, and only the columns its notice publishes"),
        .init(
            "ApplicationStore.swift", "isDuplicate", reads: "recruitment_applications",
            "write path of a public application (no principal): whether the same person applied already, a yes or no"),
        .init(
            "ScreeningStage.swift", "markCount", reads: "recruitment_screening_marks",
            "correlated subqueries of an application row (`o`): only ever selected inside a trimmed application query"),
        .init(
            "ScreeningStore.swift", "screening", reads: "recruitment_screening_marks",
            "the marks of one application the principal has just read trimmed (and may screen), by its id"),
        .init(
            "VacancySearchContributor.swift", "searchDocuments", reads: "objects",
            "a search document of the ids given: for the index (no principal), or snippets of hits read trimmed"),
        .init(
            "ApplicationSearchContributor.swift", "searchDocuments", reads: "objects",
            "a search document of the ids given: for the index (no principal), or snippets of hits read trimmed"),
        .init(
            "ApplicationSearchContributor.swift", "searchDocuments", reads: "attachment_texts, attachments, objects",
            "the text of the CV and letter labelled as their application, for the search document of that application"),
        .init(
            "ApplicationStore+Documents.swift", "writable", reads: "recruitment_applications",
            "the candidate (no session) attaching a document: found by reference and the receipt's secret only"),
        .init(
            "ApplicationStore+Documents.swift", "writable", reads: "attachments",
            "the candidate's write path: whether this document was already given; nothing returned"),
        .init(
            "ApplicationStore+Documents.swift", "writable", reads: "objects",
            "the candidate's write path: the application's label for the file, after the secret matched"),
        .init(
            "ApplicationStore+Duplicates.swift", "merge", reads: "attachments",
            "write path of a merge: the documents of two applications both read trimmed and writable first"),
        .init(
            "ApplicationStore+Duplicates.swift", "merge", reads: "attachments",
            "write path of a merge: the names the kept application's documents already use, to move the others'"),
        .init(
            "LetterStore.swift", "templates", reads: "recruitment_letter_templates",
            "the letter templates: reference text with placeholders, no candidate data; assistants only"),
        .init(
            "LetterStore.swift", "history", reads: "recruitment_letter_templates",
            "a letter template's versions: reference text with placeholders, no candidate data; assistants only"),
        .init(
            "LetterStore.swift", "current", reads: "recruitment_letter_templates",
            "the current template a letter is produced from, inside the write of an application read trimmed"),
        .init(
            "LetterStore.swift", "sent", reads: "recruitment_letter_sends",
            "the sent log of letters the caller has just read trimmed"),
        .init(
            "SelectionStore.swift", "row", reads: "recruitment_selections",
            "the steps after selection of an application the caller has just read trimmed"),
        .init(
            "TravelStore.swift", "journeys", reads: "recruitment_travel",
            "the journeys of a vacancy the caller has just read trimmed"),
        .init(
            "TravelStore.swift", "setActual", reads: "recruitment_travel",
            "write path: the journey of a vacancy read trimmed and writable first"),
        .init(
            "TravelStore.swift", "zoneEstimates", reads: "recruitment_travel_zones",
            "reference data: the standard estimate of each travel zone, no candidate data"),
        .init(
            "FunnelStage.swift", "record", reads: "(interpolated)",
            "write path: copies into the stage history the application ids its caller's own query selects; returns nothing"
        ),
        .init(
            "PanelStore+Work.swift", "score", reads: "recruitment_applications, recruitment_panel_candidates",
            "write path of a score: the application behind the panel's candidate just read trimmed, for its stage history"
        ),
        .init(
            "WrittenTestStore.swift", "mark", reads: "recruitment_applications, recruitment_test_invitations",
            "write path of a marking: the application behind the script just read trimmed, for its stage history (the marker learns nothing of it)"
        ),
    ]

    // MARK: HR case management

    static let hr: [AllowedRead] = [
        .init(
            "HRCaseStore.swift", "applyConflictRule", reads: "hr_memos",
            "the conflict rule's bookkeeping: the memos of each case whose exclusions change, kept from the same "
                + "people; what it writes is a refusal, never returned"),
        .init(
            "HRCaseStore+Steps.swift", "endSuspension", reads: "hr_case_suspensions",
            "write path of a step: the case's open suspension, after the case was read trimmed and its write allowed"),
        .init(
            "HRCaseStore+Steps.swift", "lastStepDay", reads: "hr_case_steps",
            "write path of a step: the day of the case's last step, after the case was read trimmed and its write "
                + "allowed; returned to its writer only in a refusal"),
        .init(
            "HRCaseStore.swift", "applyConflictRule", reads: "hr_case_parties",
            "the conflict rule's bookkeeping after a line manager changes: who each case names, to keep it from them; "
                + "what it writes is a refusal, never returned"),
        .init(
            "LineManagerStore.swift", "lineManagers", reads: "hr_line_managers",
            "the chain of line managers the conflict rule follows; staff records, not labelled objects"),
        .init(
            "LineManagerStore.swift", "lineManager", reads: "hr_line_managers",
            "one staff member's line manager, for HR case officers and administrators (role checked first)"),
        .init(
            "RuleSetStore.swift", "ruleSets", reads: "hr_rule_sets",
            "the regulations' time limits: reference data, not labelled objects (officers and administrators only)"),
        .init(
            "RuleSetStore.swift", "ruleSet", reads: "hr_rule_sets",
            "one version of the regulations' time limits: reference data (officers and administrators only)"),
        .init(
            "RuleSetStore.swift", "inForce", reads: "hr_rule_sets",
            "the version in force on a case's opening day, for a case read trimmed first"),
        .init(
            "RuleSetStore.swift", "insert", reads: "hr_rule_sets",
            "write path: whether another version takes effect on the same day"),
        .init(
            "RuleSetStore.swift", "change", reads: "hr_rule_sets",
            "write path: the version to change, read in the change's transaction (administrators only)"),
        .init(
            "RuleSetStore.swift", "change", reads: "hr_rule_sets",
            "write path: whether another version takes effect on the new day"),
    ]

    // MARK: migrations and operators' commands

    static let operations: [AllowedRead] = [
        .init(
            "CandidateRetention.swift", "due",
            reads: "recruitment_applications, recruitment_selections, recruitment_vacancies",
            "retention (no principal: the schedule or the operator's command): which applications are past their keeping; ids only"
        ),
        .init(
            "CandidateRetention.swift", "anonymise", reads: "recruitment_letters",
            "retention's write path: the letters of the application being anonymised, to destroy their files"),
        .init(
            "CandidateRetention.swift", "anonymise", reads: "recruitment_panel_candidates",
            "retention's write path: the panel entries of the application being anonymised, to blank them"),
        .init(
            "CandidateRetention.swift", "anonymise", reads: "recruitment_panel_candidates",
            "retention's write path: the panel entries of the application being anonymised, to refresh their search documents"
        ),
        .init(
            "ExtendRecruitmentRetention.swift", "prepare", reads: "objects",
            "migration: when each competition already filled or cancelled ended; returns nothing"),
        .init(
            "CreateRecruitmentStageHistory.swift", "prepare", reads: "recruitment_applications",
            "migration: the stage history of the applications already there, rebuilt from their submission; returns nothing"
        ),
        .init(
            "CreateRecruitmentStageHistory.swift", "prepare", reads: "recruitment_screening",
            "migration: the stage history rebuilt from the screening stages; returns nothing"),
        .init(
            "CreateRecruitmentStageHistory.swift", "prepare",
            reads: "recruitment_applications, recruitment_test_invitations, recruitment_test_scripts",
            "migration: the stage history rebuilt from the marked scripts; returns nothing"),
        .init(
            "CreateRecruitmentStageHistory.swift", "prepare",
            reads: "recruitment_applications, recruitment_panel_candidates, recruitment_panel_scores",
            "migration: the stage history rebuilt from the interview scores; returns nothing"),
        .init(
            "CreateRecruitmentStageHistory.swift", "prepare", reads: "recruitment_applications, recruitment_selections",
            "migration: the stage history rebuilt from the offers and reserve lists; returns nothing"),
        .init(
            "CreateRecruitmentStageHistory.swift", "prepare", reads: "recruitment_applications, recruitment_selections",
            "migration: the stage history rebuilt from the appointments; returns nothing"),
        .init(
            "CreateGroups.swift", "prepare", reads: "object_acl",
            "migration: the group names already granted, to create their groups; returns nothing"),
        .init(
            "EnterDistributionListGroups.swift", "prepare", reads: "distribution_list_members",
            "migration: the group names already on lists, to create their groups; returns nothing"),
        .init(
            "BackfillRecordSearchFields.swift", "prepare", reads: "records",
            "migration: clears the search fields of every record before they are written again; returns nothing"),
        .init(
            "FlagSuspectedDuplicatePatients.swift", "rebuild", reads: "health_patients",
            "migration: copies the table into its rebuilt form"),
        .init(
            "AddAppointmentCheckIn.swift", "rebuild", reads: "health_appointments",
            "migration: copies the table into its rebuilt form"),
        .init(
            "Backup.swift", "contents", reads: "objects",
            "operator's backup: how many objects the manifest records"),
        .init(
            "Restore.swift", "run", reads: "objects",
            "operator's restore: how many objects the restored installation holds"),
        .init(
            "AuditBenchCommand.swift", "fill", reads: "objects",
            "operator's benchmark: how many objects there are, to make realistic events"),
    ]
}
