import ChancerySpine

/// What every page of the office shares: the label table, the CSRF token, and the notice or the errors shown under
/// the menu.
package struct HRPageParts {
    package var t: [String: String]
    package var csrf: String
    package var notice: String?
    /// A refused form's errors, every field at once.
    package var errors: FormErrors.Model?
}

/// A page of the office: its own model read together with the shared parts.
package typealias HRPage<Content> = OfficePage<HRPageParts, Content>

/// The cases as a list: sortable, paged, filtered by type, and its CSV.
package struct CasesListPage {
    package struct Row {
        package var id: String
        package var openedOn: String
        package var title: String
        package var type: String
        package var state: String
    }

    package var hasCases: Bool
    package var cases: [Row]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var types: [AdminParts.Option]
    /// The order the filter form keeps.
    package var sort: String
    package var order: String
}

/// The form that opens a case, kept as typed when it comes back refused.
package struct NewCasePage {
    package var values: [String: String]
    package var types: [AdminParts.Option]
    package var classifications: [AdminParts.Option]
}

/// One case: what it is about, the contested decision, the articles relied on, and the people it names.
package struct CasePage {
    package struct Party {
        package var name: String
        package var username: String
        package var part: String
    }

    package var title: String
    package var type: String
    package var state: String
    package var openedOn: String
    package var outcome: String?
    package var decisionWhat: String?
    package var decisionBy: String?
    package var decisionNotifiedOn: String?
    package var hasArticles: Bool
    package var articles: [String]
    package var parties: [Party]
    package var banner: String
    /// The rule set the case counts under, when one was in force on its opening day.
    package var ruleSet: String?
    package var hasDeadlines: Bool
    package var deadlines: [Deadline]
    package var steps: [Step]
    /// The sentence saying since when the clocks stand still, while the case is in mediation.
    package var suspended: String?
    /// The next step's form; nil once the case is closed.
    package var stepForm: StepForm?

    package struct Step {
        package var step: String
        package var day: String
        package var by: String
        package var note: String?
    }

    package var hasHearings: Bool
    package var hearings: [Hearing]
    /// Nil once the case is closed.
    package var hearingForm: HearingForm?

    package struct Hearing {
        package var day: String
        package var times: String
        package var place: String
    }

    package struct HearingForm {
        package var action: String
        package var date: String
        package var start: String
        package var end: String
        package var place: String
    }

    package var hasMemos: Bool
    package var memos: [Memo]
    package var memoForm: MemoForm?

    package struct Memo {
        package var href: String
        package var title: String
        package var banner: String
        package var created: String
    }

    package struct MemoForm {
        package var action: String
        package var templates: [AdminParts.Option]
        package var languages: [AdminParts.Option]
    }

    package struct StepForm {
        package var action: String
        package var steps: [AdminParts.Option]
        package var outcomes: [AdminParts.Option]
        package var on: String
        package var note: String
    }

    package struct Deadline {
        package var step: String
        package var article: String
        package var due: String
        package var state: String
        package var overdue: Bool
        package var explanation: String
    }
}

/// A memo or decision: its text as drafted from its template, to edit.
package struct MemoPage {
    package var title: String
    package var caseLink: String
    package var banner: String
    package var template: String
    package var language: String
    /// The memo's language code, for the text's `lang`.
    package var lang: String
    package var created: String
    package var body: String
    package var version: String
    package var action: String
    package var canEdit: Bool
}
