import ChancerySpine

/// One field of the application form: its id (and the `name` it is posted under), what was typed, and its error.
package struct ApplyInput {
    package var id: String
    package var value: String
    package var error: String?

    package init(_ id: String, _ value: String, _ error: String?) {
        self.id = id
        self.value = value
        self.error = error
    }
}

/// A select of the application form: its field, and its options with the one chosen.
package struct ApplySelect {
    package var id: String
    package var options: [RecruitmentChoice]
    package var error: String?
}

/// The public application form: the vacancy it is for, every field with what was typed and its error.
package struct ApplyPage {
    package struct OtherLanguage {
        package var language: ApplySelect
        package var level: ApplySelect
    }

    package struct Education {
        package var number: Int
        package var level: ApplySelect
        package var title: ApplyInput
        package var institution: ApplyInput
        package var year: ApplyInput
    }

    package struct Experience {
        package var number: Int
        package var from: ApplyInput
        package var to: ApplyInput
        package var employer: ApplyInput
        package var post: ApplyInput
        package var duties: ApplyInput
    }

    package var id: String
    package var title: String
    package var deadline: String?
    package var csrf: String
    package var familyName: ApplyInput
    package var givenNames: ApplyInput
    package var email: ApplyInput
    package var dateOfBirth: ApplyInput
    package var nationality: ApplySelect
    package var isInternal: Bool
    package var internalError: String?
    package var staffNumber: ApplyInput
    package var english: ApplySelect
    package var french: ApplySelect
    package var others: [OtherLanguage]
    package var education: [Education]
    package var experience: [Experience]
    package var gender: ApplySelect
    package var source: ApplySelect
    package var cv: ApplyInput
    package var letter: ApplyInput
    package var submitError: String?
}

/// The acknowledgement of an application: its reference.
package struct ApplyDonePage {
    package var id: String
    package var title: String
    package var reference: String
    package var documents: Int
}

/// The applications of a vacancy, for its assistants.
package struct ApplicationsListPage {
    package struct Row {
        package var id: String
        package var reference: String
        package var familyName: String
        package var givenNames: String
        package var email: String
        package var nationality: String
        package var isInternal: String
        package var submitted: String
    }

    package var vacancyId: String
    package var vacancyTitle: String
    package var hasApplications: Bool
    package var applications: [Row]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var nationalities: [RecruitmentChoice]
    package var internalChoices: [RecruitmentChoice]
    package var sort: String
    package var order: String
    package var export: String
    package var duplicateGroups: Int
}

/// One application: the candidate's file.
package struct ApplicationPage {
    package struct Entry {
        package var cells: [String]
    }

    package struct Document {
        package var attachmentId: String
        package var name: String
        package var kind: String
        package var size: String
        package var version: Int
    }

    package var id: String
    package var reference: String
    package var vacancyId: String
    package var vacancyTitle: String
    package var state: String
    package var profile: [VacancyField]
    package var languages: [String]
    package var hasLanguages: Bool
    package var education: [Entry]
    package var hasEducation: Bool
    package var experience: [Entry]
    package var hasExperience: Bool
    package var documents: [Document]
    package var hasDocuments: Bool
    package var mergedInto: String?
    /// "Anonymised on …" when the retention period has passed.
    package var anonymised: String?
}

/// The probable duplicates of a vacancy, each group with its merge forms.
package struct DuplicatesPage {
    package struct Member {
        package var id: String
        package var reference: String
        package var names: String
        package var email: String
        package var dateOfBirth: String
        package var submitted: String
        /// The other members, each a merge of that one into this one.
        package var others: [Other]
    }

    package struct Other {
        package var otherId: String
        package var otherReference: String
    }

    package struct Group {
        package var number: Int
        package var members: [Member]
    }

    package var vacancyId: String
    package var vacancyTitle: String
    package var groups: [Group]
    package var hasGroups: Bool
}

/// The audit trail of an application, for its assistants.
package struct ApplicationHistoryPage {
    package struct Event {
        package var when: String
        package var who: String
        package var what: String
    }

    package var id: String
    package var reference: String
    package var events: [Event]
}
