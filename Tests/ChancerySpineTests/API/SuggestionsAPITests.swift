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

/// Autocomplete of the spine's kinds (people, units, nations) through `GET /api/v1/suggestions/{kind}` and the
/// pages' `GET /suggest/{kind}`, with the refusals both share.
@Suite("Suggestions: people, units, nations")
struct SuggestionsAPITests {
    struct Body: Decodable {
        struct Item: Decodable, Equatable {
            var value: String
            var label: String
        }
        var items: [Item]
    }

    static func staff(_ name: String, units: Set<String> = ["IPS"], disabled: Bool = false) -> UserAttributes {
        UserAttributes(
            displayName: name, clearance: .natoRestricted, nationality: "BEL", categories: [], roles: [.registryClerk],
            units: units, groups: [], disabled: disabled)
    }

    static func values(_ response: TestResponse, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> [String]
    {
        #expect(response.status == .ok, "body: \(response.text)", sourceLocation: sourceLocation)
        return try response.decode(Body.self).items.map(\.value)
    }

    @Test(
        "people: active accounts whose user name or display name contains the text, user names starting with it first")
    func people() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("annette", Self.staff("Annette Dubois"))
            try await installation.user("jdupont", Self.staff("Jean Annaud"))
            try await installation.user("anna.gone", Self.staff("Anna Gone", disabled: true))
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")

                // exercise
                let response = try await client.api(.get, "/api/v1/suggestions/people?q=ANN", token: token)

                // validate
                #expect(try Self.values(response) == ["annette", "jdupont"])
                let body = try response.decode(Body.self)
                #expect(body.items.first?.label == "Annette Dubois")
                #expect(response.headers[.classification] == "NATO UNCLASSIFIED")
                let limited = try await client.api(.get, "/api/v1/suggestions/people?q=ann&limit=1", token: token)
                #expect(try Self.values(limited) == ["annette"])
            }
        }
    }

    @Test("LIKE wildcards in the text are literal: % and _ match only themselves")
    func wildcardsAreLiteral() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("ann_x", Self.staff("Ann 100% Sure"))
            try await installation.user("annax", Self.staff("Ann 1000 Sure"))
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")

                // exercise
                let underscore = try await client.api(.get, "/api/v1/suggestions/people?q=n_x", token: token)
                let percent = try await client.api(.get, "/api/v1/suggestions/people?q=100%25", token: token)
                let backslash = try await client.api(.get, "/api/v1/suggestions/people?q=%5C", token: token)

                // validate
                #expect(try Self.values(underscore) == ["ann_x"])
                #expect(try Self.values(percent) == ["ann_x"])
                #expect(try Self.values(backslash) == [])
            }
        }
    }

    @Test("units: the units of active accounts containing the text, one value each")
    func units() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("planner", Self.staff("Paula Planner", units: ["J5", "JISD"]))
            try await installation.user("analyst", Self.staff("Ana Lyst", units: ["J2", "JISD"]))
            try await installation.user("gone", Self.staff("Gone", units: ["JOLD"], disabled: true))
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")

                // exercise
                let response = try await client.api(.get, "/api/v1/suggestions/units?q=j", token: token)

                // validate
                #expect(try Self.values(response) == ["J2", "J5", "JISD"])
            }
        }
    }

    @Test("nations: by code or by name, in the reader's language")
    func nations() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("visitor", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "visitor")

                // exercise
                let english = try await client.api(
                    .get, "/api/v1/suggestions/nations?q=bel", token: token, headers: [.acceptLanguage: "en"])
                let french = try await client.api(
                    .get, "/api/v1/suggestions/nations?q=allem", token: token, headers: [.acceptLanguage: "fr"])
                let accents = try await client.api(
                    .get, "/api/v1/suggestions/nations?q=etats", token: token, headers: [.acceptLanguage: "fr"])

                // validate
                #expect(try english.decode(Body.self).items == [.init(value: "BEL", label: "Belgium")])
                #expect(try french.decode(Body.self).items == [.init(value: "DEU", label: "Allemagne")])
                #expect(try accents.decode(Body.self).items == [.init(value: "USA", label: "États-Unis")])
            }
        }
    }

    @Test("an account without any role is refused people and units (403), not given an empty list")
    func noRoleNoPeople() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("visitor", MockUser.visitor)
            try await installation.user("annette", Self.staff("Annette Dubois"))
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "visitor")

                // exercise
                let people = try await client.api(.get, "/api/v1/suggestions/people?q=ann", token: token)
                let units = try await client.api(.get, "/api/v1/suggestions/units?q=i", token: token)

                // validate
                try people.problem(.forbidden, type: "suggestions-closed")
                try units.problem(.forbidden, type: "suggestions-closed")
                #expect(!people.text.contains("annette"))
            }
        }
    }

    @Test("an unknown kind is a 404 problem naming the kinds; a bad limit or an empty text is a 400")
    func refusals() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")

                // exercise
                let unknown = try await client.api(.get, "/api/v1/suggestions/planets?q=ma", token: token)
                let zero = try await client.api(.get, "/api/v1/suggestions/people?q=ann&limit=0", token: token)
                let tooMany = try await client.api(.get, "/api/v1/suggestions/people?q=ann&limit=26", token: token)
                let word = try await client.api(.get, "/api/v1/suggestions/people?q=ann&limit=ten", token: token)
                let empty = try await client.api(.get, "/api/v1/suggestions/people?q=", token: token)
                let missing = try await client.api(.get, "/api/v1/suggestions/people", token: token)
                let long = try await client.api(
                    .get, "/api/v1/suggestions/people?q=" + String(repeating: "a", count: 101), token: token)
                let unknownParameter = try await client.api(
                    .get, "/api/v1/suggestions/people?q=ann&page=2", token: token)
                let anonymous = try await client.api(.get, "/api/v1/suggestions/people?q=ann")

                // validate
                let problem = try unknown.problem(.notFound, type: "unknown-suggestion-kind")
                #expect(problem.detail.contains("people, units, nations"))
                #expect(problem.detail.contains("patients"))
                try zero.problem(.badRequest, type: "invalid-limit")
                try tooMany.problem(.badRequest, type: "invalid-limit")
                try word.problem(.badRequest, type: "invalid-limit")
                try empty.problem(.badRequest, type: "invalid-field")
                try missing.problem(.badRequest, type: "invalid-field")
                try long.problem(.badRequest, type: "invalid-field")
                try unknownParameter.problem(.badRequest, type: "unknown-parameter")
                try anonymous.problem(.unauthorized)
            }
        }
    }

    @Test("the document's kinds are the installation's sources, in order")
    func documentedKinds() async throws {
        try await withInstallation { installation in
            // setup
            let document = try #require(
                try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: Any])
            let item = try #require(paths["/api/v1/suggestions/{kind}"] as? [String: Any])
            let get = try #require(item["get"] as? [String: Any])
            let parameters = try #require(get["parameters"] as? [[String: Any]])
            let kind = try #require(parameters.first { $0["name"] as? String == "kind" })

            // exercise
            let documented = (kind["schema"] as? [String: Any])?["enum"] as? [String]

            // validate
            #expect(documented == SuggestionsController(chancery: installation.chancery).sources.map(\.kind))
        }
    }

    @Test("the pages' route answers the same JSON with the session, and sends a stranger to sign in")
    func webRoute() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("annette", Self.staff("Annette Dubois"))
            try await installation.user("claire", MockUser.registry)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let frenchSession = try await client.signIn("claire", headers: [.acceptLanguage: "fr"])

                // exercise
                let signedIn = try await client.execute(
                    uri: "/suggest/people?q=annet", method: .get, headers: session.headers())
                let french = try await client.execute(
                    uri: "/suggest/nations?q=pays", method: .get,
                    headers: frenchSession.headers([.acceptLanguage: "fr"]))
                let stranger = try await client.execute(uri: "/suggest/people?q=annet", method: .get)
                let unknown = try await client.execute(
                    uri: "/suggest/planets?q=ma", method: .get, headers: session.headers())
                let script = try await client.execute(uri: "/assets/suggest.js", method: .get)
                let page = try await client.execute(uri: "/home", method: .get, headers: session.headers())

                // validate
                #expect(signedIn.headers[.contentType] == "application/json")
                #expect(try Self.values(signedIn) == ["annette"])
                #expect(try french.decode(Body.self).items.map(\.value) == ["NLD"])
                #expect(stranger.status == .found || stranger.status == .seeOther)
                #expect(stranger.headers[.location] == "/login")
                #expect(!stranger.text.contains("annette"))
                #expect(unknown.status == .notFound)
                #expect(script.status == .ok)
                #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
                #expect(script.text.contains("/suggest/"))
                #expect(page.text.contains(#"<script src="/assets/suggest.js" defer></script>"#))
            }
        }
    }
}
