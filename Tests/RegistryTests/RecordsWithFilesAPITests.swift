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

/// `POST /api/v1/records` as `multipart/form-data`: an item and its files registered in one request and one
/// transaction, or nothing at all.
@Suite("Registering an item with its files")
struct RecordsWithFilesAPITests {
    static let minutes = "Minutes of the logistics working group: the convoy leaves at dawn."
    static var year: Int { HeadquartersCalendar.year(Clock.nowMilliseconds()) }

    /// The clerk, the supervisor, Owen (NATO CONFIDENTIAL) and the series IMSM.
    static func desk(_ installation: TestInstallation) async throws {
        try await installation.user("clerk", MockUser.registry)
        try await installation.user("owen", MockUser.otherClerk)
        try await installation.user("vic", MockUser.visitor)
        let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
        try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
    }

    /// How many rows the tables of records and files hold.
    static func rows(_ installation: TestInstallation) async throws -> [String: Int] {
        try await installation.chancery.database.read { db in
            var counts: [String: Int] = [:]
            for table in ["objects", "records", "attachments", "blobs", "attachment_texts", "search_fields"] {
                counts[table] = Int(
                    try await db.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(
                        column: "n", as: Int64.self) ?? 0)
            }
            return counts
        }
    }

    /// The files left under the blob store's temporary folder.
    static func temporaryFiles(_ installation: TestInstallation) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: installation.chancery.attachments.blobs.root + "/tmp"))
            ?? []
    }

    @Test("one request registers the item and its files: 201 with its attachments, searchable at once, audited")
    func registersWithFiles() async throws {
        try await withInstallation { installation in
            try await Self.desk(installation)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let form = MultipartForm.registration(
                    recordBody("Logistics working group", extra: #","metadata":{"case_ref":"LOG-7"}"#),
                    files: [
                        ("Minutes-WG.txt", "text/plain; charset=utf-8", Self.minutes),
                        ("scan.pdf", "application/pdf", FileFixtures.pdf),
                    ])

                // exercise
                let response = try await client.post("/api/v1/records", form: form, token: token)

                // validate
                #expect(response.status == .created, "\(response.text)")
                let body = try response.decode(RecordBody.self)
                #expect(body.reference == "IMSM-0001-\(Self.year)")
                #expect(body.metadata == ["case_ref": "LOG-7"])
                let files = try #require(body.attachments)
                #expect(files.map(\.name) == ["Minutes-WG.txt", "scan.pdf"])
                #expect(files.map(\.contentType) == ["text/plain", "application/pdf"])
                #expect(files.allSatisfy { $0.recordId == body.id && $0.banner == "NATO UNCLASSIFIED" })
                #expect(response.headers[.location] == "/api/v1/records/\(body.id)")
                #expect(response.headers[.eTag] == "\"v1\"")
                #expect(response.headers[.classification] == "NATO UNCLASSIFIED")

                let listed = try await client.api(.get, "/api/v1/records/\(body.id)/attachments", token: token)
                #expect((try listed.jsonObject()["items"] as? [Any])?.count == 2)
                // searchable when the 201 comes back: its words, its file's name, its metadata
                for query in ["convoy dawn", "filename:minutes*", "filename:minutes-wg.txt", "meta.case_ref:log-7"] {
                    let found = try await client.api(.get, SearchFixtures.path(query), token: token)
                    let results = try found.decode(SearchFixtures.Results.self)
                    #expect(results.total == 1 && results.hits.first?.id == body.id, "\(query): \(found.text)")
                }
                let actions = try await installation.auditActions(of: body.id)
                #expect(actions.filter { $0 == "attachment.add" }.count == 2)
                #expect(actions.first == "object.create")
            }
        }
    }

    /// A form that must be refused whole.
    struct Refusal: Sendable, CustomTestStringConvertible {
        var name: String
        var form: MultipartForm
        var status: HTTPResponse.Status
        var type: String
        var cut = 0
        var testDescription: String { name }
    }

    static let good = recordBody("Minutes")
    static let text: (name: String, type: String, content: String) = ("minutes.txt", "text/plain", minutes)
    static let refusals: [Refusal] = [
        Refusal(
            name: "record not JSON", form: .registration("{not json", files: [text]), status: .badRequest,
            type: "invalid-json"),
        Refusal(
            name: "an unknown field in the record",
            form: .registration(recordBody("Minutes", extra: #","colour":"red""#), files: [text]),
            status: .badRequest, type: "unknown-field"),
        Refusal(
            name: "a second file of a type not accepted",
            form: .registration(good, files: [text, ("run.sh", "application/x-sh", "#!/bin/sh\necho hi\n")]),
            status: .unsupportedMediaType, type: "file-type-not-allowed"),
        Refusal(
            name: "a second file that is not of its declared type",
            form: .registration(good, files: [text, ("scan.pdf", "application/pdf", "MZ not a pdf")]),
            status: .unsupportedMediaType, type: "file-content-mismatch"),
        Refusal(
            name: "a file over the upload limit",
            form: .registration(
                good, files: [text, ("big.txt", "text/plain", String(repeating: "a", count: (1 << 20) + 1))]),
            status: .contentTooLarge, type: "body-too-large"),
        Refusal(
            name: "an empty file", form: .registration(good, files: [text, ("empty.txt", "text/plain", "")]),
            status: .badRequest, type: "empty-file"),
        Refusal(
            name: "the record after the file",
            form: MultipartForm(parts: [
                .init(name: "file", filename: "minutes.txt", contentType: "text/plain", content: minutes),
                .init(name: "record", content: good),
            ]), status: .badRequest, type: "record-not-first"),
        Refusal(name: "no file", form: .registration(good, files: []), status: .badRequest, type: "no-file"),
        Refusal(
            name: "a part of another name",
            form: MultipartForm(parts: [
                .init(name: "record", content: good), .init(name: "comment", content: "hello"),
                .init(name: "file", filename: "minutes.txt", contentType: "text/plain", content: minutes),
            ]), status: .badRequest, type: "unknown-field"),
        Refusal(
            name: "a file name with a folder",
            form: .registration(good, files: [("../../etc/minutes.txt", "text/plain", minutes)]),
            status: .badRequest, type: "invalid-field"),
        Refusal(
            name: "a body cut short inside the file", form: .registration(good, files: [text]), status: .badRequest,
            type: "not-multipart", cut: 30),
        Refusal(
            name: "more than 20 files",
            form: .registration(good, files: (1...21).map { ("m\($0).txt", "text/plain", "page \($0)") }),
            status: .badRequest, type: "too-many-files"),
    ]

    @Test(
        "a refused form stores nothing: no record, no reference taken, no file kept, no attachment row",
        arguments: refusals)
    func refusedFormsStoreNothing(_ refusal: Refusal) async throws {
        try await withInstallation(maxUploadBytes: 1 << 20) { installation in
            try await Self.desk(installation)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let before = try await Self.rows(installation)

                // exercise
                let response = try await client.post(
                    "/api/v1/records", form: refusal.form, token: token, cut: refusal.cut)

                // validate
                try response.problem(refusal.status, type: refusal.type)
                #expect(try await Self.rows(installation) == before)
                #expect(FileFixtures.storedFiles(installation).isEmpty, "a refused form left a stored file")
                #expect(Self.temporaryFiles(installation).isEmpty, "a refused form left a temporary file")
                // the number was not taken: the next registration gets the first one
                let next = try await client.post(
                    "/api/v1/records", form: .registration(Self.good, files: [Self.text]), token: token)
                #expect(next.status == .created, "\(next.text)")
                #expect(try next.decode(RecordBody.self).reference == "IMSM-0001-\(Self.year)")
            }
        }
    }

    @Test("a principal who may not register stores no byte: no role is a 403, a label above Owen's clearance too")
    func refusedPrincipals() async throws {
        try await withInstallation { installation in
            try await Self.desk(installation)
            try await installation.app.test(.router) { client in
                let visitor = try await client.token(for: "vic")
                let owen = try await client.token(for: "owen")
                let before = try await Self.rows(installation)
                let secret = recordBody("Plans", label: #"{"classification":"NATO SECRET","releasableTo":["NATO"]}"#)

                // exercise
                let noRole = try await client.post(
                    "/api/v1/records", form: .registration(Self.good, files: [Self.text]), token: visitor)
                let tooHigh = try await client.post(
                    "/api/v1/records", form: .registration(secret, files: [Self.text]), token: owen)

                // validate
                try noRole.problem(.forbidden, type: "role-required")
                try tooHigh.problem(.forbidden, type: "label-above-principal")
                #expect(try await Self.rows(installation) == before)
                // refused before a byte of a file was received: not even a temporary file was ever begun
                #expect(!FileManager.default.fileExists(atPath: installation.chancery.attachments.blobs.root + "/tmp"))
            }
        }
    }

    @Test(
        "Idempotency-Key: a retry with the same parts (another boundary) replays; the same key with another file is a 409"
    )
    func idempotency() async throws {
        try await withInstallation { installation in
            try await Self.desk(installation)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let key: HTTPFields = [.idempotencyKey: "register-minutes-1"]
                let form = MultipartForm.registration(Self.good, files: [Self.text])
                var retry = form
                retry.boundary = "another-boundary-drawn-by-the-client"
                let other = MultipartForm.registration(
                    Self.good, files: [("minutes.txt", "text/plain", "Other minutes.")])

                // exercise
                let first = try await client.post("/api/v1/records", form: form, token: token, headers: key)
                let counts = try await Self.rows(installation)
                let replay = try await client.post("/api/v1/records", form: retry, token: token, headers: key)
                let reused = try await client.post("/api/v1/records", form: other, token: token, headers: key)

                // validate
                #expect(first.status == .created)
                #expect(replay.status == .created && replay.headers[.idempotentReplayed] == "true")
                #expect(replay.text == first.text)
                try reused.problem(.conflict, type: "idempotency-key-reused")
                #expect(try await Self.rows(installation) == counts, "a replay or a refused reuse stored something")
                #expect(FileFixtures.storedFiles(installation).count == 1, "the other file was kept")
            }
        }
    }

    @Test("inside the transaction, a failure after the number is taken leaves no record, attachment, blob row or hole")
    func failureMidwayRollsBack() async throws {
        try await withInstallation { installation in
            try await Self.desk(installation)
            let clerk = try #require(try await installation.chancery.users.find(username: "clerk")).principal
            let attachments = installation.chancery.attachments
            let staged = try await attachments.stage(
                AsyncStream<ByteBuffer> {
                    $0.yield(ByteBuffer(string: Self.minutes))
                    $0.finish()
                }, name: "minutes.txt",
                contentType: "text/plain", limit: 1 << 20)
            let draft = try RecordRegistrationForm.draft(Self.good, catalog: installation.chancery.catalog)
            var failing = installation.chancery.records
            failing.afterNumbering = { _ in throw RegistrationConcurrencyTests.InjectedFault() }
            let store = failing
            let before = try await Self.rows(installation)

            // exercise
            await #expect(throws: RegistrationConcurrencyTests.InjectedFault.self) {
                try await installation.chancery.database.transaction { db in
                    _ = try await store.register(draft, files: [staged], by: clerk, on: db)
                }
            }
            let (record, files) = try await installation.chancery.database.transaction { db in
                try await installation.chancery.records.register(draft, files: [staged], by: clerk, on: db)
            }

            // validate
            #expect(record.reference == "IMSM-0001-\(Self.year)", "the failed registration left a hole")
            #expect(files.count == 1)
            let after = try await Self.rows(installation)
            #expect(
                after["records"] == (before["records"] ?? 0) + 1 && after["attachments"] == 1 && after["blobs"] == 1)
        }
    }
}
