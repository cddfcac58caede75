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

/// `/api/v1/health/fhir/…`: the record as FHIR R4 resources, trimmed, labelled and audited.
@Suite("FHIR export API")
struct FHIRAPITests {
    static let clerk = UserAttributes(
        displayName: "Clara Clerk", clearance: .natoConfidential, nationality: "BEL", categories: ["MEDICAL"],
        roles: [.healthClerk], units: ["HEALTH"], groups: [])
    /// NATO SECRET, in the Health Office's unit even, but without MEDICAL: must see nothing.
    static let outsider = UserAttributes(
        displayName: "Nora Nosy", clearance: .natoSecret, nationality: "FRA", categories: [],
        roles: [.registryClerk], units: ["IPS", "HEALTH"], groups: [])

    /// A patient with a corrected lab result (two observations), a physician note and a consent.
    struct Record {
        var patient: Patient
        var lab: RecordEntry
        var note: RecordEntry
        var consent: RecordEntry
        var clinician: UserAccount
    }

    static func record(_ installation: TestInstallation) async throws -> Record {
        let clinician = try await installation.user("drmartin", MockUser.clinician)
        try await installation.user("clara", clerk)
        try await installation.user("nora", outsider)
        let health = installation.chancery.health
        let patient = try await health.createPatient(
            Patient.Details(
                familyName: "Dupont", givenNames: "Marie Claire", dateOfBirth: "1985-04-12", sex: "female",
                staffNumber: "BE-1234", staffUserID: nil, staffUnit: "J2", nationality: "BEL", phone: "+32 2 555 01 01",
                email: "m.dupont@example.org", address: "Rue de la Loi 1, 1000 Bruxelles", emergencyName: "Paul Dupont",
                emergencyPhone: "+32 2 555 02 02", insurer: "CAAMI", insurerNumber: "77-1", restricted: false),
            label: nil, careTeam: [], by: clinician.principal)
        func lab(_ haemoglobin: Double) -> RecordEntry.Content {
            RecordEntry.Content(
                type: .labResult, summary: "Full blood count", date: "2026-11-02", clinicianID: clinician.id,
                text: "Blood count, fasting.", codes: [],
                observations: [
                    .init(
                        code: .init(system: "LOINC", code: "718-7", display: "Hemoglobin"), value: haemoglobin,
                        valueText: nil,
                        unit: "g/dL", low: 12, high: 16),
                    .init(
                        code: .init(system: "http://loinc.org", code: "883-9", display: "ABO group"), value: nil,
                        valueText: "A", unit: nil, low: nil, high: nil),
                ], correspondent: nil, direction: nil, consent: nil)
        }
        let corrected = lab(11.2)
        let first = try await health.addEntry(to: patient.object.id, lab(17.5), label: nil, by: clinician.principal)
        let lab = try await health.correctEntry(
            first.object.id, of: patient.object.id, expectedVersion: first.object.version,
            reason: "Transcription error", by: clinician.principal
        ) { _ in corrected }
        let note = try await health.addEntry(
            to: patient.object.id,
            RecordEntry.Content(
                type: .physicianNote, summary: "Annual check", date: "2026-11-03", clinicianID: clinician.id,
                text: "Fit for duty. Mild anaemia, iron advised.",
                codes: [.init(system: "ICD-10", code: "Z02.1", display: "Pre-employment examination")],
                observations: [],
                correspondent: nil, direction: nil, consent: nil),
            label: nil, by: clinician.principal)
        let consent = try await health.addEntry(
            to: patient.object.id,
            RecordEntry.Content(
                type: .consent, summary: "Consent to release to the insurer", date: "2026-11-01", clinicianID: nil,
                text: "Signed form scanned.", codes: [], observations: [], correspondent: nil, direction: nil,
                consent: .init(
                    recipient: "CAAMI", scope: "Laboratory results", purpose: "Insurance claim",
                    validFrom: "2026-01-01",
                    validUntil: "2099-12-31")),
            label: nil, by: clinician.principal)
        return Record(patient: patient, lab: lab, note: note, consent: consent, clinician: clinician)
    }

    static func fhir(_ response: TestResponse, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String:
        Any]
    {
        #expect(response.status == .ok, "\(response.text)", sourceLocation: sourceLocation)
        #expect(response.headers[.contentType] == "application/fhir+json", sourceLocation: sourceLocation)
        return try response.jsonObject(sourceLocation: sourceLocation)
    }

    static func security(_ resource: [String: Any]) -> [String] {
        let meta = resource["meta"] as? [String: Any]
        return (meta?["security"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    @Test("Patient, Practitioner, Observation, DocumentReference and Consent are FHIR R4 JSON carrying their label")
    func singleResources() async throws {
        try await withInstallation { installation in
            // setup
            let record = try await Self.record(installation)
            let pid = record.patient.object.id
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clara")
                // exercise & validate: Patient
                let patient = try Self.fhir(await client.api(.get, "/api/v1/health/fhir/Patient/\(pid)", token: token))
                #expect(patient["resourceType"] as? String == "Patient")
                #expect(patient["id"] as? String == pid)
                #expect(patient["gender"] as? String == "female")
                #expect(patient["birthDate"] as? String == "1985-04-12")
                let identifier = try #require((patient["identifier"] as? [[String: Any]])?.first)
                #expect(identifier["system"] as? String == "urn:chancery:staff-number")
                #expect(identifier["value"] as? String == "BE-1234")
                let name = try #require((patient["name"] as? [[String: Any]])?.first)
                #expect(name["family"] as? String == "Dupont")
                #expect(name["given"] as? [String] == ["Marie", "Claire"])
                #expect((patient["telecom"] as? [[String: Any]])?.count == 2)
                #expect(
                    (patient["address"] as? [[String: Any]])?.first?["text"] as? String
                        == "Rue de la Loi 1, 1000 Bruxelles")
                let contact = try #require((patient["contact"] as? [[String: Any]])?.first)
                #expect((contact["name"] as? [String: Any])?["text"] as? String == "Paul Dupont")
                #expect((patient["managingOrganization"] as? [String: Any])?["display"] as? String == "Health Office")
                #expect(Self.security(patient).contains("NU") && Self.security(patient).contains("MEDICAL"))

                // Practitioner
                let practitioner = try Self.fhir(
                    await client.api(.get, "/api/v1/health/fhir/Practitioner/\(record.clinician.id)", token: token))
                #expect(practitioner["resourceType"] as? String == "Practitioner")
                #expect((practitioner["name"] as? [[String: Any]])?.first?["text"] as? String == "Dr Martin")

                // Observation: a corrected numeric value, out of range, and a coded text value
                let lab = record.lab.object.id
                let haemoglobin = try Self.fhir(
                    await client.api(.get, "/api/v1/health/fhir/Observation/\(lab)-1", token: token))
                #expect(haemoglobin["resourceType"] as? String == "Observation")
                #expect(haemoglobin["status"] as? String == "amended")
                let code = try #require(((haemoglobin["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first)
                #expect(code["system"] as? String == "http://loinc.org")
                #expect(code["code"] as? String == "718-7")
                let quantity = try #require(haemoglobin["valueQuantity"] as? [String: Any])
                #expect(quantity["value"] as? Double == 11.2)
                #expect(quantity["unit"] as? String == "g/dL")
                let range = try #require((haemoglobin["referenceRange"] as? [[String: Any]])?.first)
                #expect((range["low"] as? [String: Any])?["value"] as? Double == 12)
                #expect((range["high"] as? [String: Any])?["value"] as? Double == 16)
                let flag = (haemoglobin["interpretation"] as? [[String: Any]])?.first?["coding"] as? [[String: Any]]
                #expect(flag?.first?["code"] as? String == "L")
                #expect(
                    flag?.first?["system"] as? String
                        == "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation")
                #expect((haemoglobin["subject"] as? [String: Any])?["reference"] as? String == "Patient/\(pid)")
                #expect(haemoglobin["effectiveDateTime"] as? String == "2026-11-02")
                let group = try Self.fhir(
                    await client.api(.get, "/api/v1/health/fhir/Observation/\(lab)-2", token: token))
                #expect(group["valueString"] as? String == "A")
                #expect(group["interpretation"] == nil)
                let missing = try await client.api(.get, "/api/v1/health/fhir/Observation/\(lab)-3", token: token)
                #expect(missing.status == .notFound)
                // a note has no observations
                let noObservation = try await client.api(
                    .get, "/api/v1/health/fhir/Observation/\(record.note.object.id)-1", token: token)
                #expect(noObservation.status == .notFound)

                // DocumentReference: the text as a base64 attachment
                let document = try Self.fhir(
                    await client.api(
                        .get, "/api/v1/health/fhir/DocumentReference/\(record.note.object.id)", token: token))
                #expect(document["status"] as? String == "current")
                #expect(document["docStatus"] as? String == "final")
                #expect(document["description"] as? String == "Annual check")
                let attachment = try #require(
                    (document["content"] as? [[String: Any]])?.first?["attachment"] as? [String: Any])
                #expect(attachment["contentType"] as? String == "text/plain")
                let data = try #require(Data(base64Encoded: attachment["data"] as? String ?? ""))
                #expect(String(decoding: data, as: UTF8.self) == "Fit for duty. Mild anaemia, iron advised.")
                let author = (document["author"] as? [[String: Any]])?.first
                #expect(author?["reference"] as? String == "Practitioner/\(record.clinician.id)")

                // Consent
                let consent = try Self.fhir(
                    await client.api(.get, "/api/v1/health/fhir/Consent/\(record.consent.object.id)", token: token))
                #expect(consent["status"] as? String == "active")
                let category = (consent["category"] as? [[String: Any]])?.first?["coding"] as? [[String: Any]]
                #expect(category?.first?["code"] as? String == "59284-0")
                let provision = try #require(consent["provision"] as? [String: Any])
                #expect((provision["period"] as? [String: Any])?["end"] as? String == "2099-12-31")
                let actor = (provision["actor"] as? [[String: Any]])?.first?["reference"] as? [String: Any]
                #expect(actor?["display"] as? String == "CAAMI")
                // a note is not a consent
                let notConsent = try await client.api(
                    .get, "/api/v1/health/fhir/Consent/\(record.note.object.id)", token: token)
                #expect(notConsent.status == .notFound)
            }
        }
    }

    @Test("Patient/{id}/$everything is a searchset Bundle of the record, and the export is audited")
    func everything() async throws {
        try await withInstallation { installation in
            // setup
            let record = try await Self.record(installation)
            let pid = record.patient.object.id
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clara")
                // exercise
                let response = try await client.api(
                    .get, "/api/v1/health/fhir/Patient/\(pid)/$everything", token: token)

                // validate
                let bundle = try Self.fhir(response)
                #expect(bundle["resourceType"] as? String == "Bundle")
                #expect(bundle["type"] as? String == "searchset")
                #expect(bundle["total"] as? Int == 1)
                #expect(response.headers[.classification] == "NATO UNCLASSIFIED // MEDICAL")
                let entries = try #require(bundle["entry"] as? [[String: Any]])
                let resources = entries.compactMap { $0["resource"] as? [String: Any] }
                let keys = resources.map { "\($0["resourceType"] as? String ?? "")/\($0["id"] as? String ?? "")" }
                let lab = record.lab.object.id
                #expect(keys.first == "Patient/\(pid)")
                #expect(
                    Set(keys) == [
                        "Patient/\(pid)", "Observation/\(lab)-1", "Observation/\(lab)-2", "DocumentReference/\(lab)",
                        "DocumentReference/\(record.note.object.id)", "DocumentReference/\(record.consent.object.id)",
                        "Consent/\(record.consent.object.id)", "Practitioner/\(record.clinician.id)",
                    ])
                #expect(keys.count == Set(keys).count)
                #expect((entries.first?["search"] as? [String: Any])?["mode"] as? String == "match")
                #expect(
                    entries.dropFirst().allSatisfy { ($0["search"] as? [String: Any])?["mode"] as? String == "include" }
                )
                #expect(entries.allSatisfy { ($0["fullUrl"] as? String)?.hasPrefix("http") == true })
                #expect(resources.allSatisfy { Self.security($0).contains("MEDICAL") })

                let actions = try await installation.auditActions(of: pid)
                #expect(actions.contains("health.fhir.export"))
                #expect(try await installation.auditActions(of: record.note.object.id).contains("health.fhir.export"))
            }
        }
    }

    @Test("corrections and revocations show: amended documents, an inactive consent")
    func amendedAndRevoked() async throws {
        try await withInstallation { installation in
            // setup
            let record = try await Self.record(installation)
            let pid = record.patient.object.id
            _ = try await installation.chancery.health.revokeConsent(
                record.consent.object.id, of: pid, reason: "Patient withdrew", by: record.clinician.principal)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clara")
                // exercise
                let consent = try Self.fhir(
                    await client.api(.get, "/api/v1/health/fhir/Consent/\(record.consent.object.id)", token: token))
                let document = try Self.fhir(
                    await client.api(
                        .get, "/api/v1/health/fhir/DocumentReference/\(record.lab.object.id)", token: token))

                // validate
                #expect(consent["status"] as? String == "inactive")
                #expect(document["docStatus"] as? String == "amended")
            }
        }
    }

    @Test("a principal without MEDICAL gets 404 for every resource, exactly like a missing id, and finds no patient")
    func outsiderSeesNothing() async throws {
        try await withInstallation { installation in
            // setup
            let record = try await Self.record(installation)
            let pid = record.patient.object.id
            let unknown = ObjectID.make(milliseconds: Clock.nowMilliseconds())
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "nora")
                let paths = [
                    ("Patient/\(pid)", "Patient/\(unknown)"),
                    ("Patient/\(pid)/$everything", "Patient/\(unknown)/$everything"),
                    ("Practitioner/\(record.clinician.id)", "Practitioner/\(unknown)"),
                    ("Observation/\(record.lab.object.id)-1", "Observation/\(unknown)-1"),
                    ("DocumentReference/\(record.note.object.id)", "DocumentReference/\(unknown)"),
                    ("Consent/\(record.consent.object.id)", "Consent/\(unknown)"),
                ]
                for (hidden, missing) in paths {
                    // exercise
                    let refused = try await client.api(.get, "/api/v1/health/fhir/\(hidden)", token: token)
                    let absent = try await client.api(.get, "/api/v1/health/fhir/\(missing)", token: token)

                    // validate
                    #expect(refused.status == .notFound, "\(hidden)")
                    #expect(refused.headers[.contentType] == "application/fhir+json")
                    let outcome = try refused.jsonObject()
                    #expect(outcome["resourceType"] as? String == "OperationOutcome")
                    let issue = try #require((outcome["issue"] as? [[String: Any]])?.first)
                    #expect(issue["code"] as? String == "not-found")
                    #expect((issue["diagnostics"] as? String)?.isHumanSentence == true)
                    let hiddenID = String(hidden.split(separator: "/")[1])
                    let missingID = String(missing.split(separator: "/")[1])
                    #expect(
                        refused.text.replacingOccurrences(of: hiddenID, with: "ID")
                            == absent.text.replacingOccurrences(of: missingID, with: "ID"), "\(hidden)")
                    #expect(!refused.text.contains("Dupont"))
                }
                let search = try Self.fhir(await client.api(.get, "/api/v1/health/fhir/Patient?name=dup", token: token))
                #expect(search["total"] as? Int == 0)
                let empty = try await client.api(.get, "/api/v1/health/fhir/Patient?name=dup", token: token)
                #expect(empty.headers[.classification] == "NATO UNCLASSIFIED")
                #expect(Self.security(try empty.jsonObject()) == ["NU", "REL-NATO"])
                #expect((search["entry"] as? [Any])?.isEmpty == true)
                let all = try Self.fhir(await client.api(.get, "/api/v1/health/fhir/Patient", token: token))
                #expect(all["total"] as? Int == 0)

                // while the clerk finds her, by name and by staff number
                let clerk = try await client.token(for: "clara")
                let found = try Self.fhir(await client.api(.get, "/api/v1/health/fhir/Patient?name=dup", token: clerk))
                #expect(found["total"] as? Int == 1)
                let byNumber = try Self.fhir(
                    await client.api(
                        .get, "/api/v1/health/fhir/Patient?identifier=urn:chancery:staff-number%7CBE-1234", token: clerk
                    ))
                #expect(byNumber["total"] as? Int == 1)
            }
        }
    }

    @Test("refusals are OperationOutcomes with a sentence in the reader's language")
    func outcomes() async throws {
        try await withInstallation { installation in
            try await installation.user("clara", Self.clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clara")
                // exercise
                let french = try await client.api(
                    .get, "/api/v1/health/fhir/Patient/not-an-id", token: token, headers: [.acceptLanguage: "fr"])
                let badCount = try await client.api(.get, "/api/v1/health/fhir/Patient?_count=0", token: token)
                let anonymous = try await client.api(.get, "/api/v1/health/fhir/Patient/not-an-id")
                // A made-up slot minute far beyond any calendar is a missing slot, not an overflow.
                let farSlot = try await client.api(
                    .get, "/api/v1/health/fhir/Slot/01JZZZZZZZZZZZZZZZZZZZZZZZ-9223372036854775807", token: token)
                #expect(farSlot.status == .notFound)

                // validate
                #expect(french.status == .notFound)
                #expect(french.headers[.contentLanguage] == "fr")
                let issue = try #require((try french.jsonObject()["issue"] as? [[String: Any]])?.first)
                #expect((issue["diagnostics"] as? String)?.hasPrefix("Aucun élément") == true)
                #expect(badCount.status == .badRequest)
                #expect(badCount.headers[.contentType] == "application/fhir+json")
                let invalid = try #require((try badCount.jsonObject()["issue"] as? [[String: Any]])?.first)
                #expect(invalid["code"] as? String == "invalid")
                #expect((invalid["diagnostics"] as? String)?.isHumanSentence == true)
                try anonymous.problem(.unauthorized)
            }
        }
    }
}
