import Foundation
import Hummingbird

/// Reads a JSON request body, turning every decoding failure into a sentence that names the field.
enum JSONBody {
    static let limit = 1 << 20

    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> (T, Data) {
        let buffer = try await request.body.collect(upTo: limit)
        let data = Data(buffer: buffer)
        guard !data.isEmpty else { throw AppError(.badRequest, type: "invalid-json", key: "error.badJSON", ["reason": "the body is empty"]) }
        do {
            return (try JSONDecoder().decode(T.self, from: data), data)
        } catch let error as DecodingError {
            throw problem(for: error)
        }
    }

    static func problem(for error: DecodingError) -> AppError {
        func path(_ codingPath: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            (codingPath + (last.map { [$0] } ?? [])).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .missingField(path(context.codingPath, key))
        case .valueNotFound(_, let context):
            return .missingField(path(context.codingPath))
        case .typeMismatch(let type, let context):
            let field = path(context.codingPath)
            return AppError(
                .badRequest, type: "wrong-type", key: "error.wrongType",
                ["field": field, "expected": typeName(type)], field: field)
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return AppError(.badRequest, type: "invalid-json", key: "error.badJSON", ["reason": "it is not well-formed"])
            }
            return .invalidField(path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return AppError(.badRequest, type: "invalid-json", key: "error.badJSON", ["reason": "it cannot be read"])
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is [String].Type, is [Any].Type: "a list"
        default: String(describing: type).contains("Array") ? "a list" : "an object"
        }
    }
}
