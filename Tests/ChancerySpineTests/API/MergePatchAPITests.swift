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

/// Every PATCH is a JSON Merge Patch (RFC 7396): keys not sent are kept, `null` removes one, objects merge
/// member by member; `If-Match` still guards every change.
@Suite("JSON Merge Patch")
struct MergePatchAPITests {
    static let mergePatch: HTTPFields = [.contentType: "application/merge-patch+json"]

    static func headers(_ version: Int, _ extra: HTTPFields = mergePatch) -> HTTPFields {
        var headers = extra
        headers[.ifMatch] = "\"v\(version)\""
        return headers
    }

    @Test("a record's metadata keeps the keys a patch does not mention; null removes one; the label merges")
    func recordMetadata() async throws {
        try await withInstallation { installation in
            // setup: a record with three metadata keys and a label with releasability and a marking
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("reader", MockUser.visitor)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let label = #"{"classification":"NR","releasableTo":["BEL","FRA"],"informative":["EXERCISE"]}"#
                let created = try await client.api(
                    .post, "/api/v1/records", token: token,
                    json: recordBody(
                        "Convoy plan", label: label,
                        extra: #","originator":"SHAPE","metadata":{"case_ref":"C-1","file":"F-7","owner":"J4"}"#))
                #expect(created.status == .created, "\(created.text)")
                let id = try #require(try created.jsonObject()["id"] as? String)
                let path = "/api/v1/records/\(id)"
                func metadata() async throws -> [String: String]? {
                    try (try await client.api(.get, path, token: token)).jsonObject()["metadata"] as? [String: String]
                }

                // exercise: one key changed, one added, one removed, the others not mentioned
                let patched = try await client.api(
                    .patch, path, token: token, json: #"{"metadata":{"file":"F-8","topic":"fuel","owner":null}}"#,
                    headers: Self.headers(1))

                // validate
                #expect(patched.status == .ok, "\(patched.text)")
                #expect(patched.headers[.eTag] == "\"v2\"")
                #expect(try await metadata() == ["case_ref": "C-1", "file": "F-8", "topic": "fuel"])

                // application/json is the same merge patch
                let plain = try await client.api(
                    .patch, path, token: token, json: #"{"metadata":{"case_ref":"C-2"},"originator":null}"#,
                    headers: Self.headers(2, [:]))
                #expect(plain.status == .ok, "\(plain.text)")
                #expect(try await metadata() == ["case_ref": "C-2", "file": "F-8", "topic": "fuel"])
                #expect(try plain.jsonObject()["originator"] == nil)

                // the label merges too: raising the classification keeps the releasability and the marking
                let raised = try await client.api(
                    .patch, path, token: token, json: #"{"label":{"classification":"NC"}}"#, headers: Self.headers(3))
                #expect(raised.status == .ok, "\(raised.text)")
                let raisedLabel = try #require(try raised.jsonObject()["label"] as? [String: Any])
                #expect(raisedLabel["classification"] as? String == "NATO CONFIDENTIAL")
                #expect(raisedLabel["releasableTo"] as? [String] == ["BEL", "FRA"])
                #expect(raisedLabel["informative"] as? [String] == ["EXERCISE"])

                // a required field cannot be removed; other media types are refused; nothing changes
                try await client.api(.patch, path, token: token, json: #"{"title":null}"#, headers: Self.headers(4))
                    .problem(.badRequest, type: "missing-field")
                try await client.api(
                    .patch, path, token: token, json: #"{"title":"x"}"#,
                    headers: Self.headers(4, [.contentType: "text/plain"])
                ).problem(.unsupportedMediaType, type: "unsupported-media-type")
                try await client.api(.patch, path, token: token, json: #"["title"]"#, headers: Self.headers(4))
                    .problem(.badRequest, type: "invalid-json")
                try await client.api(
                    .patch, path, token: token, json: #"{"metadata":{"file":null},"state":"closed"}"#,
                    headers: Self.headers(4)
                )
                .problem(.badRequest, type: "unknown-field")

                // If-Match still guards: missing, stale
                #expect(
                    try await client.api(.patch, path, token: token, json: #"{"metadata":{"file":null}}"#).status.code
                        == 428)
                try await client.api(
                    .patch, path, token: token, json: #"{"metadata":{"file":null}}"#, headers: Self.headers(3)
                )
                .problem(.preconditionFailed, type: "stale-version")

                // someone who may not write it changes nothing
                let reader = try await client.token(for: "reader")
                let denied = try await client.api(
                    .patch, path, token: reader, json: #"{"metadata":{"file":null}}"#, headers: Self.headers(4))
                #expect(denied.status == .notFound || denied.status == .forbidden)
                let after = try await client.api(.get, path, token: token)
                #expect(after.headers[.eTag] == "\"v4\"")
                #expect(try await metadata() == ["case_ref": "C-2", "file": "F-8", "topic": "fuel"])
            }
        }
    }

    @Test("a note's label merges: raising it keeps its informative markings")
    func noteLabel() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let created = try await client.api(
                    .post, "/api/v1/objects", token: token,
                    json: noteBody(
                        "Exercise log",
                        label: #"{"classification":"NR","releasableTo":["NATO"],"informative":["EXERCISE"]}"#))
                #expect(created.status == .created, "\(created.text)")
                let id = try #require(try created.jsonObject()["id"] as? String)
                let raised = try await client.api(
                    .patch, "/api/v1/objects/\(id)", token: token, json: #"{"label":{"classification":"NC"}}"#,
                    headers: Self.headers(1))
                #expect(raised.status == .ok, "\(raised.text)")
                let label = try #require(try raised.jsonObject()["label"] as? [String: Any])
                #expect(label["classification"] as? String == "NATO CONFIDENTIAL")
                #expect(label["informative"] as? [String] == ["EXERCISE"])
                #expect(try raised.jsonObject()["title"] as? String == "Exercise log")
            }
        }
    }

    @Test("a patient's emergency contact merges; null clears a detail; names cannot be removed")
    func patientDetails() async throws {
        try await withInstallation { installation in
            try await installation.user("marta", HealthUser.clerk)
            try await installation.user("nina", HealthUser.uncategorised)
            try await installation.app.test(.router) { client in
                let marta = try await client.token(for: "marta")
                let created = try await client.api(
                    .post, "/api/v1/health/patients", token: marta, json: HealthUser.newPatient)
                #expect(created.status == .created, "\(created.text)")
                let id = try #require(try created.jsonObject()["id"] as? String)
                let path = "/api/v1/health/patients/\(id)"

                let patched = try await client.api(
                    .patch, path, token: marta,
                    json: #"{"emergencyContact":{"phone":"+32 470 99 99 99"},"phone":null}"#,
                    headers: Self.headers(1))
                #expect(patched.status == .ok, "\(patched.text)")
                let patient = try patched.jsonObject()
                let contact = try #require(patient["emergencyContact"] as? [String: Any])
                #expect(contact["name"] as? String == "Paul Dupont")
                #expect(contact["phone"] as? String == "+32 470 99 99 99")
                #expect(patient["phone"] == nil)
                #expect(patient["insurer"] as? String == "Cigna International")

                try await client.api(
                    .patch, path, token: marta, json: #"{"familyName":null}"#, headers: Self.headers(2)
                )
                .problem(.badRequest, type: "missing-field")
                try await client.api(
                    .patch, path, token: marta, json: #"{"restricted":true}"#, headers: Self.headers(2)
                )
                .problem(.badRequest, type: "unknown-field")
                // a principal not briefed for MEDICAL changes nothing
                let nina = try await client.token(for: "nina")
                let denied = try await client.api(
                    .patch, path, token: nina, json: #"{"phone":"1"}"#, headers: Self.headers(2))
                #expect(denied.status == .notFound)
                let after = try await client.api(.get, path, token: marta)
                #expect(after.headers[.eTag] == "\"v2\"")
            }
        }
    }

    @Test("a reference series field cannot be removed with null")
    func seriesNull() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "sylvie")
                let path = "/api/v1/reference-series/IMSM"
                try await client.api(.patch, path, token: token, json: #"{"title":null}"#, headers: Self.headers(1))
                    .problem(.badRequest, type: "missing-field")
                let renamed = try await client.api(
                    .patch, path, token: token, json: #"{"title":"IMS memoranda"}"#, headers: Self.headers(1))
                #expect(renamed.status == .ok, "\(renamed.text)")
                #expect(try renamed.jsonObject()["template"] as? String == "IMSM-{seq:4}-{year}")
            }
        }
    }
}
