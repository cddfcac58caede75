import Foundation
import NIOConcurrencyHelpers
import SQLKit

// The one way a row becomes a model: the model (or its `Row`/`Details` struct) is `Decodable`, and each stored
// property reads the column named after it in snake_case (`staffUserID` → `staff_user_id`, `nameEN` → `name_en`).
// Explicit `CodingKeys` are needed only where a column is named otherwise. The rules below hold on SQLite and on
// PostgreSQL alike, so no model repeats them:
// - `Bool` reads an integer column (non-zero is true), or a PostgreSQL boolean;
// - `Int`, `Int32`… read the column as `Int64` and must fit;
// - an optional reads SQL NULL as nil, but its column must still be in the row;
// - an enum (or any single-value `Decodable`) reads its raw value from the column;
// - an array, dictionary or struct property reads the column as JSON text;
// - a property whose type is `RowEmbedded` (a `LabelledObject`, an office's `Details`) reads its own columns from the
//   same row, so a model is its object plus its table's columns, decoded in one call;
// - a column missing from the row throws `DecodingError.keyNotFound` naming it, never a crash.

extension SQLRow {
    /// Decodes the whole row into `T`, one column per stored property (see the rules above).
    package func decodeModel<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try T(from: RowDecoder(row: self))
    }
}

/// A model read from one row by the rules above: `Model(row:)` is `row.decodeModel()`, written once here.
package protocol RowDecodable: Decodable {}

extension RowDecodable {
    /// The model the row holds, one column per stored property.
    package init(row: any SQLRow) throws {
        self = try row.decodeModel()
    }
}

/// A `Decodable` whose properties are columns of the same row as the model that holds it (not one JSON column).
package protocol RowEmbedded: Decodable {}

package enum RowColumn {
    /// The column a property reads: its name in snake_case (`staffUserID` → `staff_user_id`).
    ///
    /// Remembered per property name (the code's own names, a bounded set): every column of every decoded row asks,
    /// and working it out each time was a tenth of the demo's loading time.
    package static func name(forProperty property: String) -> String {
        if let known = known.withLockedValue({ $0[property] }) { return known }
        let column = snakeCase(property)
        known.withLockedValue { $0[property] = column }
        return column
    }

    private static let known = NIOLockedValueBox<[String: String]>([:])

    private static func snakeCase(_ property: String) -> String {
        let characters = Array(property)
        var column = ""
        for (index, character) in characters.enumerated() {
            guard character.isUppercase else {
                column.append(character)
                continue
            }
            if index > 0 {
                let previous = characters[index - 1]
                let nextIsLower =
                    index + 1 < characters.count && characters[index + 1].isLowercase
                    && !Self.isPluralOfAcronym(characters, after: index)
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) {
                    column.append("_")
                }
            }
            column += character.lowercased()
        }
        return column
    }

    /// Whether the letter at `index` ends an acronym made plural by a lone `s` (`entryIDs` → `entry_ids`).
    private static func isPluralOfAcronym(_ characters: [Character], after index: Int) -> Bool {
        characters[index + 1] == "s" && (index + 2 == characters.count || characters[index + 2].isUppercase)
    }
}

/// The top-level decoder: a keyed container over the row's columns.
private struct RowDecoder: Decoder {
    let row: any SQLRow
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RowContainer<Key>(row: row))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self,
            .init(codingPath: [], debugDescription: "A row decodes into a struct with one property per column."))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            Any.self,
            .init(codingPath: [], debugDescription: "A row decodes into a struct with one property per column."))
    }
}

private struct RowContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let row: any SQLRow
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { [] }

    /// Always true: a property whose column is missing throws in `decode`/`decodeNil` rather than reading as nil,
    /// so a query that forgets a column fails loudly.
    func contains(_ key: Key) -> Bool { true }

    private func column(_ key: Key) throws -> ColumnDecoder {
        let name = RowColumn.name(forProperty: key.stringValue)
        guard row.contains(column: name) else {
            throw DecodingError.keyNotFound(
                key,
                .init(
                    codingPath: [key],
                    debugDescription:
                        "The row has no column \"\(name)\" for the property \"\(key.stringValue)\": the query must select it."
                ))
        }
        return ColumnDecoder(row: row, column: name, codingPath: [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool { try column(key).decodeNil() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try column(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try column(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try column(key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try column(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try column(key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try column(key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try column(key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try column(key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try column(key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try column(key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try column(key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try column(key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try column(key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try column(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        if type is any RowEmbedded.Type { return try T(from: RowDecoder(row: row)) }
        return try column(key).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw DecodingError.typeMismatch(
            type,
            .init(codingPath: [key], debugDescription: "A column holds one value; decode a JSON column as a property."))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self,
            .init(codingPath: [key], debugDescription: "A column holds one value; decode a JSON column as a property."))
    }

    func superDecoder() throws -> any Decoder { RowDecoder(row: row) }
    func superDecoder(forKey key: Key) throws -> any Decoder { RowDecoder(row: row) }
}

/// Thrown inside `ColumnDecoder` when a type asks for a keyed or unkeyed container: its column holds JSON text.
private struct StructuredValue: Error {}

/// One column of the row, as a decoder (for enums and other single-value types) and as its single value.
private struct ColumnDecoder: Decoder, SingleValueDecodingContainer {
    let row: any SQLRow
    let column: String
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        throw StructuredValue()
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw StructuredValue() }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { (try? row.decodeNil(column: column)) ?? false }

    func decode(_ type: Bool.Type) throws -> Bool {
        if let number = try? row.decode(column: column, as: Int64.self) { return number != 0 }
        return try row.decode(column: column, as: Bool.self)
    }

    func decode(_ type: String.Type) throws -> String { try row.decode(column: column, as: String.self) }
    func decode(_ type: Double.Type) throws -> Double { try row.decode(column: column, as: Double.self) }
    func decode(_ type: Float.Type) throws -> Float { Float(try row.decode(column: column, as: Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try row.decode(column: column, as: Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    /// Every integer column is read as `Int64` (the type both engines store), then narrowed.
    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let stored = try row.decode(column: column, as: Int64.self)
        guard let value = T(exactly: stored) else {
            throw DecodingError.dataCorruptedError(
                in: self, debugDescription: "The column \"\(column)\" holds \(stored), which does not fit in \(T.self)."
            )
        }
        return value
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try T(from: self)
        } catch is StructuredValue {
            let text = try row.decode(column: column, as: String.self)
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        }
    }
}
