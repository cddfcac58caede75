/// The kinds of file the registry accepts as attachments, each recognised by its first bytes, so that a
/// declared type that does not match the content is refused.
public enum FileType: String, CaseIterable, Sendable {
    case pdf = "application/pdf"
    case text = "text/plain"
    case png = "image/png"
    case jpeg = "image/jpeg"
    case tiff = "image/tiff"
    case xml = "application/xml"
    case email = "message/rfc822"
    case docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    case xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    case pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    case odt = "application/vnd.oasis.opendocument.text"
    case ods = "application/vnd.oasis.opendocument.spreadsheet"

    /// How many leading bytes `matches` looks at.
    public static let sniffLength = 512

    /// The type named by a `Content-Type` header (parameters such as `charset` ignored), if accepted.
    public init?(contentType: String) {
        let essence = contentType.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard let essence else { return nil }
        if essence == "text/xml" {
            self = .xml
            return
        }
        guard let type = FileType(rawValue: essence) else { return nil }
        self = type
    }

    /// Whether the first bytes of a file are those of this type.
    public func matches(prefix bytes: [UInt8]) -> Bool {
        func starts(_ signature: [UInt8]) -> Bool { bytes.starts(with: signature) }
        switch self {
        case .pdf: return starts(Array("%PDF-".utf8))
        case .png: return starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .jpeg: return starts([0xFF, 0xD8, 0xFF])
        case .tiff: return starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A])
        case .docx, .xlsx, .pptx, .odt, .ods: return starts([0x50, 0x4B, 0x03, 0x04])
        case .text, .email: return Self.isText(bytes)
        case .xml:
            guard Self.isText(bytes) else { return false }
            let start = String(decoding: bytes.prefix(64), as: UTF8.self).drop { $0 == "\u{FEFF}" || $0.isWhitespace }
            return start.hasPrefix("<")
        }
    }

    /// UTF-8 without NUL bytes. The prefix may end inside a character, so up to three trailing bytes may be
    /// left out of the test.
    static func isText(_ bytes: [UInt8]) -> Bool {
        guard !bytes.contains(0) else { return false }
        return (0...min(3, bytes.count)).contains { cut in
            String(validating: bytes.dropLast(cut), as: UTF8.self) != nil
        }
    }
}
