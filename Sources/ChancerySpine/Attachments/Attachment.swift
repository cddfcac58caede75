import ChanceryKit
import Foundation
import SQLKit

/// Which stored file of an attachment a download gives: the file as it was received, or the searchable PDF that
/// OCR made of it.
public enum AttachmentCopy: String, Sendable {
    case original
    case searchablePDF = "searchable-pdf"
}

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
    /// Whether OCR made a searchable PDF of it (kept beside it, downloaded with `AttachmentCopy.searchablePDF`).
    public var hasSearchablePDF = false

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
        // Read by `AttachmentTextState.columns`: text_state and text_failure, and has_searchable_pdf.
        case text, hasSearchablePDF
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

    /// The searchable PDF that OCR made of this file, as a file to download: the same attachment (id, version,
    /// label) with the PDF's hash and size, and the name of the original with `.ocr.pdf` in place of its extension.
    package func searchablePDF(sha256: String, size: Int64) -> Attachment {
        var copy = self
        let stem = (name as NSString).deletingPathExtension
        copy.name = (stem.isEmpty ? name : stem) + ".ocr.pdf"
        copy.contentType = FileType.pdf.rawValue
        copy.sha256 = sha256
        copy.size = size
        return copy
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
