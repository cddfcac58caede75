import ChanceryKit
import ChancerySpine
import SQLKit

/// A clinician's decision that a patient is fit, or not fit, for a purpose (`FitnessPurpose`: medical approval
/// before an appointment), taken on a day, with the clinician's notes. A medical object of the patient's record
/// (MEDICAL, the record's access): the notes are read only by whom may read the record. Another office learns only
/// the outcome and the day, through `HealthFitnessAnswers`. A later decision for the same purpose supersedes it.
package struct FitnessDecision: StoredItem, Equatable, RowDecodable {
    package static let kind = "fitness-decision"

    package var object: LabelledObject
    package var patientID: String
    /// `FitnessPurpose.name`: `appointment`.
    package var purpose: String
    package var outcome: Outcome
    /// `YYYY-MM-DD`
    package var decidedOn: String
    /// The clinician who took it (a user id).
    package var clinicianID: String
    /// Why: medical content, kept in the Health Office.
    package var notes: String

    package enum Outcome: String, Sendable, Codable, CaseIterable {
        case fit
        case notFit = "not-fit"

        /// The answer another office is given.
        package var answer: FitnessAnswer.Status { self == .fit ? .fit : .notFit }
    }

    package static let columns: SQLQueryString =
        ", f.patient_id, f.purpose, f.outcome, f.decided_on, f.clinician_id, f.notes"
    package static let join: SQLQueryString = "JOIN health_fitness_decisions f ON f.object_id = o.id"
}
