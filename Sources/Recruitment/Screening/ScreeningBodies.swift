import ChanceryKit
import ChancerySpine
import Foundation

/// One application in a vacancy's screening list: who applied, the stage, and the marks counted.
package struct ScreeningRowBody: Encodable, Sendable {
    package var id: String
    package var reference: String
    package var vacancyId: String
    package var familyName: String
    package var givenNames: String
    package var nationality: String
    package var `internal`: Bool
    package var submittedAt: String
    package var stage: String
    package var stageAt: String?
    package var stageBy: String?
    package var reason: String?
    package var marks: MarkCounts
    package var banner: String

    package struct MarkCounts: Encodable, Sendable {
        package var met: Int
        package var notMet: Int
        package var toCheck: Int
    }

    package init(_ application: ScreenedApplication) {
        id = application.object.id
        reference = application.reference
        vacancyId = application.vacancyId
        familyName = application.familyName
        givenNames = application.givenNames
        nationality = application.nationality
        `internal` = application.internal
        submittedAt = Clock.iso8601(application.submittedAt)
        stage = application.stage.rawValue
        stageAt = application.stageAt.map(Clock.iso8601)
        stageBy = application.stageBy
        reason = application.reason
        marks = MarkCounts(
            met: application.marksMet, notMet: application.marksNotMet, toCheck: application.marksToCheck)
        banner = application.object.label.banner
    }
}

/// An application's screening: its row, and every essential criterion of its vacancy with its mark.
package struct ScreeningBody: Encodable, Sendable {
    package var application: ScreeningRowBody
    package var criteria: [CriterionBody]

    package struct CriterionBody: Encodable, Sendable {
        package var criterion: Int
        package var text: String
        package var mark: String?
        package var note: String
        package var markedAt: String?
        package var markedBy: String?
    }

    package init(_ screening: ApplicationScreening) {
        application = ScreeningRowBody(screening.application)
        criteria = screening.criteria.map {
            CriterionBody(
                criterion: $0.criterion, text: $0.text, mark: $0.mark?.rawValue, note: $0.note,
                markedAt: $0.markedAt.map(Clock.iso8601), markedBy: $0.markedBy)
        }
    }
}

/// `PUT …/screening/marks`: every mark of the application (a criterion left out is no longer marked).
package struct ScreeningMarksRequest: Decodable, Sendable {
    package var marks: [ScreeningMarkInput]
}

/// `POST …/screening/stage`: the stage to move to, and the reason (required for a rejection).
package struct ScreeningStageRequest: Decodable, Sendable {
    package var stage: String
    package var reason: String?
}

/// `POST …/vacancies/{id}/screening/bulk`: the applications of the vacancy to move, all or none.
package struct ScreeningBulkRequest: Decodable, Sendable {
    package var applications: [String]
    package var stage: String
    package var reason: String?
}

/// What a bulk move answers: the applications as they now stand.
package struct ScreeningBulkBody: Encodable, Sendable {
    package var moved: Int
    package var applications: [ScreeningRowBody]
}
