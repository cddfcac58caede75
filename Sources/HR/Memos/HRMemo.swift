import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A memorandum or decision of a case: an object of kind `hr.memo` joined to its row of `hr_memos`. It carries its
/// case's label — LEGAL as well when it holds legal advice or mediation notes, for the officer and counsel only —
/// and is kept from the same people as its case.
package struct HRMemo: StoredItem, Equatable, RowDecodable {
    package static let kind = "hr.memo"

    package var object: LabelledObject
    package var caseId: String
    package var template: String
    package var language: String
    package var body: String

    package var title: String { object.title }

    package static let columns: SQLQueryString = ", m.case_id, m.template, m.language, m.body"
    package static let join: SQLQueryString = "JOIN hr_memos m ON m.object_id = o.id"

    /// The longest text kept.
    package static let maximumBody = 50_000

    /// What a memo is drafted from: its title and text in English and French (`HR/Strings/memos.json`).
    package enum Template: String, Sendable, CaseIterable, Codable {
        /// The letter acknowledging receipt of a request, complaint or appeal.
        case acknowledgement
        /// Legal advice to and from the Office of Legal Affairs: LEGAL.
        case legalMemo = "legal-memo"
        /// What was said in mediation: LEGAL.
        case mediationNote = "mediation-note"
        /// The decision on the request, complaint or grievance.
        case decision

        /// Whether the memo holds legal advice or mediation notes: then it carries LEGAL as well as STAFF.
        package var isLegal: Bool { self == .legalMemo || self == .mediationNote }
    }
}
