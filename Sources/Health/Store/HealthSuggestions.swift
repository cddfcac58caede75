import ChanceryKit
import ChancerySpine
import SQLKit

/// Autocomplete of patients (`GET /api/v1/suggestions/patients`): the records the principal may read, trimmed in
/// SQL as the list of patients is, for the Health Office's staff only. The value is the patient's id, the label
/// their name and date of birth; a page of them is an audited read, like a page of the list.
package struct PatientSuggestions: SuggestionSource {
    package let kind = "patients"

    package func suggest(
        matching text: String, limit: Int, by principal: Principal, chancery: Chancery, language: Language
    ) async throws -> Suggestions {
        try HealthOffice.require(HealthOffice.staff, principal)
        let patients = try await chancery.health.patientSuggestions(matching: text, limit: limit, by: principal)
        let items = patients.sorted { $0.details.displayName < $1.details.displayName }.map { patient in
            Suggestion(
                value: patient.object.id, label: "\(patient.details.displayName) (\(patient.details.dateOfBirth))")
        }
        return Suggestions(items, label: chancery.objects.dominantLabel(of: patients.map(\.object)))
    }
}

/// Autocomplete of the laboratory tests of the catalogue (`LabCatalogue`), by LOINC code or by name in the reader's
/// language, for the Health Office's staff: the value is the code, the label the name and the unit.
package struct LabTestSuggestions: SuggestionSource {
    package let kind = "lab-tests"

    package func suggest(
        matching text: String, limit: Int, by principal: Principal, chancery: Chancery, language: Language
    ) async throws -> Suggestions {
        try HealthOffice.require(HealthOffice.staff, principal)
        let tests = LabCatalogue.tests.map { test in
            Suggestion(value: test.code, label: "\(test.name(language)) (\(test.unit))")
        }
        return Suggestions(SuggestionMatch.best(tests, matching: text, limit: limit))
    }
}

extension HealthStore {
    /// Up to `limit` patients the principal may read whose family or given names contain `text`, or whose staff
    /// number starts with it (case-insensitive, taken literally), merged records left out: trimmed in SQL before the
    /// limit, so that a record the principal may not read neither appears nor takes a place.
    package func patientSuggestions(matching text: String, limit: Int, by principal: Principal) async throws
        -> [Patient]
    {
        let containing = LikePattern.containing(text)
        let filter: SQLQueryString = """
             AND o.kind = \(bind: Patient.kind) AND o.state <> \(bind: Self.mergedState)
             AND (\(LikePattern.matches("p.family_name", containing)) OR \(LikePattern.matches("p.given_names", containing))
                  OR \(LikePattern.matches("p.staff_number", LikePattern.startingWith(text))))
            """
        return try await objects.page(Patient.self, filter: filter, after: nil, limit: limit, by: principal).items
    }
}
