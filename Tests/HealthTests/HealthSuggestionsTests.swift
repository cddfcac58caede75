import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// Autocomplete of patients and lab tests (`GET /api/v1/suggestions/patients`, `…/lab-tests`): trimmed in SQL like
/// the list of patients, for the Health Office's staff only.
@Suite("Health suggestions: patients and lab tests")
struct HealthSuggestionsTests {
    struct Body: Decodable {
        struct Item: Decodable, Equatable {
            var value: String
            var label: String
        }
        var items: [Item]
    }

    /// A medical advisor briefed for STAFF as well, cleared NATO SECRET: she opens the records the clerk may not read.
    static let sabine = UserAttributes(
        displayName: "Dr Sabine Staff", clearance: .natoSecret, nationality: "DEU", categories: ["MEDICAL", "STAFF"],
        roles: [.healthAdvisor, .healthClinician], units: ["HEALTH"], groups: [])

    @Test(
        "a patient the clerk may not read (above her clearance, in a category she lacks, restricted to a care team) is never suggested, and takes no place under the limit"
    )
    func trimmedPatients() async throws {
        try await withInstallation { installation in
            // setup
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            let sabine = try await installation.user("sabine", Self.sabine).principal
            let dupont = try await installation.patient("Dupont", "Jeanne", born: "1984-03-02", by: marta)
            let dupuis = try await installation.patient("Dupuis", "Marc", by: marta)
            try await installation.chancery.health.createPatient(
                Patient.Details(
                    familyName: "Dupré", givenNames: "Secret", dateOfBirth: "1970-01-01", sex: "male",
                    nationality: "BEL", restricted: false),
                label: SecurityLabel(classification: .natoSecret), careTeam: [], by: sabine)
            try await installation.chancery.health.createPatient(
                Patient.Details(
                    familyName: "Dupin", givenNames: "Staff", dateOfBirth: "1971-01-01", sex: "male",
                    nationality: "BEL", restricted: false),
                label: SecurityLabel(classification: .natoUnclassified, categories: ["STAFF"]), careTeam: [],
                by: sabine)
            try await installation.patient("Dupuy", "Restricted", restricted: true, by: sabine)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "marta")
                let advisor = try await client.token(for: "sabine")

                // exercise
                let two = try await client.api(.get, "/api/v1/suggestions/patients?q=DUP&limit=2", token: token)
                let all = try await client.api(.get, "/api/v1/suggestions/patients?q=dup&limit=25", token: token)
                let byGivenName = try await client.api(.get, "/api/v1/suggestions/patients?q=jean", token: token)
                let everything = try await client.api(.get, "/api/v1/suggestions/patients?q=dup", token: advisor)

                // validate
                #expect(two.status == .ok, "\(two.text)")
                let expected: [Body.Item] = [
                    .init(value: dupont.object.id, label: "DUPONT, Jeanne (1984-03-02)"),
                    .init(value: dupuis.object.id, label: "DUPUIS, Marc (1980-05-17)"),
                ]
                #expect(try two.decode(Body.self).items == expected)
                #expect(try all.decode(Body.self).items == expected)
                for hidden in ["DUPRÉ", "Dupré", "DUPIN", "Dupin", "DUPUY", "Dupuy", "Secret", "Staff", "Restricted"] {
                    #expect(!two.text.contains(hidden) && !all.text.contains(hidden), "\(hidden) was suggested")
                }
                #expect(two.headers[.classification]?.contains("MEDICAL") == true)
                #expect(try byGivenName.decode(Body.self).items.map(\.value) == [dupont.object.id])
                #expect(try everything.decode(Body.self).items.count == 5, "the advisor may read all five")
                // Each answer that named patients is an audited read of exactly those, like a page of the list.
                let reads = try await installation.auditEvents(action: "object.list").filter { $0.actor == marta.id }
                #expect(reads.suffix(3).map { $0.details["count"] } == ["2", "2", "1"])
            }
        }
    }

    @Test("without a Health Office role: 403 (patients and lab tests); with one but without MEDICAL: nothing")
    func outsiders() async throws {
        try await withInstallation { installation in
            // setup
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            try await installation.user("remi", MockUser.registry)
            try await installation.user("nina", HealthUser.uncategorised)
            try await installation.patient("Dupont", "Jeanne", by: marta)
            try await installation.app.test(.router) { client in
                let remi = try await client.token(for: "remi")
                let nina = try await client.token(for: "nina")

                // exercise
                let registry = try await client.api(.get, "/api/v1/suggestions/patients?q=dup", token: remi)
                let tests = try await client.api(.get, "/api/v1/suggestions/lab-tests?q=haem", token: remi)
                let uncategorised = try await client.api(.get, "/api/v1/suggestions/patients?q=dup", token: nina)

                // validate
                try registry.problem(.forbidden, type: "role-required")
                try tests.problem(.forbidden, type: "role-required")
                #expect(!registry.text.contains("DUPONT"))
                #expect(uncategorised.status == .ok)
                #expect(try uncategorised.decode(Body.self).items.isEmpty)
            }
        }
    }

    @Test("lab tests: by LOINC code or by name in the reader's language, with the unit")
    func labTests() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("marta", HealthUser.clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "marta")

                // exercise
                let english = try await client.api(
                    .get, "/api/v1/suggestions/lab-tests?q=haemoglobin", token: token,
                    headers: [.acceptLanguage: "en"])
                let french = try await client.api(
                    .get, "/api/v1/suggestions/lab-tests?q=glyquee", token: token, headers: [.acceptLanguage: "fr"])
                let code = try await client.api(.get, "/api/v1/suggestions/lab-tests?q=718-", token: token)

                // validate
                #expect(
                    try english.decode(Body.self).items == [
                        .init(value: "718-7", label: "Haemoglobin (g/dL)"),
                        .init(value: "4548-4", label: "Haemoglobin A1c (%)"),
                    ])
                #expect(
                    try french.decode(Body.self).items == [
                        .init(value: "4548-4", label: "Hémoglobine glyquée (HbA1c) (%)")
                    ])
                #expect(try code.decode(Body.self).items.map(\.value) == ["718-7"])
            }
        }
    }
}
