import ChanceryKit
import ChanceryTestSupport
import Foundation
import Hummingbird
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// The OpenAPI document is merged at start from JSON files: the spine's head and fragments, and each office's.
/// A file that does not parse, or a path or component that two files define, stops the merge with a sentence
/// naming the file and the path.
@Suite("OpenAPI document: merging the files")
struct OpenAPIMergeTests {
    /// Every file the installed document is made of, the spine's head first.
    static var files: [OpenAPIFragment] {
        [OpenAPIDocument.head] + OpenAPIDocument.spineFragments + OfficeList.all.flatMap(\.openAPIFragments)
    }

    /// The error `merge` throws for these fragments after the head, or nil when it merges them.
    static func refusal(_ fragments: [OpenAPIFragment]) -> OpenAPIDocument.MergeError? {
        do {
            _ = try OpenAPIDocument.merge(OpenAPIDocument.head, fragments: fragments)
            return nil
        } catch let error as OpenAPIDocument.MergeError {
            return error
        } catch {
            Issue.record("not a MergeError: \(error)")
            return nil
        }
    }

    /// A fragment holding one path with a GET.
    static func fragment(_ name: String, path: String) -> OpenAPIFragment {
        OpenAPIFragment(
            name: name,
            text: #"{ "paths": { "\#(path)": { "get": { "responses": { "204": { "description": "Nothing" } } } } } }"#)
    }

    @Test("the files are the spine's and each office's, and every path of every file is in the served document")
    func everyFileMerged() throws {
        // setup
        let names = Self.files.map(\.name)
        #expect(names.contains("ChancerySpine/OpenAPI/openapi.json"))
        #expect(names.contains("ChancerySpine/OpenAPI/search.json"))
        #expect(names.contains("Registry/OpenAPI/registry.json"))
        #expect(names.contains("Health/OpenAPI/fhir.json"))
        var filePaths: Set<String> = []
        for file in Self.files {
            let object = try #require(
                try JSONSerialization.jsonObject(with: file.data) as? [String: Any], "\(file.name)")
            let paths = try #require(object["paths"] as? [String: Any], "\(file.name)")
            #expect(filePaths.isDisjoint(with: paths.keys), "\(file.name)")
            filePaths.formUnion(paths.keys)
        }

        // exercise
        let document = try OpenAPIDocumentTests.document()

        // validate
        let documentPaths = try #require(document["paths"] as? [String: Any])
        #expect(Set(documentPaths.keys) == filePaths)
    }

    @Test("a fragment that does not parse is refused, naming the file")
    func unparsableRefused() throws {
        // exercise
        let refusal = Self.refusal([
            Self.fragment("Test/OpenAPI/good.json", path: "/api/v1/good"),
            OpenAPIFragment(name: "Test/OpenAPI/broken.json", text: #"{ "paths": { "/api/v1/broken": { "get": "#),
        ])

        // validate
        guard case .notParsable(let fragment, _) = refusal else {
            Issue.record("not refused as unparsable: \(String(describing: refusal))")
            return
        }
        #expect(fragment == "Test/OpenAPI/broken.json")
        #expect(refusal?.description.hasPrefix("the fragment Test/OpenAPI/broken.json does not parse") == true)
        // and JSON that is not an object, or whose paths are not an object
        #expect(
            Self.refusal([OpenAPIFragment(name: "Test/OpenAPI/list.json", text: "[]")])
                == .notParsable(fragment: "Test/OpenAPI/list.json", reason: "it is not a JSON object"))
        #expect(
            Self.refusal([OpenAPIFragment(name: "Test/OpenAPI/paths.json", text: #"{ "paths": [] }"#)])
                == .notParsable(fragment: "Test/OpenAPI/paths.json", reason: "paths is not an object"))
    }

    @Test("a path that two fragments define is refused, naming the path and both files")
    func pathDefinedTwiceRefused() throws {
        #expect(
            Self.refusal([
                Self.fragment("Test/OpenAPI/first.json", path: "/api/v1/twice"),
                Self.fragment("Test/OpenAPI/second.json", path: "/api/v1/twice"),
            ])
                == .definedTwice(
                    what: "path /api/v1/twice", fragment: "Test/OpenAPI/second.json",
                    alreadyIn: "Test/OpenAPI/first.json"))
        // a path of the spine's head
        #expect(
            Self.refusal([Self.fragment("Test/OpenAPI/me.json", path: "/api/v1/me")])
                == .definedTwice(
                    what: "path /api/v1/me", fragment: "Test/OpenAPI/me.json",
                    alreadyIn: "ChancerySpine/OpenAPI/openapi.json"))
        // an office's files merged twice
        let registry = RegistryOffice().openAPIFragments
        guard case .definedTwice(let what, let fragment, let alreadyIn) = Self.refusal(registry + registry) else {
            Issue.record("the Registry's files twice were merged")
            return
        }
        #expect(what.hasPrefix("path /api/v1/"))
        #expect(fragment == "Registry/OpenAPI/registry.json" && alreadyIn == "Registry/OpenAPI/registry.json")
    }

    @Test("a path written twice in one file is refused, though a JSON parser would keep one silently")
    func pathRepeatedInOneFileRefused() throws {
        // setup
        let text = #"""
            { "paths": {
                "/api/v1/copied": { "get": { "responses": { "204": { "description": "First" } } } },
                "/api/v1/other": {
                    "get": { "responses": { "204": { "description": "Other", "x-list": [{ "a": 1 }, { "a": 2 }] } } }
                },
                "/api/v1/copied": { "post": { "responses": { "204": { "description": "Second" } } } }
            } }
            """#

        // exercise and validate
        #expect(
            Self.refusal([OpenAPIFragment(name: "Test/OpenAPI/copied.json", text: text)])
                == .repeatedKey(fragment: "Test/OpenAPI/copied.json", object: "/paths", key: "/api/v1/copied"))
        // the same key in sibling objects, or escaped differently in one object
        let siblings = #"{ "a": { "k": 1 }, "b": { "k": 2 }, "c": [{ "k": 1 }, { "k": 2 }] }"#
        #expect(JSONRepeatedKey.first(in: Data(siblings.utf8)) == nil)
        let escaped = JSONRepeatedKey.first(in: Data(#"{ "x": [0, { "a/b": 1, "a\/b": 2 }] }"#.utf8))
        #expect(escaped?.object == "/x/1" && escaped?.key == "a/b")
    }

    @Test("a component that two files define is refused, naming it and both files")
    func componentDefinedTwiceRefused() throws {
        // setup: a schema the Registry's file defines
        let twin = OpenAPIFragment(
            name: "Test/OpenAPI/twin.json",
            text: #"{ "components": { "schemas": { "Record": { "type": "object" } } } }"#)

        // exercise and validate
        #expect(
            Self.refusal(RegistryOffice().openAPIFragments + [twin])
                == .definedTwice(
                    what: "component schemas/Record", fragment: "Test/OpenAPI/twin.json",
                    alreadyIn: "Registry/OpenAPI/registry.json"))
    }

    @Test("a fragment holding more than paths and components is refused (the merge would drop it)")
    func unexpectedMemberRefused() {
        #expect(
            Self.refusal([
                OpenAPIFragment(name: "Test/OpenAPI/info.json", text: #"{ "paths": {}, "info": { "title": "x" } }"#)
            ])
                == .unexpectedMember(fragment: "Test/OpenAPI/info.json", member: "info"))
    }

    @Test("at start, offices whose files define a path twice stop the process with a sentence naming file and path")
    func definedTwiceStopsTheStart() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = OpenAPIDocument.build(offices: [RegistryOffice(), RegistryOffice()])
        }
        let output = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(
            output.contains(
                "The OpenAPI document cannot be built: the fragment Registry/OpenAPI/registry.json defines the path /api/v1/"
            ),
            "\(output)")
    }

    @Test("at start, an office whose file does not parse stops the process with a sentence naming the file")
    func unparsableStopsTheStart() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = OpenAPIDocument.build(offices: [OfficeWithBrokenOpenAPI()])
        }
        let output = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(
            output.contains(
                "The OpenAPI document cannot be built: the fragment Broken/OpenAPI/broken.json does not parse"),
            "\(output)")
    }
}

/// An office whose only OpenAPI file is cut short.
struct OfficeWithBrokenOpenAPI: Office {
    let name = "broken"
    var roles: [Role] { [] }
    var migrations: [any Migration] { [] }
    var strings: [String: (en: String, fr: String)] { [:] }
    var templates: [(name: String, text: String)] { [] }
    var searchContributors: [any SearchContributor] { [] }
    var openAPIFragments: [OpenAPIFragment] {
        [OpenAPIFragment(name: "Broken/OpenAPI/broken.json", text: #"{ "paths": { "/api/v1/broken": "#)]
    }
    func addRoutes(
        api: RouterGroup<SignedInContext>, web: RouterGroup<SignedInContext>, open: Router<AppRequestContext>,
        chancery: Chancery
    ) {}
    func loadDemo(into chancery: Chancery, accounts: [String: Principal], scale: DemoData.Scale) async throws {}
}
