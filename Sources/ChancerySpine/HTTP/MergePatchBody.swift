import ChanceryKit
import Foundation
import Hummingbird

/// The body of a `PATCH`: a JSON Merge Patch (RFC 7396) of the resource's editable fields, sent as
/// `application/merge-patch+json` or `application/json`. Members sent replace the current ones, `null` removes
/// one, members not sent are kept, and objects (a label, metadata, a contact) merge member by member.
///
/// The patch is merged onto the current document inside the store's transaction (the version `If-Match`
/// names), and the result is decoded and checked like any body: a field the resource does not have is refused,
/// and a required field the patch removed is named as missing.
package enum MergePatchBody {
    package static let mediaTypes: Set<String> = ["application/merge-patch+json", "application/json"]

    /// The patch a request carries: a JSON object of at most 1 MB.
    package static func read(_ request: Request) async throws -> JSONValue {
        if let contentType = request.headers[.contentType] {
            let essence = contentType.split(separator: ";").first.map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            guard let essence, mediaTypes.contains(essence) else {
                throw AppError(
                    .unsupportedMediaType, type: "unsupported-media-type", key: "error.patchMediaType",
                    ["type": String(contentType.prefix(100))])
            }
        }
        let data = Data(buffer: try await JSONBody.collect(request))
        guard !data.isEmpty else { throw AppError.badJSON(reasonKey: "json.reason.empty") }
        let patch: JSONValue
        do { patch = try JSONDecoder().decode(JSONValue.self, from: data) } catch let error as DecodingError {
            throw JSONBody.problem(for: error)
        }
        guard case .object = patch else { throw AppError.badJSON(reasonKey: "json.reason.notAnObject") }
        return patch
    }

    /// `current` with `patch` merged onto it, decoded as `T`.
    package static func apply<T: Decodable>(_ patch: JSONValue, to current: some Encodable, as type: T.Type) throws -> T
    {
        let target = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(current))
        let merged = try JSONEncoder().encode(JSONMergePatch.apply(patch, to: target))
        do {
            let (value, unknownField) = try UnknownFields.decode(T.self, from: merged)
            if let unknownField { throw AppError.unknownField(unknownField) }
            return value
        } catch let error as DecodingError {
            throw JSONBody.problem(for: error)
        }
    }

    /// A field every version of the resource has: removing it (`null`) is refused.
    package static func required<Value>(_ value: Value?, _ field: String) throws -> Value {
        guard let value else {
            throw AppError(
                .badRequest, type: "missing-field", key: "error.requiredField", ["field": field], field: field)
        }
        return value
    }
}
