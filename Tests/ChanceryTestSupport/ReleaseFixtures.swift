import ChanceryKit
import Foundation

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// The principals of the referral, POD and release tests.
package enum ReleaseUsers {
    package static let clerk = UserAttributes(
        displayName: "Claire Clerk", clearance: .natoConfidential, nationality: "BEL", categories: ["MEDICAL"],
        roles: [.healthClerk], units: ["HEALTH"], groups: [])
    package static let clinician = UserAttributes(
        displayName: "Dr Martin", clearance: .natoSecret, nationality: "BEL", categories: ["MEDICAL"],
        roles: [.healthClinician], units: ["HEALTH"], groups: [])
    package static let advisor = UserAttributes(
        displayName: "Dr Adèle Advisor", clearance: .natoSecret, nationality: "FRA", categories: ["MEDICAL"],
        roles: [.healthAdvisor, .healthClinician], units: ["HEALTH"], groups: [])
    /// NATO SECRET, in the HEALTH unit even, but not briefed for MEDICAL: must see nothing medical.
    package static let uncategorised = UserAttributes(
        displayName: "Nora NoMedical", clearance: .natoSecret, nationality: "DEU", categories: [],
        roles: [.registryClerk], units: ["IPS", "HEALTH"], groups: [])
    /// A line manager of another division: asks POD questions, holds no Health Office role.
    package static let lineManager = UserAttributes(
        displayName: "Luc Linemanager", clearance: .natoRestricted, nationality: "NLD", categories: [], roles: [],
        units: ["J2"], groups: [])
}

extension TestInstallation {
    /// A patient created by `principal` (a Health Office member).
    package func releasePatient(
        _ family: String, _ given: String = "Anne", staffNumber: String? = nil, by principal: Principal
    ) async throws -> Patient {
        try await chancery.health.createPatient(
            Patient.Details(
                familyName: family, givenNames: given, dateOfBirth: "1980-04-12", sex: "female",
                staffNumber: staffNumber,
                staffUserID: nil, staffUnit: nil, nationality: "BEL", phone: nil, email: nil, address: nil,
                emergencyName: nil, emergencyPhone: nil, insurer: nil, insurerNumber: nil, restricted: false),
            label: nil, careTeam: [], by: principal)
    }

    /// A consent of the patient naming `recipient`, valid from last year to next year, with the patient's label or
    /// the higher `label` given.
    @discardableResult
    package func releaseConsent(
        of patientID: String, recipient: String, label: SecurityLabel? = nil, by principal: Principal
    ) async throws -> RecordEntry {
        let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
        let year = Int(today.prefix(4)) ?? 2026
        return try await chancery.health.addEntry(
            to: patientID,
            RecordEntry.Content(
                type: .consent, summary: "Consent to release to \(recipient)", date: today, clinicianID: nil,
                text: "Signed consent form.", codes: [], observations: [], correspondent: nil, direction: nil,
                consent: .init(
                    recipient: recipient, scope: "lab results", purpose: "insurance claim",
                    validFrom: "\(year - 1)-01-01",
                    validUntil: "\(year + 1)-12-31")),
            label: label, by: principal)
    }

    /// A lab result entry in the patient's record, dated today.
    @discardableResult
    package func releaseLabResult(of patientID: String, by principal: Principal) async throws -> RecordEntry {
        try await chancery.health.addEntry(
            to: patientID,
            RecordEntry.Content(
                type: .labResult, summary: "Full blood count", date: HeadquartersCalendar.day(Clock.nowMilliseconds()),
                clinicianID: nil, text: "Haemoglobin within range.",
                codes: [.init(system: "http://loinc.org", code: "718-7", display: "Hemoglobin")],
                observations: [], correspondent: nil, direction: nil, consent: nil),
            label: nil, by: principal)
    }
}
