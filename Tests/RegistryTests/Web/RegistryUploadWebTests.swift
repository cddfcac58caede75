import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// Attaching a file from the record page (`multipart/form-data`, streamed).
@Suite("Registry upload page")
struct RegistryUploadWebTests {
    @Test("the form attaches the file; without the CSRF field first, or of a refused type, nothing is stored")
    func uploads() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register("Minutes", series: "IMSM", by: clerk)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let uri = "/registry/records/\(record.object.id)/upload"
                func post(_ form: (String, ByteBuffer)) async throws -> TestResponse {
                    try await client.execute(
                        uri: uri, method: .post, headers: session.headers([.contentType: form.0]), body: form.1)
                }

                let forged = try await post(
                    FileFixtures.multipart(
                        csrf: nil, filename: "a.pdf", type: "application/pdf", content: FileFixtures.pdf))
                #expect(forged.status == .forbidden)
                let wrongType = try await post(
                    FileFixtures.multipart(
                        csrf: csrf, filename: "a.pdf", type: "application/pdf", content: "not a pdf at all"))
                #expect(wrongType.status == .unsupportedMediaType)
                #expect(wrongType.text.formRefusalProblems(fields: ["upload-file"]) == [], "marked on the file field")
                #expect(try await installation.chancery.attachments.verifyBlobs().checked == 0)

                let done = try await post(
                    FileFixtures.multipart(
                        csrf: csrf, filename: "Procès-verbal.pdf", type: "application/pdf", content: FileFixtures.pdf))
                #expect(done.status == .seeOther, "\(done.text)")
                let page = try await client.execute(
                    uri: "/registry/records/\(record.object.id)", method: .get, headers: session.headers())
                #expect(page.text.contains("Procès-verbal.pdf"))
                #expect(try await installation.chancery.attachments.verifyBlobs().checked == 1)

                let notMultipart = try await client.execute(
                    uri: uri, method: .post,
                    headers: session.headers([.contentType: "application/x-www-form-urlencoded"]),
                    body: ByteBuffer(string: "_csrf=\(csrf)"))
                #expect(notMultipart.status == .badRequest)
            }
        }
    }

    @Test("a body cut short inside the file stores nothing (it used to keep the truncated file as an attachment)")
    func truncatedBody() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register("Minutes", series: "IMSM", by: clerk)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let (type, body) = FileFixtures.multipart(
                    csrf: csrf, filename: "minutes.txt", type: "text/plain", content: "The minutes of the meeting.")
                var cut = body
                cut.moveWriterIndex(to: body.writerIndex - 20)

                // exercise
                let response = try await client.execute(
                    uri: "/registry/records/\(record.object.id)/upload", method: .post,
                    headers: session.headers([.contentType: type]), body: cut)

                // validate
                #expect(response.status == .badRequest, "\(response.text)")
                #expect(try await installation.chancery.attachments.verifyBlobs().checked == 0)
                let files = try await installation.chancery.records.attachments(of: record.object.id, by: clerk)
                #expect(files?.1.isEmpty == true, "the truncated file was attached")
            }
        }
    }
}
