import ChanceryKit
import Foundation
import Hummingbird
import MultipartKit

/// A `multipart/form-data` upload from a web form, read as it streams: the small fields (the CSRF token
/// first of all) are collected, and the one file part is handed on as a stream of buffers, never held whole.
final class MultipartUpload {
    /// What the file part declared.
    struct FilePart: Sendable {
        var filename: String
        var contentType: String
    }

    private let parser: MultipartParser
    private var headers: [String: String] = [:]
    private var fieldName: String?
    private var fieldValue = ""
    private(set) var fields: [String: String] = [:]
    private(set) var file: FilePart?
    private var fileDone = false
    private let continuation: AsyncStream<ByteBuffer>.Continuation
    let fileChunks: AsyncStream<ByteBuffer>

    /// The boundary of a `multipart/form-data` content type, when it is one that can be parsed.
    static func boundary(of contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return (1...70).contains(value.count) && value.allSatisfy({ $0.isASCII && !$0.isNewline }) ? value : nil
        }
        return nil
    }

    init(boundary: String) {
        parser = MultipartParser(boundary: boundary)
        (fileChunks, continuation) = AsyncStream<ByteBuffer>.makeStream()
        parser.onHeader = { [unowned self] name, value in self.headers[name.lowercased()] = value }
        parser.onBody = { [unowned self] buffer in self.body(&buffer) }
        parser.onPartComplete = { [unowned self] in self.partComplete() }
    }

    /// Feeds the next piece of the request body.
    func feed(_ buffer: ByteBuffer) throws { try parser.execute(buffer) }

    /// Whether the file part has begun (its headers are known).
    var fileStarted: Bool { file != nil }

    /// Ends the file stream (when the body ended or was refused).
    func finish() { continuation.finish() }

    private func body(_ buffer: inout ByteBuffer) {
        if file == nil, fieldName == nil { startPart() }
        if file != nil, !fileDone {
            continuation.yield(buffer)
        } else if fieldName != nil, fieldValue.utf8.count < 4096 {
            fieldValue += buffer.readString(length: buffer.readableBytes) ?? ""
        }
    }

    private func startPart() {
        let disposition = headers["content-disposition"] ?? ""
        let name = Self.parameter("name", in: disposition)
        if let filename = Self.parameter("filename", in: disposition), file == nil {
            file = FilePart(filename: filename, contentType: headers["content-type"] ?? "application/octet-stream")
        } else {
            fieldName = name ?? ""
        }
    }

    private func partComplete() {
        if file == nil, fieldName == nil { startPart() }  // an empty part
        if let fieldName {
            fields[fieldName] = fieldValue
        } else if file != nil {
            fileDone = true
            continuation.finish()
        }
        fieldName = nil
        fieldValue = ""
        headers = [:]
    }

    /// `name="value"` in a Content-Disposition header.
    static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == name else { continue }
            return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
