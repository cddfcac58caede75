import ChanceryKit
import Foundation

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// Principals and patients the Health Office tests share.
package enum HealthUser {
    package static let clerk = UserAttributes(
        displayName: "Marta Medical", clearance: .natoConfidential, nationality: "ESP", categories: ["MEDICAL"],
        roles: [.healthClerk], units: ["HEALTH"], groups: [])
    package static let advisor = UserAttributes(
        displayName: "Dr Pieter Janssens", clearance: .natoSecret, nationality: "NLD", categories: ["MEDICAL"],
        roles: [.healthAdvisor, .healthClinician], units: ["HEALTH"], groups: [])
    /// The principal who must see nothing medical: NATO SECRET, in the Health Office's unit, with a Health Office
    /// role even, but not briefed for MEDICAL.
    package static let uncategorised = UserAttributes(
        displayName: "Nina Nomed", clearance: .natoSecret, nationality: "FRA", categories: [],
        roles: [.healthClerk, .registryClerk], units: ["HEALTH", "IPS"], groups: [])
    package static let newPatient = #"""
        {"familyName":"Dupont","givenNames":"Jeanne","dateOfBirth":"1984-03-02","sex":"female","staffNumber":"S-10422",
         "staffUnit":"J2","nationality":"BEL","phone":"+32 2 707 1111","emergencyContact":{"name":"Paul Dupont","phone":"+32 470 11 22 33"},
         "insurer":"Cigna International"}
        """#
}

extension TestInstallation {
    /// A patient created by `principal`, failing the test if refused.
    @discardableResult
    package func patient(
        _ family: String, _ given: String, born: String = "1980-05-17", staffNumber: String? = nil,
        restricted: Bool = false, careTeam: [String] = [], by principal: Principal
    ) async throws -> Patient {
        try await chancery.health.createPatient(
            Patient.Details(
                familyName: family, givenNames: given, dateOfBirth: born, sex: "female", staffNumber: staffNumber,
                staffUnit: "J2", nationality: "BEL", restricted: restricted),
            label: nil, careTeam: careTeam, by: principal)
    }

    /// A lab result (haemoglobin, low) on a patient's record.
    @discardableResult
    package func labResult(on patientID: String, by principal: Principal) async throws -> RecordEntry {
        try await chancery.health.addEntry(
            to: patientID,
            RecordEntry.Content(
                type: .labResult, summary: "Full blood count", date: "2026-11-20", clinicianID: nil,
                text: "Sample taken at the clinic.",
                codes: [],
                observations: [
                    RecordEntry.Observation(
                        code: .init(system: "http://loinc.org", code: "718-7", display: "Hemoglobin"), value: 10.9,
                        valueText: nil, unit: "g/dL", low: 12, high: 16)
                ], correspondent: nil, direction: nil, consent: nil),
            label: nil, by: principal)
    }
}
