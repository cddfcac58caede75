import ChanceryKit
import Foundation
import SQLKit

/// A row of the `objects` table: the part of every record, entry, case or product that the spine owns.
public struct LabelledObject: Sendable, Equatable, RowDecodable, RowEmbedded {
    // managed fields
    public var id: String
    public var kind: String
    public var version: Int64
    public var createdBy: String
    public var createdAt: Int64
    public var updatedAt: Int64
    // data fields
    public var title: String
    public var label: SecurityLabel
    public var owningUnit: String
    public var openToUnit: Bool
    public var state: String

    /// The columns `init(row:)` reads, qualified by the alias `o`.
    package static let columns: SQLQueryString = """
        o.id, o.kind, o.version, o.created_by, o.created_at, o.updated_at, o.title, o.label_json, o.owning_unit,
        o.open_to_unit, o.state
        """

    /// The `objects` columns; the label is stored as JSON in `label_json`.
    private enum CodingKeys: String, CodingKey {
        case id, kind, version, createdBy, createdAt, updatedAt, title
        case label = "label_json"
        case owningUnit, openToUnit, state
    }

    package init(
        id: String, kind: String, title: String, label: SecurityLabel, owningUnit: String, openToUnit: Bool,
        state: String, createdBy: String, at time: Int64
    ) {
        self.id = id
        self.kind = kind
        self.version = 1
        self.createdBy = createdBy
        self.createdAt = time
        self.updatedAt = time
        self.title = title
        self.label = label
        self.owningUnit = owningUnit
        self.openToUnit = openToUnit
        self.state = state
    }

    /// Whether reading it is an audited event: NATO CONFIDENTIAL or above, or any special category.
    public var readIsAudited: Bool {
        label.classification >= .natoConfidential || !label.categories.isEmpty
    }

    /// The strong ETag of this version.
    public var etag: String { "\"v\(version)\"" }

    /// The label as stored in `label_json`.
    package static func labelJSON(_ label: SecurityLabel) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(SecurityLabelForm(label))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// Anything an office lists that is, underneath, a labelled object (the spine audits and pages by it).
package protocol LabelledItem: Sendable {
    var object: LabelledObject { get }
}

extension LabelledObject: LabelledItem {
    package var object: LabelledObject { self }
}
