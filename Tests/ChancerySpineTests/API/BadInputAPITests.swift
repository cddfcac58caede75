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

/// Bad input to the objects API: always a 4xx problem whose detail is a sentence in the caller's language,
/// never a 500, and nothing changed.
@Suite("Bad input to the API")
struct BadInputAPITests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var body: String
        var status: HTTPResponse.Status
        var type: String
        /// The field the problem names, when it names one.
        var field: String?
        var testDescription: String { name }
    }

    static let nu = #"{"classification":"NATO UNCLASSIFIED"}"#

    /// Bodies of `POST /api/v1/objects` that must be refused.
    static let creations: [Case] = [
        Case(name: "empty body", body: "", status: .badRequest, type: "invalid-json"),
        Case(name: "not JSON", body: "title=Hello&label=NU", status: .badRequest, type: "invalid-json"),
        Case(
            name: "truncated JSON", body: #"{"title":"Hello","label":{"classification":"NU""#, status: .badRequest,
            type: "invalid-json"),
        Case(name: "a JSON array", body: "[]", status: .badRequest, type: "invalid-json"),
        Case(name: "JSON null", body: "null", status: .badRequest, type: "invalid-json"),
        Case(
            name: "missing title", body: #"{"label":\#(nu)}"#, status: .badRequest, type: "missing-field",
            field: "title"),
        Case(
            name: "missing label", body: #"{"title":"Hello"}"#, status: .badRequest, type: "missing-field",
            field: "label"),
        Case(
            name: "null title", body: #"{"title":null,"label":\#(nu)}"#, status: .badRequest, type: "missing-field",
            field: "title"),
        Case(
            name: "title of wrong type", body: #"{"title":42,"label":\#(nu)}"#, status: .badRequest, type: "wrong-type",
            field: "title"),
        Case(
            name: "label of wrong type", body: #"{"title":"Hello","label":"NATO SECRET"}"#, status: .badRequest,
            type: "wrong-type", field: "label"),
        Case(
            name: "releasableTo of wrong type",
            body: #"{"title":"Hello","label":{"classification":"NU","releasableTo":"NATO"}}"#,
            status: .badRequest, type: "wrong-type", field: "label.releasableTo"),
        Case(
            name: "blank title", body: #"{"title":"   ","label":\#(nu)}"#, status: .badRequest, type: "invalid-field",
            field: "title"),
        Case(
            name: "title too long", body: #"{"title":"\#(String(repeating: "x", count: 501))","label":\#(nu)}"#,
            status: .badRequest, type: "invalid-field", field: "title"),
        Case(
            name: "unknown classification", body: #"{"title":"Hello","label":{"classification":"TOP SECRET"}}"#,
            status: .unprocessableContent, type: "invalid-label", field: "label"),
        Case(
            name: "no classification", body: #"{"title":"Hello","label":{"releasableTo":["NATO"]}}"#,
            status: .unprocessableContent, type: "invalid-label", field: "label"),
        Case(
            name: "NATO mixed with a nation",
            body: #"{"title":"Hello","label":{"classification":"NU","releasableTo":["NATO","BEL"]}}"#,
            status: .unprocessableContent, type: "invalid-label", field: "label"),
        Case(
            name: "unknown nation", body: #"{"title":"Hello","label":{"classification":"NU","releasableTo":["XYZ"]}}"#,
            status: .unprocessableContent, type: "invalid-label", field: "label"),
        Case(
            name: "empty releasability", body: #"{"title":"Hello","label":{"classification":"NU","releasableTo":[]}}"#,
            status: .unprocessableContent, type: "invalid-label", field: "label"),
        Case(
            name: "unknown category",
            body: #"{"title":"Hello","label":{"classification":"NU","categories":["SQUIRREL"]}}"#,
            status: .unprocessableContent, type: "invalid-label", field: "label"),
        Case(
            name: "unknown kind", body: #"{"kind":"rfi","title":"Hello","label":\#(nu)}"#,
            status: .unprocessableContent,
            type: "unsupported-kind", field: "kind"),
        Case(
            name: "body over 1 MB", body: #"{"title":"\#(String(repeating: "x", count: 1_100_000))"}"#,
            status: .contentTooLarge, type: "body-too-large"),
    ]

    /// English words that must not appear in a French sentence.
    static let englishWords = [" the ", " is ", " must ", " has ", " not ", " expected", " field ", " body "]

    @Test(
        "each bad creation is a 4xx problem with a sentence, in English and in French, and creates nothing",
        arguments: creations)
    func badCreation(_ bad: Case) async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")

                // exercise
                let english = try await client.api(.post, "/api/v1/objects", token: token, json: bad.body)
                let french = try await client.api(
                    .post, "/api/v1/objects", token: token, json: bad.body, headers: [.acceptLanguage: "fr"])

                // validate
                let en = try english.problem(bad.status, type: bad.type)
                let fr = try french.problem(bad.status, type: bad.type)
                #expect(en.field == bad.field)
                #expect(fr.field == bad.field)
                #expect(english.headers[.contentLanguage] == "en")
                #expect(french.headers[.contentLanguage] == "fr")
                #expect(fr.detail != en.detail)
                for word in Self.englishWords {
                    #expect(!fr.detail.contains(word), "English \"\(word)\" in a French sentence: \(fr.detail)")
                }
                #expect(!en.detail.contains(String(repeating: "x", count: 100)), "the detail does not echo the body")
            }
            #expect(try await installation.objectCount() == 0)
        }
    }

    @Test("sentences name what is wrong")
    func sentencesNameTheProblem() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                func detail(_ body: String, _ language: String = "en") async throws -> String {
                    try await client.api(
                        .post, "/api/v1/objects", token: token, json: body, headers: [.acceptLanguage: language]
                    ).decode(Problem.self).detail
                }
                #expect(try await detail(#"{"label":\#(Self.nu)}"#) == #"The field "title" is missing."#)
                #expect(try await detail(#"{"label":\#(Self.nu)}"#, "fr") == "Le champ « title » est absent.")
                #expect(
                    try await detail(#"{"title":42,"label":\#(Self.nu)}"#)
                        == #"The field "title" has the wrong type: a string expected."#)
                #expect(
                    try await detail(#"{"title":42,"label":\#(Self.nu)}"#, "fr")
                        == "Le champ « title » n'a pas le bon type : il faut une chaîne de caractères.")
                #expect(try await detail("") == "The request body is not valid JSON: the body is empty.")
                #expect(
                    try await detail("", "fr") == "Le corps de la requête n'est pas du JSON valide : le corps est vide."
                )
                let classification = try await detail(#"{"title":"Hello","label":{"classification":"TOP SECRET"}}"#)
                #expect(classification.hasPrefix(#""TOP SECRET" is not a classification"#))
                let mixed = try await detail(
                    #"{"title":"Hello","label":{"classification":"NU","releasableTo":["NATO","BEL"]}}"#, "fr")
                #expect(mixed.contains("« NATO » désigne déjà toutes les nations membres"))
                let category = try await detail(
                    #"{"title":"Hello","label":{"classification":"NU","categories":["SQUIRREL"]}}"#)
                #expect(category.contains("SQUIRREL"))
                let kind = try await detail(#"{"kind":"rfi","title":"Hello","label":\#(Self.nu)}"#)
                #expect(kind.contains("\"rfi\""))
                let tooLarge = try await detail(#"{"title":"\#(String(repeating: "x", count: 1_100_000))"}"#)
                #expect(tooLarge == "The request body is larger than 1 MB.")
            }
        }
    }

    @Test("bad limit and cursor values are 400 with a sentence, in English and in French")
    func badListParameters() async throws {
        try await withInstallation { installation in
            // setup
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.note("A note", .unclassified, unit: "IPS", by: clerk.principal)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let cases: [(String, String)] = [
                    ("limit=0", "invalid-limit"), ("limit=201", "invalid-limit"), ("limit=-3", "invalid-limit"),
                    ("limit=ten", "invalid-limit"), ("limit=", "invalid-limit"), ("limit=1.5", "invalid-limit"),
                    ("limit=99999999999999999999", "invalid-limit"),
                    ("cursor=***", "invalid-cursor"), ("cursor=aGVsbG8", "invalid-cursor"),
                    ("cursor=%00%01", "invalid-cursor"),
                    ("cursor=\(String(repeating: "A", count: 5000))", "invalid-cursor"),
                ]
                for (query, type) in cases {
                    // exercise
                    let english = try await client.api(.get, "/api/v1/objects?\(query)", token: token)
                    let french = try await client.api(
                        .get, "/api/v1/objects?\(query)", token: token, headers: [.acceptLanguage: "fr-BE, fr;q=0.9"])

                    // validate
                    let en = try english.problem(.badRequest, type: type)
                    let fr = try french.problem(.badRequest, type: type)
                    #expect(fr.detail != en.detail, "\(query)")
                    #expect(!english.text.contains("A note"), "\(query)")
                }
                // an empty cursor is the first page
                #expect(try await client.api(.get, "/api/v1/objects?cursor=", token: token).status == .ok)
            }
        }
    }

    @Test("malformed object ids are a 404 problem, never a 500")
    func malformedIDs() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let ids = [
                    "not-an-id", "01ARZ3NDEKTSV4RRFFQ69G5FA", "01arz3ndektsv4rrffq69g5fav",
                    "01ARZ3NDEKTSV4RRFFQ69G5FAVX",
                    "0000000000000000000000000I", "%27%20OR%201%3D1%20--", "..%2F..%2Fetc%2Fpasswd",
                    String(repeating: "9", count: 2000),
                ]
                for id in ids {
                    let read = try await client.api(.get, "/api/v1/objects/\(id)", token: token)
                    try read.problem(.notFound, type: "object-not-found")
                    let xml = try await client.api(.get, "/api/v1/objects/\(id)/label.xml", token: token)
                    try xml.problem(.notFound, type: "object-not-found")
                    let patch = try await client.api(
                        .patch, "/api/v1/objects/\(id)", token: token, json: #"{"title":"x"}"#,
                        headers: [.ifMatch: "\"v1\""])
                    try patch.problem(.notFound, type: "object-not-found")
                }
            }
            #expect(try await installation.objectCount() == 0)
        }
    }

    @Test("an unknown API address and a wrong method are problems too")
    func unknownRoutes() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                try await client.api(.get, "/api/v1/nothing-here", token: token).problem(.notFound)
                let wrongMethod = try await client.api(.put, "/api/v1/objects", token: token, json: noteBody("x"))
                let problem = try wrongMethod.problem(.methodNotAllowed, type: "method-not-allowed")
                #expect(wrongMethod.headers[.allow] == "GET, POST")
                #expect(problem.detail.contains("GET, POST"))
                let onAnID = try await client.api(.put, "/api/v1/records/01JABCDEFGHJKMNPQRSTVWXYZ0", token: token)
                #expect(onAnID.status == .methodNotAllowed && onAnID.headers[.allow] == "GET, PATCH")
                #expect(try await client.api(.delete, "/api/v1/me", token: token).headers[.allow] == "GET")
            }
            #expect(try await installation.objectCount() == 0)
        }
    }
}
