import Foundation

extension OpenAPIDocument {
    /// Why the files of the document cannot make one document. Each case names the file at fault.
    package enum MergeError: Error, Equatable, CustomStringConvertible {
        /// The file is not JSON, or not a JSON object with the members of a fragment.
        case notParsable(fragment: String, reason: String)
        /// One object of the file has the same key twice, which a JSON parser would silently keep one of
        /// (`object` is a JSON pointer to it, `/paths` for a path written twice).
        case repeatedKey(fragment: String, object: String, key: String)
        /// A fragment holds a member besides `paths` and `components`, which the merge would drop.
        case unexpectedMember(fragment: String, member: String)
        /// Two files define the same path (`what` is `path /api/v1/…`) or component (`schema Record`…).
        case definedTwice(what: String, fragment: String, alreadyIn: String)

        package var description: String {
            switch self {
            case .notParsable(let fragment, let reason):
                "the fragment \(fragment) does not parse: \(reason)"
            case .repeatedKey(let fragment, let object, let key):
                "the fragment \(fragment) has the key \(key) twice in \(object.isEmpty ? "its top object" : object)"
            case .unexpectedMember(let fragment, let member):
                "the fragment \(fragment) holds \(member); a fragment holds only paths and components"
            case .definedTwice(let what, let fragment, let alreadyIn):
                "the fragment \(fragment) defines the \(what), already defined by \(alreadyIn)"
            }
        }
    }

    /// The head with the `paths` and `components` of each fragment added, as JSON with sorted keys. Throws a
    /// `MergeError` for a file that does not parse, a key written twice in one object, a fragment member that is
    /// neither `paths` nor `components`, and a path or component that two files define.
    package static func merge(_ head: OpenAPIFragment, fragments: [OpenAPIFragment]) throws -> String {
        var document = try parsed(head)
        var owners: [String: String] = [:]
        func own(_ what: String, by fragment: OpenAPIFragment) throws {
            if let owner = owners[what] {
                throw MergeError.definedTwice(what: what, fragment: fragment.name, alreadyIn: owner)
            }
            owners[what] = fragment.name
        }
        func paths(of object: [String: Any], in fragment: OpenAPIFragment) throws -> [String: Any] {
            guard let paths = (object["paths"] ?? [String: Any]()) as? [String: Any] else {
                throw MergeError.notParsable(fragment: fragment.name, reason: "paths is not an object")
            }
            return paths
        }
        func components(of object: [String: Any], in fragment: OpenAPIFragment) throws -> [String: [String: Any]] {
            guard let components = (object["components"] ?? [String: Any]()) as? [String: [String: Any]] else {
                throw MergeError.notParsable(
                    fragment: fragment.name, reason: "components is not an object of objects")
            }
            return components
        }

        var allPaths = try paths(of: document, in: head)
        var allComponents = try components(of: document, in: head)
        for path in allPaths.keys { try own("path \(path)", by: head) }
        for (section, entries) in allComponents {
            for name in entries.keys { try own("component \(section)/\(name)", by: head) }
        }
        for fragment in fragments {
            let object = try parsed(fragment)
            if let member = object.keys.sorted().first(where: { $0 != "paths" && $0 != "components" }) {
                throw MergeError.unexpectedMember(fragment: fragment.name, member: member)
            }
            for (path, item) in try paths(of: object, in: fragment).sorted(by: { $0.key < $1.key }) {
                try own("path \(path)", by: fragment)
                allPaths[path] = item
            }
            for (section, entries) in try components(of: object, in: fragment).sorted(by: { $0.key < $1.key }) {
                for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
                    try own("component \(section)/\(name)", by: fragment)
                    allComponents[section, default: [:]][name] = entry
                }
            }
        }
        document["paths"] = allPaths
        document["components"] = allComponents
        let data = try JSONSerialization.data(
            withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// A file's JSON object, refused when it does not parse or repeats a key in one object.
    private static func parsed(_ fragment: OpenAPIFragment) throws -> [String: Any] {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: fragment.data)
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw MergeError.notParsable(fragment: fragment.name, reason: reason)
        }
        guard let object = value as? [String: Any] else {
            throw MergeError.notParsable(fragment: fragment.name, reason: "it is not a JSON object")
        }
        if let repeated = JSONRepeatedKey.first(in: fragment.data) {
            throw MergeError.repeatedKey(fragment: fragment.name, object: repeated.object, key: repeated.key)
        }
        return object
    }
}
