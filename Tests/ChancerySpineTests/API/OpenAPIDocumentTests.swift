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

/// `GET /api/v1/openapi.json` describes the API that `buildRouter` actually serves.
@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    /// The operations of the document, as "METHOD /path".
    static func documented(_ document: [String: Any]) throws -> Set<String> {
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]
        return Set(
            paths.flatMap { path, item in
                item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" }
            })
    }

    /// The API operations the router has registered (under /api/), as "METHOD /path" with parameters written as
    /// the document writes them.
    static func routed(_ router: Router<AppRequestContext>) -> Set<String> {
        Set(
            router.routes.map { (method: $0.method.rawValue, path: normalised($0.path.description)) }
                .filter { $0.path.hasPrefix("/api/") }
                .map { "\($0.method) \($0.path)" })
    }

    /// A path template with each parameter written `{name}`, whether it came as `:name` or `{name}`.
    static func normalised(_ path: String) -> String {
        "/"
            + path.split(separator: "/").map { segment in
                segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment)
            }.joined(separator: "/")
    }

    /// What differs between the router's API operations and the document's, each sorted: routes the document does
    /// not describe, and documented operations no route answers. A method differs as one of each.
    static func differences(router: Router<AppRequestContext>, document: [String: Any]) throws -> (
        undocumented: [String], unrouted: [String]
    ) {
        let routed = routed(router)
        let documented = try documented(document)
        return (routed.subtracting(documented).sorted(), documented.subtracting(routed).sorted())
    }

    /// The served document of the executable's offices, parsed (installing them, as `Chancery.open` does).
    static func document() throws -> [String: Any] {
        InstalledOffices.install(OfficeList.all)
        return try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
    }

    @Test("the document is OpenAPI 3.1 JSON, served without a token")
    func servedWithoutToken() async throws {
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
                #expect(try Self.documented(document) == Self.documented(Self.document()))
            }
        }
    }

    @Test("the router's API routes and the document's operations are the same, both ways, with the same methods")
    func routesAndDocumentAgree() async throws {
        try await withInstallation { installation in
            // setup
            let router = buildRouter(installation.chancery)

            // exercise
            let differences = try Self.differences(router: router, document: Self.document())

            // validate
            #expect(differences.undocumented.isEmpty, "routed but not in the document: \(differences.undocumented)")
            #expect(differences.unrouted.isEmpty, "in the document but not routed: \(differences.unrouted)")
            #expect(Self.routed(router).count > 100, "the router's API routes were not found")
        }
    }

    @Test("the comparison catches a route the document lacks, an operation no route answers, and a method of either")
    func comparisonCatchesDifferences() async throws {
        try await withInstallation { installation in
            // setup: the real router and document, each with what the other lacks
            let router = buildRouter(installation.chancery)
            router.get("/api/v1/undocumented") { _, _ in "" }
            router.patch("/api/v1/me") { _, _ in "" }
            var document = try Self.document()
            var paths = try #require(document["paths"] as? [String: Any])
            paths["/api/v1/nowhere/{id}"] = ["get": ["responses": [:] as [String: Any]]]
            var search = try #require(paths["/api/v1/search"] as? [String: Any])
            search["delete"] = ["responses": [:] as [String: Any]]
            paths["/api/v1/search"] = search
            document["paths"] = paths

            // exercise
            let differences = try Self.differences(router: router, document: document)

            // validate
            #expect(differences.undocumented == ["GET /api/v1/undocumented", "PATCH /api/v1/me"])
            #expect(differences.unrouted == ["DELETE /api/v1/search", "GET /api/v1/nowhere/{id}"])
        }
    }

    @Test("a router parameter written :name compares equal to the document's {name}")
    func pathTemplatesNormalised() {
        #expect(
            Self.normalised("/api/v1/records/:id/attachments/:attachmentId")
                == "/api/v1/records/{id}/attachments/{attachmentId}")
        #expect(Self.normalised("/api/v1/records/{id}") == "/api/v1/records/{id}")
        #expect(Self.normalised("api/v1/me") == "/api/v1/me")
    }

    @Test("every upload and download lists exactly the file types the server accepts (FileType.allCases)")
    func fileTypesAreTheCodes() throws {
        // setup
        let accepted = FileType.allCases.map(\.rawValue)
        var binaryContents: [[String: Any]] = []
        var fileEncodings: [String] = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                // (The searchable PDF's download answers a PDF only: it is not a file of any accepted type.)
                if let content = object["content"] as? [String: Any], content.keys.contains(FileType.pdf.rawValue),
                    content.count > 1
                {
                    binaryContents.append(content)
                }
                if let encoding = object["encoding"] as? [String: Any],
                    let file = encoding["file"] as? [String: Any], let types = file["contentType"] as? String
                {
                    fileEncodings.append(types)
                }
                object.values.forEach(collect)
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }

        // exercise
        collect(try Self.document())

        // validate: the record and entry uploads and downloads, and the multipart registration's files
        #expect(binaryContents.count == 4)
        for content in binaryContents {
            #expect(Set(content.keys) == Set(accepted))
            for type in accepted {
                let schema = (content[type] as? [String: Any])?["schema"] as? [String: String]
                #expect(schema == ["type": "string", "format": "binary"], "\(type)")
            }
        }
        #expect(fileEncodings == [accepted.joined(separator: ", ")])
    }

    @Test("every documented operation answers (no documented route is missing from the router)")
    func everyDocumentedOperationAnswers() async throws {
        let operations = try Self.documented(Self.document())
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                let id = ObjectID.make(milliseconds: Clock.nowMilliseconds())
                for operation in operations {
                    let parts = operation.split(separator: " ")
                    let method = HTTPRequest.Method(String(parts[0]))!
                    let path = parts[1].replacingOccurrences(of: "{id}", with: id).replacingOccurrences(
                        of: "{code}", with: "IMSM"
                    )
                    .replacingOccurrences(of: "{attachmentId}", with: id).replacingOccurrences(of: "{listId}", with: id)
                    .replacingOccurrences(of: "{copyId}", with: id).replacingOccurrences(of: "{holdId}", with: id)
                    .replacingOccurrences(of: "{queue}", with: "to-verify")
                    // without a token: 401 for protected operations, 400 for an empty sign-in, 200 for the document;
                    // a public object that does not exist (a vacancy) is its own 404, `object-not-found`
                    let response = try await client.execute(uri: path, method: method)
                    let answers: [HTTPResponse.Status] =
                        [.unauthorized, .badRequest, .ok] + (operation.contains(" /api/v1/public/") ? [.notFound] : [])
                    #expect(answers.contains(response.status), "\(operation): \(response.status)")
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
        let document = try Self.document()
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
