import ChanceryKit
import Foundation
import HTTPTypes
import Hummingbird

/// The JSON form of an object, as every endpoint returns it.
package struct ObjectBody: Codable, Sendable {
    package var id: String
    package var kind: String
    package var title: String
    package var label: SecurityLabelForm
    package var banner: String
    package var owningUnit: String
    package var openToUnit: Bool
    package var state: String
    package var version: Int64
    package var createdBy: String
    package var createdAt: String
    package var updatedAt: String

    package init(_ object: LabelledObject) {
        id = object.id
        kind = object.kind
        title = object.title
        label = SecurityLabelForm(object.label)
        banner = object.label.banner
        owningUnit = object.owningUnit
        openToUnit = object.openToUnit
        state = object.state
        version = object.version
        createdBy = object.createdBy
        createdAt = Clock.iso8601(object.createdAt)
        updatedAt = Clock.iso8601(object.updatedAt)
    }
}

/// The principal, as `GET /api/v1/me` returns it.
package struct PrincipalBody: Codable, Sendable {
    package var id: String
    package var username: String
    package var displayName: String
    package var clearance: String
    package var nationality: String
    package var categories: [String]
    package var roles: [String]
    package var units: [String]
    package var groups: [String]
    package var language: String?

    package init(_ account: UserAccount) {
        id = account.id
        username = account.username
        displayName = account.displayName
        clearance = account.clearance.marking
        nationality = account.nationality
        categories = account.categories.sorted()
        roles = account.roles.map(\.rawValue).sorted()
        units = account.units.sorted()
        groups = account.groups.sorted()
        language = account.language?.rawValue
    }
}

package enum JSONResponse {
    package static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    package static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A JSON answer with optional ETag, Location and the banner of the label it reveals.
    package static func make(
        _ body: String, status: HTTPResponse.Status = .ok, etag: String? = nil, location: String? = nil,
        banner: String? = nil
    ) -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let etag { headers[.eTag] = etag }
        if let location { headers[.location] = location }
        if let banner { headers[.classification] = banner }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    package static func make(
        _ value: some Encodable, status: HTTPResponse.Status = .ok, etag: String? = nil, location: String? = nil,
        banner: String? = nil
    ) throws -> Response {
        make(try encode(value), status: status, etag: etag, location: location, banner: banner)
    }

    /// The body of one labelled item, with the item's ETag and the banner of its label (and, for a creation,
    /// where the item now is).
    package static func make(
        _ value: some Encodable, of item: some LabelledItem, status: HTTPResponse.Status = .ok,
        location: String? = nil
    ) throws -> Response {
        try make(value, status: status, etag: item.object.etag, location: location, banner: item.object.label.banner)
    }
}

/// Cursor and limit of a list request, checked.
package struct Pagination {
    package var cursor: String?
    package var limit: Int

    /// The limit and cursor of a list ordered by object id, or by another key when `isValidKey` says which values
    /// a cursor may hold (a user name, a group name): anything else is a `bad-cursor`.
    package init(_ request: Request, isValidKey: (String) -> Bool = ObjectID.isWellFormed) throws {
        let query = request.uri.queryParameters
        limit = try Self.limit(request)
        if let text = query["cursor"], !text.isEmpty {
            guard let key = Self.decode(String(text)), isValidKey(key) else { throw AppError.badCursor }
            cursor = key
        }
    }

    /// The `limit` parameter alone, for lists whose cursor is not an object id (the audit trail's is a sequence,
    /// search's an offset): `standard` when absent, refused outside 1...`max`.
    package static func limit(_ request: Request, standard: Int = 50, max: Int = 200) throws -> Int {
        try limit(request.uri.queryParameters["limit"].map(String.init), standard: standard, max: max)
    }

    package static func limit(_ text: String?, standard: Int = 50, max: Int = 200) throws -> Int {
        guard let text else { return standard }
        guard let limit = Int(text), (1...max).contains(limit) else { throw AppError.badLimit(max: max) }
        return limit
    }

    /// A yes/no query parameter: absent or `false` is false, `true` is true, anything else is refused (a
    /// misspelt `withTotal=yes` must not silently mean "no").
    package static func flag(_ request: Request, _ name: String) throws -> Bool {
        let value: String? = request.uri.queryParameters.get(name)
        switch value {
        case nil, "false": return false
        case "true": return true
        default: throw AppError.invalidQuery(name, reasonKey: "reason.flag")
        }
    }

    /// A query parameter that names one of `Value`'s cases, or nil when absent; any other text is refused with
    /// `reasonKey`.
    package static func choice<Value: RawRepresentable<String>>(
        _ request: Request, _ name: String, reasonKey: String
    ) throws -> Value? {
        guard let text: String = request.uri.queryParameters.get(name) else { return nil }
        guard let value = Value(rawValue: text) else { throw AppError.invalidQuery(name, reasonKey: reasonKey) }
        return value
    }

    /// The opaque form of a cursor's value (unpadded base64).
    package static func encode(_ value: String?) -> String? {
        value.map { Data($0.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "") }
    }

    /// The value of an opaque cursor, or nil when it is not one.
    package static func decode(_ cursor: String) -> String? {
        let padded = cursor + String(repeating: "=", count: (4 - cursor.count % 4) % 4)
        return Data(base64Encoded: padded).flatMap { String(data: $0, encoding: .utf8) }
    }
}
