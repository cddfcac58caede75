import ChanceryKit
import Foundation

/// The checks every text a user sends goes through: trimmed, bounded, and free of control characters
/// (which have no place in a title or a name and are a classic way to forge log lines and banners).
package enum FieldRules {
    /// A required single-line text of 1 to `max` characters.
    package static func text(_ value: String, field: String, max: Int) throws -> String {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...max).contains(text.count) else {
            throw AppError(
                .badRequest, type: "invalid-field", key: "field.length", ["field": field, "max": String(max)],
                field: field)
        }
        guard !containsControl(text) else {
            throw AppError(.badRequest, type: "invalid-field", key: "field.control", ["field": field], field: field)
        }
        return text
    }

    /// A text of several lines (a note, a report) of 0 to `max` characters: line breaks and tabs are kept, other
    /// control characters refused; Windows line ends become plain ones.
    package static func paragraphs(_ value: String?, field: String, max: Int) throws -> String {
        let text = (value ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard text.count <= max else {
            throw AppError(
                .badRequest, type: "invalid-field", key: "field.length", ["field": field, "max": String(max)],
                field: field)
        }
        guard !containsControl(text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "\t", with: ""))
        else {
            throw AppError(.badRequest, type: "invalid-field", key: "field.control", ["field": field], field: field)
        }
        return text
    }

    /// An optional text: nil stays nil, an empty text means "none".
    package static func optionalText(_ value: String?, field: String, max: Int) throws -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return try text(value, field: field, max: max)
    }

    /// An optional text in an edit: nil leaves the field, "" clears it, anything else is checked.
    package static func editedText(_ value: String?, field: String, max: Int) throws -> String? {
        guard let value else { return nil }
        return try optionalText(value, field: field, max: max) ?? ""
    }

    /// A list of at most `count` texts of 1 to `max` characters each, without duplicates (order kept).
    package static func list(_ values: [String], field: String, count: Int, max: Int) throws -> [String] {
        guard values.count <= count else {
            throw AppError.tooMany(field, max: count)
        }
        var seen: Set<String> = []
        return try values.enumerated().compactMap { index, value in
            let text = try Self.text(value, field: "\(field)[\(index)]", max: max)
            return seen.insert(text).inserted ? text : nil
        }
    }

    /// A calendar date `YYYY-MM-DD`.
    package static func date(_ value: String?, field: String) throws -> String? {
        guard let value, !value.isEmpty else { return nil }
        guard HeadquartersCalendar.isDate(value) else {
            throw AppError(
                .badRequest, type: "invalid-field", key: "field.date", ["field": field, "value": value], field: field)
        }
        return value
    }

    /// Free metadata: at most 50 entries, keys of letters, digits, `.`, `_` or `-`, values up to 2,000 characters.
    package static func metadata(_ values: [String: String]?) throws -> [String: String] {
        guard let values else { return [:] }
        guard values.count <= 50 else { throw AppError.tooMany("metadata", max: 50) }
        var clean: [String: String] = [:]
        for (key, value) in values {
            guard (1...60).contains(key.count),
                key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
            else {
                throw AppError(
                    .badRequest, type: "invalid-field", key: "field.metadataKey", ["key": String(key.prefix(60))],
                    field: "metadata")
            }
            let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.count <= 2000, !containsControl(text.replacingOccurrences(of: "\n", with: "")) else {
                throw AppError(
                    .badRequest, type: "invalid-field", key: "field.length",
                    ["field": "metadata.\(key)", "max": "2000"],
                    field: "metadata.\(key)")
            }
            clean[key] = text
        }
        return clean
    }

    /// A field that names one of `Value`'s cases; any other text is refused with `reasonKey`.
    package static func choice<Value: RawRepresentable<String>>(
        _ text: String, field: String, reasonKey: String
    ) throws -> Value {
        guard let value = Value(rawValue: text) else { throw AppError.invalidField(field, reasonKey: reasonKey) }
        return value
    }

    /// A classification marking or abbreviation.
    package static func classification(_ value: String?, field: String) throws -> Classification? {
        guard let value, !value.isEmpty else { return nil }
        do { return try Classification(parsing: value) } catch { throw AppError.invalidLabel(error, field: field) }
    }

    package static func containsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            $0.properties.generalCategory == .control || $0.value == 0x2028 || $0.value == 0x2029
        }
    }
}
