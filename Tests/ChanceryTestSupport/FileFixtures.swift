import Foundation
import NIOCore

@testable import ChancerySpine

/// Files as clients send them: a minimal PDF, and a page's upload form as the browser writes it.
package enum FileFixtures {
    /// The smallest PDF the type checks accept.
    package static let pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

    /// A `multipart/form-data` upload form: the CSRF field (when given) and then the file.
    package static func multipart(
        csrf: String?, filename: String, type: String, content: String, boundary: String = "XyZ123boundary"
    )
        -> (String, ByteBuffer)
    {
        var body = ""
        if let csrf {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n"
        }
        body +=
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: \(type)\r\n\r\n"
        body += content + "\r\n--\(boundary)--\r\n"
        return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(string: body))
    }

    /// The files stored under the installation's data directory (not the temporary ones being received).
    package static func storedFiles(_ installation: TestInstallation) -> [String] {
        let root = installation.chancery.attachments.blobs.root
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return files.filter { !$0.hasPrefix("tmp") && $0.split(separator: "/").count == 3 }
    }
}
