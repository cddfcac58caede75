import Foundation

/// Finds a key written twice in one object of a JSON text. JSON parsers keep one of the two silently, so a path
/// copied in a hand-kept OpenAPI file and not renamed would hide the first one.
package enum JSONRepeatedKey {
    /// The first repeated key, with a JSON pointer to the object holding it (`/paths`; empty for the top
    /// object). The text must already have parsed as JSON: this only walks its strings and brackets.
    package static func first(in data: Data) -> (object: String, key: String)? {
        struct Level {
            var isObject: Bool
            var pointer: String
            var keys: Set<String> = []
            var expectsKey: Bool
            var lastKey = ""
            var index = 0
        }
        let bytes = [UInt8](data)
        var levels: [Level] = []
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let start = position + 1
                position = start
                while bytes[position] != UInt8(ascii: "\"") {
                    position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard var level = levels.last, level.isObject, level.expectsKey else { break }
                let key = decoded(bytes[start..<position])
                if level.keys.contains(key) { return (level.pointer, key) }
                level.keys.insert(key)
                level.lastKey = key
                level.expectsKey = false
                levels[levels.count - 1] = level
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let name = levels.last.map { $0.isObject ? $0.lastKey : String($0.index) }
                let pointer = name.map { (levels.last?.pointer ?? "") + "/" + escaped($0) } ?? ""
                levels.append(Level(isObject: byte == UInt8(ascii: "{"), pointer: pointer, expectsKey: true))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                levels.removeLast()
            case UInt8(ascii: ","):
                if levels.last?.isObject == true {
                    levels[levels.count - 1].expectsKey = true
                } else if !levels.isEmpty {
                    levels[levels.count - 1].index += 1
                }
            default:
                break
            }
            position += 1
        }
        return nil
    }

    /// A key's text, its escapes (`\u0041`, `\/`) read so that two spellings of one key compare equal.
    private static func decoded(_ raw: ArraySlice<UInt8>) -> String {
        let text = String(decoding: raw, as: UTF8.self)
        guard raw.contains(UInt8(ascii: "\\")),
            let array = try? JSONSerialization.jsonObject(with: Data("[\"\(text)\"]".utf8)) as? [String],
            let key = array.first
        else { return text }
        return key
    }

    /// A key as a JSON pointer's reference token (RFC 6901): `~` as `~0`, `/` as `~1`.
    private static func escaped(_ key: String) -> String {
        key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
