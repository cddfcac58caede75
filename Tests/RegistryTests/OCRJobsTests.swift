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
@testable import Registry

/// Scanned paper made searchable by OCR in the spine's job queue: English and French pages the test makes
/// itself, the text state of each file, the searchable PDF beside the original, and a reader who may not see
/// the record learning nothing of it.
@Suite("OCR jobs", .serialized)
struct OCRJobsTests {
    static let english = ["The quartermaster requests", "winter boots for the brigade"]
    static let french = ["Ravitaillement urgent des", "enquêtes hebdomadaires"]

    /// Attaches a file to a record through the registry store, as an upload does.
    static func attach(
        _ data: Data, name: String, type: String, to record: RegistryRecord, by principal: Principal,
        _ installation: TestInstallation
    ) async throws -> ChancerySpine.Attachment {
        try await installation.chancery.records.attach(
            [ByteBuffer(bytes: data)].async, to: record.object.id, name: name, contentType: type, label: nil,
            limit: 10 << 20, by: principal)
    }

    static func hits(_ client: some TestClientProtocol, _ query: String, token: String) async throws
        -> SearchFixtures.Results
    {
        let response = try await client.api(.get, SearchFixtures.path(query), token: token)
        try #require(response.status == .ok, "\(query): \(response.text)")
        return try response.decode(SearchFixtures.Results.self)
    }

    @Test("a scanned page in English and one in French are read by OCR and found by a word of each")
    func englishAndFrench() async throws {
        try await withInstallation { installation in
            // setup
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let orders = try await SearchFixtures.register(installation, "Orders received by fax", by: clerk)
            let letter = try await SearchFixtures.register(installation, "Lettre reçue", language: "fr", by: clerk)
            let scan = try await Self.attach(
                try ScannedPage.pdf(Self.english), name: "fax.pdf", type: "application/pdf", to: orders, by: clerk,
                installation)
            let photo = try await Self.attach(
                try ScannedPage.png(Self.french), name: "lettre.png", type: "image/png", to: letter, by: clerk,
                installation)
            #expect(scan.text == .waiting && photo.text == .waiting)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                #expect(try await Self.hits(client, "quartermaster", token: token).total == 0)
                let waiting = try await client.api(
                    .get, "/api/v1/records/\(orders.object.id)/attachments", token: token)
                #expect(waiting.text.contains("\"textState\":\"waiting\""), "\(waiting.text)")

                // exercise
                let attempts = try await installation.chancery.jobWorker().drain()

                // validate
                #expect(attempts == 2)
                let found = try await Self.hits(client, "quartermaster", token: token)
                #expect(found.hits.map(\.id) == [orders.object.id])
                let trouvé = try await Self.hits(client, "ravitaillement", token: token)
                #expect(trouvé.hits.map(\.id) == [letter.object.id])
                let done = try await client.api(.get, "/api/v1/records/\(orders.object.id)/attachments", token: token)
                #expect(done.text.contains("\"textState\":\"done\""), "\(done.text)")
            }
            // The original is kept; the searchable PDF is stored beside it, by its hash, with a text layer.
            let pdfs = try await installation.chancery.database.read { db in
                try await db.raw("SELECT attachment_id, sha256 FROM attachment_searchable_pdfs ORDER BY attachment_id")
                    .all().map {
                        (
                            try $0.decode(column: "attachment_id", as: String.self),
                            try $0.decode(column: "sha256", as: String.self)
                        )
                    }
            }
            #expect(Set(pdfs.map(\.0)) == [scan.id, photo.id])
            let blobs = installation.chancery.attachments.blobs
            #expect(blobs.check(scan.sha256, size: scan.size) == .intact)
            for (_, hash) in pdfs {
                #expect(hash != scan.sha256 && hash != photo.sha256)
                #expect(
                    try Data(contentsOf: URL(fileURLWithPath: blobs.path(of: hash))).starts(with: Data("%PDF".utf8)))
            }
            #expect(try await installation.auditActions(of: orders.object.id).contains("attachment.ocr"))
        }
    }

    @Test("a reader who may not see the record learns nothing of its OCR job or its text")
    func trimmed() async throws {
        try await withInstallation { installation in
            // setup: a NATO SECRET record; Owen (NATO CONFIDENTIAL, same unit) may not read it
            let (clerk, owen) = try await SearchFixtures.registryDesk(installation)
            let secret = try await SearchFixtures.register(
                installation, "Orders", label: SecurityLabel(classification: .natoSecret), by: clerk)
            _ = try await Self.attach(
                try ScannedPage.pdf(Self.english), name: "fax.pdf", type: "application/pdf", to: secret, by: clerk,
                installation)
            let jobs = installation.chancery.jobs

            // validate: the queue's figures while waiting
            #expect(try await jobs.backlog(of: [AttachmentStore.ocrJob], visibleTo: clerk).waiting == 1)
            let hidden = try await jobs.backlog(of: [AttachmentStore.ocrJob], visibleTo: owen)
            #expect(hidden.waiting == 0 && hidden.oldestCreatedAt == nil)

            try await installation.chancery.jobWorker().drain()
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "owen")
                // Search: no hit, no count, no snippet.
                let results = try await Self.hits(client, "quartermaster", token: token)
                #expect(results.total == 0 && results.hits.isEmpty)
                #expect(results.facets.values.allSatisfy { $0.values.allSatisfy { $0 == 0 } })
                // The record's files (and their text state): the same answer as a record that does not exist.
                let files = try await client.api(.get, "/api/v1/records/\(secret.object.id)/attachments", token: token)
                let none = try await client.api(
                    .get, "/api/v1/records/\(ObjectID.make(milliseconds: 1))/attachments", token: token)
                #expect(files.status == none.status && files.status == .notFound)
                #expect(!files.text.contains("textState") && !files.text.contains("ocr"))

                let clerkToken = try await client.token(for: "clerk")
                #expect(try await Self.hits(client, "quartermaster", token: clerkToken).total == 1)
            }
        }
    }

    @Test("a file whose OCR keeps failing ends failed with its reason, shown with the file; retry queues it again")
    func failure() async throws {
        try await withInstallation { installation in
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let record = try await SearchFixtures.register(installation, "Orders", by: clerk)
            // The minimal PDF of the fixtures has no page: OCR cannot read it.
            let file = try await Self.attach(
                Data(FileFixtures.pdf.utf8), name: "empty.pdf", type: "application/pdf", to: record, by: clerk,
                installation)
            var queue = installation.chancery.jobs
            // The job was queued with the default 4 attempts; no wait between them here.
            queue.policy = JobPolicy(firstBackoff: .zero)
            let worker = installation.chancery.jobWorker(queue: queue)

            #expect(try await worker.drain() == 4)

            let failed = try await queue.list(states: [.failed])
            #expect(failed.count == 1 && failed.first?.subject == file.id && failed.first?.attempts == 4)
            #expect(failed.first?.lastError?.contains("ocrmypdf") == true)
            let listed = try await installation.chancery.records.attachments(of: record.object.id, by: clerk)
            #expect(listed?.1.first?.text.name == "failed")
            #expect(listed?.1.first?.text.failureReason?.isEmpty == false)
            #expect(try await installation.auditActions(of: record.object.id).contains("job.failed"))

            let retried = try await queue.retry(nil, by: "test")
            #expect(retried.map(\.id) == failed.map(\.id))
            #expect(
                try await installation.chancery.records.attachments(of: record.object.id, by: clerk)?.1.first?.text
                    == .waiting)
        }
    }

    @Test("destroying a record destroys the searchable PDFs made of its files and their text")
    func destruction() async throws {
        try await withInstallation { installation in
            // setup: an unclassified record filed in a folder due at once, its scan read by OCR
            let scene = try await LifeCycleFixtures.scene(installation, label: .unclassified)
            let records = installation.chancery.records
            let id = scene.record.object.id
            _ = try await Self.attach(
                try ScannedPage.pdf(Self.english), name: "fax.pdf", type: "application/pdf", to: scene.record,
                by: scene.clerk, installation)
            // (The fixture's own page-less PDF fails its first attempt and waits for its next.)
            try await installation.chancery.jobWorker().drain()
            let pdf = try #require(
                try await installation.chancery.database.read { db in
                    try await db.raw("SELECT sha256 FROM attachment_searchable_pdfs").first()?.decode(
                        column: "sha256", as: String.self)
                })
            let path = installation.chancery.attachments.blobs.path(of: pdf)
            #expect(FileManager.default.fileExists(atPath: path))
            _ = try await records.file(id, in: scene.folder.id, by: scene.clerk)
            _ = try await records.close(id, by: scene.clerk)

            // exercise
            _ = try await records.dispose(id, action: .destroy, witness: nil, method: nil, by: scene.supervisor)

            // validate
            #expect(!FileManager.default.fileExists(atPath: path))
            let left = try await installation.chancery.database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM attachment_searchable_pdfs").first()?.decode(
                    column: "n", as: Int64.self)
            }
            #expect(left == 0)
            let hits = try await installation.chancery.search.searchIDs(
                try SearchQuery(parsing: "quartermaster", offices: ["registry"]), limit: 10, by: scene.supervisor)
            #expect(hits.ids.isEmpty)
        }
    }

    @Test("the searchable PDF downloads like the file itself, audited; 404 to a reader who may not read the record")
    func searchablePDFDownload() async throws {
        try await withInstallation { installation in
            // setup: a NATO SECRET record with a scan; Owen (NATO CONFIDENTIAL, same unit) may not read it
            let (clerk, owen) = try await SearchFixtures.registryDesk(installation)
            let secret = try await SearchFixtures.register(
                installation, "Orders", label: SecurityLabel(classification: .natoSecret), by: clerk)
            let scan = try await Self.attach(
                try ScannedPage.pdf(Self.english), name: "fax.pdf", type: "application/pdf", to: secret, by: clerk,
                installation)
            let files = "/api/v1/records/\(secret.object.id)/attachments"
            let api = "\(files)/\(scan.id)/searchable-pdf"
            let page = "/registry/records/\(secret.object.id)"
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let session = try await client.signIn("clerk")
                // Before OCR: no PDF yet, said in a sentence; no link on the page.
                let early = try await client.api(.get, api, token: token)
                #expect(early.status == .notFound && early.text.contains("no-searchable-pdf"), "\(early.text)")
                #expect(early.text.contains("has no searchable PDF"))
                let before = try await client.execute(uri: page, method: .get, headers: session.headers())
                #expect(before.text.element(id: "searchable-\(scan.id)") == nil)
                try await installation.chancery.jobWorker().drain()

                // exercise
                let pdf = try await client.api(.get, api, token: token)
                let after = try await client.execute(uri: page, method: .get, headers: session.headers())
                let link = try await client.execute(
                    uri: "\(page)/attachments/\(scan.id)/searchable-pdf", method: .get, headers: session.headers())
                let owenToken = try await client.token(for: "owen")
                let hidden = try await client.api(.get, api, token: owenToken)
                let unknownPath = "\(files)/\(ObjectID.make(milliseconds: 1))/searchable-pdf"
                let missing = try await client.api(.get, unknownPath, token: owenToken)
                let owenPage = try await client.execute(
                    uri: "\(page)/attachments/\(scan.id)/searchable-pdf", method: .get,
                    headers: try await client.signIn("owen").headers())

                // validate: the clerk gets the PDF (a text layer over the scan), labelled and named like the file
                #expect(pdf.status == .ok)
                #expect(pdf.headers[.contentType] == "application/pdf")
                #expect(pdf.headers[.classification] == scan.label.banner)
                #expect(pdf.headers[.contentDisposition]?.contains("fax.ocr.pdf") == true)
                #expect(pdf.headers[.eTag] != "\"\(scan.sha256)\"")
                #expect(pdf.text.hasPrefix("%PDF"))
                #expect(after.text.element(id: "searchable-\(scan.id)") == "searchable PDF (OCR)")
                #expect(link.status == .ok && link.headers[.contentType] == "application/pdf")
                let listed = try await client.api(.get, files, token: token)
                #expect(listed.text.contains("\"searchablePdf\":true"), "\(listed.text)")
                // Owen: the same answer as for a file that does not exist, on the API and on the page
                #expect(hidden.status == .notFound && hidden.status == missing.status)
                let unknown = missing.text.replacingOccurrences(of: unknownPath, with: "")
                #expect(hidden.text.replacingOccurrences(of: api, with: "") == unknown, "\(hidden.text)")
                #expect(hidden.text.contains("object-not-found") && !hidden.text.contains("%PDF"))
                #expect(owenPage.status == .notFound && !owenPage.text.contains("%PDF"))
            }
            // Audited like the file's own download: each download by the clerk, each refusal of Owen.
            let downloads = try await installation.auditEvents(action: "attachment.download")
            #expect(downloads.count == 2)
            #expect(downloads.allSatisfy { $0.actor == clerk.id && $0.details["copy"] == "searchable-pdf" })
            #expect(downloads.allSatisfy { $0.details["attachment"] == scan.id && $0.details["sha256"] != scan.sha256 })
            let denied = try await installation.auditEvents(action: "access.denied").filter { $0.actor == owen.id }
            // (the record's own denial, as for the file: the API, the unknown file on the same record, the page)
            #expect(denied.count == 3 && denied.allSatisfy { $0.details["action"] == "read" })
        }
    }
}
