import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A `multipart/form-data` body as a client writes it, part after part, with a boundary of its own.
package struct MultipartForm: Sendable {
    package struct Part: Sendable {
        package var name: String
        package var filename: String?
        package var contentType: String?
        package var content: String

        package init(name: String, filename: String? = nil, contentType: String? = nil, content: String) {
            self.name = name
            self.filename = filename
            self.contentType = contentType
            self.content = content
        }
    }

    package var parts: [Part] = []
    package var boundary = "chancery-test-" + UUID().uuidString

    package init(parts: [Part] = [], boundary: String = "chancery-test-" + UUID().uuidString) {
        self.parts = parts
        self.boundary = boundary
    }

    /// A form of `POST /api/v1/records`: the record's JSON first, then each file.
    package static func registration(_ record: String, files: [(name: String, type: String, content: String)])
        -> MultipartForm
    {
        MultipartForm(
            parts: [Part(name: "record", contentType: "application/json", content: record)]
                + files.map { Part(name: "file", filename: $0.name, contentType: $0.type, content: $0.content) })
    }

    package var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    package var text: String {
        var body = ""
        for part in parts {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\""
            if let filename = part.filename { body += "; filename=\"\(filename)\"" }
            body += "\r\n"
            if let type = part.contentType { body += "Content-Type: \(type)\r\n" }
            body += "\r\n\(part.content)\r\n"
        }
        return body + "--\(boundary)--\r\n"
    }
}

extension TestClientProtocol {
    /// Posts a form to the API with a bearer token; `cut` leaves that many bytes off the end of the body.
    package func post(
        _ uri: String, form: MultipartForm, token: String, headers extra: HTTPFields = [:], cut: Int = 0
    ) async throws -> TestResponse {
        var headers = extra
        headers[.authorization] = "Bearer \(token)"
        headers[.contentType] = form.contentType
        let body = Array(form.text.utf8)
        return try await execute(
            uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body.dropLast(cut)))
    }
}
