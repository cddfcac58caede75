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

/// Files attached to records: content-addressed, typed, labelled, trimmed and audited.
@Suite("Attachments API")
struct AttachmentsAPITests {

    func upload(
        _ client: some TestClientProtocol, token: String, record: String, name: String,
        type: String = "application/pdf",
        content: String = FileFixtures.pdf, label: String? = nil
    ) async throws -> TestResponse {
        var query = "filename=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name)"
        if let label {
            query += "&label=\(label.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? label)"
        }
        return try await client.execute(
            uri: "/api/v1/records/\(record)/attachments?\(query)", method: .post,
            headers: [.authorization: "Bearer \(token)", .contentType: type], body: ByteBuffer(string: content))
    }

    /// The files under the blob store, temporary ones excepted.
    func blobCount(_ installation: TestInstallation) async throws -> Int {
        try await installation.chancery.database.read { db in
            Int(try await db.raw("SELECT COUNT(*) AS n FROM blobs").first()?.decode(column: "n", as: Int64.self) ?? 0)
        }
    }

    @Test("upload, list and download: same bytes back, banner and file name in the headers, both audited")
    func roundTrip() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register(
                "Minutes", series: "IMSM", label: SecurityLabel(classification: .natoConfidential), by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")

                // exercise
                let created = try await upload(
                    client, token: token, record: record.object.id, name: "Procès-verbal.pdf")

                // validate
                #expect(created.status == .created, "\(created.text)")
                let body = try created.decode(AttachmentBody.self)
                #expect(body.name == "Procès-verbal.pdf")
                #expect(body.version == 1 && body.size == Int64(FileFixtures.pdf.utf8.count))
                #expect(body.banner == "NATO CONFIDENTIAL")
                let path = installation.chancery.attachments.blobs.path(of: body.sha256)
                #expect(path.hasPrefix(installation.directory + "/blobs/"))
                #expect(try String(contentsOfFile: path, encoding: .utf8) == FileFixtures.pdf)

                let list = try await client.api(.get, "/api/v1/records/\(record.object.id)/attachments", token: token)
                #expect(list.status == .ok)
                #expect(list.text.contains(body.id))

                let download = try await client.api(
                    .get, "/api/v1/records/\(record.object.id)/attachments/\(body.id)", token: token)
                #expect(download.status == .ok)
                #expect(download.text == FileFixtures.pdf)
                #expect(download.headers[.contentType] == "application/pdf")
                #expect(download.headers[.classification] == "NATO CONFIDENTIAL")
                let disposition = try #require(download.headers[.contentDisposition])
                #expect(disposition.hasPrefix("attachment; filename=\"Proc_s-verbal.pdf\""))
                #expect(disposition.contains("filename*=UTF-8''Proc%C3%A8s-verbal.pdf"))

                let actions = try await installation.auditActions(of: record.object.id)
                #expect(actions.contains("attachment.add"))
                #expect(actions.last == "attachment.download")
            }
        }
    }

    @Test("identical content is stored once; the same name again is a new version")
    func deduplicationAndVersions() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register("Minutes", series: "IMSM", by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let first = try await upload(client, token: token, record: record.object.id, name: "a.pdf")
                let copy = try await upload(client, token: token, record: record.object.id, name: "b.pdf")
                let second = try await upload(
                    client, token: token, record: record.object.id, name: "a.pdf", content: FileFixtures.pdf + "% v2\n")
                #expect([first, copy, second].allSatisfy { $0.status == .created })
                #expect(try first.decode(AttachmentBody.self).sha256 == copy.decode(AttachmentBody.self).sha256)
                #expect(try second.decode(AttachmentBody.self).version == 2)
                #expect(try await blobCount(installation) == 2)
            }
        }
    }

    @Test("a refused type, a content that is not its declared type, an empty file or a lower label store nothing")
    func refusedUploads() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register(
                "Minutes", series: "IMSM", label: SecurityLabel(classification: .natoRestricted), by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let id = record.object.id
                let script = try await upload(
                    client, token: token, record: id, name: "x.sh", type: "application/x-sh", content: "#!/bin/sh")
                #expect(script.status == .unsupportedMediaType)
                let disguised = try await upload(
                    client, token: token, record: id, name: "x.pdf", content: "MZ\u{0}\u{1}not a pdf")
                #expect(disguised.status == .unsupportedMediaType)
                #expect(try disguised.decode(Problem.self).detail.contains("not of the declared type application/pdf"))
                let empty = try await upload(client, token: token, record: id, name: "x.pdf", content: "")
                #expect(empty.status == .badRequest)
                let lower = try await upload(
                    client, token: token, record: id, name: "x.pdf",
                    label: #"{"classification":"NU","releasableTo":["NATO"]}"#)
                #expect(lower.status == .conflict)
                let noName = try await client.execute(
                    uri: "/api/v1/records/\(id)/attachments", method: .post,
                    headers: [.authorization: "Bearer \(token)", .contentType: "application/pdf"],
                    body: ByteBuffer(string: FileFixtures.pdf))
                #expect(noName.status == .badRequest)
                #expect(try await blobCount(installation) == 0)
                let leftovers = try FileManager.default.contentsOfDirectory(
                    atPath: installation.chancery.attachments.blobs.root + "/tmp")
                #expect(leftovers.isEmpty, "a refused upload left a temporary file")
                #expect(FileFixtures.storedFiles(installation).isEmpty, "a refused upload left a file in the store")
            }
        }
    }

    @Test(
        "concurrent uploads of one name to one record get distinct versions, concurrent distributions distinct copies")
    func concurrentVersionsAndCopies() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register("Minutes", series: "IMSM", by: clerk)
            let records = installation.chancery.records
            let versions = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        try await records.attach(
                            [ByteBuffer(string: FileFixtures.pdf + "% \(index)\n")].async, to: record.object.id,
                            name: "minutes.pdf",
                            contentType: "application/pdf", label: nil, limit: 1 << 20, by: clerk
                        ).version
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(versions.sorted() == Array(1...20))
            let list = try await installation.chancery.distributionLists.create(
                .init(name: "L", description: "", members: [.init(kind: .unit, id: "J2", role: .info)]), by: clerk)
            let copies = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<10 {
                    group.addTask {
                        try await records.distribute(record.object.id, to: list.id, by: clerk).granted[0].number
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(copies.sorted() == Array(1...10))
        }
    }

    @Test("an upload over the size limit is refused while streaming and leaves nothing")
    func sizeLimit() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register("Minutes", series: "IMSM", by: clerk)
            let chunks = [ByteBuffer(string: FileFixtures.pdf), ByteBuffer(repeating: 0x41, count: 4096)].async
            await #expect(throws: AppError.self) {
                try await installation.chancery.records.attach(
                    chunks, to: record.object.id, name: "big.pdf", contentType: "application/pdf", label: nil,
                    limit: 1024,
                    by: clerk)
            }
            #expect(try await blobCount(installation) == 0)
            #expect(FileFixtures.storedFiles(installation).isEmpty)
        }
    }

    @Test("who may not read the record, or the attachment's label, gets 404 and sees nothing; denials are audited")
    func trimming() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.user("owen", MockUser.otherClerk)  // NC, GBR, same unit
            try await installation.user("vic", MockUser.visitor)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register(
                "Minutes", series: "IMSM", label: SecurityLabel(classification: .natoRestricted), by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let open = try (try await upload(client, token: token, record: record.object.id, name: "open.pdf"))
                    .decode(AttachmentBody.self)
                let secret = try await upload(
                    client, token: token, record: record.object.id, name: "annex-secret.pdf",
                    content: FileFixtures.pdf + "% secret annex\n",
                    label: #"{"classification":"NS","releasableTo":["NATO"]}"#)
                #expect(secret.status == .created)
                let secretID = try secret.decode(AttachmentBody.self).id

                // owen reads the NR record but not the NS annex
                let owen = try await client.token(for: "owen")
                let list = try await client.api(.get, "/api/v1/records/\(record.object.id)/attachments", token: owen)
                #expect(list.status == .ok)
                #expect(
                    list.text.contains(open.id) && !list.text.contains(secretID) && !list.text.contains("annex-secret"))
                let denied = try await client.api(
                    .get, "/api/v1/records/\(record.object.id)/attachments/\(secretID)", token: owen)
                #expect(denied.status == .notFound)
                #expect(!denied.text.contains("annex"))
                let actions = try await installation.auditActions(of: record.object.id)
                #expect(actions.last == "access.denied")
                // a file that does not exist is refused alike, and recorded alike: same answer, same work
                let missingID = ObjectID.make(milliseconds: Clock.nowMilliseconds())
                let absent = try await client.api(
                    .get, "/api/v1/records/\(record.object.id)/attachments/\(missingID)", token: owen)
                #expect(absent.status == .notFound)
                #expect(
                    absent.text.replacingOccurrences(of: missingID, with: "ID")
                        == denied.text.replacingOccurrences(of: secretID, with: "ID"))
                #expect(
                    try await installation.auditActions(of: record.object.id).suffix(2) == [
                        "access.denied", "access.denied",
                    ])

                // vic may not read the record at all
                let vic = try await client.token(for: "vic")
                for path in ["/attachments", "/attachments/\(open.id)"] {
                    let response = try await client.api(.get, "/api/v1/records/\(record.object.id)\(path)", token: vic)
                    #expect(response.status == .notFound, "\(path)")
                }
                let blobsBefore = try await blobCount(installation)
                let refused = try await upload(
                    client, token: vic, record: record.object.id, name: "x.pdf", content: FileFixtures.pdf + "%x")
                #expect(refused.status == .notFound)
                #expect(try await blobCount(installation) == blobsBefore)
            }
        }
    }

    @Test("verify-blobs finds a corrupted and a missing file; the attachments check then fails verification")
    func verifyBlobs() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.series("SCAN", template: "SCAN-{seq}-{year}", checks: [.attachments], by: supervisor)
            let record = try await installation.register("Scanned letter", series: "SCAN", by: clerk)
            let store = installation.chancery.records
            for (name, text) in [("one.pdf", FileFixtures.pdf), ("two.pdf", FileFixtures.pdf + "%2")] {
                _ = try await store.attach(
                    [ByteBuffer(string: text)].async, to: record.object.id, name: name, contentType: "application/pdf",
                    label: nil, limit: 1 << 20, by: clerk)
            }
            #expect(try await installation.chancery.attachments.verifyBlobs().isIntact)

            // exercise: alter one file, delete the other
            let files = try await installation.chancery.database.read { db in
                try await db.raw("SELECT sha256 FROM blobs ORDER BY sha256").all().map {
                    try $0.decode(column: "sha256", as: String.self)
                }
            }
            let blobs = installation.chancery.attachments.blobs
            try Data("tampered".utf8).write(to: URL(fileURLWithPath: blobs.path(of: files[0])))
            try FileManager.default.removeItem(atPath: blobs.path(of: files[1]))

            // validate
            let report = try await installation.chancery.attachments.verifyBlobs()
            #expect(!report.isIntact)
            #expect(report.corrupted.map(\.sha256) == [files[0]])
            #expect(report.missing == [files[1]])
            await #expect(throws: AppError.self) { try await store.verify(record.object.id, by: clerk) }
        }
    }
}

extension Array where Element == ByteBuffer {
    /// The buffers as an asynchronous stream, as a request body delivers them.
    var async: AsyncStream<ByteBuffer> {
        AsyncStream { continuation in
            for buffer in self { continuation.yield(buffer) }
            continuation.finish()
        }
    }
}
