import ChancerySpine
import Hummingbird

/// What every page of the office shares: the label table, the CSRF token (nil on the public pages), and the notice or
/// the errors shown under the menu.
package struct RecruitmentPageParts {
    package var t: [String: String]
    package var csrf: String?
    package var notice: String?
    /// A refused form's errors, every field at once.
    package var errors: FormErrors.Model?
}

/// A page of the office: its own model read together with the shared parts.
package typealias RecruitmentPage<Content> = OfficePage<RecruitmentPageParts, Content>

/// A choice of a filter or a select.
package struct RecruitmentChoice {
    package var value: String
    package var name: String
    package var selected: Bool
}

/// The vacancies list: sortable, paged, filtered by state.
package struct VacanciesListPage {
    package struct Row {
        package var id: String
        package var vacancyNumber: String
        package var title: String
        package var grade: String
        package var posts: String
        package var deadline: String
        package var state: String
        package var created: String
    }

    package var canImport: Bool
    package var hasVacancies: Bool
    package var vacancies: [Row]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var states: [RecruitmentChoice]
    /// The order the filter form keeps.
    package var sort: String
    package var order: String
}

/// The import form: the notice's text, kept when the form comes back refused.
package struct VacancyImportPage {
    package var text: String
}

/// One field of a vacancy as a page shows it: its name, and its value or the words for a missing one.
package struct VacancyField {
    package var id: String
    package var name: String
    package var value: String
    package var missing: Bool
    /// Why the field stops a publication, after a refused one.
    package var error: String? = nil
}

/// A line of the notice as pasted, flagged when the import could not read it.
package struct NoticeLine {
    package var number: Int
    package var text: String
    package var unrecognised: Bool
}

/// A vacancy: what the import recognised beside the text as pasted, the lines it could not read, the state and what
/// may be done next.
package struct VacancyPage {
    /// A move the state allows, as a button.
    package struct Move {
        package var state: String
        package var name: String
    }

    package var id: String
    package var title: String
    package var state: String
    package var fields: [VacancyField]
    package var languages: [String]
    package var hasLanguages: Bool
    package var essential: [String]
    package var hasEssential: Bool
    package var desirable: [String]
    package var hasDesirable: Bool
    package var unrecognised: [String]
    package var hasUnrecognised: Bool
    package var importNotes: [String]
    package var hasImportNotes: Bool
    package var lines: [NoticeLine]
    package var canPublish: Bool
    package var moves: [Move]
    package var hasMoves: Bool
    /// The public page, once published.
    package var publicPage: String?
    /// The form that completes a draft, for an assistant.
    package var edit: EditForm?
    /// The applications to the vacancy, for an assistant.
    package var applications: String? = nil

    /// The fields of a draft as the form shows them: the stored values, or what was typed in a refused form.
    package struct EditForm {
        package var version: String
        package var title: String
        package var titleFrench: String
        package var vacancyNumber: String
        package var posts: String
        package var grade: String
        package var deadline: String
        package var clearances: [RecruitmentChoice]
        package var location: String
        /// The qualifications, one per line.
        package var essential: String
        package var desirable: String
    }
}

/// The published vacancies, for everyone.
package struct PublicVacanciesPage {
    package struct Row {
        package var id: String
        package var title: String
        package var vacancyNumber: String
        package var grade: String
        package var location: String
        package var deadline: String
    }

    package var hasVacancies: Bool
    package var vacancies: [Row]
    package var next: String?
}

/// One published vacancy, for everyone, with its schema.org JobPosting.
package struct PublicVacancyPage {
    package var title: String
    package var titleFrench: String?
    package var fields: [VacancyField]
    package var summary: [String]
    package var hasSummary: Bool
    package var duties: [String]
    package var hasDuties: Bool
    package var languages: [String]
    package var hasLanguages: Bool
    package var essential: [String]
    package var hasEssential: Bool
    package var desirable: [String]
    package var hasDesirable: Bool
    package var remarks: [String]
    package var hasRemarks: Bool
    /// The JobPosting as JSON, with every `<` escaped so that it cannot end its script element.
    package var jsonLD: String
    /// The application form, while the vacancy is open.
    package var applyPath: String? = nil
}

/// A controller of the office's signed-in pages: the labels its pages read and the notice a redirect's `?done=` names.
/// `page` puts them, the CSRF token and a refused form's errors beside each page's own model.
protocol RecruitmentPages: SignedInPages {
    static func labels(_ t: Localizer) -> [String: String]
    /// The sentence of the request's `?done=`, nil when it names no notice of this controller.
    static func notice(_ request: Request?, _ t: Localizer) -> String?
}

extension RecruitmentPages {
    /// The page's model with the parts every page of the office shares.
    func page<Content>(
        _ request: Request?, _ context: SignedInContext, errors: FormErrors = FormErrors(), _ content: Content
    ) -> RecruitmentPage<Content> {
        let t = context.localizer
        let parts = RecruitmentPageParts(
            t: Self.labels(t), csrf: context.session.csrfToken, notice: Self.notice(request, t), errors: errors.model(t)
        )
        return RecruitmentPage(parts, content)
    }

    /// The sentence `<prefix>.<name>` of `?done=<name>` when the name is one of `notices`.
    static func done(_ request: Request?, _ t: Localizer, among notices: [String], prefix: String) -> String? {
        guard let done = request?.uri.queryParameters["done"].map(String.init), notices.contains(done) else {
            return nil
        }
        return t("\(prefix).\(done)")
    }
}
