import ChanceryKit

/// The seam through which an office learns from the Health Office whether a person is fit for a purpose (Recruitment:
/// medical approval before an appointment) without seeing anything medical, and without importing the Health
/// Office: the spine declares it, the Health Office implements it (`Office.fitnessAnswering(chancery:)`), and the
/// asking office finds it through `Chancery.fitnessAnswering`, present when the installation runs an office that
/// answers.
///
/// Only the answer crosses: fit, not fit or pending, with the day of the decision. Never a diagnosis, a note, a
/// restriction, nor whether the Health Office keeps a record of the person (no record is "pending", like a record
/// without a decision). The answering office audits every answer and refuses a principal who may not ask.
package protocol FitnessAnswering: Sendable {
    /// Whether `subject` is fit for `purpose`, asked by `principal` (who needs one of `purpose.askers`, else
    /// `AppError.roleRequired`, audited as a denial).
    func fitness(of subject: FitnessSubject, for purpose: FitnessPurpose, askedBy principal: Principal) async throws
        -> FitnessAnswer
}

/// The person a fitness question is about, as an office other than the Health Office knows them: names and date of
/// birth (a candidate has no staff number yet), and the staff number of someone already on the staff.
package struct FitnessSubject: Sendable, Hashable {
    package var familyName: String
    package var givenNames: String
    /// `YYYY-MM-DD`
    package var dateOfBirth: String
    package var staffNumber: String?

    package init(familyName: String, givenNames: String, dateOfBirth: String, staffNumber: String? = nil) {
        self.familyName = familyName
        self.givenNames = givenNames
        self.dateOfBirth = dateOfBirth
        self.staffNumber = staffNumber
    }
}

/// What a fitness decision is for, the office that asks about it and the roles that may ask. The rule of who may
/// ask is the spine's, like every security rule, not the asker's nor the answerer's.
package struct FitnessPurpose: Sendable, Hashable {
    /// Stored with the Health Office's decision: `appointment`.
    package var name: String
    /// The office the answer goes to (named in the audit event): `recruitment`.
    package var office: String
    /// Who may ask; a principal holding none of them gets no answer.
    package var askers: Set<Role>

    /// Medical approval before an appointment: the recruitment assistant asks it of a selected candidate.
    package static let appointment = FitnessPurpose(
        name: "appointment", office: "recruitment", askers: [Role("recruitment.assistant")])

    /// Every purpose a decision may be recorded for.
    package static let all: [FitnessPurpose] = [.appointment]

    package static func named(_ name: String) -> FitnessPurpose? { all.first { $0.name == name } }
}

/// All that crosses the seam: the status and the day of the decision.
package struct FitnessAnswer: Sendable, Equatable, Codable {
    package enum Status: String, Sendable, Codable, CaseIterable {
        case fit
        case notFit = "not-fit"
        /// No decision yet (or no record of the person: the asker is not told which).
        case pending
    }

    package var status: Status
    /// `YYYY-MM-DD`: the day the decision was taken; nil while pending.
    package var decidedOn: String?

    package init(status: Status, decidedOn: String?) {
        self.status = status
        self.decidedOn = decidedOn
    }

    package static let pending = FitnessAnswer(status: .pending, decidedOn: nil)
}

extension Chancery {
    /// The office that answers fitness questions on this installation (the Health Office), if it runs one.
    package var fitnessAnswering: (any FitnessAnswering)? {
        offices.lazy.compactMap { $0.fitnessAnswering(chancery: self) }.first
    }
}
