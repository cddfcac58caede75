import ChanceryKit
import ChancerySpine
import Foundation

/// A session as the assistants read it.
package struct WrittenTestBody: Encodable, Sendable {
    package var id: String
    package var title: String
    package var vacancyId: String
    package var state: String
    package var startsAt: String
    package var place: String
    package var room: String
    package var invigilators: [String]
    package var markers: [String]
    package var questions: [WrittenTest.Question]
    package var maximum: Int
    package var passMark: Int
    package var unblinded: Bool
    package var unblindedAt: String?
    package var banner: String

    package init(_ session: WrittenTest) {
        id = session.object.id
        title = session.object.title
        vacancyId = session.vacancyId
        state = session.state.rawValue
        startsAt = BrusselsTime.rfc3339(Date(timeIntervalSince1970: Double(session.startsAt) / 1000))
        place = session.place
        room = session.room
        invigilators = session.invigilators
        markers = session.markers
        questions = session.questions
        maximum = session.maximum
        passMark = session.passMark
        unblinded = session.unblindedAt != nil
        unblindedAt = session.unblindedAt.map(Clock.iso8601)
        banner = session.object.label.banner
    }
}

/// An invitation as the assistants read it: the code and the application it stands for, and the script's marks.
package struct TestInvitationBody: Encodable, Sendable {
    package var id: String
    package var code: String
    package var applicationId: String
    package var total: Int?
    package var marked: Bool

    package init(_ invitation: TestInvitation) {
        id = invitation.object.id
        code = invitation.code
        applicationId = invitation.applicationId
        total = invitation.total
        marked = invitation.total != nil
    }
}

/// A line of the results; the names only once the session is un-blinded.
package struct WrittenTestResultBody: Encodable, Sendable {
    package var code: String
    package var marks: [Int]?
    package var total: Int?
    package var passed: Bool?
    package var rank: Int?
    package var applicationId: String?
    package var reference: String?
    package var familyName: String?
    package var givenNames: String?

    package init(_ result: WrittenTestResult) {
        code = result.code
        marks = result.marks
        total = result.total
        passed = result.passed
        rank = result.rank
        if let names = result.names {
            applicationId = result.invitation.applicationId
            reference = names.reference
            familyName = names.familyName
            givenNames = names.givenNames
        }
    }
}

/// A session's results.
package struct WrittenTestResultsBody: Encodable, Sendable {
    package var session: WrittenTestBody
    package var results: [WrittenTestResultBody]
}

/// A script as a marker reads it: a code, the paper and the marks; nothing of the candidate.
package struct TestScriptBody: Encodable, Sendable {
    package var id: String
    package var code: String
    package var sessionId: String
    package var sessionState: String
    package var startsAt: String
    package var place: String
    package var room: String
    package var questions: [WrittenTest.Question]
    package var maximum: Int
    package var marks: [Int]?
    package var total: Int?
    package var markedAt: String?
    package var banner: String

    package init(_ script: TestScript) {
        id = script.object.id
        code = script.code
        sessionId = script.sessionId
        sessionState = script.stage
        startsAt = BrusselsTime.rfc3339(Date(timeIntervalSince1970: Double(script.startsAt) / 1000))
        place = script.place
        room = script.room
        questions = script.questions
        maximum = script.maximum
        marks = script.marks
        total = script.total
        markedAt = script.markedAt.map(Clock.iso8601)
        banner = script.object.label.banner
    }
}
