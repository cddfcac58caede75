import ChancerySpine

/// What every page of referrals, fitness requests, releases and disclosures shares: labels, CSRF token, whether the
/// principal is health staff, the notice or error, and today's date.
package struct HealthReleasePageParts {
    package var t: [String: String]
    package var csrf: String
    package var isStaff: Bool
    package var error: String?
    /// A refused form's errors: the summary at the top, each field marked next to it.
    package var errors: FormErrors.Model?
    package var notice: String?
    package var today: String
}

/// A page of this area: its own model read together with the shared parts.
package typealias HealthReleasePage<Content> = OfficePage<HealthReleasePageParts, Content>

/// A value to choose (select list), or to tick (`checked`).
package struct HealthReleaseChoice {
    package var value: String
    package var name: String
    /// The choice made, re-selected when a refused form comes back.
    package var selected: Bool = false
}

/// A patient to choose in a form.
package struct HealthPatientChoice {
    package var id: String
    package var name: String
    package var selected: Bool
}

/// The referrals and the form of a new one.
package struct HealthReferralsPage {
    package struct Item {
        package var id: String
        package var specialty: String
        package var provider: String
        package var urgency: String
        package var status: String
        package var replyDue: String
        package var overdue: Bool
    }

    package var hasItems: Bool
    package var items: [Item]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var statuses: [HealthChoice]
    /// The order the filter form keeps.
    package var sort: String
    package var order: String
    package var canCreate: Bool
    package var values: [String: String]
    package var patients: [HealthPatientChoice]
    package var urgencies: [HealthReleaseChoice]
}

/// One referral and the steps it may take.
package struct HealthReferralPage {
    package struct Item {
        package var id: String
        package var patientID: String
        package var specialty: String
        package var provider: String
        package var providerAddress: String
        package var reason: String
        package var urgency: String
        package var status: String
        package var replyDue: String
        package var overdue: Bool
        package var sentDate: String
        package var replyDate: String
        package var replySummary: String
    }

    package var item: Item
    package var canAct: Bool
    package var canSend: Bool
    package var canReply: Bool
    package var canClose: Bool
    package var canCancel: Bool
}

/// The fitness (POD) requests and the form of a new one.
package struct HealthPODRequestsPage {
    package struct Item {
        package var id: String
        package var staffNumber: String
        package var purpose: String
        package var asked: String
        package var status: String
        package var fitness: String
    }

    package var hasItems: Bool
    package var items: [Item]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var statuses: [HealthChoice]
    /// The order the filter form keeps.
    package var sort: String
    package var order: String
    package var values: [String: String]
}

/// One fitness request, its answers and the answer form.
package struct HealthPODRequestPage {
    package struct Item {
        package var id: String
        package var staffNumber: String
        package var question: String
        package var purpose: String
        package var requester: String
        package var asked: String
        package var status: String
    }

    package struct Answer {
        package var id: String
        package var fitness: String
        package var restrictions: String
        package var from: String
        package var until: String
        package var reviewDate: String
        package var answeredAt: String
        package var superseded: Bool
    }

    package var item: Item
    /// The patient the staff number matched, when the principal may read them.
    package var patientID: String?
    package var hasAnswers: Bool
    package var answers: [Answer]
    package var canAnswer: Bool
    package var fitnessChoices: [HealthReleaseChoice]
    package var restrictionChoices: [HealthReleaseChoice]
}

/// The releases of information and the form that asks for one.
package struct HealthReleasesPage {
    package struct Item {
        package var id: String
        package var recipient: String
        package var purpose: String
        package var patientID: String
        /// Nil when the reader may read the release but not its patient.
        package var patientName: String?
        package var status: String
        package var requested: String
    }

    package struct EntryType {
        package var value: String
        package var name: String
        package var checked: Bool
    }

    package var hasItems: Bool
    package var items: [Item]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var statuses: [HealthChoice]
    /// The order the filter form keeps.
    package var sort: String
    package var order: String
    package var values: [String: String]
    package var patients: [HealthPatientChoice]
    package var entryTypes: [EntryType]
}

/// One release and its approval and release steps.
package struct HealthReleaseDetailPage {
    package struct Item {
        package var id: String
        package var patientID: String
        package var recipient: String
        package var purpose: String
        package var status: String
        package var entryTypes: String
        package var period: String
        package var requestedBy: String
        package var approvedBy: String
        package var releasedBy: String
    }

    package var item: Item
    package var consentValid: Bool
    package var canApprove: Bool
    package var canRelease: Bool
    package var released: Bool
}

/// A released package, printable.
package struct HealthReleasePackagePage {
    package struct Patient {
        package var name: String
        package var dateOfBirth: String
    }

    package struct Entry {
        package var id: String
        package var date: String
        package var type: String
        package var summary: String
        package var text: String
        package var banner: String
    }

    package var banner: String
    package var patient: Patient
    package var recipient: String
    package var purpose: String
    package var releasedAt: String
    package var releasedBy: String
    package var entries: [Entry]
}

/// The accounting of disclosures of one patient.
package struct HealthDisclosuresPage {
    package struct Item {
        package var id: String
        package var date: String
        package var recipient: String
        package var what: String
        package var purpose: String
        package var releasedBy: String
    }

    package var patientName: String
    package var dateOfBirth: String
    package var hasItems: Bool
    package var items: [Item]
}
