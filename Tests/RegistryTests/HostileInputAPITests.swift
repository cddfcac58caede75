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

/// Input written to hurt: unknown fields, file names with folders, control characters, markup, dead tokens.
/// Each is refused with a problem whose sentence says what to do (or, for markup, kept as text and escaped),
/// and nothing changes.
@Suite("Hostile input")
struct HostileInputAPITests {
    static let nu = #"{"classification":"NATO UNCLASSIFIED","releasableTo":["NATO"]}"#

    /// The state a refusal must leave untouched: objects, audit events and stored files.
    static func state(_ installation: TestInstallation) async throws -> [Int64] {
        [
            Int64(try await installation.objectCount()), try await installation.auditEventCount(),
            Int64(FileFixtures.storedFiles(installation).count),
        ]
    }

    @Test(
        "a field the request does not accept is refused by name, at any depth, in both languages, and changes nothing")
    func unknownFields() async throws {
        try await withInstallation { installation in
            // setup
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let record = try await installation.register("Minutes", series: "IMSM", by: clerk)
            let cases: [(HTTPRequest.Method, String, String, String)] = [
                (.post, "/api/v1/objects", #"{"title":"Note","label":\#(Self.nu),"titel":"Note"}"#, "titel"),
                (
                    .post, "/api/v1/objects", #"{"title":"Note","label":{"classification":"NU","colour":"red"}}"#,
                    "label.colour"
                ),
                (.post, "/api/v1/records", recordBody("Letter", extra: #","refrence":"IMSM-0001""#), "refrence"),
                (
                    .post, "/api/v1/records",
                    recordBody("Letter", extra: #","metadata":{"file":"A"},"state":"closed""#), "state"
                ),
                (.patch, "/api/v1/records/\(record.object.id)", #"{"title":"New","reference":"X-1"}"#, "reference"),
                (
                    .post, "/api/v1/reference-series", #"{"code":"ZZ","template":"ZZ-{seq}","title":"Z","owner":"me"}"#,
                    "owner"
                ),
                (.post, "/api/v1/labels/check", #"{"classification":"NU","releasableTo":["NATO"],"extra":1}"#, "extra"),
            ]
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let supervisor = try await client.token(for: "sylvie")
                let before = try await Self.state(installation)
                for (method, path, body, field) in cases {
                    // exercise
                    let caller = path.hasSuffix("reference-series") ? supervisor : token
                    let english = try await client.api(
                        method, path, token: caller, json: body, headers: [.ifMatch: "\"v1\""])
                    let french = try await client.api(
                        method, path, token: caller, json: body, headers: [.ifMatch: "\"v1\"", .acceptLanguage: "fr"])

                    // validate
                    let problem = try english.problem(.badRequest, type: "unknown-field")
                    #expect(problem.field == field, "\(method) \(path)")
                    #expect(problem.detail.contains("\"\(field)\""))
                    let frenchProblem = try french.problem(.badRequest, type: "unknown-field")
                    #expect(frenchProblem.detail != problem.detail && frenchProblem.detail.contains("« \(field) »"))
                }
                #expect(try await Self.state(installation) == before)
                // The same bodies without the stray field are accepted: the refusal was about that field alone.
                let fine = try await client.api(.post, "/api/v1/records", token: token, json: recordBody("Letter"))
                #expect(fine.status == .created, "\(fine.text)")
                // A metadata key that is a number is a name, not a position.
                let numeric = try await client.api(
                    .post, "/api/v1/records", token: token,
                    json: recordBody("Budget", extra: #","metadata":{"2026":"budget year"}"#))
                #expect(numeric.status == .created, "\(numeric.text)")
            }
        }
    }

    @Test("an attachment name with a folder, a control character or only dots is refused and stores nothing")
    func fileNames() async throws {
        try await withInstallation { installation in
            // setup
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let record = try await installation.register("Minutes", series: "IMSM", by: clerk)
            let names = [
                "../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/shadow", "scans/../../x.pdf", "..", ".",
                "minutes\u{0}.pdf", "minutes\n.pdf", "a\u{1B}[31m.pdf", " minutes.pdf",
                String(repeating: "n", count: 201),
            ]
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let before = try await Self.state(installation)
                for name in names {
                    // exercise
                    let english = try await AttachmentsAPITests().upload(
                        client, token: token, record: record.object.id, name: name)

                    // validate
                    let problem = try english.problem(.badRequest, type: "invalid-query")
                    #expect(problem.field == "filename", "\(name.debugDescription)")
                    #expect(problem.detail.contains("folder"))
                }
                #expect(try await Self.state(installation) == before)
                let french = try await client.api(
                    .post, "/api/v1/records/\(record.object.id)/attachments?filename=..%2Fx.pdf", token: token,
                    headers: [.contentType: "application/pdf", .acceptLanguage: "fr"])
                #expect(try french.problem(.badRequest, type: "invalid-query").detail.contains("dossier"))
                let fine = try await AttachmentsAPITests().upload(
                    client, token: token, record: record.object.id, name: "Procès-verbal (1).pdf")
                #expect(fine.status == .created)
            }
        }
    }

    @Test("control characters in a text field are refused; markup is kept as text and escaped on every page")
    func controlCharactersAndMarkup() async throws {
        try await withInstallation { installation in
            // setup
            _ = try await SearchFixtures.registryDesk(installation)
            let script = "<script>alert('x')</script>"
            let image = "\"><img src=x onerror=alert(1)>"
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let before = try await Self.state(installation)
                for (extra, field) in [
                    (#","originator":"SHAPE\r\nX-Forged: 1""#, "originator"),
                    (#","addressees":["COS","J3\u0000"]"#, "addressees[1]"),
                    (#","keywords":["ok","bell\u0007"]"#, "keywords[1]"),
                    (#","originatorReference":"SH\u2028/1""#, "originatorReference"),
                ] {
                    // exercise
                    let response = try await client.api(
                        .post, "/api/v1/records", token: token, json: recordBody("Letter", extra: extra))
                    // validate
                    #expect(try response.problem(.badRequest, type: "invalid-field").field == field, "\(extra)")
                }
                let colour = try await client.api(
                    .post, "/api/v1/records", token: token, json: recordBody("Red \u{1B}[31m alert"))
                #expect(try colour.problem(.badRequest, type: "invalid-field").field == "title")
                let note = try await client.api(
                    .post, "/api/v1/objects", token: token,
                    json: #"{"title":"Bell\u0007 \u001b[31mred","label":\#(Self.nu)}"#)
                #expect(try note.problem(.badRequest, type: "invalid-field").field == "title")
                let flag = try await client.api(.get, "/api/v1/records?withTotal=yes", token: token)
                #expect(try flag.problem(.badRequest, type: "invalid-query").field == "withTotal")
                #expect(try await Self.state(installation) == before)

                // Markup is text: stored as sent, escaped wherever a page shows it.
                let created = try await client.api(
                    .post, "/api/v1/records", token: token,
                    json: recordBody(
                        "Minutes \(script)",
                        extra:
                            #","originator":\#(jsonString(image)),"addressees":[\#(jsonString(script))],"keywords":[\#(jsonString(script))],"originatorReference":\#(jsonString(image)),"metadata":{"file":\#(jsonString(script))}"#
                    ))
                #expect(created.status == .created, "\(created.text)")
                let id = try #require(try created.jsonObject()["id"] as? String)
                let session = try await client.signIn("clerk")
                for page in [
                    "/registry/records/\(id)", "/registry", "/search?q=minutes", "/registry/records/\(id)/cover",
                ] {
                    let html = try await client.execute(uri: page, method: .get, headers: session.headers()).text
                    #expect(!html.contains("<script>alert") && !html.contains("<img src=x"), "\(page)")
                    #expect(html.contains("&lt;script&gt;") || html.contains("&lt;script"), "\(page) shows the text")
                }
            }
        }
    }

    @Test("an expired, revoked or made-up token is a 401 problem that says to sign in again, in both languages")
    func deadTokens() async throws {
        try await withInstallation { installation in
            // setup
            _ = try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let expired = try await client.token(for: "clerk")
                let revoked = try await client.token(for: "clerk")
                let digest = SecretToken.digest(expired)
                try await installation.chancery.database.read { db in
                    try await db.raw("UPDATE sessions SET expires_at = 1 WHERE token_hash = \(bind: digest)").run()
                }
                #expect(try await client.api(.delete, "/api/v1/auth/token", token: revoked).status == .noContent)
                let before = try await Self.state(installation)

                for token in [expired, revoked, "made-up", String(repeating: "x", count: 5000)] {
                    // exercise
                    let english = try await client.api(.get, "/api/v1/me", token: token)
                    let french = try await client.api(
                        .post, "/api/v1/objects", token: token, json: "{}", headers: [.acceptLanguage: "fr"])

                    // validate
                    #expect(try english.problem(.unauthorized, type: "unauthenticated").detail.contains("expired"))
                    #expect(english.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                    #expect(try french.problem(.unauthorized, type: "unauthenticated").detail.contains("expiré"))
                }
                #expect(try await Self.state(installation) == before)
            }
        }
    }
}
