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

/// Clinicians and appointment types kept through the API as the console keeps them (issue 17, item 13: nothing an
/// administrator needs may be console-only): merge patches at the version read, audited, refused to anyone else.
@Suite("Clinicians and appointment types through the API")
struct AppointmentReferenceAPITests {
    @Test(
        "a clerk edits and deactivates a clinician at the version read; stale, wrong and outsider edits change nothing")
    func clinicianPatch() async throws {
        try await withInstallation { installation in
            // setup
            let clinic = try await AppointmentClinic.open(installation)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let clinician = try await client.token(for: "martin")
                let unbriefed = try await client.token(for: "nina")
                let path = "/api/v1/health/clinicians/\(clinic.clinicianID)"
                let before = try await installation.auditEvents(action: "health.clinician.update").count

                // exercise
                let saved = try await client.api(
                    .patch, path, token: clerk, json: #"{"specialty":"Cardiologie","active":false}"#,
                    headers: [.ifMatch: "\"v1\"", .contentType: "application/merge-patch+json"])

                // validate
                #expect(saved.status == .ok, "\(saved.text)")
                #expect(saved.headers[.eTag] == "\"v2\"")
                let body = try JSONDecoder().decode([String: JSONValue].self, from: Data(saved.text.utf8))
                #expect(body["specialty"] == .string("Cardiologie") && body["active"] == .bool(false))
                #expect(body["location"] == .string("Building Z, room 12"), "what the patch leaves out is kept")
                #expect(
                    !(try await installation.chancery.appointments.clinicians(by: clinic.clerk)).contains {
                        $0.userID == clinic.clinicianID && $0.active
                    })
                let stale = try await client.api(
                    .patch, path, token: clerk, json: #"{"active":true}"#, headers: [.ifMatch: "\"v1\""])
                #expect(stale.status == .preconditionFailed)
                #expect(try await client.api(.patch, path, token: clerk, json: #"{"active":true}"#).status.code == 428)
                for bad in [#"{"specialty":""}"#, #"{"displayName":null}"#, #"{"colour":"red"}"#, #"{"active":"yes"}"#]
                {
                    let refused = try await client.api(
                        .patch, path, token: clerk, json: bad, headers: [.ifMatch: "\"v2\""])
                    #expect(refused.status == .badRequest, "\(bad): \(refused.text)")
                    #expect(refused.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                }
                for outsider in [clinician, unbriefed] {
                    let refused = try await client.api(
                        .patch, path, token: outsider, json: #"{"active":true}"#, headers: [.ifMatch: "\"v2\""])
                    #expect(refused.status == .forbidden, "\(refused.text)")
                }
                let unknown = try await client.api(
                    .patch, "/api/v1/health/clinicians/\(ObjectID.make(milliseconds: Clock.nowMilliseconds()))",
                    token: clerk,
                    json: #"{"active":true}"#, headers: [.ifMatch: "\"v1\""])
                #expect(unknown.status == .notFound)
                let events = try await installation.auditEvents(action: "health.clinician.update")
                #expect(events.count == before + 1, "one change, one event; refusals write none")
                #expect(events.last?.details["fields"] == "specialty,active")
                let shown = try await client.api(.get, path, token: clerk)
                #expect(shown.text.contains(#""specialty":"Cardiologie""#), "nothing refused was written")
            }
        }
    }

    @Test("appointment types: add, read with its ETag, edit and retire; a duplicate or bad field is refused")
    func typeLifecycle() async throws {
        try await withInstallation { installation in
            // setup
            _ = try await AppointmentClinic.open(installation)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let clinician = try await client.token(for: "martin")
                let create =
                    #"{"code":"vaccine","nameEn":"Vaccination","nameFr":"Vaccination","durationMinutes":15,"kind":"procedure"}"#

                // exercise
                let added = try await client.api(.post, "/api/v1/health/appointment-types", token: clerk, json: create)

                // validate
                #expect(added.status == .created, "\(added.text)")
                #expect(added.headers[.location] == "/api/v1/health/appointment-types/vaccine")
                #expect(added.headers[.eTag] == "\"v1\"")
                #expect(added.text.contains(#""active":true"#))
                let duplicate = try await client.api(
                    .post, "/api/v1/health/appointment-types", token: clerk, json: create)
                #expect(duplicate.status == .conflict)
                let refusedByClinician = try await client.api(
                    .post, "/api/v1/health/appointment-types", token: clinician,
                    json: create.replacingOccurrences(of: "vaccine", with: "other"))
                #expect(refusedByClinician.status == .forbidden)
                for bad in [
                    create.replacingOccurrences(of: "vaccine", with: "Bad Code"),
                    create.replacingOccurrences(of: "vaccine", with: "short").replacingOccurrences(
                        of: "15", with: "2"),
                    create.replacingOccurrences(of: "vaccine", with: "odd").replacingOccurrences(
                        of: "procedure", with: "surgery"),
                ] {
                    let refused = try await client.api(
                        .post, "/api/v1/health/appointment-types", token: clerk, json: bad)
                    #expect(refused.status == .badRequest, "\(bad): \(refused.text)")
                }
                let path = "/api/v1/health/appointment-types/vaccine"
                let read = try await client.api(.get, path, token: clerk)
                #expect(read.status == .ok && read.headers[.eTag] == "\"v1\"")
                #expect(try await client.api(.get, path, token: clinician).status == .forbidden)
                #expect(
                    try await client.api(.get, "/api/v1/health/appointment-types/nothing", token: clerk).status
                        == .notFound)

                let edited = try await client.api(
                    .patch, path, token: clerk, json: #"{"durationMinutes":20,"active":false}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(edited.status == .ok, "\(edited.text)")
                #expect(edited.headers[.eTag] == "\"v2\"")
                #expect(edited.text.contains(#""durationMinutes":20"#) && edited.text.contains(#""active":false"#))
                let tooLong = try await client.api(
                    .patch, path, token: clerk, json: #"{"durationMinutes":600}"#, headers: [.ifMatch: "\"v2\""])
                #expect(tooLong.status == .badRequest)
                #expect(
                    try await installation.chancery.appointments.bookableTypes().allSatisfy { $0.code != "vaccine" },
                    "a retired type is not offered for booking")
                let list = try await client.api(.get, "/api/v1/health/appointment-types", token: clerk)
                #expect(list.text.contains(#""code":"vaccine""#), "the list still names it, as inactive")
                #expect(try await installation.auditEvents(action: "health.appointment-type.create").count == 1)
                #expect(try await installation.auditEvents(action: "health.appointment-type.update").count == 1)
            }
        }
    }
}
