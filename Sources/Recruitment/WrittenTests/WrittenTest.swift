import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A written test session of a vacancy: an object of kind `written-test`, owned by the Civilian HR section and
/// labelled RECRUITMENT (only the assistants read it), joined to its row of `recruitment_written_tests`. It goes
/// planned → held → marked → results published.
package struct WrittenTest: StoredItem, Equatable, RowDecodable {
    package static let kind = "written-test"

    package var object: LabelledObject
    package var vacancyId: String
    /// When the test starts, milliseconds since 1970 (an instant, shown in Brussels time).
    package var startsAt: Int64
    package var place: String
    package var room: String
    /// The invigilators' and the markers' account ids.
    package var invigilators: [String]
    package var markers: [String]
    package var questions: [Question]
    package var passMark: Int
    /// When and by whom the names were shown beside the codes; nil while the marking is blind.
    package var unblindedAt: Int64?
    package var unblindedBy: String?

    package var state: State { State(rawValue: object.state) ?? .planned }
    package var maximum: Int { questions.reduce(0) { $0 + $1.maximum } }

    package static let columns: SQLQueryString = """
        , t.vacancy_id, t.starts_at, t.place, t.room, t.invigilators, t.markers, t.questions, t.pass_mark,
        t.unblinded_at, t.unblinded_by
        """
    package static let join: SQLQueryString = "JOIN recruitment_written_tests t ON t.object_id = o.id"

    /// The session's title in the reader's language: on a French page, its vacancy's number and French title when the
    /// reader may read the vacancy (`vacancy`, read trimmed) and its notice has one; the title it was given otherwise.
    package func title(in language: Language, vacancy: Vacancy?) -> String {
        VacancyTitle.of(object.title, vacancy: vacancy, in: language, separator: " · ")
    }

    /// One question of the paper and the most marks it carries.
    package struct Question: Codable, Sendable, Equatable {
        package var label: String
        package var maximum: Int

        package init(label: String, maximum: Int) {
            self.label = label
            self.maximum = maximum
        }
    }

    /// Where a session stands; each state says which may follow it.
    package enum State: String, Sendable, CaseIterable, Codable {
        case planned, held, marked
        case published = "results-published"

        package var next: State? {
            switch self {
            case .planned: .held
            case .held: .marked
            case .marked: .published
            case .published: nil
            }
        }
    }
}

/// An invitation of an application to a session: the only place a candidate code meets the application it hides
/// (kind `written-test-invitation`, RECRUITMENT, for the assistants). Read with its script's marks and, for the
/// results after un-blinding, the candidate's names.
package struct TestInvitation: StoredItem, Equatable, RowDecodable {
    package static let kind = "written-test-invitation"

    package var object: LabelledObject
    package var sessionId: String
    package var applicationId: String
    package var scriptId: String
    package var code: String
    package var marks: [Int]?
    package var total: Int?
    package var markedAt: Int64?
    package var reference: String
    package var familyName: String
    package var givenNames: String

    package static let columns: SQLQueryString = """
        , i.session_id, i.application_id, i.script_id, i.code, sc.marks, sc.total, sc.marked_at, a.reference,
        a.family_name, a.given_names
        """
    /// The application's own object (`ao`) is joined so that the caller trims it too.
    package static let join: SQLQueryString = """
        JOIN recruitment_test_invitations i ON i.object_id = o.id
        JOIN recruitment_test_scripts sc ON sc.object_id = i.script_id
        JOIN recruitment_applications a ON a.object_id = i.application_id
        JOIN objects ao ON ao.id = i.application_id
        """
}

/// A script as a marker sees it: a candidate code, the paper's questions and the marks (kind `written-test-script`,
/// NATO RESTRICTED, no special category, open only to the session's markers by access entries). Nothing in its row
/// or its joins leads to the application.
package struct TestScript: StoredItem, Equatable, RowDecodable {
    package static let kind = "written-test-script"

    package var object: LabelledObject
    package var sessionId: String
    package var code: String
    package var marks: [Int]?
    package var total: Int?
    package var markedBy: String?
    package var markedAt: Int64?
    package var startsAt: Int64
    package var place: String
    package var room: String
    package var questions: [WrittenTest.Question]
    package var stage: String

    package var isMarked: Bool { marks != nil }
    package var maximum: Int { questions.reduce(0) { $0 + $1.maximum } }

    package static let columns: SQLQueryString = """
        , sc.session_id, sc.code, sc.marks, sc.total, sc.marked_by, sc.marked_at, t.starts_at, t.place, t.room,
        t.questions, t.stage
        """
    package static let join: SQLQueryString = """
        JOIN recruitment_test_scripts sc ON sc.object_id = o.id
        JOIN recruitment_written_tests t ON t.object_id = sc.session_id
        """
}

/// A candidate's line of a session's results: code, total, pass or fail, rank; names only once un-blinded.
package struct WrittenTestResult: Sendable {
    package var code: String
    package var marks: [Int]?
    package var total: Int?
    package var passed: Bool?
    package var rank: Int?
    package var invitation: TestInvitation
    /// Shown only after un-blinding.
    package var names: (reference: String, familyName: String, givenNames: String)? {
        revealed ? (invitation.reference, invitation.familyName, invitation.givenNames) : nil
    }
    package var revealed: Bool

    /// The results of a session: marked scripts ranked by total (ties share a rank, the next rank skips), then the
    /// unmarked, by code.
    package static func results(of invitations: [TestInvitation], in session: WrittenTest) -> [WrittenTestResult] {
        let revealed = session.unblindedAt != nil
        let sorted = invitations.sorted {
            switch ($0.total, $1.total) {
            case (let a?, let b?): a != b ? a > b : $0.code < $1.code
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): $0.code < $1.code
            }
        }
        var results: [WrittenTestResult] = []
        for (index, invitation) in sorted.enumerated() {
            var rank: Int?
            if let total = invitation.total {
                if let previous = results.last, previous.total == total {
                    rank = previous.rank
                } else {
                    rank = index + 1
                }
            }
            results.append(
                WrittenTestResult(
                    code: invitation.code, marks: invitation.marks, total: invitation.total,
                    passed: invitation.total.map { $0 >= session.passMark }, rank: rank, invitation: invitation,
                    revealed: revealed))
        }
        return results
    }
}

/// Candidate codes: random, from letters and digits that cannot be misread (no 0/O, 1/I/L), never derived from the
/// candidate.
package enum CandidateCode {
    static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")

    package static func make<G: RandomNumberGenerator>(using generator: inout G) -> String {
        // the alphabet is a non-empty constant, so an element always comes out
        String((0..<6).map { _ in alphabet.randomElement(using: &generator)! })
    }

    package static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return make(using: &generator)
    }
}
