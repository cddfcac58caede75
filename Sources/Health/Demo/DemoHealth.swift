import ChanceryKit
import ChancerySpine

/// The Health Office's demo patients and their records: staff members and a restricted record, lab results with
/// coded observations and reference ranges, a physician note, a consent, codes and a letter.
package enum DemoHealth {
    package static func load(into chancery: Chancery, _ principals: [String: Principal]) async throws {
        guard let clerk = principals["medclerk"], let clinician = principals["clinician"] else { return }
        let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
        let year = String(today.prefix(4))
        let patients: [(Patient.Details, [String])] = [
            (
                details(
                    "Dupont", "Jeanne", "1984-03-02", "female", "S-10422", "J2", "BEL", insurer: "Cigna International"),
                []
            ),
            (details("Schmidt", "Karl", "1971-09-14", "male", "S-20817", "J3", "DEU", insurer: "Allianz Care"), []),
            (
                details("Rossi", "Luca", "1990-12-01", "male", "S-31177", "J5", "ITA", insurer: "Cigna International"),
                []
            ),
            (details("Nowak", "Ewa", "1979-06-23", "female", "S-40205", "IPS", "POL", insurer: nil), []),
            (
                details(
                    "Berg", "Anna", "1988-02-11", "female", "S-51840", "HEALTH", "NOR", insurer: "Vanbreda",
                    restricted: true),
                [clinician.id]
            ),
        ]
        var created: [String: Patient] = [:]
        for (details, team) in patients {
            created[details.familyName] = try await chancery.health.createPatient(
                details, label: nil, careTeam: team, by: details.restricted ? clinician : clerk)
        }
        let health = chancery.health
        if let dupont = created["Dupont"] {
            _ = try await health.addEntry(
                to: dupont.object.id,
                labResult(
                    "Full blood count", today,
                    [
                        observation("718-7", "Hemoglobin", 10.9, "g/dL", 12, 16),
                        observation("6690-2", "Leukocytes", 7.2, "10*3/uL", 4, 11),
                        observation("777-3", "Platelets", 251, "10*3/uL", 150, 400),
                    ]),
                label: nil, by: clerk)
            _ = try await health.addEntry(
                to: dupont.object.id,
                content(
                    .physicianNote, "Consultation: fatigue", today, clinician: clinician.id,
                    text:
                        "Three weeks of fatigue. Mild anaemia on the blood count. Iron studies requested; review in four weeks."
                ),
                label: nil, by: clinician)
            var consent = content(
                .consent, "Consent to release lab results to the insurer", "\(year)-01-15",
                text: "Signed form scanned at the front desk.")
            consent.consent = RecordEntry.ConsentTerms(
                recipient: "Cigna International", scope: "Laboratory results and consultation notes of \(year)",
                purpose: "Reimbursement claim", validFrom: "\(year)-01-15", validUntil: "\(Int(year)! + 1)-01-14")
            _ = try await health.addEntry(to: dupont.object.id, consent, label: nil, by: clerk)
        }
        if let schmidt = created["Schmidt"] {
            _ = try await health.addEntry(
                to: schmidt.object.id,
                labResult(
                    "Lipid panel and glucose", today,
                    [
                        observation("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", 243, "mg/dL", 0, 200),
                        observation("2345-7", "Glucose [Mass/volume] in Serum or Plasma", 92, "mg/dL", 70, 99),
                    ]),
                label: nil, by: clerk)
            var codes = content(.administrativeCode, "Periodic medical examination", today, text: "")
            codes.codes = [
                RecordEntry.Coding(
                    system: "http://hl7.org/fhir/sid/icd-10", code: "Z02.1", display: "Pre-employment examination")
            ]
            _ = try await health.addEntry(to: schmidt.object.id, codes, label: nil, by: clerk)
        }
        if let rossi = created["Rossi"] {
            var letter = content(
                .correspondence, "Letter from the orthopaedic surgeon", today,
                text: "Thank you for referring Mr Rossi. Physiotherapy twice a week for six weeks is advised.")
            letter.correspondent = "Dr Vermeulen, Clinique Saint-Jean, Brussels"
            letter.direction = "in"
            _ = try await health.addEntry(to: rossi.object.id, letter, label: nil, by: clerk)
        }
        if let berg = created["Berg"] {
            _ = try await health.addEntry(
                to: berg.object.id,
                content(
                    .physicianNote, "Follow-up consultation", today, clinician: clinician.id,
                    text: "Doing well. Review in three months."),
                label: nil, by: clinician)
        }
    }

    package static func details(
        _ family: String, _ given: String, _ born: String, _ sex: String, _ staffNumber: String, _ unit: String,
        _ nationality: String, insurer: String?, restricted: Bool = false
    ) -> Patient.Details {
        Patient.Details(
            familyName: family, givenNames: given, dateOfBirth: born, sex: sex, staffNumber: staffNumber,
            staffUnit: unit,
            nationality: nationality, phone: "+32 2 707 \(staffNumber.suffix(4))",
            email: "\(given.lowercased()).\(family.lowercased())@hq.example.int", address: nil,
            emergencyName: "Next of kin of \(given) \(family)", emergencyPhone: "+32 470 00 \(staffNumber.suffix(4))",
            insurer: insurer, insurerNumber: insurer == nil ? nil : "POL-\(staffNumber.suffix(5))",
            restricted: restricted)
    }

    package static func content(
        _ type: RecordEntry.EntryType, _ summary: String, _ date: String, clinician: String? = nil, text: String
    ) -> RecordEntry.Content {
        RecordEntry.Content(
            type: type, summary: summary, date: date, clinicianID: clinician, text: text, codes: [], observations: [],
            correspondent: nil, direction: nil, consent: nil)
    }

    package static func labResult(_ summary: String, _ date: String, _ observations: [RecordEntry.Observation])
        -> RecordEntry.Content
    {
        var result = content(.labResult, summary, date, text: "Analysed by the HQ laboratory.")
        result.observations = observations
        return result
    }

    package static func observation(
        _ code: String, _ display: String, _ value: Double, _ unit: String, _ low: Double, _ high: Double
    )
        -> RecordEntry.Observation
    {
        RecordEntry.Observation(
            code: RecordEntry.Coding(system: "http://loinc.org", code: code, display: display), value: value,
            valueText: nil,
            unit: unit, low: low, high: high)
    }
}
