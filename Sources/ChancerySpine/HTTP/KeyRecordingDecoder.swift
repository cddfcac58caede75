import Foundation

/// Finds the fields of a JSON body that its type never read, so that a misspelt or unsupported field is
/// refused instead of silently ignored (`{"titel": …}` must not register a record without the title the
/// clerk thought they sent).
///
/// The body's type is decoded through a decoder that wraps `JSONDecoder`'s own and records the path of every
/// key the type asked for (`decode`, `decodeIfPresent`, `contains`, nested containers). Every key present in
/// the JSON must be among them. Types `JSONDecoder` treats specially (dates, data, URLs, decimals) are
/// decoded by it directly, so decoding behaves exactly as without the check.
package enum UnknownFields {
    /// Decodes `T` and returns the first field of `data` that `T` did not read, if any.
    package static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> (T, unknownField: String?) {
        let recorder = KeyRecorder()
        let decoder = JSONDecoder()
        decoder.userInfo[KeyRecorder.userInfoKey] = recorder
        let value = try decoder.decode(Recorded<T>.self, from: data).value
        guard let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return (value, nil)
        }
        return (value, firstUnread(json, path: "", recorder: recorder))
    }

    /// Depth-first, keys in sorted order so that the same body always names the same field.
    private static func firstUnread(_ json: Any, path: String, recorder: KeyRecorder) -> String? {
        if let object = json as? [String: Any] {
            for key in object.keys.sorted() {
                let keyPath = path.isEmpty ? key : "\(path).\(key)"
                guard recorder.paths.contains(keyPath) else { return keyPath }
                if let found = firstUnread(object[key]!, path: keyPath, recorder: recorder) { return found }
            }
        } else if let array = json as? [Any] {
            for (index, element) in array.enumerated() {
                if let found = firstUnread(element, path: "\(path)[\(index)]", recorder: recorder) { return found }
            }
        }
        return nil
    }

    /// `label.releasableTo[0]`: an array position is written `[n]`; a dictionary key that happens to be a
    /// number (`metadata.2026`) stays a name (its coding key has an integer value too, but its own text).
    package static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { key in
            key.intValue.flatMap { String($0) == key.stringValue ? nil : "[\($0)]" } ?? key.stringValue
        }
        .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }
}

/// The set of key paths read during one decoding. Used by one decoding on one task only.
package final class KeyRecorder: @unchecked Sendable {
    package static let userInfoKey = CodingUserInfoKey(rawValue: "chancery.keyRecorder")!
    package var paths: Set<String> = []

    package func record(_ codingPath: [any CodingKey], _ key: any CodingKey) {
        paths.insert(UnknownFields.path(codingPath + [key]))
    }
}

/// Decodes `T` through a recording decoder wrapped around the decoder `JSONDecoder` hands over.
private struct Recorded<T: Decodable>: Decodable {
    package var value: T

    package init(from decoder: any Decoder) throws {
        guard let recorder = decoder.userInfo[KeyRecorder.userInfoKey] as? KeyRecorder else {
            value = try T(from: decoder)
            return
        }
        value = try T(from: RecordingDecoder(base: decoder, recorder: recorder))
    }

    /// Types `JSONDecoder` decodes in its own way: leave them to it.
    package static var isSpecial: Bool {
        T.self is Date.Type || T.self is Data.Type || T.self is URL.Type || T.self is Decimal.Type
    }
}

private struct RecordingDecoder: Decoder {
    package let base: any Decoder
    package let recorder: KeyRecorder
    package var codingPath: [any CodingKey] { base.codingPath }
    package var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

    package func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RecordingKeyedContainer(base: try base.container(keyedBy: type), recorder: recorder))
    }

    package func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        RecordingUnkeyedContainer(base: try base.unkeyedContainer(), recorder: recorder)
    }

    package func singleValueContainer() throws -> any SingleValueDecodingContainer {
        RecordingSingleValueContainer(base: try base.singleValueContainer())
    }
}

private struct RecordingKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    package var base: KeyedDecodingContainer<Key>
    package let recorder: KeyRecorder
    package var codingPath: [any CodingKey] { base.codingPath }
    package var allKeys: [Key] { base.allKeys }

    private func read(_ key: Key) { recorder.record(base.codingPath, key) }

    package func contains(_ key: Key) -> Bool {
        read(key)
        return base.contains(key)
    }
    package func decodeNil(forKey key: Key) throws -> Bool {
        read(key)
        return try base.decodeNil(forKey: key)
    }
    package func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: String.Type, forKey key: Key) throws -> String {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        read(key)
        return try base.decode(type, forKey: key)
    }
    package func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        read(key)
        return try base.decode(type, forKey: key)
    }

    package func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        read(key)
        if Recorded<T>.isSpecial { return try base.decode(type, forKey: key) }
        return try base.decode(Recorded<T>.self, forKey: key).value
    }

    package func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        read(key)
        return KeyedDecodingContainer(
            RecordingKeyedContainer<NestedKey>(
                base: try base.nestedContainer(keyedBy: type, forKey: key), recorder: recorder))
    }

    package func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        read(key)
        return RecordingUnkeyedContainer(base: try base.nestedUnkeyedContainer(forKey: key), recorder: recorder)
    }

    package func superDecoder() throws -> any Decoder {
        RecordingDecoder(base: try base.superDecoder(), recorder: recorder)
    }

    package func superDecoder(forKey key: Key) throws -> any Decoder {
        read(key)
        return RecordingDecoder(base: try base.superDecoder(forKey: key), recorder: recorder)
    }
}

private struct RecordingUnkeyedContainer: UnkeyedDecodingContainer {
    package var base: any UnkeyedDecodingContainer
    package let recorder: KeyRecorder
    package var codingPath: [any CodingKey] { base.codingPath }
    package var count: Int? { base.count }
    package var isAtEnd: Bool { base.isAtEnd }
    package var currentIndex: Int { base.currentIndex }

    package mutating func decodeNil() throws -> Bool { try base.decodeNil() }
    package mutating func decode(_ type: Bool.Type) throws -> Bool { try base.decode(type) }
    package mutating func decode(_ type: String.Type) throws -> String { try base.decode(type) }
    package mutating func decode(_ type: Double.Type) throws -> Double { try base.decode(type) }
    package mutating func decode(_ type: Float.Type) throws -> Float { try base.decode(type) }
    package mutating func decode(_ type: Int.Type) throws -> Int { try base.decode(type) }
    package mutating func decode(_ type: Int8.Type) throws -> Int8 { try base.decode(type) }
    package mutating func decode(_ type: Int16.Type) throws -> Int16 { try base.decode(type) }
    package mutating func decode(_ type: Int32.Type) throws -> Int32 { try base.decode(type) }
    package mutating func decode(_ type: Int64.Type) throws -> Int64 { try base.decode(type) }
    package mutating func decode(_ type: UInt.Type) throws -> UInt { try base.decode(type) }
    package mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try base.decode(type) }
    package mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try base.decode(type) }
    package mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try base.decode(type) }
    package mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try base.decode(type) }

    package mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if Recorded<T>.isSpecial { return try base.decode(type) }
        return try base.decode(Recorded<T>.self).value
    }

    package mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        KeyedDecodingContainer(
            RecordingKeyedContainer<NestedKey>(base: try base.nestedContainer(keyedBy: type), recorder: recorder))
    }

    package mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        RecordingUnkeyedContainer(base: try base.nestedUnkeyedContainer(), recorder: recorder)
    }

    package mutating func superDecoder() throws -> any Decoder {
        RecordingDecoder(base: try base.superDecoder(), recorder: recorder)
    }
}

/// A single value has no keys; it is wrapped only so that a nested `T` in it is still recorded.
private struct RecordingSingleValueContainer: SingleValueDecodingContainer {
    package let base: any SingleValueDecodingContainer
    package var codingPath: [any CodingKey] { base.codingPath }

    package func decodeNil() -> Bool { base.decodeNil() }
    package func decode(_ type: Bool.Type) throws -> Bool { try base.decode(type) }
    package func decode(_ type: String.Type) throws -> String { try base.decode(type) }
    package func decode(_ type: Double.Type) throws -> Double { try base.decode(type) }
    package func decode(_ type: Float.Type) throws -> Float { try base.decode(type) }
    package func decode(_ type: Int.Type) throws -> Int { try base.decode(type) }
    package func decode(_ type: Int8.Type) throws -> Int8 { try base.decode(type) }
    package func decode(_ type: Int16.Type) throws -> Int16 { try base.decode(type) }
    package func decode(_ type: Int32.Type) throws -> Int32 { try base.decode(type) }
    package func decode(_ type: Int64.Type) throws -> Int64 { try base.decode(type) }
    package func decode(_ type: UInt.Type) throws -> UInt { try base.decode(type) }
    package func decode(_ type: UInt8.Type) throws -> UInt8 { try base.decode(type) }
    package func decode(_ type: UInt16.Type) throws -> UInt16 { try base.decode(type) }
    package func decode(_ type: UInt32.Type) throws -> UInt32 { try base.decode(type) }
    package func decode(_ type: UInt64.Type) throws -> UInt64 { try base.decode(type) }
    package func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if Recorded<T>.isSpecial { return try base.decode(type) }
        return try base.decode(Recorded<T>.self).value
    }
}
