import ChanceryKit
import Foundation

/// What Chancery read in a pasted vacancy notice: the draft a recruitment assistant completes.
///
/// Every field is optional or may be empty, because a notice of another body or another year may lack it or say
/// it in a way the parser does not know; `unrecognised` lists the lines of the notice it left unread and `original`
/// keeps the text exactly as pasted, so nothing is lost.
@dynamicMemberLookup
package struct ImportedVacancyNotice: Sendable, Equatable {
    /// The vacancy number as written ("250123", "IMS 25/07").
    package var vacancyNumber: String?
    /// The title in the notice's own language.
    package var title: String?
    /// The French title, when the notice repeats itself in French after the English text.
    package var titleFrench: String?
    /// The number of posts to fill.
    package var posts: Int?
    /// The application deadline, an instant read in Brussels time.
    package var deadline: Date?
    /// The security clearance the post requires.
    package var clearance: Classification?
    /// The rest of the notice, as a vacancy stores it: `notice.grade`, `notice.duties`… read and written here as
    /// `grade`, `duties`….
    package var notice = Vacancy.Notice()
    /// The lines of the notice proper the parser could not place: for the assistant to read and complete.
    package var unrecognised: [String] = []
    /// What the assistant should check because the parser guessed or borrowed it.
    package var notes: [ImportNote] = []
    /// The text exactly as pasted.
    package var original: String

    package init(original: String) { self.original = original }

    package subscript<Value>(dynamicMember field: WritableKeyPath<Vacancy.Notice, Value>) -> Value {
        get { notice[keyPath: field] }
        set { notice[keyPath: field] = newValue }
    }
}

/// Whether a vacancy is open to serving staff only or to outside candidates too.
package enum VacancyAudience: String, Sendable, Equatable, Codable {
    case `internal`
    case external
}

/// A competency and the level of behaviour the notice asks for ("Teamwork" – "Solicits inputs and encourages others").
package struct Competency: Sendable, Equatable, Codable {
    package var name: String
    package var level: String

    package init(name: String, level: String) {
        self.name = name
        self.level = level
    }
}

/// Something the assistant should check in an imported notice.
package enum ImportNote: String, Sendable, Equatable, Codable {
    /// The notice itself has no deadline: the job board's expiry date was taken instead.
    case deadlineFromJobBoard = "deadline-from-job-board"
    /// The notice itself names no place: the job board's location was taken instead.
    case locationFromJobBoard = "location-from-job-board"
    /// The notice repeats itself in French: only the French title was read from that part.
    case frenchVersionNotRead = "french-version-not-read"
}
