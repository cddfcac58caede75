import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A reference series: its code, its template, and how its items are checked before they are registered.
public struct ReferenceSeries: Sendable, Equatable, RowDecodable {
    public var code: String
    public var template: ReferenceTemplate
    public var title: String
    /// Items stay *received* until the Information Controlling Processor has verified them.
    public var requiresVerification: Bool
    /// The checks a verification runs.
    public var checks: Set<RecordCheck>
    public var active: Bool
    public var version: Int64
    public var createdBy: String
    public var createdAt: Int64
    public var updatedAt: Int64

    package static let columns: SQLQueryString = """
        s.code, s.template, s.title, s.requires_verification, s.checks, s.active, s.version, s.created_by,
        s.created_at, s.updated_at
        """

    private enum CodingKeys: String, CodingKey {
        case code, template, title, requiresVerification, checks, active, version, createdBy, createdAt, updatedAt
    }

    /// The template is parsed again as it is read; checks this build does not know are left out.
    public init(from decoder: any Decoder) throws {
        let columns = try decoder.container(keyedBy: CodingKeys.self)
        code = try columns.decode(String.self, forKey: .code)
        template = try ReferenceTemplate(parsing: try columns.decode(String.self, forKey: .template))
        title = try columns.decode(String.self, forKey: .title)
        requiresVerification = try columns.decode(Bool.self, forKey: .requiresVerification)
        checks = Set(try columns.decode([String].self, forKey: .checks).compactMap(RecordCheck.init(rawValue:)))
        active = try columns.decode(Bool.self, forKey: .active)
        version = try columns.decode(Int64.self, forKey: .version)
        createdBy = try columns.decode(String.self, forKey: .createdBy)
        createdAt = try columns.decode(Int64.self, forKey: .createdAt)
        updatedAt = try columns.decode(Int64.self, forKey: .updatedAt)
    }

    package init(
        code: String, template: ReferenceTemplate, title: String, requiresVerification: Bool, checks: Set<RecordCheck>,
        createdBy: String, at time: Int64
    ) {
        self.code = code
        self.template = template
        self.title = title
        self.requiresVerification = requiresVerification
        self.checks = checks
        self.active = true
        self.version = 1
        self.createdBy = createdBy
        self.createdAt = time
        self.updatedAt = time
    }

    /// The checks as stored: a sorted JSON list of names.
    package var checksJSON: String {
        let names = checks.sorted().map(\.rawValue)
        return (try? JSONEncoder().encode(names)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// A series code: 1 to 12 capital letters or digits, starting with a letter.
    package static func isValidCode(_ code: String) -> Bool {
        (1...12).contains(code.count) && code.first?.isLetter == true
            && code.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
    }

    /// The ETag of this version.
    package var etag: String { "\"v\(version)\"" }
}
