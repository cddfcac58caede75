import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// An HR case: an object of kind `hr.case`, owned by the HR case management unit and labelled STAFF, joined to its
/// row of `hr_cases`. Its parties are staff members (`hr_case_parties`); the conflict rule keeps the case from
/// them and from the line managers above them (`object_exclusions`).
package struct HRCase: StoredItem, Equatable, RowDecodable {
    package static let kind = "hr.case"

    package var object: LabelledObject
    package var caseType: String
    /// The contested decision: what was decided, by whom, and the day it was notified (YYYY-MM-DD).
    package var decisionWhat: String?
    package var decisionBy: String?
    package var decisionNotifiedOn: String?
    /// The day the proceeding started (YYYY-MM-DD, Brussels): the rules in force that day govern it.
    package var openedOn: String
    package var officerId: String?
    package var counselId: String?
    /// The articles of the Civilian Personnel Regulations relied on (`Art. 61.1`).
    package var articles: [String]
    package var outcome: String?

    package var title: String { object.title }
    package var type: CaseType { CaseType(rawValue: caseType) ?? .other }
    package var state: State { State(rawValue: object.state) ?? .received }

    package static let columns: SQLQueryString = """
        , c.case_type, c.decision_what, c.decision_by, c.decision_notified_on, c.opened_on, c.officer_id,
        c.counsel_id, c.articles, c.outcome
        """
    package static let join: SQLQueryString = "JOIN hr_cases c ON c.object_id = o.id"

    /// What a case is about.
    package enum CaseType: String, Sendable, CaseIterable, Codable {
        case administrativeReview = "administrative-review"
        case complaint
        case grievance
        case harassmentComplaint = "harassment-complaint"
        case appeal
        case advice
        case pension
        case other
    }

    /// Where a case stands, from its receipt to its closing.
    package enum State: String, Sendable, CaseIterable, Codable {
        case received, acknowledged
        case underReview = "under-review"
        case mediation
        case decisionDrafted = "decision-drafted"
        case decisionNotified = "decision-notified"
        case closed
    }

    /// How a case ended.
    package enum Outcome: String, Sendable, CaseIterable, Codable {
        case granted
        case partlyGranted = "partly-granted"
        case rejected, withdrawn, settled, mediated
    }
}

/// A staff member a case names, with the part they take in it.
package struct CaseParty: Sendable, Equatable, Codable {
    package enum Part: String, Sendable, CaseIterable, Codable {
        case complainant, respondent, representative, witness
        case headOfBody = "head-of-body"
    }

    package var userId: String
    package var username: String
    package var displayName: String
    package var part: Part
}
