/// A ZIP archive written byte by byte for tests: stored entries (or entries marked deflated without being so:
/// the reader never decompresses), a central directory and its end record, optionally with a comment.
package enum TestZip {
    package struct Entry {
        package var name: String
        package var content: [UInt8]
        package var method: UInt16 = 0

        package init(_ name: String, _ content: String, method: UInt16 = 0) {
            self.name = name
            self.content = Array(content.utf8)
            self.method = method
        }
    }

    package static func make(_ entries: [Entry], comment: String = "") -> [UInt8] {
        var file: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let offset = UInt32(file.count)
            let name = Array(entry.name.utf8)
            file += le32(0x0403_4B50) + le16(20) + le16(0) + le16(entry.method) + le16(0) + le16(0) + le32(0)
            file +=
                le32(UInt32(entry.content.count)) + le32(UInt32(entry.content.count)) + le16(UInt16(name.count))
                + le16(0)
            file += name + entry.content
            directory +=
                le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(entry.method) + le16(0) + le16(0) + le32(0)
            directory +=
                le32(UInt32(entry.content.count)) + le32(UInt32(entry.content.count)) + le16(UInt16(name.count))
            directory += le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let directoryOffset = UInt32(file.count)
        file += directory
        let commentBytes = Array(comment.utf8)
        file += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        file += le32(UInt32(directory.count)) + le32(directoryOffset) + le16(UInt16(commentBytes.count)) + commentBytes
        return file
    }

    package static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    package static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }

    /// Reads from an in-memory archive the way a file would answer: fewer bytes at the end.
    package static func reader(_ bytes: [UInt8]) -> (UInt64, Int) throws -> [UInt8] {
        { offset, count in
            guard offset < UInt64(bytes.count) else { return [] }
            let start = Int(offset)
            return Array(bytes[start..<min(bytes.count, start + count)])
        }
    }

    package static let docx = make([
        Entry("[Content_Types].xml", "<Types/>"), Entry("_rels/.rels", "<Relationships/>"),
        Entry("word/document.xml", "<w:document/>", method: 8),
    ])

    package static func odf(_ mediaType: String) -> [UInt8] {
        make([
            Entry("mimetype", mediaType), Entry("content.xml", "<office:document-content/>", method: 8),
            Entry("META-INF/manifest.xml", "<manifest:manifest/>", method: 8),
        ])
    }
}
