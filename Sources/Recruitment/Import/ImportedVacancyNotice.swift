import ChanceryKit
import Foundation

/// What Chancery read in a pasted vacancy notice: the draft a recruitment assistant completes.
///
/// Every field is optional or may be empty, because a notice of another body or another year may lack it or say
/// it in a way the parser does not know; `unrecognised` lists the lines of the notice it left unread and `original`
/// keeps the text exactly as pasted, so nothing is lost.
package struct ImportedVacancyNotice: Sendable, Equatable {
    /// The vacancy number as written ("250123", "IMS 25/07").
    package var vacancyNumber: String?
    /// The post number as written ("HH-6"): the NSPA and some commands publish it instead of a vacancy number.
    package var postNumber: String?
    /// The job code of the body's post catalogue ("A62").
    package var jobCode: String?
    /// The title in the notice's own language.
    package var title: String?
    /// The French title, when the notice repeats itself in French after the English text.
    package var titleFrench: String?
    /// The NATO body that publishes the notice ("International Military Staff (NATO IMS)").
    package var organisation: String?
    /// The number of posts to fill.
    package var posts: Int?
    package var grade: VacancyGrade?
    /// The application deadline, an instant read in Brussels time.
    package var deadline: Date?
    /// The security clearance the post requires.
    package var clearance: Classification?
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
    /// The lines of the notice proper the parser could not place: for the assistant to read and complete.
    package var unrecognised: [String] = []
    /// What the assistant should check because the parser guessed or borrowed it.
    package var notes: [ImportNote] = []
    /// The text exactly as pasted.
    package var original: String

    package init(original: String) { self.original = original }
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
