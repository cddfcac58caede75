import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A vacancy notice of the headquarters: an object of kind `vacancy`, owned by the Civilian HR section and labelled
/// RECRUITMENT, joined to its row of `recruitment_vacancies`. It starts as the draft an import reads from a pasted
/// notice, keeps that text as pasted, and goes through its states: draft → published → closed → filled, or
/// cancelled on the way.
package struct Vacancy: StoredItem, Equatable, RowDecodable {
    package static let kind = "vacancy"

    package var object: LabelledObject
    package var vacancyNumber: String?
    package var titleFrench: String?
    package var posts: Int?
    /// The grade as the notice writes it (`B-4/G-10`); its grades, normalised, are in `notice.grade`.
    package var grade: String?
    /// The application deadline, milliseconds since 1970: an instant read in Brussels time.
    package var deadlineAt: Int64?
    /// The clearance the post requires, as its marking (`NATO SECRET`).
    package var clearance: String?
    package var notice: Notice
    /// The lines of the pasted notice the import could not place, for the assistant to read and complete.
    package var unrecognised: [String]
    /// What the assistant should check because the import guessed or borrowed it (`deadline-from-job-board`).
    package var importNotes: [String]
    /// The notice exactly as pasted.
    package var original: String
    package var publishedAt: Int64?
    package var publishedBy: String?

    package var state: State { State(rawValue: object.state) ?? .draft }
    package var title: String { object.title }

    /// The title in the reader's language: the notice's French title on a French page, when it has one.
    package func title(in language: Language) -> String {
        VacancyTitle.in(language, english: title, french: titleFrench)
    }

    package static let columns: SQLQueryString = """
        , v.vacancy_number, v.title_french, v.posts, v.grade, v.deadline_at, v.clearance, v.notice, v.unrecognised,
        v.import_notes, v.original, v.published_at, v.published_by
        """
    package static let join: SQLQueryString = "JOIN recruitment_vacancies v ON v.object_id = o.id"

    /// Where a vacancy stands. Each state says which may follow it; nothing returns to a draft.
    package enum State: String, Sendable, CaseIterable, Codable {
        case draft, published, closed, cancelled, filled

        /// The states a vacancy in this one may be moved to.
        package var next: [State] {
            switch self {
            case .draft: [.published, .cancelled]
            case .published: [.closed, .cancelled]
            case .closed: [.filled, .cancelled]
            case .cancelled, .filled: []
            }
        }

        package func allows(_ state: State) -> Bool { next.contains(state) }
    }

    /// The fields of the notice the list columns do not hold, stored as JSON: what the import read, completed by the
    /// assistant.
    package struct Notice: Sendable, Equatable, Codable {
        /// The post number as written ("HH-6"): the NSPA and some commands publish it instead of a vacancy number.
        package var postNumber: String?
        /// The job code of the body's post catalogue ("A62").
        package var jobCode: String?
        /// The NATO body that publishes the notice ("International Military Staff (NATO IMS)").
        package var organisation: String?
        package var grade: VacancyGrade?
        package var languages: [LanguageRequirement] = []
        package var essentialQualifications: [String] = []
        package var desirableQualifications: [String] = []
        package var competencies: [Competency] = []
        /// Personal attributes written as sentences rather than as competencies with a level.
        package var personalAttributes: [String] = []
        package var division: String?
        package var section: String?
        package var location: String?
        package var dutyStation: String?
        /// Full-time or part-time, as written.
        package var schedule: String?
        package var salary: String?
        /// "definite duration", "indefinite duration" or "temporary".
        package var contractType: String?
        /// The length of the first contract, in years.
        package var contractYears: Int?
        package var audience: VacancyAudience?
        /// True when the notice says that only nationals of NATO member states may apply.
        package var memberStatesOnly = false
        /// The sentence saying where and when the competition takes place.
        package var competition: String?
        /// The summary or post context, one paragraph a line.
        package var summary: [String] = []
        package var duties: [String] = []
        package var remarks: [String] = []
        /// Paragraphs of sections the parser knows but does not read field by field (how to apply, contract clause…).
        package var additionalInformation: [String] = []

        package init() {}

        /// The fields of an imported notice that are not columns of their own; the qualifications within the limits
        /// the assistant's form keeps (at most 30 of each kind, each on one line of at most 1,000 characters), so that
        /// a draft read from an odd notice can be completed.
        package init(_ imported: ImportedVacancyNotice) {
            self = imported.notice
            essentialQualifications = Self.bounded(essentialQualifications)
            desirableQualifications = Self.bounded(desirableQualifications)
        }

        static func bounded(_ list: [String]) -> [String] {
            list.prefix(Vacancy.maximumQualifications).map {
                String(
                    $0.split(whereSeparator: \.isNewline).joined(separator: " ").prefix(Vacancy.maximumQualification))
            }
        }
    }
}

/// A published vacancy as the public reads it: only what the notice publishes, never its label, the lines the import
/// left unread, the assistant's notes or the text as pasted.
package struct PublishedVacancy: Sendable, Equatable, RowDecodable {
    package var id: String
    package var title: String
    package var vacancyNumber: String?
    package var titleFrench: String?
    package var posts: Int?
    package var grade: String?
    package var deadlineAt: Int64?
    package var clearance: String?
    package var notice: Vacancy.Notice
    package var publishedAt: Int64

    /// The title in the reader's language: the notice's French title on a French page, when it has one.
    package func title(in language: Language) -> String {
        VacancyTitle.in(language, english: title, french: titleFrench)
    }

    /// The columns a public read selects: nothing else of the vacancy's row or object.
    package static let columns: SQLQueryString = """
        o.id, o.title, v.vacancy_number, v.title_french, v.posts, v.grade, v.deadline_at, v.clearance, v.notice,
        v.published_at
        """
}

/// Which of a vacancy's titles a reader is shown.
package enum VacancyTitle {
    package static func `in`(_ language: Language, english: String, french: String?) -> String {
        guard language == .fr, let french = french?.trimmingCharacters(in: .whitespacesAndNewlines), !french.isEmpty
        else { return english }
        return french
    }

    /// What names an object titled after its vacancy (a panel, a test session): on a French page, the vacancy's number
    /// and French title when the reader may read the vacancy (`vacancy`, read trimmed) and it has one; `given`, the
    /// title the object was given, otherwise.
    package static func of(_ given: String, vacancy: Vacancy?, in language: Language, separator: String) -> String {
        guard language == .fr, let vacancy, let french = vacancy.titleFrench, !french.isEmpty else { return given }
        return [vacancy.vacancyNumber, french].compactMap { $0 }.joined(separator: separator)
    }
}
