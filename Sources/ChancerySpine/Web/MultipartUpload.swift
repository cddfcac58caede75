import ChanceryKit
import Foundation
import Hummingbird
import MultipartKit

/// A `multipart/form-data` body, read as it streams: the small fields (the CSRF token of a page's form, the
/// record of an API registration) are collected, and each file part is handed on as a stream of buffers, never
/// held whole. Used by the pages' upload forms and by `POST /api/v1/records` with files.
package final class MultipartUpload {
    /// The bytes of one file part as they arrive; it fails when the request is refused or ends inside the
    /// part, so that whoever stores the file keeps nothing of it.
    package typealias FileChunks = AsyncThrowingStream<ByteBuffer, any Error>

    /// What a file part declared.
    package struct FilePart: Sendable {
        /// The part's name in the form (`file`).
        package var name: String
        package var filename: String
        package var contentType: String

        package init(name: String, filename: String, contentType: String) {
            self.name = name
            self.filename = filename
            self.contentType = contentType
        }
    }

    /// The part being read: a field and the bytes it has so far, or a file and the stream of its bytes (none
    /// when the file is one too many and its bytes are skipped).
    private enum Part {
        case field(String, [UInt8])
        case file(AsyncThrowingStream<ByteBuffer, any Error>.Continuation?)
    }

    private let parser: MultipartParser
    private let isFile: (_ name: String, _ filename: String?) -> Bool
    private let maxFiles: Int
    private let fieldLimit: Int
    private var headers: [String: String] = [:]
    private var part: Part?
    private var started: [(FilePart, FileChunks)] = []

    package private(set) var fields: [String: String] = [:]
    /// The names of the parts in the order they came, fields and files.
    package private(set) var partNames: [String] = []
    /// Fields longer than `fieldLimit` bytes (kept cut at the limit).
    package private(set) var oversizedFields: Set<String> = []
    /// File parts beyond `maxFiles`, whose bytes were skipped.
    package private(set) var skippedFiles = 0
    private var fileCount = 0

    /// The boundary of a `multipart/form-data` content type, when it is one that can be parsed.
    package static func boundary(of contentType: String?) -> String? {
        guard let contentType, isMultipart(contentType) else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return (1...70).contains(value.count) && value.allSatisfy({ $0.isASCII && !$0.isNewline }) ? value : nil
        }
        return nil
    }

    /// Whether a content type is `multipart/form-data` (whatever its parameters).
    package static func isMultipart(_ contentType: String?) -> Bool {
        contentType?.lowercased().hasPrefix("multipart/form-data") ?? false
    }

    /// - Parameters:
    ///   - isFile: which parts are files; by default those that name a file (`filename="…"`).
    ///   - maxFiles: file parts beyond this many are skipped (and counted in `skippedFiles`).
    ///   - fieldLimit: the most bytes kept of a field.
    package init(
        boundary: String, maxFiles: Int = 1, fieldLimit: Int = 4096,
        isFile: @escaping (_ name: String, _ filename: String?) -> Bool = { _, filename in filename != nil }
    ) {
        parser = MultipartParser(boundary: boundary)
        self.isFile = isFile
        self.maxFiles = maxFiles
        self.fieldLimit = fieldLimit
        parser.onHeader = { [unowned self] name, value in self.headers[name.lowercased()] = value }
        parser.onBody = { [unowned self] buffer in self.body(buffer) }
        parser.onPartComplete = { [unowned self] in self.partComplete() }
    }

    /// Feeds the next piece of the request body.
    package func feed(_ buffer: ByteBuffer) throws { try parser.execute(buffer) }

    /// The file parts that began since the last call, each with the stream of its bytes, in order.
    package func takeStartedFiles() -> [(FilePart, FileChunks)] {
        defer { started = [] }
        return started
    }

    /// Whether the body so far ends inside a part (a body that stops there was cut short).
    package var isInsidePart: Bool { part != nil }

    /// Fails the stream of the file being read, if any: the request was refused or cut short.
    package func abandon(_ error: any Error) {
        if case .file(let continuation) = part { continuation?.finish(throwing: error) }
    }

    private func body(_ buffer: ByteBuffer) {
        if part == nil { startPart() }
        switch part {
        case .field(let name, var bytes):
            part = nil  // so that the bytes are appended in place, not copied
            let room = fieldLimit - bytes.count
            if buffer.readableBytes > room { oversizedFields.insert(name) }
            bytes += buffer.readableBytesView.prefix(max(room, 0))
            part = .field(name, bytes)
        case .file(let continuation):
            continuation?.yield(buffer)
        case nil:
            break
        }
    }

    private func startPart() {
        let disposition = headers["content-disposition"] ?? ""
        let name = Self.parameter("name", in: disposition) ?? ""
        let filename = Self.parameter("filename", in: disposition)
        partNames.append(name)
        guard isFile(name, filename) else {
            part = .field(name, [])
            return
        }
        fileCount += 1
        guard fileCount <= maxFiles else {
            skippedFiles += 1
            part = .file(nil)
            return
        }
        let (chunks, continuation) = FileChunks.makeStream()
        let file = FilePart(
            name: name, filename: filename ?? "", contentType: headers["content-type"] ?? "application/octet-stream")
        started.append((file, chunks))
        part = .file(continuation)
    }

    private func partComplete() {
        if part == nil { startPart() }  // an empty part
        switch part {
        case .field(let name, let bytes): fields[name] = String(decoding: bytes, as: UTF8.self)
        case .file(let continuation): continuation?.finish()
        case nil: break
        }
        part = nil
        headers = [:]
    }

    /// `name="value"` in a Content-Disposition header.
    package static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == name else { continue }
            return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
