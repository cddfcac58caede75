import ChancerySpine

/// What every patient page of the Health Office shares: the label table, the CSRF token and the office's links.
package struct HealthPageParts {
    /// A link to another part of the office.
    package struct Link {
        package var id: String
        package var href: String
        package var name: String
    }

    package var t: [String: String]
    package var csrf: String
    package var links: [Link]
}

/// A patient page: its own model read together with the office's shared parts.
package typealias HealthPage<Content> = OfficePage<HealthPageParts, Content>

/// The Health desk: the patient count, the office's links, the advisor's queues and break-glass.
package struct HealthDeskPage {
    /// The medical advisor's two queues; `own…` says how many wait for another advisor.
    package struct AdvisorQueues {
        package var openings: Int
        package var duplicates: Int
        package var ownOpenings: String?
        package var ownDuplicates: String?
    }

    package var patientCount: Int
    package var canBreakGlass: Bool
    package var advisor: AdvisorQueues?
}

/// The patient list and its search box.
package struct HealthPatientsPage {
    package struct Patient {
        package var id: String
        package var name: String
        package var dateOfBirth: String
        package var staffNumber: String
        package var staffUnit: String
        package var restricted: Bool
        package var banner: String
        package var bannerClass: String
    }

    package var query: String
    package var canCreate: Bool
    package var hasPatients: Bool
    package var patients: [Patient]
    package var headers: [ListHeader]
    package var pager: ListPager
    /// The order the filter form keeps.
    package var sort: String
    package var order: String
}

/// A choice in a select list.
package struct HealthChoice {
    package var value: String
    package var name: String
    package var selected: Bool
}

/// The new patient form, with the values sent when it is shown again after an error.
package struct HealthPatientFormPage {
    package var values: [String: String]
    package var errors: FormErrors.Model?
    package var sexes: [HealthChoice]
}

/// One entry of a chart (and of the other lists of entries).
package struct HealthEntryRow {
    /// One observation of a lab result; `flag` is the interpretation when it is not normal.
    package struct Observation {
        package var name: String
        package var code: String
        package var value: String
        package var unit: String
        package var range: String
        package var flag: String?
    }

    package var id: String
    package var patientId: String
    package var date: String
    package var typeName: String
    package var summary: String
    package var version: Int64
    package var revoked: Bool
    package var revokedText: String
    package var observations: [Observation]
}

/// A patient's chart: identity, notices, links and entries.
package struct HealthChartPage {
    package struct Patient {
        package var id: String
        package var name: String
        package var dateOfBirth: String
        package var sex: String
        package var nationality: String
        package var staffNumber: String
        package var staffUnit: String
        package var phone: String
        package var email: String
        package var emergency: String
        package var insurer: String
        package var banner: String
        package var bannerClass: String
    }

    /// The record this one was merged into.
    package struct MergedInto {
        package var id: String
        package var text: String
    }

    package var notice: String?
    package var patient: Patient
    package var canWrite: Bool
    package var mergedInto: MergedInto?
    package var patientLinks: [HealthPageParts.Link]
    package var hasEntries: Bool
    package var entries: [HealthEntryRow]
    package var breakGlass: String?
}

/// The form of a new entry, or of a correction to one.
package struct HealthEntryFormPage {
    /// One line of observations, numbered from 0: a test of the catalogue (by panel) and its result.
    package struct Row {
        package struct Test {
            package var code: String
            package var name: String
            package var unit: String
            package var selected: Bool
        }

        package struct Panel {
            package var name: String
            package var tests: [Test]
        }

        /// A test the entry has that the catalogue does not list (an older result being corrected): kept as it was.
        package struct Other {
            package var code: String
            package var display: String
            package var unit: String
            package var low: String
            package var high: String
        }

        package var n: Int
        package var number: Int
        package var panels: [Panel]
        package var other: Other?
        /// What was typed in the row's search box for its test (suggestions as one types, with the pages' script).
        package var test: String
        package var value: String
        /// The sentences refusing the row's test and its result, each next to its field.
        package var codeError: String?
        package var valueError: String?
    }

    package var heading: String
    package var patientId: String
    package var patientName: String
    package var isNew: Bool
    /// The entry's type, fixed for the form: only the fields of that type are shown.
    package var type: String
    package var typeName: String
    package var isLab: Bool
    package var isConsent: Bool
    package var isCorrespondence: Bool
    package var values: [String: String]
    package var rows: [Row]
    package var errors: FormErrors.Model?
    package var version: Int64
    package var action: String
    package var submit: String
}

/// The choice of an entry's type before its form: one link per type.
package struct HealthEntryTypePage {
    package var heading: String
    package var patientId: String
    package var patientName: String
    package var types: [HealthPageParts.Link]
}

/// One entry with its observations, codes, files and versions.
package struct HealthEntryPage {
    package struct Entry {
        package var id: String
        package var summary: String
        package var typeName: String
        package var date: String
        package var author: String
        package var version: Int64
        package var text: String
        package var banner: String
        package var bannerClass: String
        package var correspondent: String?
        package var consent: String?
        package var revokedText: String?
    }

    package struct File {
        package var id: String
        package var name: String
        package var version: Int
        package var banner: String
        package var bannerClass: String
    }

    package struct Code {
        package var system: String
        package var code: String
        package var display: String
    }

    package struct Version {
        package var version: Int64
        package var recordedAt: String
        package var author: String
        package var reason: String
        package var text: String
    }

    package var notice: String?
    package var error: String?
    package var patientId: String
    package var patientName: String
    package var entry: Entry
    package var canWrite: Bool
    package var canRevoke: Bool
    package var hasObservations: Bool
    package var hasFiles: Bool
    package var files: [File]
    package var observations: [HealthEntryRow.Observation]
    package var codes: [Code]
    package var versions: [Version]
}

/// The break-glass form.
package struct HealthBreakGlassPage {
    package var values: [String: String]
    package var errors: FormErrors.Model?
}

/// The break-glass openings waiting for a medical advisor's review.
package struct HealthBreakGlassQueuePage {
    package struct Opening {
        package var id: String
        package var openedAt: String
        package var user: String
        package var patient: String
        package var reason: String
        /// Nobody reviews their own opening: it waits for another medical advisor.
        package var mine: Bool
        /// A refused review's note, kept, and its sentence, next to the note.
        package var note: String = ""
        package var noteError: String? = nil
    }

    package var notice: String?
    /// A refused review: the summary, linked to the note of the row's form.
    package var errors: FormErrors.Model?
    package var hasOpenings: Bool
    package var openings: [Opening]
    package var headers: [ListHeader]
    package var pager: ListPager
}

/// The medical advisor's queue of suspected duplicate patients.
package struct HealthDuplicatesPage {
    /// One of the two records; `hidden` instead of the details when the advisor may not read it.
    package struct Record {
        package var id: String
        package var name: String?
        package var dateOfBirth: String?
        package var staffNumber: String?
        package var restricted: Bool?
        package var hidden: String?
    }

    package struct Suspicion {
        package var id: String
        package var flaggedAt: String
        package var flaggedBy: String
        package var duplicate: Record
        package var existing: Record
        package var matchedOn: String
        /// Nobody decides a suspicion about a record they opened: it waits for another medical advisor.
        package var mine: Bool
        /// A refused decision's note, kept, and its sentence, next to the note of the form refused.
        package var mergeNote: String = ""
        package var mergeError: String? = nil
        package var dismissNote: String = ""
        package var dismissError: String? = nil
    }

    package var notice: String?
    /// A refused decision: the summary, linked to the note of the row's form.
    package var errors: FormErrors.Model?
    package var hasDuplicates: Bool
    package var duplicates: [Suspicion]
    package var headers: [ListHeader]
    package var pager: ListPager
}
