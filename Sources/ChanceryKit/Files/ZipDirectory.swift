/// The table of contents of a ZIP archive (its central directory), read from untrusted bytes: every offset and
/// length is checked against the archive's size before it is used, so that a truncated or hostile file is
/// refused, never a crash or a read outside it. Nothing is decompressed.
///
/// Follows the ZIP application note (PKWARE APPNOTE 6.3): the end of central directory record (with its ZIP64
/// form), then the central directory's file headers, and the local file header of an entry when its bytes are
/// read. Archives split over several disks are refused.
public struct ZipDirectory: Sendable, Equatable {
    /// One member of the archive as the central directory describes it.
    public struct Entry: Sendable, Equatable {
        /// The name as stored (UTF-8, or anything else read as UTF-8 with replacement characters).
        public var name: String
        /// 0 is stored (not compressed), 8 is deflate.
        public var method: UInt16
        public var compressedSize: UInt64
        public var uncompressedSize: UInt64
        /// Where the entry's local file header starts.
        public var localHeaderOffset: UInt64
    }

    /// Why bytes are not a ZIP archive that can be read.
    public enum Problem: Error, Sendable, Equatable {
        case truncated
        case noEndRecord
        case multipleDisks
        case malformedDirectory
        case tooLarge
    }

    /// The entries in central directory order.
    public var entries: [Entry]

    /// Reads bytes of the archive: exactly `count` bytes from `offset`, or fewer at the end of the file.
    public typealias Reader = (_ offset: UInt64, _ count: Int) throws -> [UInt8]

    /// The biggest central directory read (8 MiB: tens of thousands of entries; an office file has hundreds).
    public static let maximumDirectorySize: UInt64 = 8 << 20

    static let endSignature: UInt32 = 0x0605_4B50
    static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    static let zip64EndSignature: UInt32 = 0x0606_4B50
    static let fileHeaderSignature: UInt32 = 0x0201_4B50
    static let localHeaderSignature: UInt32 = 0x0403_4B50

    /// Reads the central directory of an archive of `size` bytes.
    public static func read(size: UInt64, _ read: Reader) throws(Problem) -> ZipDirectory {
        let end = try endRecord(size: size, read)
        guard end.directoryOffset <= size, end.directorySize <= size - end.directoryOffset else { throw .truncated }
        guard end.directorySize <= maximumDirectorySize else { throw .tooLarge }
        let bytes = try exactly(Int(end.directorySize), at: end.directoryOffset, read)
        var entries: [Entry] = []
        var cursor = ByteCursor(bytes)
        // Each file header takes at least 46 bytes, so the count cannot make this loop run long.
        guard end.entryCount <= UInt64(bytes.count / 46) else { throw .malformedDirectory }
        for _ in 0..<end.entryCount {
            entries.append(try fileHeader(&cursor, archiveSize: size))
        }
        return ZipDirectory(entries: entries)
    }

    /// The stored bytes of an entry that is not compressed, at most `limit` of them; nil when the entry is
    /// compressed, larger than `limit`, or its local header does not agree with the directory.
    public func storedContent(of entry: Entry, size: UInt64, limit: Int, _ read: Reader) throws(Problem) -> [UInt8]? {
        guard entry.method == 0, entry.compressedSize == entry.uncompressedSize, entry.compressedSize <= UInt64(limit)
        else { return nil }
        guard entry.localHeaderOffset <= size, size - entry.localHeaderOffset >= 30 else { throw .truncated }
        var header = ByteCursor(try Self.exactly(30, at: entry.localHeaderOffset, read))
        guard header.uint32() == Self.localHeaderSignature else { throw .malformedDirectory }
        header.skip(4)  // version needed, flags
        guard header.uint16() == 0 else { return nil }  // the local header says compressed
        header.skip(16)  // time, date, CRC-32, sizes (the directory's sizes are the ones relied on)
        let nameLength = UInt64(header.uint16() ?? 0)
        let extraLength = UInt64(header.uint16() ?? 0)
        let start = entry.localHeaderOffset + 30 + nameLength + extraLength
        guard start <= size, entry.compressedSize <= size - start else { throw .truncated }
        let name = try Self.exactly(Int(nameLength), at: entry.localHeaderOffset + 30, read)
        guard String(decoding: name, as: UTF8.self) == entry.name else { return nil }
        return try Self.exactly(Int(entry.compressedSize), at: start, read)
    }

    // MARK: records

    private struct EndRecord {
        var entryCount: UInt64
        var directorySize: UInt64
        var directoryOffset: UInt64
    }

    /// The end of central directory record: the last 22 bytes plus a comment of up to 65,535 bytes, found by
    /// its signature with a comment length that reaches exactly the end of the file.
    private static func endRecord(size: UInt64, _ read: Reader) throws(Problem) -> EndRecord {
        guard size >= 22 else { throw .truncated }
        let window = min(size, 22 + 0xFFFF)
        let tail = try exactly(Int(window), at: size - window, read)
        var position = tail.count - 22
        while position >= 0 {
            var record = ByteCursor(tail, at: position)
            if record.uint32() == endSignature {
                let disk = record.uint16() ?? 1
                let directoryDisk = record.uint16() ?? 1
                let entriesOnDisk = record.uint16() ?? 0
                let entryCount = record.uint16() ?? 0
                let directorySize = record.uint32() ?? 0
                let directoryOffset = record.uint32() ?? 0
                let commentLength = record.uint16() ?? 0
                if position + 22 + Int(commentLength) == tail.count {
                    let full: UInt32 = 0xFFFF_FFFF
                    if entryCount == 0xFFFF || directorySize == full || directoryOffset == full {
                        return try zip64EndRecord(before: size - window + UInt64(position), size: size, read)
                    }
                    guard disk == 0, directoryDisk == 0, entriesOnDisk == entryCount else { throw .multipleDisks }
                    return EndRecord(
                        entryCount: UInt64(entryCount), directorySize: UInt64(directorySize),
                        directoryOffset: UInt64(directoryOffset))
                }
            }
            position -= 1
        }
        throw .noEndRecord
    }

    /// The ZIP64 end of central directory record, through the locator just before the classic record.
    private static func zip64EndRecord(before endOffset: UInt64, size: UInt64, _ read: Reader) throws(Problem)
        -> EndRecord
    {
        guard endOffset >= 20 else { throw .truncated }
        var locator = ByteCursor(try exactly(20, at: endOffset - 20, read))
        guard locator.uint32() == zip64LocatorSignature else { throw .malformedDirectory }
        guard locator.uint32() == 0 else { throw .multipleDisks }
        guard let recordOffset = locator.uint64(), recordOffset <= size, size - recordOffset >= 56 else {
            throw .truncated
        }
        guard locator.uint32() == 1 else { throw .multipleDisks }
        var record = ByteCursor(try exactly(56, at: recordOffset, read))
        guard record.uint32() == zip64EndSignature else { throw .malformedDirectory }
        record.skip(12)  // record size, versions
        guard record.uint32() == 0, record.uint32() == 0 else { throw .multipleDisks }
        guard let entriesOnDisk = record.uint64(), let entryCount = record.uint64(), entriesOnDisk == entryCount,
            let directorySize = record.uint64(), let directoryOffset = record.uint64()
        else { throw .malformedDirectory }
        return EndRecord(entryCount: entryCount, directorySize: directorySize, directoryOffset: directoryOffset)
    }

    /// One central directory file header, with its ZIP64 sizes and offset when the classic fields are full.
    private static func fileHeader(_ cursor: inout ByteCursor, archiveSize: UInt64) throws(Problem) -> Entry {
        guard cursor.uint32() == fileHeaderSignature else { throw .malformedDirectory }
        cursor.skip(6)  // versions, flags
        guard let method = cursor.uint16() else { throw .malformedDirectory }
        cursor.skip(8)  // time, date, CRC-32
        guard let compressed = cursor.uint32(), let uncompressed = cursor.uint32(), let nameLength = cursor.uint16(),
            let extraLength = cursor.uint16(), let commentLength = cursor.uint16()
        else { throw .malformedDirectory }
        cursor.skip(8)  // disk, internal and external attributes
        guard let offset = cursor.uint32(), let name = cursor.bytes(Int(nameLength)),
            let extra = cursor.bytes(Int(extraLength)), cursor.bytes(Int(commentLength)) != nil
        else { throw .malformedDirectory }
        var entry = Entry(
            name: String(decoding: name, as: UTF8.self), method: method, compressedSize: UInt64(compressed),
            uncompressedSize: UInt64(uncompressed), localHeaderOffset: UInt64(offset))
        if uncompressed == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            try applyZip64(extra, to: &entry, uncompressed: uncompressed, compressed: compressed, offset: offset)
        }
        guard entry.localHeaderOffset < archiveSize else { throw .malformedDirectory }
        return entry
    }

    /// The ZIP64 extended information extra field (id 1): the full values of the fields that were 0xFFFFFFFF,
    /// in the order uncompressed size, compressed size, local header offset.
    private static func applyZip64(
        _ extra: [UInt8], to entry: inout Entry, uncompressed: UInt32, compressed: UInt32, offset: UInt32
    ) throws(Problem) {
        var fields = ByteCursor(extra)
        while let id = fields.uint16(), let length = fields.uint16() {
            guard let data = fields.bytes(Int(length)) else { throw .malformedDirectory }
            guard id == 1 else { continue }
            var values = ByteCursor(data)
            if uncompressed == 0xFFFF_FFFF {
                guard let value = values.uint64() else { throw .malformedDirectory }
                entry.uncompressedSize = value
            }
            if compressed == 0xFFFF_FFFF {
                guard let value = values.uint64() else { throw .malformedDirectory }
                entry.compressedSize = value
            }
            if offset == 0xFFFF_FFFF {
                guard let value = values.uint64() else { throw .malformedDirectory }
                entry.localHeaderOffset = value
            }
            return
        }
        throw .malformedDirectory
    }

    /// Exactly `count` bytes at `offset`, or `.truncated`.
    private static func exactly(_ count: Int, at offset: UInt64, _ read: Reader) throws(Problem) -> [UInt8] {
        guard count >= 0 else { throw .malformedDirectory }
        guard count > 0 else { return [] }
        let bytes: [UInt8]
        do { bytes = try read(offset, count) } catch { throw .truncated }
        guard bytes.count == count else { throw .truncated }
        return bytes
    }
}

/// Little-endian reads from a byte array that answer nil instead of reading past its end.
struct ByteCursor {
    private let bytes: [UInt8]
    private var position: Int

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    mutating func bytes(_ count: Int) -> [UInt8]? {
        guard count >= 0, count <= bytes.count - position else { return nil }
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    mutating func skip(_ count: Int) { position = min(bytes.count, position + count) }

    mutating func uint16() -> UInt16? { integer(2).map { UInt16($0) } }
    mutating func uint32() -> UInt32? { integer(4).map { UInt32($0) } }
    mutating func uint64() -> UInt64? { integer(8) }

    private mutating func integer(_ width: Int) -> UInt64? {
        guard let bytes = bytes(width) else { return nil }
        return bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
