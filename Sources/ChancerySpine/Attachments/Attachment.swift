import ChanceryKit
import Foundation
import SQLKit

/// A file attached to an object, with its own label (the object's or higher) and its place in the versions of
/// files of the same name.
public struct Attachment: Sendable, Equatable, Decodable {
    public var id: String
    public var objectID: String
    /// The name shown to people; never used as a path.
    public var name: String
    public var version: Int
    public var contentType: String
    public var size: Int64
    public var sha256: String
    public var label: SecurityLabel
    public var uploadedBy: String
    public var uploadedAt: Int64
    /// Whether its text is searchable yet (waiting for OCR, done, failed with a reason).
    public var text: AttachmentTextState = .none

    package static let columns: SQLQueryString = """
        a.id, a.object_id, a.name, a.version, a.content_type, a.size, a.sha256, a.label_json, a.uploaded_by, a.uploaded_at
        """ + AttachmentTextState.columns

    package init(row: any SQLRow) throws {
        self = try row.decodeModel()
    }

    private enum CodingKeys: String, CodingKey {
        case id, objectID, name, version, contentType, size, sha256
        case label = "label_json"
        case uploadedBy, uploadedAt
        case text  // its own columns, text_state and text_failure (`AttachmentTextState.columns`)
    }

    package init(
        id: String, objectID: String, name: String, version: Int, contentType: String, size: Int64, sha256: String,
        label: SecurityLabel, uploadedBy: String, uploadedAt: Int64
    ) {
        self.id = id
        self.objectID = objectID
        self.name = name
        self.version = version
        self.contentType = contentType
        self.size = size
        self.sha256 = sha256
        self.label = label
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
    }

    /// True when `raw` is already a plain file name: what `displayName` would keep unchanged.
    public static func isPlainName(_ raw: String) -> Bool {
        !raw.isEmpty && displayName(raw) == raw
    }

    /// A display name from an upload: its last path component, without control characters, at most 200
    /// characters; "attachment" when nothing is left.

    public static func displayName(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        let name = clean == "." || clean == ".." ? "" : String(clean.prefix(200))
        return name.isEmpty ? "attachment" : name
    }
}
