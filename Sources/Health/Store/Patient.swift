import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A person the Health Office keeps a record for: a staff member (linked by staff number and account) or not.
public struct Patient: StoredItem, Equatable, RowDecodable {
    public static let kind = "patient"

    public var object: LabelledObject
    public var details: Details
    /// The record this one was merged into by the medical advisor, if it was (then its state is `merged`).
    public var mergedInto: String?

    /// Everything about the patient that the clerk keeps; the identity (names and date of birth) de-duplicates.
    public struct Details: Sendable, Equatable, Codable, RowEmbedded {
        public var familyName: String
        public var givenNames: String
        /// `YYYY-MM-DD`
        public var dateOfBirth: String
        /// `female`, `male`, `other` or `unknown`
        public var sex: String
        public var staffNumber: String?
        /// The user account of the staff member, when they have one.
        public var staffUserID: String?
        /// The staff member's unit (their division), e.g. `J2`.
        public var staffUnit: String?
        /// ISO 3166 alpha-3
        public var nationality: String
        public var phone: String?
        public var email: String?
        public var address: String?
        public var emergencyName: String?
        public var emergencyPhone: String?
        public var insurer: String?
        public var insurerNumber: String?
        /// Open only to the care team (and break-glass), not to the whole Health Office.
        public var restricted: Bool

        /// "FAMILY, Given": how a patient is named on lists and on the object's title.
        public var displayName: String { "\(familyName.uppercased()), \(givenNames)" }

        /// Names and date of birth folded (case, accents, spaces, hyphens): two records with the same key are the
        /// same person.
        public var identityKey: String {
            Patient.identityKey(familyName: familyName, givenNames: givenNames, dateOfBirth: dateOfBirth)
        }
    }

    /// Names and date of birth folded (case, accents, spaces, hyphens), as `health_patients.identity_key` keeps them.
    package static func identityKey(familyName: String, givenNames: String, dateOfBirth: String) -> String {
        func fold(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).filter { $0.isLetter }
        }
        return "\(fold(familyName))|\(fold(givenNames))|\(dateOfBirth)"
    }

    package static let columns: SQLQueryString = """
        , p.family_name, p.given_names, p.date_of_birth, p.sex, p.staff_number, p.staff_user_id, p.staff_unit,
        p.nationality, p.phone, p.email, p.address, p.emergency_name, p.emergency_phone, p.insurer, p.insurer_number,
        p.restricted,
        (SELECT MAX(m.existing_id) FROM health_patient_duplicates m
         WHERE m.patient_id = p.object_id AND m.resolution = 'merged') AS merged_into
        """
    package static let join: SQLQueryString = "JOIN health_patients p ON p.object_id = o.id"

    public static let sexes: Set<String> = ["female", "male", "other", "unknown"]
}
