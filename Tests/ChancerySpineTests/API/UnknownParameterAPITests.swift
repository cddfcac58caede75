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

/// A query parameter an operation does not take is refused (400 unknown-parameter naming it), like an unknown
/// field of a JSON body, on every operation of the API: never silently ignored.
@Suite("Unknown query parameters")
struct UnknownParameterAPITests {
    /// An account that reaches every office's operations (so that none stops at a 403 before its parameters).
    static let everyRole = UserAttributes(
        displayName: "Eve Everything", clearance: .cosmicTopSecret, nationality: "BEL",
        categories: ["MEDICAL", "STAFF", "LEGAL", "RECRUITMENT", "INTEL"],
        roles: Set(InstalledOffices.officeRoles(of: OfficeList.all) + [.admin, .auditor]), units: ["IPS", "HEALTH"],
        groups: [])

    @Test("page_size on GET /api/v1/records is a 400 that names it, in English and French; limit works")
    func pageSizeRefused() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            try await installation.register("Minutes", series: "IMSM", by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")

                // exercise
                let refused = try await client.api(.get, "/api/v1/records?page_size=10", token: token)
                let french = try await client.api(
                    .get, "/api/v1/records?limit=5&page_size=10", token: token, headers: [.acceptLanguage: "fr"])
                let allowed = try await client.api(.get, "/api/v1/records?limit=5&withTotal=true", token: token)

                // validate
                let problem = try refused.problem(.badRequest, type: "unknown-parameter")
                #expect(problem.field == "page_size")
                #expect(problem.detail.contains("\"page_size\""))
                #expect(problem.detail.contains("cursor, limit, series, state, withTotal, year."), "\(problem.detail)")
                let frenchProblem = try french.problem(.badRequest, type: "unknown-parameter")
                #expect(french.headers[.contentLanguage] == "fr")
                #expect(frenchProblem.detail.contains("« page_size »"), "\(frenchProblem.detail)")
                #expect(allowed.status == .ok)
            }
        }
    }

    @Test("a refused parameter changes nothing: a creation with ?dryRun=true creates nothing")
    func refusedCreationCreatesNothing() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let before = try await installation.objectCount()

                // exercise
                let response = try await client.api(
                    .post, "/api/v1/objects?dryRun=true", token: token, json: noteBody("Note"))

                // validate
                #expect(try response.problem(.badRequest, type: "unknown-parameter").field == "dryRun")
                #expect(try await installation.objectCount() == before)
            }
        }
    }

    @Test("without a valid token the answer is 401 first: the parameters are no oracle; public operations check theirs")
    func authenticationFirst() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                // exercise
                let anonymous = try await client.api(.get, "/api/v1/records?page_size=10")
                let badToken = try await client.api(.get, "/api/v1/records?page_size=10", token: "not-a-token")
                let signIn = try await client.api(
                    .post, "/api/v1/auth/token?remember=true",
                    json: #"{"username":"clerk","password":"\#(MockUser.password)"}"#)
                let document = try await client.api(.get, "/api/v1/openapi.json?format=yaml")

                // validate
                try anonymous.problem(.unauthorized, type: "unauthenticated")
                try badToken.problem(.unauthorized, type: "unauthenticated")
                #expect(try signIn.problem(.badRequest, type: "unknown-parameter").field == "remember")
                let none = try document.problem(.badRequest, type: "unknown-parameter")
                #expect(none.detail.contains("takes no query parameter"), "\(none.detail)")
            }
        }
    }

    @Test("FHIR: _count works, _format (not implemented) is a 400 OperationOutcome naming it")
    func fhirParameters() async throws {
        try await withInstallation { installation in
            try await installation.user("doc", MockUser.clinician)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "doc")

                // exercise
                let counted = try await client.api(.get, "/api/v1/health/fhir/Patient?_count=5", token: token)
                let formatted = try await client.api(.get, "/api/v1/health/fhir/Patient?_format=json", token: token)
                let read = try await client.api(
                    .get, "/api/v1/health/fhir/Patient/abc?_elements=name", token: token,
                    headers: [.acceptLanguage: "fr"])

                // validate
                #expect(counted.status == .ok)
                for refused in [formatted, read] {
                    #expect(refused.status == .badRequest, "\(refused.text)")
                    #expect(refused.headers[.contentType] == FHIRController.contentType)
                    let outcome = try refused.jsonObject()
                    #expect(outcome["resourceType"] as? String == "OperationOutcome")
                    #expect(refused.text.contains("unknown-parameter"))
                }
                #expect(formatted.text.contains("_format"))
                #expect(read.text.contains("« _elements »"), "\(read.text)")
            }
        }
    }

    /// The operations of the document with their query parameters (resolving the shared ones).
    static func documentedOperations() throws -> [(method: String, path: String, query: [String])] {
        let document = try OpenAPIDocumentTests.document()
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let shared = try #require((document["components"] as? [String: Any])?["parameters"] as? [String: [String: Any]])
        func query(_ list: Any?) -> [String] {
            (list as? [[String: Any]] ?? []).compactMap { parameter in
                let resolved =
                    (parameter["$ref"] as? String).map { shared[String($0.split(separator: "/").last!)] ?? [:] }
                    ?? parameter
                return resolved["in"] as? String == "query" ? resolved["name"] as? String : nil
            }
        }
        return paths.flatMap { path, item in
            ["get", "put", "post", "delete", "patch"].compactMap { method -> (String, String, [String])? in
                guard let operation = item[method] as? [String: Any] else { return nil }
                return (method.uppercased(), path, query(item["parameters"]) + query(operation["parameters"]))
            }
        }.sorted { ($0.path, $0.method) < ($1.path, $1.method) }
    }

    @Test("every operation: each documented query parameter is taken, an undocumented one is refused")
    func everyOperation() async throws {
        let operations = try Self.documentedOperations()
        #expect(
            operations.contains { $0.path == "/api/v1/records" && $0.method == "GET" && $0.query.contains("withTotal") }
        )
        try await withInstallation { installation in
            // every API route is tried: the document's operations are the router's (OpenAPIDocumentTests)
            #expect(
                Set(operations.map { "\($0.method) \($0.path)" })
                    == OpenAPIDocumentTests.routed(buildRouter(installation.chancery)))
            try await installation.user("eve", Self.everyRole)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "eve")
                let id = ObjectID.make(milliseconds: Clock.nowMilliseconds())
                for operation in operations {
                    let method = HTTPRequest.Method(operation.method)!
                    let path = operation.path.replacingOccurrences(
                        of: #"\{[A-Za-z]+\}"#, with: id, options: .regularExpression
                    ).replacingOccurrences(of: "/registry/queues/\(id)", with: "/registry/queues/to-verify")

                    // exercise and validate: each documented parameter gets past the check
                    for name in operation.query {
                        let response = try await client.api(method, "\(path)?\(name)=1", token: token)
                        #expect(
                            !response.text.contains("unknown-parameter"),
                            "\(operation.method) \(operation.path) refuses its documented parameter \(name)")
                    }
                    // and an undocumented one does not
                    let refused = try await client.api(method, "\(path)?page_size=10", token: token)
                    #expect(refused.status == .badRequest, "\(operation.method) \(operation.path): \(refused.status)")
                    #expect(
                        refused.text.contains("unknown-parameter") && refused.text.contains("page_size"),
                        "\(operation.method) \(operation.path): \(refused.text)")
                    let fhir = operation.path.hasPrefix(FHIRController.pathPrefix)
                    #expect(
                        refused.headers[.contentType]
                            == (fhir ? FHIRController.contentType : "application/problem+json"),
                        "\(operation.method) \(operation.path)")
                }
                // the run's own token was never revoked by DELETE /api/v1/auth/token?page_size=10
                #expect(try await client.api(.get, "/api/v1/me", token: token).status == .ok)
            }
        }
    }

    @Test("every operation documents the 400 it may give")
    func everyOperationDocumentsItsRefusal() throws {
        let document = try OpenAPIDocumentTests.document()
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        for (path, item) in paths {
            for method in ["get", "put", "post", "delete", "patch"] {
                guard let operation = item[method] as? [String: Any] else { continue }
                let responses = try #require(operation["responses"] as? [String: Any])
                #expect(responses["400"] != nil, "\(method.uppercased()) \(path) does not document its 400")
            }
        }
    }
}
