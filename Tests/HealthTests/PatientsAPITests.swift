import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// Patients and their record entries through the API: MEDICAL trimming, de-duplication, versions, consents.
@Suite("Health patients and record entries API")
struct PatientsAPITests {

    @Test(
        "a clerk opens a record; the same person again is kept for the advisor; a non-medical principal sees no patient anywhere"
    )
    func patientsAndTrimming() async throws {
        try await withInstallation { installation in
            try await installation.user("marta", HealthUser.clerk)
            try await installation.user("nina", HealthUser.uncategorised)
            try await installation.app.test(.router) { client in
                let marta = try await client.token(for: "marta")
                let created = try await client.api(
                    .post, "/api/v1/health/patients", token: marta, json: HealthUser.newPatient)
                #expect(created.status == .created, "\(created.text)")
                let patient = try created.jsonObject()
                let id = try #require(patient["id"] as? String)
                #expect(patient["name"] as? String == "DUPONT, Jeanne")
                #expect((patient["banner"] as? String)?.contains("MEDICAL") == true)

                // The same person, spelt differently, and the same staff number: opened, as suspected duplicates for
                // the medical advisor (DuplicatePatientsTests), with nothing in the answer about the existing record.
                let again = try await client.api(
                    .post, "/api/v1/health/patients", token: marta,
                    json:
                        #"{"familyName":"DUPONT","givenNames":"jeanne","dateOfBirth":"1984-03-02","nationality":"BEL"}"#
                )
                #expect(again.status == .created)
                #expect(!again.text.contains(id))
                let sameNumber = try await client.api(
                    .post, "/api/v1/health/patients", token: marta,
                    json:
                        #"{"familyName":"Other","givenNames":"Person","dateOfBirth":"1990-01-01","nationality":"FRA","staffNumber":"S-10422"}"#
                )
                #expect(sameNumber.status == .created)
                #expect(!sameNumber.text.contains(id))

                let found = try await client.api(.get, "/api/v1/health/patients?q=dup&withTotal=true", token: marta)
                #expect(try found.jsonObject()["total"] as? Int == 2, "two records until the advisor merges them")
                let entry = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/entries", token: marta,
                    json:
                        #"{"type":"lab-result","summary":"Full blood count","date":"2026-11-20","observations":[{"code":{"system":"http://loinc.org","code":"718-7","display":"Hemoglobin"},"value":10.9,"unit":"g/dL","low":12,"high":16}]}"#
                )
                #expect(entry.status == .created, "\(entry.text)")
                let entryID = try #require(try entry.jsonObject()["id"] as? String)
                let observations = try #require(try entry.jsonObject()["observations"] as? [[String: Any]])
                #expect(observations.first?["interpretation"] as? String == "L")

                // Nina: NATO SECRET, in HEALTH, a health.clerk even, but not briefed for MEDICAL.
                let nina = try await client.token(for: "nina")
                let list = try await client.api(.get, "/api/v1/health/patients?withTotal=true", token: nina)
                #expect(list.status == .ok)
                #expect(try list.jsonObject()["total"] as? Int == 0)
                #expect((try list.jsonObject()["items"] as? [Any])?.isEmpty == true)
                let missing = try await client.api(
                    .get, "/api/v1/health/patients/01JZZZZZZZZZZZZZZZZZZZZZZZ", token: nina)
                let hidden = try await client.api(.get, "/api/v1/health/patients/\(id)", token: nina)
                #expect(hidden.status == .notFound)
                #expect(
                    try hidden.decode(Problem.self).detail.replacingOccurrences(of: id, with: "X")
                        == (try missing.decode(Problem.self).detail.replacingOccurrences(
                            of: "01JZZZZZZZZZZZZZZZZZZZZZZZ", with: "X")))
                #expect(
                    try await client.api(.get, "/api/v1/health/patients/\(id)/entries", token: nina).status == .notFound
                )
                #expect(
                    try await client.api(.get, "/api/v1/health/patients/\(id)/entries/\(entryID)", token: nina).status
                        == .notFound)
                let search = try await client.api(.get, "/api/v1/search?q=dupont", token: nina)
                #expect(try search.jsonObject()["total"] as? Int == 0)
                let searchLab = try await client.api(.get, "/api/v1/search?q=hemoglobin", token: nina)
                #expect(try searchLab.jsonObject()["total"] as? Int == 0)
                let objects = try await client.api(.get, "/api/v1/objects?withTotal=true", token: nina)
                #expect(!objects.text.contains("DUPONT"))
                #expect(!objects.text.contains("blood"))
                // Her attempt to add to the record is refused like a missing record, and nothing is written.
                let before = try await installation.objectCount()
                let write = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/entries", token: nina,
                    json: #"{"type":"correspondence","summary":"x","date":"2026-11-20"}"#)
                #expect(write.status == .notFound)
                #expect(try await installation.objectCount() == before)
                // Her own attempt to open a record is refused: she could not hold a MEDICAL label.
                let open = try await client.api(
                    .post, "/api/v1/health/patients", token: nina,
                    json: #"{"familyName":"X","givenNames":"Y","dateOfBirth":"1990-01-01","nationality":"FRA"}"#)
                #expect(open.status == .forbidden)

                // Marta finds her through search; every read of the record is in the chain.
                let searched = try await client.api(.get, "/api/v1/search?q=hemoglobin", token: marta)
                #expect(try searched.jsonObject()["total"] as? Int == 1)
                #expect(try await client.api(.get, "/api/v1/health/patients/\(id)", token: marta).status == .ok)
                #expect(try await installation.auditActions(of: id).contains("object.read"))
            }
        }
    }

    @Test("corrections are new versions with a reason; clinical notes need a clinician; consents can be revoked once")
    func versionsAndConsents() async throws {
        try await withInstallation { installation in
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            try await installation.user("claire", MockUser.clinician)
            let patient = try await installation.patient("Schmidt", "Karl", by: marta)
            let id = patient.object.id
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "marta")
                let note = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/entries", token: token,
                    json: #"{"type":"physician-note","summary":"Consultation","date":"2026-11-20","text":"Back pain."}"#
                )
                #expect(note.status == .forbidden)
                #expect(try note.decode(Problem.self).type.hasSuffix("clinical-role-required"))
                let claire = try await client.token(for: "claire")
                let written = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/entries", token: claire,
                    json:
                        #"{"type":"physician-note","summary":"Consultation","date":"2026-11-20","text":"Back pain.\nRest advised."}"#
                )
                #expect(written.status == .created, "\(written.text)")
                let noteID = try #require(try written.jsonObject()["id"] as? String)

                let noReason = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/entries/\(noteID)/corrections", token: claire,
                    json: #"{"summary":"Consultation","date":"2026-11-20","text":"Lower back pain."}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(noReason.status == .badRequest)
                let corrected = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/entries/\(noteID)/corrections", token: claire,
                    json:
                        #"{"summary":"Consultation","date":"2026-11-20","text":"Lower back pain.\nRest advised.","reason":"Site of the pain"}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(corrected.status == .ok, "\(corrected.text)")
                let stale = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/entries/\(noteID)/corrections", token: claire,
                    json: #"{"summary":"Consultation","date":"2026-11-20","text":"Other","reason":"r"}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(stale.status == .preconditionFailed)
                let shown = try
                    (try await client.api(.get, "/api/v1/health/patients/\(id)/entries/\(noteID)", token: token))
                    .jsonObject()
                let versions = try #require(shown["versions"] as? [[String: Any]])
                #expect(versions.count == 2)
                #expect(versions.first?["text"] as? String == "Back pain.\nRest advised.")
                #expect(versions.last?["reason"] as? String == "Site of the pain")
                #expect(try await installation.auditActions(of: noteID).contains("health.entry.correct"))

                let consent = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/entries", token: token,
                    json:
                        #"{"type":"consent","summary":"Consent to release to the insurer","date":"2026-11-01","consent":{"recipient":"Cigna International","scope":"Lab results 2026","purpose":"Claim","validFrom":"2026-11-01","validUntil":"2027-10-31"}}"#
                )
                #expect(consent.status == .created, "\(consent.text)")
                let consentID = try #require(try consent.jsonObject()["id"] as? String)
                let valid = try await installation.chancery.database.read { db in
                    try await installation.chancery.health.validConsents(
                        of: id, recipient: "cigna international", by: marta, on: db)
                }
                #expect(valid.count == 1)
                let revoked = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/entries/\(consentID)/revocation", token: token,
                    json: #"{"reason":"Patient withdrew consent by letter"}"#)
                #expect(revoked.status == .ok, "\(revoked.text)")
                #expect((try revoked.jsonObject()["consent"] as? [String: Any])?["revoked"] as? Bool == true)
                let twice = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/entries/\(consentID)/revocation", token: token,
                    json: #"{"reason":"again"}"#)
                #expect(twice.status == .conflict)
                let none = try await installation.chancery.database.read { db in
                    try await installation.chancery.health.validConsents(
                        of: id, recipient: "Cigna International", by: marta, on: db)
                }
                #expect(none.isEmpty)
            }
        }
    }

    @Test("bad input is refused with a sentence and writes nothing")
    func badInput() async throws {
        try await withInstallation { installation in
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            let patient = try await installation.patient("Rossi", "Luca", by: marta)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "marta")
                let before = try await installation.objectCount()
                let events = try await installation.auditEventCount()
                let cases: [(String, String, String)] = [
                    (
                        "/api/v1/health/patients",
                        #"{"familyName":"A","givenNames":"B","dateOfBirth":"2999-01-01","nationality":"BEL"}"#,
                        "dateOfBirth"
                    ),
                    (
                        "/api/v1/health/patients",
                        #"{"familyName":"A","givenNames":"B","dateOfBirth":"1990-01-01","nationality":"XXX"}"#,
                        "nationality"
                    ),
                    (
                        "/api/v1/health/patients",
                        #"{"familyName":"A","givenNames":"B","dateOfBirth":"1990-01-01","nationality":"BEL","diagnosis":"flu"}"#,
                        "diagnosis"
                    ),
                    (
                        "/api/v1/health/patients",
                        #"{"familyName":"A\u0007","givenNames":"B","dateOfBirth":"1990-01-01","nationality":"BEL"}"#,
                        "familyName"
                    ),
                    (
                        "/api/v1/health/patients/\(patient.object.id)/entries",
                        #"{"type":"lab-result","summary":"FBC","date":"2026-11-20"}"#, "observations"
                    ),
                    (
                        "/api/v1/health/patients/\(patient.object.id)/entries",
                        #"{"type":"x-ray","summary":"FBC","date":"2026-11-20"}"#, "type"
                    ),
                    (
                        "/api/v1/health/patients/\(patient.object.id)/entries",
                        #"{"type":"consent","summary":"C","date":"2026-11-20"}"#, "consent"
                    ),
                    (
                        "/api/v1/health/patients/\(patient.object.id)/entries",
                        #"{"type":"consent","summary":"C","date":"2026-11-20","consent":{"recipient":"R","scope":"S","purpose":"P","validFrom":"2027-01-01","validUntil":"2026-01-01"}}"#,
                        "consent.validUntil"
                    ),
                    (
                        "/api/v1/health/patients/\(patient.object.id)/entries",
                        #"{"type":"lab-result","summary":"FBC","date":"2026-11-20","observations":[{"code":{"system":"http://loinc.org","code":"718-7"},"value":1,"low":5,"high":2}]}"#,
                        "observations[0].low"
                    ),
                ]
                for (path, json, field) in cases {
                    let response = try await client.api(.post, path, token: token, json: json)
                    #expect(response.status == .badRequest, "\(json): \(response.text)")
                    let problem = try response.decode(Problem.self)
                    #expect(problem.field == field, "\(json): \(problem)")
                    #expect(!problem.detail.isEmpty)
                }
                #expect(try await installation.objectCount() == before)
                #expect(try await installation.auditEventCount() == events)
            }
        }
    }

    @Test("break-glass opens a restricted record for a limited time, flagged, and lands in the advisor's queue")
    func breakGlass() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", MockUser.clinician).principal
            try await installation.user("jonas", MockUser.clinician)
            try await installation.user("pieter", HealthUser.advisor)
            try await installation.user("nina", HealthUser.uncategorised)
            let patient = try await installation.patient("Berg", "Anna", restricted: true, by: claire)
            let id = patient.object.id
            try await installation.labResult(on: id, by: claire)
            try await installation.app.test(.router) { client in
                let jonas = try await client.token(for: "jonas")
                #expect(try await client.api(.get, "/api/v1/health/patients/\(id)", token: jonas).status == .notFound)
                let opened = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/break-glass", token: jonas,
                    json: #"{"reason":"Patient unconscious in the emergency room"}"#)
                #expect(opened.status == .created, "\(opened.text)")
                let openingID = try #require(try opened.jsonObject()["id"] as? String)
                #expect(try await client.api(.get, "/api/v1/health/patients/\(id)", token: jonas).status == .ok)
                let entries = try (try await client.api(.get, "/api/v1/health/patients/\(id)/entries", token: jonas))
                    .jsonObject()
                #expect((entries["items"] as? [Any])?.count == 1)
                let again = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/break-glass", token: jonas, json: #"{"reason":"again"}"#)
                #expect(again.status == .conflict)

                // Flagged in the chain: the opening and the reads that rest on it.
                let flagged = try await installation.chancery.database.read { db in
                    try await db.raw(
                        "SELECT action, details FROM audit_events WHERE object_id = \(bind: id) ORDER BY seq"
                    ).all().map {
                        (
                            try $0.decode(column: "action", as: String.self),
                            try $0.decode(column: "details", as: String.self)
                        )
                    }
                }
                #expect(flagged.contains { $0.0 == "health.break-glass" && $0.1.contains("emergency room") })
                #expect(flagged.contains { $0.0 == "object.read" && $0.1.contains(openingID) })

                // Nina (no MEDICAL) cannot break the glass, and is told nothing; a clinician role is needed anyway.
                let nina = try await client.token(for: "nina")
                let refused = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/break-glass", token: nina, json: #"{"reason":"curious"}"#)
                #expect(refused.status == .forbidden)

                // The advisor's queue; Jonas may not see it.
                #expect(try await client.api(.get, "/api/v1/health/break-glass", token: jonas).status == .forbidden)
                let pieter = try await client.token(for: "pieter")
                let queue = try (try await client.api(.get, "/api/v1/health/break-glass", token: pieter)).jsonObject()
                let items = try #require(queue["items"] as? [[String: Any]])
                #expect(items.count == 1)
                #expect(items.first?["patientName"] == nil, "the advisor is not on this restricted record's care team")
                let reviewed = try await client.api(
                    .post, "/api/v1/health/break-glass/\(openingID)/review", token: pieter,
                    json: #"{"note":"Justified: emergency."}"#)
                #expect(reviewed.status == .ok, "\(reviewed.text)")
                #expect(
                    try await client.api(
                        .post, "/api/v1/health/break-glass/\(openingID)/review", token: pieter, json: #"{"note":"x"}"#
                    ).status == .conflict)
                let after = try (try await client.api(.get, "/api/v1/health/break-glass", token: pieter)).jsonObject()
                #expect((after["items"] as? [Any])?.isEmpty == true)

                // When the opening expires, the record closes again by itself.
                try await installation.chancery.database.transaction { db in
                    try await db.raw("UPDATE object_acl SET expires_at = 1 WHERE expires_at IS NOT NULL").run()
                }
                #expect(try await client.api(.get, "/api/v1/health/patients/\(id)", token: jonas).status == .notFound)
                let closed = try (try await client.api(.get, "/api/v1/health/patients?withTotal=true", token: jonas))
                    .jsonObject()
                #expect(closed["total"] as? Int == 0)
            }
        }
    }

    @Test("review findings: kept versions are append-only in SQL; clerks opening one person at once get linked records")
    func hardening() async throws {
        try await withInstallation { installation in
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            let patient = try await installation.patient("Weber", "Lena", staffNumber: "S-9001", by: marta)
            let lab = try await installation.labResult(on: patient.object.id, by: marta)
            for statement: SQLQueryString in [
                "UPDATE health_entry_versions SET reason = 'x' WHERE entry_id = \(bind: lab.object.id)",
                "DELETE FROM health_entry_versions WHERE entry_id = \(bind: lab.object.id)",
            ] {
                await #expect(throws: (any Error).self) {
                    try await installation.chancery.database.transaction { db in try await db.raw(statement).run() }
                }
            }
            let kept = try await installation.chancery.health.entry(lab.object.id, of: patient.object.id, by: marta)
            #expect(kept?.1.count == 1)

            let details = Patient.Details(
                familyName: "Twin", givenNames: "Same", dateOfBirth: "1991-01-01", sex: "male", nationality: "BEL",
                restricted: false)
            let results = await withTaskGroup(of: String?.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        try? await installation.chancery.health.createPatient(
                            details, label: nil, careTeam: [], by: marta
                        ).object.id
                    }
                }
                return await group.reduce(into: [String?]()) { $0.append($1) }
            }
            // Every clerk gets their record (no error, no 500), and every record but the first waits for the
            // advisor, linked to the first: never two unlinked records of one person.
            let created = results.compactMap { $0 }
            #expect(created.count == 4)
            let advisor = try await installation.user("pieter", HealthUser.advisor).principal
            let queue = try await installation.chancery.health.suspectedDuplicates(all: false, limit: 10, by: advisor)
            #expect(queue.count == 3)
            let existing = Set(queue.map(\.existingID))
            #expect(existing.count == 1)
            #expect(existing.union(queue.map(\.patientID)) == Set(created))
        }
    }

    @Test("the break-glass page asks only clinicians, so a staff number's answer tells nobody else who has a record")
    func breakGlassPageOracle() async throws {
        try await withInstallation { installation in
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            try await installation.patient("Weber", "Lena", staffNumber: "S-9001", by: marta)
            try await installation.user("nina", HealthUser.uncategorised)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("nina")
                let csrf = try await client.sessionCSRF(session)
                var answers: [String] = []
                for number in ["S-9001", "S-0000"] {
                    let response = try await client.postForm(
                        "/health/break-glass/open", ["_csrf": csrf, "patient": number, "reason": "curious"],
                        headers: session.headers())
                    #expect(response.status == .forbidden)
                    #expect(!response.text.contains(#"id="break-glass-form""#))
                    answers.append(response.text.element(id: "error-detail") ?? "")
                }
                #expect(answers[0] == answers[1])
            }
        }
    }
}
