import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A selection panel of a vacancy: an object of kind `selection-panel` (NATO RESTRICTED, owned by the section, open
/// only through its access entries) joined to its row of `recruitment_panels`. Its members read it through an entry
/// each; the section's assistants through the vacancy it belongs to. It holds no candidate: those are objects of
/// their own (`PanelCandidate`), which a member reads only after declaring no conflict of interest.
package struct Panel: Sendable, Equatable, RowDecodable, LabelledItem {
    package static let kind = "selection-panel"

    package var object: LabelledObject
    package var vacancyId: String
    /// What each member scores each candidate on: the vacancy's competencies, or the list the assistant set.
    package var competencies: [String]
    package var reportState: ReportState
    package var reportEn: String?
    package var reportFr: String?
    package var reportDraftedBy: String?
    package var reportDraftedAt: Int64?
    package var reportSignedBy: String?
    package var reportSignedAt: Int64?
    package static let columns: SQLQueryString = """
        , p.vacancy_id, p.competencies, p.report_state, p.report_en, p.report_fr, p.report_drafted_by,
        p.report_drafted_at, p.report_signed_by, p.report_signed_at
        """
    package static let join: SQLQueryString = "JOIN recruitment_panels p ON p.object_id = o.id"

    /// The panel's title in the reader's language: on a French page, its vacancy's number and French title when the
    /// reader may read the vacancy (`vacancy`, read trimmed) and its notice has one; the title it was given otherwise.
    package func title(in language: Language, vacancy: Vacancy?) -> String {
        VacancyTitle.of(object.title, vacancy: vacancy, in: language, separator: " ")
    }

    /// The panel's report: none yet, drafted by the secretary (who may redraft it), signed by the chair (final).
    package enum ReportState: String, Sendable, Codable {
        case none, drafted, signed
    }

    /// The label of a panel and of its candidates: panel marks and reports are NATO RESTRICTED. It carries no special
    /// category, since members are not briefed for RECRUITMENT: their need-to-know is the access entry each is given.
    package static let label = SecurityLabel(classification: .natoRestricted)
}

/// A member's seat on a panel.
package enum PanelRole: String, Sendable, Codable, CaseIterable {
    case chair
    case hrRepresentative = "hr-representative"
    case technicalMember = "technical-member"
    case secretary
}

/// What a member declared before seeing any candidate.
package enum PanelDeclaration: String, Sendable, Codable, CaseIterable {
    case noConflict = "no-conflict"
    case conflictDeclared = "conflict-declared"
}

/// A member of a panel, with their seat and their declaration (nil until they sign it).
package struct PanelMember: Sendable, Equatable, RowDecodable {
    package var memberId: String
    package var username: String
    package var displayName: String
    package var role: PanelRole
    package var declaration: PanelDeclaration?
    package var declarationNote: String?
    package var declaredAt: Int64?

    /// Whether the member may see the panel's candidates: signed, and declared no conflict.
    package var seesCandidates: Bool { declaration == .noConflict }
}

/// A candidate before a panel: an object of kind `panel-candidate` (NATO RESTRICTED, no unit access) with what the
/// panel needs of the application (its reference and the candidate's names). Read by the members who declared no
/// conflict (an access entry each, granted with the declaration) and by whoever may read the application.
package struct PanelCandidate: Sendable, Equatable, RowDecodable, LabelledItem {
    package static let kind = "panel-candidate"

    package var object: LabelledObject
    package var panelId: String
    package var applicationId: String
    package var reference: String
    package var familyName: String
    package var givenNames: String

    package var name: String { "\(givenNames) \(familyName)" }

    package static let columns: SQLQueryString = """
        , c.panel_id, c.application_id, c.reference, c.family_name, c.given_names
        """
}

/// An interview slot: when and where (a room, or a video link), and which candidate, whose name only those who may
/// read the candidate are given.
package struct PanelSlot: Sendable, Equatable, RowDecodable {
    package var id: String
    package var candidateId: String
    package var startsAt: Int64
    package var endsAt: Int64
    package var place: String
    package var videoLink: String?
    /// The candidate's names, nil for a reader who may not see them.
    package var familyName: String?
    package var givenNames: String?
}

/// One score of a member for a candidate on a competency.
package struct PanelScore: Sendable, Equatable, RowDecodable {
    package var candidateId: String
    package var memberId: String
    package var competency: String
    package var score: Int
    package var note: String
    package var scoredAt: Int64
}

/// A candidate's place in the consolidated ranking: the average of every member's score per competency and overall.
package struct PanelRankingRow: Sendable, Equatable {
    package var candidate: PanelCandidate
    package var averages: [String: Double]
    package var overall: Double
}
