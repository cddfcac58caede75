import Foundation

/// One file of the OpenAPI document: a JSON object with the `paths` it describes and the `components` they add
/// (the spine's head also holds `openapi`, `info`, `servers` and `security`).
package struct OpenAPIFragment: Sendable {
    /// Where it comes from, for an error message: `Health/OpenAPI/fhir.json`.
    package var name: String
    /// The file's bytes, JSON in UTF-8.
    package var data: Data

    package init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    package init(name: String, text: String) {
        self.init(name: name, data: Data(text.utf8))
    }

    /// The `.json` files of the `OpenAPI` folder of a target's resources, in file-name order, named
    /// `<target>/OpenAPI/<file>`. A target whose resources lack the folder, or a file that cannot be read, stops
    /// the process: it was built or installed without its resources.
    package static func files(in bundle: Bundle, target: String) -> [OpenAPIFragment] {
        guard let folder = bundle.url(forResource: "OpenAPI", withExtension: nil),
            let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else {
            fatalError("The OpenAPI folder of \(target) is missing from its resources (\(bundle.bundlePath))")
        }
        return files.filter { $0.hasSuffix(".json") }.sorted().map { file in
            let name = "\(target)/OpenAPI/\(file)"
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else {
                fatalError("The OpenAPI fragment \(name) cannot be read")
            }
            return OpenAPIFragment(name: name, data: data)
        }
    }
}
