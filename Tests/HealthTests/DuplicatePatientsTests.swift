import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// A record opened for a person already on file is kept as a suspected duplicate for the medical advisor, and the
/// answer to the clerk is the same whether a record exists, readable or not: no oracle.
@Suite("Suspected duplicate patients")
struct DuplicatePatientsTests {
    static func body(_ family: String, _ given: String, born: String, staffNumber: String? = nil) -> String {
        let number = staffNumber.map { #","staffNumber":"\#($0)""# } ?? ""
        return
            #"{"familyName":"\#(family)","givenNames":"\#(given)","dateOfBirth":"\#(born)","nationality":"BEL"\#(number)}"#
    }

    /// What the clerk can tell from an answer: its status, headers (but the values that name the new record) and
    /// the body's fields and values (but those of the new record itself).
    static func shape(_ response: TestResponse) throws -> String {
        let object = try response.jsonObject()
        let id = object["id"] as? String ?? ""
        let headers = response.headers.map { "\($0.name.canonicalName)" }.filter { $0 != "Date" }.sorted()
        let named = ["id", "name", "familyName", "givenNames", "dateOfBirth", "staffNumber", "createdAt", "updatedAt"]
        let stable = try JSONSerialization.data(
            withJSONObject: object.filter { !named.contains($0.key) }, options: [.sortedKeys])
        return "\(response.status.code) \(headers) \(String(decoding: stable, as: UTF8.self))"
            .replacingOccurrences(of: id, with: "ID")
    }

    @Test("the same person again is opened and answered like anyone new, readable or not; the advisor gets the pair")
    func noOracle() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", MockUser.clinician).principal
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            try await installation.user("pieter", HealthUser.advisor)
            try await installation.user("nina", HealthUser.uncategorised)
            // A restricted record Marta may not read, and an open one she may.
            let hidden = try await installation.patient(
                "Berg", "Anna", born: "1980-05-17", staffNumber: "S-500", restricted: true, by: claire)
            let open = try await installation.patient("Dupont", "Jeanne", born: "1984-03-02", by: marta)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "marta")
                // exercise: someone new, then the restricted person, then the open one, then the staff number alone
                let fresh = try await client.api(
                    .post, "/api/v1/health/patients", token: token, json: Self.body("Novak", "Ivan", born: "1970-01-01")
                )
                let sameAsHidden = try await client.api(
                    .post, "/api/v1/health/patients", token: token, json: Self.body("BERG", "anna", born: "1980-05-17"))
                let sameAsOpen = try await client.api(
                    .post, "/api/v1/health/patients", token: token,
                    json: Self.body("Dupont", "Jeanne", born: "1984-03-02"))
                let sameNumber = try await client.api(
                    .post, "/api/v1/health/patients", token: token,
                    json: Self.body("Other", "Person", born: "1990-01-01", staffNumber: "S-500"))

                // validate: four records, four answers alike, none naming another record
                for response in [fresh, sameAsHidden, sameAsOpen, sameNumber] {
                    #expect(response.status == .created, "\(response.text)")
                    #expect(try Self.shape(response) == (try Self.shape(fresh)))
                    #expect(!response.text.contains(hidden.object.id))
                    #expect(!response.text.contains(open.object.id))
                }
                let duplicateOfHidden = try #require(try sameAsHidden.jsonObject()["id"] as? String)
                let readBack = try await client.api(.get, "/api/v1/health/patients/\(duplicateOfHidden)", token: token)
                #expect(readBack.status == .ok)
                #expect(!readBack.text.contains(hidden.object.id))
                #expect(try readBack.jsonObject()["mergedInto"] == nil)

                // the clerk has no queue; the advisor has the three pairs, with each record only where readable
                try await client.api(.get, "/api/v1/health/duplicates", token: token).problem(
                    .forbidden, type: "role-required")
                let nina = try await client.token(for: "nina")
                try await client.api(.get, "/api/v1/health/duplicates", token: nina).problem(
                    .forbidden, type: "role-required")
                let pieter = try await client.token(for: "pieter")
                let queue = try await client.api(.get, "/api/v1/health/duplicates", token: pieter)
                #expect(queue.status == .ok, "\(queue.text)")
                let items = try #require(try queue.jsonObject()["items"] as? [[String: Any]])
                #expect(items.count == 3)
                let byDuplicate = Dictionary(
                    uniqueKeysWithValues: items.map { ($0["duplicateId"] as? String ?? "", $0) })
                let pair = try #require(byDuplicate[duplicateOfHidden])
                #expect(pair["existingId"] as? String == hidden.object.id)
                #expect(pair["matchedOn"] as? String == "identity")
                #expect(pair["existing"] == nil, "the advisor is not on the restricted record's care team")
                #expect((pair["duplicate"] as? [String: Any])?["name"] as? String == "BERG, anna")
                let byNumber = try #require(byDuplicate[try sameNumber.jsonObject()["id"] as? String ?? ""])
                #expect(byNumber["matchedOn"] as? String == "staff-number")
                #expect(byNumber["existingId"] as? String == hidden.object.id)
                // the suspicion is in the existing record's trail only, never in the clerk's new one
                #expect(
                    try await installation.auditActions(of: hidden.object.id).contains(
                        "health.patient.suspected-duplicate"))
                #expect(
                    !(try await installation.auditActions(of: duplicateOfHidden).contains(
                        "health.patient.suspected-duplicate")))
            }
        }
    }

    @Test("merging moves the duplicate's entries to the surviving record under its access, in one audited step")
    func merge() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", MockUser.clinician).principal
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            let pieter = try await installation.user("pieter", HealthUser.advisor).principal
            let survivor = try await installation.patient("Berg", "Anna", restricted: true, by: claire)
            let duplicate = try await installation.patient("Berg", "Anna", by: marta)
            let lab = try await installation.labResult(on: duplicate.object.id, by: marta)
            let health = installation.chancery.health
            let suspicion = try #require(try await health.suspectedDuplicates(all: false, limit: 10, by: pieter).first)
            #expect(suspicion.patientID == duplicate.object.id && suspicion.existingID == survivor.object.id)
            try await installation.app.test(.router) { client in
                let pieterToken = try await client.token(for: "pieter")
                let martaToken = try await client.token(for: "marta")
                // the clerk may not decide; the advisor merges
                try await client.api(
                    .post, "/api/v1/health/duplicates/\(suspicion.id)/merge", token: martaToken, json: #"{"note":"x"}"#
                ).problem(.forbidden, type: "role-required")
                let merged = try await client.api(
                    .post, "/api/v1/health/duplicates/\(suspicion.id)/merge", token: pieterToken,
                    json: #"{"note":"Same person: same name, date of birth and address."}"#)
                #expect(merged.status == .ok, "\(merged.text)")
                #expect(try merged.jsonObject()["resolution"] as? String == "merged")
                try await client.api(
                    .post, "/api/v1/health/duplicates/\(suspicion.id)/merge", token: pieterToken,
                    json: #"{"note":"again"}"#
                ).problem(.conflict, type: "duplicate-decided")

                // the entry is the survivor's now, under its restricted access: the clerk reads neither any more
                #expect(
                    try await client.api(.get, "/api/v1/health/patients/\(duplicate.object.id)", token: martaToken)
                        .status == .notFound)
                #expect(
                    try await client.api(
                        .get, "/api/v1/health/patients/\(survivor.object.id)/entries/\(lab.object.id)",
                        token: martaToken
                    ).status == .notFound)
                let claireToken = try await client.token(for: "claire")
                let entries = try
                    (try await client.api(
                        .get, "/api/v1/health/patients/\(survivor.object.id)/entries", token: claireToken)).jsonObject()
                #expect((entries["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [lab.object.id])
                // the merged record stays as history, naming the survivor, and takes no more writes
                let stub = try await client.api(
                    .get, "/api/v1/health/patients/\(duplicate.object.id)", token: claireToken)
                #expect(try stub.jsonObject()["mergedInto"] as? String == survivor.object.id)
                try await client.api(
                    .post, "/api/v1/health/patients/\(duplicate.object.id)/entries", token: claireToken,
                    json: #"{"type":"correspondence","summary":"x","date":"2026-11-20"}"#
                ).problem(.conflict, type: "patient-merged")
                let list = try
                    (try await client.api(.get, "/api/v1/health/patients?withTotal=true", token: claireToken))
                    .jsonObject()
                #expect(list["total"] as? Int == 1, "the merged record is not listed")
                let fhir = try
                    (try await client.api(
                        .get, "/api/v1/health/fhir/Patient/\(duplicate.object.id)", token: claireToken)).jsonObject()
                #expect(((fhir["link"] as? [[String: Any]])?.first?["type"]) as? String == "replaced-by")
                let queue = try (try await client.api(.get, "/api/v1/health/duplicates", token: pieterToken))
                    .jsonObject()
                #expect((queue["items"] as? [Any])?.isEmpty == true)
            }
            // validate: access never widened, one event in every trail concerned
            let moved = try await installation.chancery.database.read { db in
                try await db.raw("SELECT open_to_unit FROM objects WHERE id = \(bind: lab.object.id)").first()?
                    .decode(column: "open_to_unit", as: Int64.self)
            }
            #expect(moved == 0)
            for id in [survivor.object.id, duplicate.object.id, lab.object.id] {
                #expect(try await installation.auditActions(of: id).contains("health.patient.merge"), "\(id)")
            }
        }
    }

    @Test("nobody decides a suspicion about a record they opened; another advisor dismisses it and it stays dismissed")
    func dismissalAndFourEyes() async throws {
        try await withInstallation { installation in
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            let pieter = try await installation.user("pieter", HealthUser.advisor).principal
            try await installation.user("anna", SeparationOfDutiesTests.secondAdvisor)
            let first = try await installation.patient("Weber", "Lena", born: "1990-02-02", by: marta)
            let second = try await installation.patient("Weber", "Lena", born: "1990-02-02", by: pieter)
            let health = installation.chancery.health
            let suspicion = try #require(try await health.suspectedDuplicates(all: false, limit: 10, by: pieter).first)
            try await installation.app.test(.router) { client in
                let pieterToken = try await client.token(for: "pieter")
                for action in ["merge", "dismissal"] {
                    try await client.api(
                        .post, "/api/v1/health/duplicates/\(suspicion.id)/\(action)", token: pieterToken,
                        json: #"{"note":"mine"}"#
                    ).problem(.forbidden, type: "separation-of-duties")
                }
                #expect(
                    try await SeparationOfDutiesTests.separationDenials(of: first.object.id, in: installation) == [
                        pieter.id, pieter.id,
                    ])
                let queue = try (try await client.api(.get, "/api/v1/health/duplicates", token: pieterToken))
                    .jsonObject()
                let item = try #require((queue["items"] as? [[String: Any]])?.first)
                #expect(item["awaitingAnotherAdvisor"] as? Bool == true)
                #expect(item["resolution"] == nil)

                // the web: Pieter's queue says it waits; Anna dismisses it from hers, in French
                let pieterSession = try await client.signIn("pieter")
                let desk = try await client.execute(uri: "/health", method: .get, headers: pieterSession.headers())
                #expect(desk.text.element(id: "own-duplicates-waiting")?.contains("1 suspected duplicates") == true)
                let page = try await client.execute(
                    uri: "/health/duplicates", method: .get, headers: pieterSession.headers())
                #expect(
                    page.text.element(id: "awaiting-\(suspicion.id)")?.contains("Awaiting another medical advisor")
                        == true)
                let anna = try await client.signIn("anna", headers: [.acceptLanguage: "fr"])
                let french = try await client.execute(
                    uri: "/health/duplicates", method: .get, headers: anna.headers([.acceptLanguage: "fr"]))
                #expect(french.text.contains("Pas un doublon : deux personnes"))
                let annaDesk = try await client.execute(uri: "/health", method: .get, headers: anna.headers())
                #expect(annaDesk.text.element(id: "count-duplicates") == "1")
                let csrf = try await client.sessionCSRF(anna)
                let dismissed = try await client.postForm(
                    "/health/duplicates/\(suspicion.id)/dismissal",
                    ["_csrf": csrf, "note": "Jumelles : deux personnes."],
                    headers: anna.headers([.acceptLanguage: "fr"]))
                #expect(dismissed.status == .seeOther, "\(dismissed.text)")

                let all = try (try await client.api(.get, "/api/v1/health/duplicates?all=true", token: pieterToken))
                    .jsonObject()
                #expect((all["items"] as? [[String: Any]])?.first?["resolution"] as? String == "distinct")
                // a later change of either record's identity does not raise the dismissed pair again
                let patched = try await client.api(
                    .patch, "/api/v1/health/patients/\(second.object.id)", token: pieterToken,
                    json: #"{"familyName":"WEBER","phone":"+32 2 000 00 00"}"#, headers: [.ifMatch: "\"v1\""])
                #expect(patched.status == .ok, "\(patched.text)")
                #expect(try await health.suspectedDuplicates(all: false, limit: 10, by: pieter).isEmpty)
                #expect(try await installation.auditActions(of: first.object.id).contains("health.patient.distinct"))
            }
        }
    }

    @Test("a record changed to match another is saved and waits for the advisor, like a new one")
    func updateFlags() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", MockUser.clinician).principal
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            let pieter = try await installation.user("pieter", HealthUser.advisor).principal
            let hidden = try await installation.patient(
                "Berg", "Anna", born: "1980-05-17", restricted: true, by: claire)
            let mine = try await installation.patient("Bergh", "Anna", born: "1980-05-17", by: marta)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "marta")
                let patched = try await client.api(
                    .patch, "/api/v1/health/patients/\(mine.object.id)", token: token, json: #"{"familyName":"Berg"}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(patched.status == .ok, "a refusal would tell her the restricted record exists: \(patched.text)")
            }
            let queue = try await installation.chancery.health.suspectedDuplicates(all: false, limit: 10, by: pieter)
            #expect(queue.map(\.existingID) == [hidden.object.id])
            #expect(queue.map(\.patientID) == [mine.object.id])
        }
    }

    @Test("the migration keeps every patient and every reference to them, and lets the same identity be on two records")
    func migrationKeepsData() async throws {
        let directory = NSTemporaryDirectory() + "chancery-migration-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let scratch = try await TestInstallation.scratchDatabase()
        let logger = Logger(label: "migration-test")
        let database =
            if let scratch {
                try await Database.openPostgres(url: scratch.url + "?pool_max=2", logger: logger)
            } else {
                try await Database.openSQLite(path: directory + "/chancery.sqlite", logger: logger)
            }
        do {
            // setup: the schema before the migration, with a patient, an entry and a break-glass opening
            try await Migrator.before("FlagSuspectedDuplicatePatients").migrate(database, logger: logger)
            try await database.transaction { db in
                for (id, kind) in [("P1", "patient"), ("E1", "record-entry")] {
                    try await db.raw(
                        """
                        INSERT INTO objects (id, kind, title, classification, releasable, categories, label_json, owning_unit,
                            open_to_unit, state, version, created_by, created_at, updated_at)
                        VALUES (\(bind: id), \(bind: kind), 'x', 0, -1, 1, '{}', 'HEALTH', 1, 'active', 1, 'u', 1, 1)
                        """
                    ).run()
                }
                try await db.raw(
                    """
                    INSERT INTO health_patients (object_id, family_name, given_names, date_of_birth, sex, identity_key,
                        staff_number, nationality, restricted)
                    VALUES ('P1', 'Berg', 'Anna', '1980-05-17', 'female', 'berg|anna|1980-05-17', 'S-1', 'BEL', 0)
                    """
                ).run()
                try await db.raw("INSERT INTO health_patient_objects (object_id, patient_id) VALUES ('E1', 'P1')").run()
                try await db.raw(
                    """
                    INSERT INTO health_entries (object_id, patient_id, entry_type, entry_date, body, codes_json)
                    VALUES ('E1', 'P1', 'correspondence', '2026-01-01', 'x', '{}')
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO health_break_glass (id, patient_id, user_id, reason, opened_at, expires_at)
                    VALUES ('B1', 'P1', 'u', 'r', 1, 2)
                    """
                ).run()
            }

            // exercise
            let applied = try await Migrator.application.migrate(database, logger: logger)

            // validate
            #expect(applied.first == "FlagSuspectedDuplicatePatients")
            try await database.transaction { db in
                let name = try await db.raw("SELECT family_name FROM health_patients WHERE object_id = 'P1'").first()?
                    .decode(column: "family_name", as: String.self)
                #expect(name == "Berg")
                let entry = try await db.raw(
                    "SELECT p.family_name FROM health_entries e JOIN health_patients p ON p.object_id = e.patient_id"
                ).first()?.decode(column: "family_name", as: String.self)
                #expect(entry == "Berg")
                // the same identity and staff number on a second record are now allowed
                try await db.raw(
                    """
                    INSERT INTO objects (id, kind, title, classification, releasable, categories, label_json, owning_unit,
                        open_to_unit, state, version, created_by, created_at, updated_at)
                    VALUES ('P2', 'patient', 'x', 0, -1, 1, '{}', 'HEALTH', 1, 'active', 1, 'u', 1, 1)
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO health_patients (object_id, family_name, given_names, date_of_birth, sex, identity_key,
                        staff_number, nationality, restricted)
                    VALUES ('P2', 'Berg', 'Anna', '1980-05-17', 'female', 'berg|anna|1980-05-17', 'S-1', 'BEL', 0)
                    """
                ).run()
            }
            // references are still enforced: an entry of a patient that does not exist is refused
            await #expect(throws: (any Error).self) {
                try await database.transaction { db in
                    try await db.raw("INSERT INTO health_patient_objects (object_id, patient_id) VALUES ('P2', 'NOPE')")
                        .run()
                }
            }
        } catch {
            await database.close()
            await scratch?.drop()
            throw error
        }
        await database.close()
        await scratch?.drop()
    }
}
