import Foundation
import Hummingbird
import NIOCore

/// Reads a JSON request body, turning every decoding failure into a sentence that names the field. A field the
/// request does not accept is refused too (see `UnknownFields`).
package enum JSONBody {
    package static let limit = 1 << 20

    package static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> (T, Data) {
        let data = Data(buffer: try await collect(request))
        return (try decode(T.self, from: data), data)
    }

    /// A JSON body that may be left out entirely (nil then); one that is sent is read as `decode` reads it.
    package static func decodeIfPresent<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T? {
        let data = Data(buffer: try await collect(request))
        return data.isEmpty ? nil : try decode(T.self, from: data)
    }

    /// Decodes JSON already received (a body, or a part of a form).
    package static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        guard !data.isEmpty else { throw AppError.badJSON(reasonKey: "json.reason.empty") }
        do {
            let (value, unknownField) = try UnknownFields.decode(T.self, from: data)
            if let unknownField { throw AppError.unknownField(unknownField) }
            return value
        } catch let error as DecodingError {
            throw problem(for: error)
        }
    }

    /// The whole body, refused with a 413 that states the limit when it is larger (NIO's own error would
    /// otherwise become a 500).
    package static func collect(_ request: Request) async throws -> ByteBuffer {
        try await collect(request, upTo: limit, limitText: "1 MB")
    }

    package static func collect(_ request: Request, upTo limit: Int, limitText: String) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw AppError.bodyTooLarge(limitText)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw AppError.bodyTooLarge(limitText)
        }
    }

    package static func problem(for error: DecodingError) -> AppError {
        func path(_ codingPath: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            (codingPath + (last.map { [$0] } ?? [])).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .missingField(path(context.codingPath, key))
        case .valueNotFound(_, let context):
            // `null` as the whole body has no field to name.
            guard !context.codingPath.isEmpty else { return .badJSON(reasonKey: "json.reason.notAnObject") }
            return .missingField(path(context.codingPath))
        case .typeMismatch(let type, let context):
            // The body itself (`[]`, `"text"`, `3`) is not an object: there is no field to name.
            guard !context.codingPath.isEmpty else { return .badJSON(reasonKey: "json.reason.notAnObject") }
            let field = path(context.codingPath)
            return AppError(
                .badRequest, type: "wrong-type", key: "error.wrongType", ["field": field],
                localizing: ["expected": typeName(type)], field: field)
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return .badJSON(reasonKey: "json.reason.malformed") }
            return .invalidField(path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return .badJSON(reasonKey: "json.reason.unreadable")
        }
    }

    /// The localisation key naming the JSON type that was expected.
    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "json.type.string"
        case is Int.Type, is Int64.Type: "json.type.number"
        case is Bool.Type: "json.type.boolean"
        case is [String].Type, is [Any].Type: "json.type.list"
        default: String(describing: type).contains("Array") ? "json.type.list" : "json.type.object"
        }
    }
}
