import Foundation

/// The English and French text of one target, kept as data: the `.json` files of the target's `Strings` resource
/// folder, each an object of `"key": {"en": "…", "fr": "…"}`. Translators edit those files; the code names keys.
package enum StringCatalog {
    package typealias Table = [String: (en: String, fr: String)]

    /// A file that is not such an object, an entry without both languages, or a key that two files define.
    package struct Failure: Error, CustomStringConvertible, Equatable {
        package var description: String
    }

    /// The entries of one file, `name` saying where it comes from in an error.
    package static func parse(_ data: Data, name: String) throws -> Table {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(description: "\(name) is not a JSON object of strings")
        }
        var table: Table = [:]
        for (key, value) in object {
            guard let pair = value as? [String: Any], Set(pair.keys) == ["en", "fr"],
                let english = pair["en"] as? String, let french = pair["fr"] as? String
            else { throw Failure(description: "\(name): \(key) is not {\"en\": text, \"fr\": text}") }
            table[key] = (english, french)
        }
        return table
    }

    /// The entries of several files together; a key in two of them is an error that names both.
    package static func merge(_ files: [(name: String, table: Table)]) throws -> Table {
        var merged: Table = [:]
        var origin: [String: String] = [:]
        for file in files {
            for (key, pair) in file.table {
                if let first = origin[key] {
                    throw Failure(description: "\(key) is defined twice, in \(first) and in \(file.name)")
                }
                origin[key] = file.name
                merged[key] = pair
            }
        }
        return merged
    }

    /// The `Strings` folder of a target's resources, named `<target>/Strings/<file>` in errors. A missing folder or a
    /// broken file stops the process: it was built or installed without its resources, or a file was mistyped.
    package static func load(from bundle: Bundle, target: String) -> Table {
        guard let folder = bundle.url(forResource: "Strings", withExtension: nil),
            let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { fatalError("The Strings folder of \(target) is missing from its resources (\(bundle.bundlePath))") }
        do {
            let tables = try files.filter { $0.hasSuffix(".json") }.sorted().map { file in
                let name = "\(target)/Strings/\(file)"
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else {
                    throw Failure(description: "\(name) cannot be read")
                }
                return (name: name, table: try parse(data, name: name))
            }
            return try merge(tables)
        } catch {
            fatalError("The strings of \(target) do not load: \(error)")
        }
    }
}
