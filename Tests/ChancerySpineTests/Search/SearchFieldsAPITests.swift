import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// `meta.<key>:` and `filename:` in the query language: a record found by a value of its metadata or by the name
/// of one of its files, whole or by its beginning, on both databases, trimmed like every search.
@Suite("Search by metadata field and file name")
struct SearchFieldsAPITests {
    typealias Results = SearchFixtures.Results

    func search(
        _ client: some TestClientProtocol, _ query: String, token: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Results {
        let response = try await client.api(.get, SearchFixtures.path(query), token: token)
        try #require(response.status == .ok, "\(query): \(response.text)", sourceLocation: sourceLocation)
        return try response.decode(Results.self)
    }

    /// Registers a record of IMSM with this metadata.
    @discardableResult
    static func register(
        _ installation: TestInstallation, _ title: String, metadata: [String: String],
        label: SecurityLabel = .unclassified, by principal: Principal
    ) async throws -> RegistryRecord {
        try await installation.register(
            title, series: "IMSM", label: label,
            details: RegistryRecord.Details(
                recordType: "minutes", originator: "SHAPE", originatorReference: nil, addressees: ["COS"],
                documentDate: "2026-03-10", receivedDate: "2026-03-10", language: "en",
                contentMarking: label.classification, keywords: [], metadata: metadata),
            by: principal)
    }

    /// Attaches a text file through the API.
    static func attach(
        _ client: some TestClientProtocol, _ name: String, to id: String, token: String, label: String? = nil
    ) async throws -> TestResponse {
        var query = "filename=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name)"
        if let label {
            query += "&label=\(label.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? label)"
        }
        return try await client.execute(
            uri: "/api/v1/records/\(id)/attachments?\(query)", method: .post,
            headers: [.authorization: "Bearer \(token)", .contentType: "text/plain"],
            body: ByteBuffer(string: "Text of \(name)."))
    }

    @Test(
        "meta.<key>: matches a whole value or its beginning, case, accents and punctuation folded, under that key only")
    func metadataField() async throws {
        try await withInstallation { installation in
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let fourteen = try await Self.register(
                installation, "Grievance of A", metadata: ["case_ref": "HR-2026/14"], by: clerk)
            let hundred = try await Self.register(
                installation, "Grievance of B", metadata: ["Case_Ref": "HR-2026/140"], by: clerk)
            let other = try await Self.register(
                installation, "Appeal of C", metadata: ["appeal_ref": "HR-2026/14"], by: clerk)
            let room = try await Self.register(installation, "Meeting", metadata: ["lieu": "Salle Sécurité"], by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                for (query, expected) in [
                    ("meta.case_ref:HR-2026/14", [fourteen]), (#"meta.case_ref:"hr 2026 14""#, [fourteen]),
                    ("meta.CASE_REF:hr-2026-14*", [fourteen, hundred]), ("meta.case_ref:HR-2026/140", [hundred]),
                    ("meta.case_ref:HR-2026", []), ("meta.appeal_ref:HR-2026/14", [other]),
                    (#"meta.lieu:"salle securite""#, [room]), ("meta.lieu:SALLE*", [room]),
                    ("meta.case_ref:HR-2026* grievance", [fourteen, hundred]), ("meta.case_ref:HR-2026* appeal", []),
                    ("meta.case_ref:HR* meta.appeal_ref:HR*", []), ("meta.nothing:x*", []),
                ] {
                    let results = try await search(client, query, token: token)
                    #expect(Set(results.hits.map(\.id)) == Set(expected.map(\.object.id)), "\(query)")
                    #expect(results.total == expected.count, "\(query)")
                }
                // A corrected value is found, the old one no longer.
                let patched = try await client.api(
                    .patch, "/api/v1/records/\(fourteen.object.id)", token: token,
                    json: #"{"metadata":{"case_ref":"HR-2027/1"}}"#, headers: [.ifMatch: "\"v1\""])
                #expect(patched.status == .ok, "\(patched.text)")
                #expect(
                    try await search(client, "meta.case_ref:HR-2027/1", token: token).hits.map(\.id) == [
                        fourteen.object.id
                    ])
                #expect(try await search(client, "meta.case_ref:HR-2026/14", token: token).total == 0)
            }
        }
    }

    @Test("filename: finds a record by the name of one of its files, whole or by its beginning; no file, no hit")
    func fileNames() async throws {
        try await withInstallation { installation in
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let march = try await Self.register(installation, "March meeting", metadata: [:], by: clerk)
            let april = try await Self.register(installation, "April meeting", metadata: [:], by: clerk)
            try await Self.register(installation, "May meeting (no file)", metadata: [:], by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                #expect(
                    try await Self.attach(client, "Minutes_2026-03.txt", to: march.object.id, token: token).status
                        == .created)
                #expect(
                    try await Self.attach(client, "minutes-avril.txt", to: april.object.id, token: token).status
                        == .created)
                #expect(
                    try await Self.attach(client, "Procès-verbal.txt", to: april.object.id, token: token).status
                        == .created)
                for (query, expected) in [
                    ("filename:minutes*", [march, april]), ("filename:MINUTES_2026-03.TXT", [march]),
                    ("filename:minutes", []), ("filename:proces-verbal*", [april]),
                    (#"filename:"procès verbal.txt""#, [april]),
                    ("filename:minutes* meeting march", [march]), ("filename:agenda*", []),
                ] {
                    let results = try await search(client, query, token: token)
                    #expect(Set(results.hits.map(\.id)) == Set(expected.map(\.object.id)), "\(query)")
                    #expect(results.total == expected.count, "\(query)")
                }
            }
        }
    }

    @Test(
        "trimmed like every search: a principal who may not read the record gets no hit, no count, no facet, no snippet"
    )
    func trimmed() async throws {
        try await withInstallation { installation in
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let secret = try await Self.register(
                installation, "Secret grievance", metadata: ["case_ref": "HR-9"],
                label: SecurityLabel(classification: .natoSecret),
                by: clerk)
            let open = try await Self.register(
                installation, "Open grievance", metadata: ["case_ref": "HR-10"], by: clerk)
            try await installation.app.test(.router) { client in
                let clerkToken = try await client.token(for: "clerk")
                let owen = try await client.token(for: "owen")
                #expect(
                    try await Self.attach(client, "hr-9-statement.txt", to: secret.object.id, token: clerkToken).status
                        == .created)
                // A file labelled above its readable record: its name is not indexed, so it gives nothing away.
                let hidden = try await Self.attach(
                    client, "hr-10-witness-x.txt", to: open.object.id, token: clerkToken,
                    label: #"{"classification":"NS","releasableTo":["NATO"]}"#)
                #expect(hidden.status == .created)

                for query in ["meta.case_ref:HR-9", "meta.case_ref:hr*", "filename:hr-9*", "filename:hr*"] {
                    // validate: Owen (NATO CONFIDENTIAL) sees only the open record, if anything
                    let seen = try await search(client, query, token: owen)
                    #expect(!seen.hits.contains { $0.id == secret.object.id }, "\(query)")
                    #expect(seen.total == seen.hits.count && seen.facets["classification"]?["NS"] == nil, "\(query)")
                    #expect(
                        !seen.hits.contains { $0.snippet.contains("Secret") || $0.snippet.contains("statement") },
                        "\(query)")
                }
                let nothing = try await search(client, "meta.case_ref:HR-9", token: owen)
                #expect(nothing.total == 0 && nothing.hits.isEmpty && nothing.facets.values.allSatisfy(\.isEmpty))
                #expect(
                    try await search(client, "meta.case_ref:HR-9", token: clerkToken).hits.map(\.id) == [
                        secret.object.id
                    ])
                #expect(
                    try await search(client, "filename:hr-9*", token: clerkToken).hits.map(\.id) == [secret.object.id])
                #expect(try await search(client, "meta.case_ref:hr*", token: owen).hits.map(\.id) == [open.object.id])
                for token in [owen, clerkToken] {
                    #expect(try await search(client, "filename:hr-10-witness*", token: token).total == 0)
                }
            }
        }
    }

    @Test("a destroyed record's files leave the index with them: their names and text are no longer found")
    func destroyedFiles() async throws {
        try await withInstallation { installation in
            let scene = try await LifeCycleFixtures.scene(installation, label: .unclassified)
            let records = installation.chancery.records
            let id = scene.record.object.id
            _ = try await records.attach(
                [ByteBuffer(string: "Text of old minutes.")].async, to: id, name: "old-minutes.txt",
                contentType: "text/plain", label: nil, limit: 1 << 20, by: scene.clerk)
            _ = try await records.file(id, in: scene.folder.id, by: scene.clerk)
            _ = try await records.close(id, by: scene.clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                #expect(try await search(client, "filename:order.pdf", token: token).total == 1)
                #expect(try await search(client, "filename:old-minutes*", token: token).total == 1)
                #expect(try await search(client, "\"text of old minutes\"", token: token).total == 1)

                // exercise
                _ = try await records.dispose(id, action: .destroy, witness: nil, method: nil, by: scene.supervisor)

                // validate
                #expect(try await search(client, "filename:order.pdf", token: token).total == 0)
                #expect(try await search(client, "filename:old-minutes*", token: token).total == 0)
                #expect(try await search(client, "\"text of old minutes\"", token: token).total == 0)
                #expect(try await search(client, "ref:IMSM", token: token).total == 1, "the metadata stays")
            }
        }
    }

    @Test(
        "a malformed field query is a 400 with a sentence in English and French, never a 500",
        arguments: [
            "meta.:x", "meta.a/b:x", "meta:x", "filename:", "filename:--", "meta.case_ref:*", "filename:min*utes",
            "filename:a filename:b", #"filename:"open"#,
        ])
    func malformed(_ query: String) async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let english = try await client.api(.get, SearchFixtures.path(query), token: token)
                let problem = try english.problem(.badRequest, type: "invalid-search")
                #expect(problem.field == "q")
                let french = try await client.api(
                    .get, SearchFixtures.path(query), token: token, headers: [.acceptLanguage: "fr"])
                #expect(try french.problem(.badRequest, type: "invalid-search").detail != problem.detail)
            }
        }
    }

    @Test("an installation upgraded from before the field index finds its existing records by field at once")
    func upgradeBackfills() async throws {
        try await withInstallation { installation in
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let record = try await Self.register(installation, "Grievance", metadata: ["case_ref": "HR-77"], by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                #expect(
                    try await Self.attach(client, "statement-77.txt", to: record.object.id, token: token).status
                        == .created)
            }
            // setup: the installation as it was before the migration (no field index)
            let database = installation.chancery.database
            try await database.transaction { db in
                try await CreateSearchFields().revert(on: db, engine: database.engine)
                try await db.raw(
                    """
                    DELETE FROM schema_migrations
                    WHERE (owner = 'spine' AND name = 'CreateSearchFields') OR (owner = 'registry' AND name = 'BackfillRecordSearchFields')
                    """
                ).run()
            }

            // exercise: the upgrade
            let applied = try await Migrator.application.migrate(database, logger: Logger(label: "test"))

            // validate
            #expect(applied == ["CreateSearchFields", "BackfillRecordSearchFields"])
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                #expect(
                    try await search(client, "meta.case_ref:hr-77", token: token).hits.map(\.id) == [record.object.id])
                #expect(
                    try await search(client, "filename:statement*", token: token).hits.map(\.id) == [record.object.id])
            }
        }
    }
}
