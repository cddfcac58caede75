import ChanceryKit
import Foundation
import HTTPTypes
import Hummingbird

/// The JSON form of an object, as every endpoint returns it.
struct ObjectBody: Codable, Sendable {
    var id: String
    var kind: String
    var title: String
    var label: SecurityLabelForm
    var banner: String
    var owningUnit: String
    var openToUnit: Bool
    var state: String
    var version: Int64
    var createdBy: String
    var createdAt: String
    var updatedAt: String

    init(_ object: LabelledObject) {
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

/// A cursor-paginated list.
struct ListBody<Item: Codable & Sendable>: Codable, Sendable {
    var items: [Item]
    var nextCursor: String?
    var total: Int?
}

/// The principal, as `GET /api/v1/me` returns it.
struct PrincipalBody: Codable, Sendable {
    var id: String
    var username: String
    var displayName: String
    var clearance: String
    var nationality: String
    var categories: [String]
    var roles: [String]
    var units: [String]
    var groups: [String]
    var language: String?

    init(_ account: UserAccount) {
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

enum JSONResponse {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A JSON answer with optional ETag, Location and the banner of the label it reveals.
    static func make(
        _ body: String, status: HTTPResponse.Status = .ok, etag: String? = nil, location: String? = nil,
        banner: String? = nil
    ) -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let etag { headers[.eTag] = etag }
        if let location { headers[.location] = location }
        if let banner { headers[.classification] = banner }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok, etag: String? = nil,
                     banner: String? = nil) throws -> Response {
        make(try encode(value), status: status, etag: etag, banner: banner)
    }
}

/// Cursor and limit of a list request, checked.
struct Pagination {
    var cursor: String?
    var limit: Int

    init(_ request: Request) throws {
        let query = request.uri.queryParameters
        limit = try Self.limit(request)
        if let text = query["cursor"], !text.isEmpty {
            guard let id = Self.decode(String(text)), ObjectID.isWellFormed(id) else { throw AppError.badCursor }
            cursor = id
        }
    }

    /// The `limit` parameter alone, for lists whose cursor is not an object id (the audit trail's is a sequence,
    /// search's an offset): `standard` when absent, refused outside 1...`max`.
    static func limit(_ request: Request, standard: Int = 50, max: Int = 200) throws -> Int {
        try limit(request.uri.queryParameters["limit"].map(String.init), standard: standard, max: max)
    }

    static func limit(_ text: String?, standard: Int = 50, max: Int = 200) throws -> Int {
        guard let text else { return standard }
        guard let limit = Int(text), (1...max).contains(limit) else { throw AppError.badLimit(max: max) }
        return limit
    }

    /// A yes/no query parameter: absent or `false` is false, `true` is true, anything else is refused (a
    /// misspelt `withTotal=yes` must not silently mean "no").
    static func flag(_ request: Request, _ name: String) throws -> Bool {
        let value: String? = request.uri.queryParameters.get(name)
        switch value {
        case nil, "false": return false
        case "true": return true
        default: throw AppError.invalidQuery(name, reasonKey: "reason.flag")
        }
    }

    /// The opaque form of a cursor's value (unpadded base64).
    static func encode(_ value: String?) -> String? {
        value.map { Data($0.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "") }
    }

    /// The value of an opaque cursor, or nil when it is not one.
    static func decode(_ cursor: String) -> String? {
        let padded = cursor + String(repeating: "=", count: (4 - cursor.count % 4) % 4)
        return Data(base64Encoded: padded).flatMap { String(data: $0, encoding: .utf8) }
    }
}
