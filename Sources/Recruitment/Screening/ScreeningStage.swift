import ChancerySpine
import Foundation
import SQLKit

/// Where an application stands in its competition. Every application starts `applied`; screening makes it eligible
/// or rejects it, then takes the eligible to the long list and the short list. The later parts of the office add
/// their stages (tested, interviewed, selected, appointed, reserve) here, each saying which may follow it.
package enum ScreeningStage: String, Sendable, CaseIterable, Codable {
    case applied
    case eligible
    case rejected
    case longList = "long-list"
    case shortList = "short-list"

    /// The stages an application at this one may be moved to. A rejection may be reconsidered: the application goes
    /// back to be screened again.
    package var next: [ScreeningStage] {
        switch self {
        case .applied: [.eligible, .rejected]
        case .eligible: [.longList, .rejected]
        case .longList: [.shortList, .eligible, .rejected]
        case .shortList: [.longList, .rejected]
        case .rejected: [.applied]
        }
    }

    package func allows(_ stage: ScreeningStage) -> Bool { next.contains(stage) }

    /// Whether a move to this stage must give its reason.
    package var needsReason: Bool { self == .rejected }
}

/// The assistant's mark of an application against one criterion.
package enum ScreeningMarkValue: String, Sendable, CaseIterable, Codable {
    case met
    case notMet = "not-met"
    case toCheck = "to-check"
}

/// One criterion of an application's screening: its number in the vacancy's essential qualifications (from 1), its
/// text, and the mark with its note when it has been marked.
package struct ScreeningCriterion: Sendable, Equatable, Encodable {
    package var criterion: Int
    package var text: String
    package var mark: ScreeningMarkValue?
    package var note: String
    package var markedAt: Int64?
    package var markedBy: String?
}

/// A mark as a caller gives it.
package struct ScreeningMarkInput: Sendable, Equatable, Decodable {
    package var criterion: Int
    package var mark: ScreeningMarkValue
    package var note: String?
}

/// An application as screening reads it (trimmed, RECRUITMENT): its object, what the candidate gave that a list
/// shows, its stage (`applied` until it is first moved) and how many criteria are met, not met or to check.
package struct ScreenedApplication: StoredItem, Equatable, RowDecodable {
    package var object: LabelledObject
    package var vacancyId: String
    package var reference: String
    package var familyName: String
    package var givenNames: String
    package var nationality: String
    package var `internal`: Bool
    package var submittedAt: Int64
    package var screeningStage: String
    package var stageAt: Int64?
    package var stageBy: String?
    package var reason: String?
    package var marksMet: Int
    package var marksNotMet: Int
    package var marksToCheck: Int

    package var stage: ScreeningStage { ScreeningStage(rawValue: screeningStage) ?? .applied }

    /// The stage as SQL reads it: `applied` for an application never moved.
    package static let stageExpression = "COALESCE(s.stage, 'applied')"

    static func markCount(_ mark: ScreeningMarkValue) -> String {
        "(SELECT COUNT(*) FROM recruitment_screening_marks m WHERE m.application_id = o.id AND m.mark = '\(mark.rawValue)')"
    }

    package static let columns: SQLQueryString = """
        , a.vacancy_id, a.reference, a.family_name, a.given_names, a.nationality, a.internal, a.submitted_at,
        \(unsafeRaw: stageExpression) AS screening_stage, s.stage_at, s.stage_by, s.reason,
        \(unsafeRaw: markCount(.met)) AS marks_met, \(unsafeRaw: markCount(.notMet)) AS marks_not_met,
        \(unsafeRaw: markCount(.toCheck)) AS marks_to_check
        """
    package static let join: SQLQueryString = """
        JOIN recruitment_applications a ON a.object_id = o.id
        LEFT JOIN recruitment_screening s ON s.application_id = o.id
        """
}

/// An application's screening: the application, and every essential criterion of its vacancy with its mark.
package struct ApplicationScreening: Sendable, Equatable {
    package var application: ScreenedApplication
    package var vacancyTitle: String
    package var vacancyTitleFrench: String? = nil
    package var criteria: [ScreeningCriterion]
}
