import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// A file declared as a Word (or Excel, PowerPoint, OpenDocument) document must have that document's container,
/// not only the "PK" of any ZIP archive: anything else is refused with a sentence and nothing is kept.
@Suite("Attachment containers")
struct AttachmentContainerAPITests {
    static let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    static let odt = "application/vnd.oasis.opendocument.text"

    func upload(_ client: some TestClientProtocol, token: String, record: String, type: String, bytes: [UInt8])
        async throws -> TestResponse
    {
        try await client.execute(
            uri: "/api/v1/records/\(record)/attachments?filename=minutes", method: .post,
            headers: [.authorization: "Bearer \(token)", .contentType: type], body: ByteBuffer(bytes: bytes))
    }

    @Test("an HTML page zipped, or magic bytes before HTML, is refused as a Word document; nothing is stored")
    func refused() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register("Minutes", series: "IMSM", by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let zippedPage = TestZip.make([
                    .init("index.html", "<html><script>alert(document.cookie)</script></html>")
                ])
                let magicThenHTML = [0x50, 0x4B, 0x03, 0x04] + Array("<html><body>phish</body></html>".utf8)
                let spreadsheetAsText = TestZip.odf("application/vnd.oasis.opendocument.spreadsheet")

                for (type, bytes, reason) in [
                    (Self.docx, zippedPage, "[Content_Types].xml"), (Self.docx, magicThenHTML, "ZIP"),
                    (Self.odt, spreadsheetAsText, "mimetype"), (Self.odt, TestZip.docx, "mimetype"),
                ] {
                    // exercise
                    let refused = try await upload(
                        client, token: token, record: record.object.id, type: type, bytes: bytes)

                    // validate
                    let problem = try refused.problem(.unsupportedMediaType, type: "file-content-mismatch")
                    #expect(problem.detail.contains(reason), "\(problem.detail)")
                    #expect(problem.detail.contains(type))
                }
                let frenchProblem = try await client.execute(
                    uri: "/api/v1/records/\(record.object.id)/attachments?filename=minutes", method: .post,
                    headers: [.authorization: "Bearer \(token)", .contentType: Self.docx, .acceptLanguage: "fr"],
                    body: ByteBuffer(bytes: zippedPage))
                #expect(try frenchProblem.problem(.unsupportedMediaType).detail.contains("Rien n'a été enregistré"))
                #expect(FileFixtures.storedFiles(installation).isEmpty)
                let temporary = installation.chancery.attachments.blobs.root + "/tmp"
                #expect((try? FileManager.default.contentsOfDirectory(atPath: temporary))?.isEmpty ?? true)
                let attachments = try await client.api(
                    .get, "/api/v1/records/\(record.object.id)/attachments", token: token)
                #expect(attachments.status == .ok)
                #expect(try await installation.auditActions(of: record.object.id).contains("attachment.add") == false)

                // real packages are accepted
                let word = try await upload(
                    client, token: token, record: record.object.id, type: Self.docx, bytes: TestZip.docx)
                #expect(word.status == .created, "\(word.text)")
                let text = try await upload(
                    client, token: token, record: record.object.id, type: Self.odt, bytes: TestZip.odf(Self.odt))
                #expect(text.status == .created, "\(text.text)")
            }
        }
    }
}
