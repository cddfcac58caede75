import ChanceryKit
import Foundation

/// The OpenAPI 3.1 description of the JSON API, served at `GET /api/v1/openapi.json`.
///
/// The document is data: JSON files kept by hand next to the code, as SwiftPM resources. The spine's
/// `OpenAPI/openapi.json` holds the document's head (info, security, the spine's paths and the shared components);
/// every other file of the spine's and of each office's `OpenAPI` folder is a fragment holding only `paths` and the
/// `components` they add (`Office.openAPIFragments`). `build(offices:)` merges them at start and refuses a fragment
/// that does not parse or a path or component defined twice. A test compares the router's API routes with the
/// document's operations both ways, the test script validates the document with `openapi-spec-validator`, and
/// `scripts/fuzz-api.sh` runs schemathesis against a live server to check that every answer (status, content type,
/// headers, body) is the one described here.
///
/// Conventions of the document:
/// - every request body is a closed object (`additionalProperties: false`): an unknown field is a 400
///   `unknown-field`; every response body is closed too, so that an undocumented field fails the fuzzing;
/// - every error an operation can give is listed with one of the shared responses (`#/components/responses`),
///   whose description names its problem types; an operation's own description says which of them it gives;
/// - a text that the server trims and refuses empty or with control characters (`FieldRules.text`) carries the
///   pattern `^[^\s\u0000-\u001F\u007F-\u009F\u2028\u2029][^\u0000-\u001F\u007F-\u009F\u2028\u2029]*$`
///   (a visible first character, no control character) and its maximum length; it is written out at each use
///   because a `$ref` with a sibling `maxLength` is not understood by every tool.
package enum OpenAPIDocument {
    /// The whole document: the spine's part with every office's paths and components merged in.
    package static var json: String { InstalledOffices.catalog.openAPI }

    /// The spine's files: the document's head (`openapi.json`) and its fragments (search, accounts).
    private static let spineFiles = OpenAPIFragment.files(in: .module, target: "ChancerySpine")

    /// The head of the document: `openapi`, `info`, `security`, the spine's own paths and the shared components.
    package static var head: OpenAPIFragment {
        guard let head = spineFiles.first(where: { $0.name.hasSuffix("/openapi.json") }) else {
            fatalError("ChancerySpine/OpenAPI/openapi.json is missing from the spine's resources")
        }
        return head
    }

    /// The spine's fragments besides the head.
    package static var spineFragments: [OpenAPIFragment] {
        spineFiles.filter { !$0.name.hasSuffix("/openapi.json") }
    }

    /// The document of the spine with these offices' fragments and their roles in the `Role` schema. A fragment that does not parse, or a path or
    /// component defined twice, stops the process at start with a sentence naming the file and the path.
    package static func build(offices: [any Office]) -> String {
        do {
            let merged = try merge(head, fragments: spineFragments + offices.flatMap(\.openAPIFragments))
            return withUnknownParameterRefusals(
                merged, offices: offices, roles: [.admin, .auditor] + InstalledOffices.officeRoles(of: offices))
        } catch {
            fatalError("The OpenAPI document cannot be built: \(error)")
        }
    }
}
