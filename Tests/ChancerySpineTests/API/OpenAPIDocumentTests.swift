import ChanceryKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry
import ChanceryTestSupport

/// `GET /api/v1/openapi.json` describes the API that `buildRouter` actually serves.
@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    /// Every API operation, as `buildRouter` registers it. A new API route must be added here and to the document.
    static let operations: Set<String> = Set<String>([
        "POST /api/v1/auth/token", "DELETE /api/v1/auth/token", "GET /api/v1/me",
        "GET /api/v1/objects", "POST /api/v1/objects", "GET /api/v1/search",
        "GET /api/v1/objects/{id}", "PATCH /api/v1/objects/{id}", "GET /api/v1/objects/{id}/label.xml",
        "POST /api/v1/labels/check", "GET /api/v1/audit", "GET /api/v1/openapi.json",
        "GET /api/v1/reference-series", "POST /api/v1/reference-series", "GET /api/v1/reference-series/{code}",
        "PATCH /api/v1/reference-series/{code}",
        "GET /api/v1/records", "POST /api/v1/records", "GET /api/v1/records/{id}", "PATCH /api/v1/records/{id}",
        "GET /api/v1/records/{id}/label.xml", "GET /api/v1/records/{id}/history", "POST /api/v1/records/{id}/verification",
        "GET /api/v1/records/{id}/attachments", "POST /api/v1/records/{id}/attachments",
        "GET /api/v1/records/{id}/attachments/{attachmentId}",
        "GET /api/v1/distribution-lists", "POST /api/v1/distribution-lists", "GET /api/v1/distribution-lists/{listId}",
        "PUT /api/v1/distribution-lists/{listId}", "GET /api/v1/records/{id}/distributions",
        "POST /api/v1/records/{id}/distributions", "GET /api/v1/receipts", "POST /api/v1/receipts/{copyId}/acknowledgement",
        "GET /api/v1/records/{id}/acl", "PUT /api/v1/records/{id}/acl",
        "GET /api/v1/file-plan", "POST /api/v1/file-plan", "POST /api/v1/records/{id}/filing",
        "POST /api/v1/records/{id}/closure", "POST /api/v1/records/{id}/archiving", "POST /api/v1/records/{id}/downgrade",
        "POST /api/v1/records/{id}/disposition", "GET /api/v1/records/{id}/certificate", "GET /api/v1/records/{id}/holds",
        "POST /api/v1/records/{id}/holds", "POST /api/v1/holds/{holdId}/release", "GET /api/v1/registry/queues/{queue}",
        "GET /api/v1/key-material", "POST /api/v1/key-material", "POST /api/v1/key-material/{id}/updates",
        "GET /api/v1/registry/muster", "POST /api/v1/registry/distributions",
        // Health Office: patients, entries, break-glass
        "GET /api/v1/health/patients", "POST /api/v1/health/patients", "GET /api/v1/health/patients/{id}",
        "PATCH /api/v1/health/patients/{id}", "POST /api/v1/health/patients/{id}/break-glass", "GET /api/v1/health/break-glass",
        "POST /api/v1/health/break-glass/{openingId}/review", "GET /api/v1/health/duplicates",
        "POST /api/v1/health/duplicates/{suspicionId}/merge", "POST /api/v1/health/duplicates/{suspicionId}/dismissal",
        "GET /api/v1/health/patients/{id}/entries",
        "POST /api/v1/health/patients/{id}/entries", "GET /api/v1/health/patients/{id}/entries/{entryId}",
        "POST /api/v1/health/patients/{id}/entries/{entryId}/corrections",
        "POST /api/v1/health/patients/{id}/entries/{entryId}/revocation",
        "GET /api/v1/health/patients/{id}/entries/{entryId}/attachments",
        "POST /api/v1/health/patients/{id}/entries/{entryId}/attachments",
        "GET /api/v1/health/patients/{id}/entries/{entryId}/attachments/{attachmentId}",
    ]).union(appointmentOperations).union(healthReleases).union(auditsAndSupplies).union(fhirOperations)
        .union(accountOperations)

    /// Accounts, groups and the sign-in throttle's counters (administrators).
    static let accountOperations: Set<String> = [
        "GET /api/v1/users", "POST /api/v1/users", "GET /api/v1/users/{username}", "PATCH /api/v1/users/{username}",
        "PUT /api/v1/users/{username}/password", "DELETE /api/v1/users/{username}/sessions",
        "GET /api/v1/groups", "POST /api/v1/groups", "GET /api/v1/groups/{name}",
        "PUT /api/v1/groups/{name}/members/{username}", "DELETE /api/v1/groups/{name}/members/{username}",
        "GET /api/v1/admin/throttles", "DELETE /api/v1/admin/throttles/{id}",
    ]

    /// The Health Office's appointment operations.
    static let appointmentOperations: Set<String> = [
        "GET /api/v1/health/clinicians", "POST /api/v1/health/clinicians", "GET /api/v1/health/clinicians/{id}",
        "PUT /api/v1/health/clinicians/{id}/availability", "POST /api/v1/health/clinicians/{id}/exceptions",
        "GET /api/v1/health/clinicians/{id}/schedule", "GET /api/v1/health/appointment-types",
        "GET /api/v1/health/appointments", "POST /api/v1/health/appointments", "GET /api/v1/health/appointments/{id}",
        "PATCH /api/v1/health/appointments/{id}", "POST /api/v1/health/appointments/{id}/cancellation",
        "POST /api/v1/health/appointments/{id}/no-show", "POST /api/v1/health/appointments/{id}/completion",
        "GET /api/v1/health/waitlist", "POST /api/v1/health/waitlist", "GET /api/v1/health/to-book",
        "GET /api/v1/health/reminders", "POST /api/v1/health/calendar-feed", "DELETE /api/v1/health/calendar-feed",
    ]

    /// Referrals, POD requests, releases and disclosures.
    static let healthReleases: Set<String> = [
        "GET /api/v1/health/referrals", "POST /api/v1/health/referrals", "GET /api/v1/health/referrals/{id}",
        "POST /api/v1/health/referrals/{id}/sent", "POST /api/v1/health/referrals/{id}/reply",
        "POST /api/v1/health/referrals/{id}/closure", "POST /api/v1/health/referrals/{id}/cancellation",
        "GET /api/v1/health/pod-requests", "POST /api/v1/health/pod-requests", "GET /api/v1/health/pod-requests/{id}",
        "POST /api/v1/health/pod-requests/{id}/answer", "POST /api/v1/health/pod-requests/{id}/closure",
        "GET /api/v1/health/releases", "POST /api/v1/health/releases", "GET /api/v1/health/releases/{id}",
        "POST /api/v1/health/releases/{id}/approval", "POST /api/v1/health/releases/{id}/release",
        "GET /api/v1/health/releases/{id}/package", "GET /api/v1/health/patients/{id}/disclosures",
    ]

    /// Record QA audits and medical supplies.
    static let auditsAndSupplies: Set<String> = [
        "GET /api/v1/health/audits", "POST /api/v1/health/audits", "GET /api/v1/health/audits/{id}",
        "PUT /api/v1/health/audits/{id}/items/{patientId}", "POST /api/v1/health/audits/{id}/closure",
        "GET /api/v1/health/supplies", "POST /api/v1/health/supplies", "GET /api/v1/health/supplies/reorder",
        "GET /api/v1/health/supplies/expiring", "GET /api/v1/health/supplies/{id}",
        "POST /api/v1/health/supplies/{id}/lots", "POST /api/v1/health/supplies/{id}/movements",
    ]

    /// The Health Office's FHIR export operations.
    static let fhirOperations: Set<String> = [
        "GET /api/v1/health/fhir/Patient", "GET /api/v1/health/fhir/Patient/{id}",
        "GET /api/v1/health/fhir/Patient/{id}/$everything", "GET /api/v1/health/fhir/Practitioner/{id}",
        "GET /api/v1/health/fhir/Observation/{id}", "GET /api/v1/health/fhir/DocumentReference/{id}",
        "GET /api/v1/health/fhir/Consent/{id}", "GET /api/v1/health/fhir/Appointment/{id}",
        "GET /api/v1/health/fhir/Schedule/{id}", "GET /api/v1/health/fhir/Slot/{id}",
        "GET /api/v1/health/fhir/ServiceRequest/{id}", "GET /api/v1/health/fhir/AuditEvent/{id}",
    ]

    /// The operations of the document, as "METHOD /path".
    static func documented(_ document: [String: Any]) throws -> Set<String> {
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options"]
        return Set(
            paths.flatMap { path, item in
                item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" }
            })
    }

    @Test("the document is OpenAPI 3.1 JSON, served without a token, describing every API route")
    func describesEveryRoute() async throws {
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                // exercise
                let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)

                // validate
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                let document = try response.jsonObject()
                let version = try #require(document["openapi"] as? String)
                #expect(version.hasPrefix("3.1."))
                let info = try #require(document["info"] as? [String: Any])
                #expect(info["title"] as? String == "Chancery API")
                #expect(try Self.documented(document) == Self.operations)
            }
            // and the list above is what the router really has under /api/
            let registered = Set(
                buildRouter(installation.chancery).routes
                    .filter { $0.path.description.hasPrefix("/api/") }
                    .map { "\($0.method.rawValue) \($0.path.description)" })
            #expect(registered == Self.operations)
        }
    }

    @Test("every documented operation answers (no documented route is missing from the router)")
    func everyDocumentedOperationAnswers() async throws {
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let operations = try Self.documented(document)
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                let id = ObjectID.make(milliseconds: Clock.nowMilliseconds())
                for operation in operations {
                    let parts = operation.split(separator: " ")
                    let method = HTTPRequest.Method(String(parts[0]))!
                    let path = parts[1].replacingOccurrences(of: "{id}", with: id).replacingOccurrences(of: "{code}", with: "IMSM")
                        .replacingOccurrences(of: "{attachmentId}", with: id).replacingOccurrences(of: "{listId}", with: id)
                        .replacingOccurrences(of: "{copyId}", with: id).replacingOccurrences(of: "{holdId}", with: id)
                        .replacingOccurrences(of: "{queue}", with: "to-verify")
                    // without a token: 401 for protected operations, 400 for an empty sign-in, 200 for the document
                    let response = try await client.execute(uri: path, method: method)
                    #expect(
                        [.unauthorized, .badRequest, .ok].contains(response.status), "\(operation): \(response.status)")
                    if response.status != .ok {
                        #expect(
                            try response.decode(Problem.self).type != "urn:chancery:problem:not-found", "\(operation)")
                    }
                }
            }
        }
    }

    @Test("every $ref in the document points at a component that exists")
    func referencesResolve() throws {
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let components = try #require(document["components"] as? [String: [String: Any]])
        var references: [String] = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                if let ref = object["$ref"] as? String { references.append(ref) }
                object.values.forEach(collect)
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(document)
        #expect(!references.isEmpty)
        for reference in references {
            let parts = reference.split(separator: "/").map(String.init)
            #expect(parts.count == 4 && parts[0] == "#" && parts[1] == "components", "\(reference)")
            guard parts.count == 4 else { continue }
            #expect(components[parts[2]]?[parts[3]] != nil, "\(reference) does not resolve")
        }
    }
}
