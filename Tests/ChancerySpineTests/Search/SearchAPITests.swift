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

/// `GET /api/v1/search`: folding and stemming in both languages, trimming inside the query, facets of the
/// readable set only, an index that follows every change, and a sentence for every malformed query.
@Suite("Search API")
struct SearchAPITests {
    typealias Results = SearchFixtures.Results

    func search(
        _ client: some TestClientProtocol, _ query: String, token: String, cursor: String? = nil, limit: Int? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Results {
        let response = try await client.api(
            .get, SearchFixtures.path(query, cursor: cursor, limit: limit), token: token)
        try #require(response.status == .ok, "\(query): \(response.text)", sourceLocation: sourceLocation)
        return try response.decode(Results.self)
    }

    @Test(
        "accents are folded and English and French words are stemmed: sécurité/securite, réunions/réunion, meetings/meeting"
    )
    func foldingAndStemming() async throws {
        try await withInstallation { installation in
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let french = try await SearchFixtures.register(
                installation, "Procès-verbal de la réunion du comité de sécurité",
                summary: "Les réunions ont porté sur la securite des sites.",
                language: "fr", by: clerk)
            let english = try await SearchFixtures.register(
                installation, "Minutes of the MC meetings on logistics", summary: "The meeting agreed the convoy plan.",
                by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                for (query, expected) in [
                    ("securite", [french.object.id]), ("sécurité", [french.object.id]),
                    ("SÉCURITÉS", [french.object.id]),
                    ("réunion", [french.object.id]), ("reunions", [french.object.id]), ("meeting", [english.object.id]),
                    ("meetings", [english.object.id]), ("\"comité de sécurité\"", [french.object.id]),
                    ("\"securite de comite\"", []), ("logis*", [english.object.id]), ("convoy -logistics", []),
                    ("meeting OR réunion", [english.object.id, french.object.id]),
                    ("type:minutes from:2026-03 to:2026-03-31", [english.object.id, french.object.id]),
                    ("reunion from:2026-04", []), ("ref:IMSM-0001", [french.object.id]),
                ] {
                    let results = try await search(client, query, token: token)
                    #expect(Set(results.hits.map(\.id)) == Set(expected), "\(query)")
                    #expect(results.total == expected.count, "\(query)")
                }
                let marked = try await search(client, "réunions securite", token: token)
                let snippet = try #require(marked.hits.first?.snippet)
                #expect(
                    snippet.contains("<mark>réunions</mark>") && snippet.contains("<mark>securite</mark>"), "\(snippet)"
                )
                #expect(marked.facets["office"] == ["registry": 1] && marked.facets["year"] == ["2026": 1])
                #expect(marked.facets["classification"] == ["NU": 1] && marked.facets["type"] == ["minutes": 1])
            }
        }
    }

    @Test(
        "a principal who may read 10 of 30 matching records sees exactly those 10, wherever they rank, in hits, total and facets"
    )
    func trimmedBeforeRanking() async throws {
        try await withInstallation { installation in
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            var readable: Set<String> = []
            for index in 0..<30 {
                // The secret ones say "convoy" many times: they outrank every readable one.
                let secret = index % 3 != 0
                let record = try await SearchFixtures.register(
                    installation, secret ? "Convoy convoy convoy escort \(index)" : "Annex \(index) about a convoy",
                    label: secret ? SecurityLabel(classification: .natoSecret) : .unclassified,
                    type: secret ? "operations-order" : "minutes",
                    summary: secret ? "convoy convoy convoy route of the secret convoy" : "",
                    date: secret ? "2025-05-01" : "2026-01-02",
                    by: clerk)
                if !secret { readable.insert(record.object.id) }
            }
            let readableIDs = readable
            try await installation.app.test(.router) { client in
                let owen = try await client.token(for: "owen")
                let page = try await search(client, "convoy", token: owen, limit: 20)
                #expect(Set(page.hits.map(\.id)) == readableIDs)
                #expect(page.total == 10 && page.next == nil)
                #expect(page.facets["classification"] == ["NU": 10])
                #expect(page.facets["type"] == ["minutes": 10] && page.facets["year"] == ["2026": 10])
                #expect(
                    !page.hits.contains { $0.snippet.lowercased().contains("secret") || $0.title.contains("escort") })
                // Paging walks the same trimmed set.
                let first = try await search(client, "convoy", token: owen, limit: 4)
                let second = try await search(client, "convoy", token: owen, cursor: first.next, limit: 4)
                let third = try await search(client, "convoy", token: owen, cursor: second.next, limit: 4)
                #expect(Set((first.hits + second.hits + third.hits).map(\.id)) == readableIDs && third.next == nil)
                // A word only the secret records hold is simply not found: no count, no facet, no hint.
                let nothing = try await search(client, "escort", token: owen)
                #expect(nothing.total == 0 && nothing.hits.isEmpty && nothing.facets.values.allSatisfy(\.isEmpty))
                let clerkToken = try await client.token(for: "clerk")
                let all = try await search(client, "convoy", token: clerkToken, limit: 100)
                #expect(all.total == 30 && all.facets["classification"] == ["NU": 10, "NS": 20])
                #expect(all.hits.prefix(20).allSatisfy { !readableIDs.contains($0.id) }, "the secret ones rank first")
            }
        }
    }

    @Test("the index follows every change in its transaction: new words, raised labels, access entries, attachments")
    func followsChanges() async throws {
        try await withInstallation { installation in
            let (clerk, owenPrincipal) = try await SearchFixtures.registryDesk(installation)
            let record = try await SearchFixtures.register(installation, "Quarterly budget review", by: clerk)
            try await installation.app.test(.router) { client in
                let owen = try await client.token(for: "owen")
                let clerkToken = try await client.token(for: "clerk")
                #expect(try await search(client, "budget", token: owen).total == 1)

                // A corrected title: the new words are found, the old ones no longer.
                var changes = RecordStore.Changes()
                changes.title = "Annual procurement review"
                let renamed = try await installation.chancery.records.update(
                    record.object.id, expectedVersion: 1, changes: changes, by: clerk)
                #expect(try await search(client, "procurement", token: owen).total == 1)
                #expect(try await search(client, "budget", token: owen).total == 0)

                // A raised label: the reader below it no longer finds it, in hits or counts.
                var raise = RecordStore.Changes()
                raise.label = SecurityLabel(classification: .natoSecret)
                _ = try await installation.chancery.records.update(
                    record.object.id, expectedVersion: renamed.object.version, changes: raise, by: clerk)
                let hidden = try await search(client, "procurement", token: owen)
                #expect(hidden.total == 0 && hidden.hits.isEmpty)
                let seen = try await search(client, "procurement", token: clerkToken)
                #expect(seen.total == 1 && seen.hits.first?.banner == "NATO SECRET")

                // Access entries are read live: a record closed to its unit is found once Owen is granted it.
                let closed = try await SearchFixtures.register(
                    installation, "Ledger of the mess accounts", openToUnit: false, by: clerk)
                #expect(try await search(client, "ledger", token: owen).total == 0)
                let granted = [
                    AccessEntry(grantee: .user(clerk.id), permission: .write),
                    AccessEntry(grantee: .user(owenPrincipal.id), permission: .read),
                ]
                let (opened, _) = try await installation.chancery.records.replaceAccessEntries(
                    of: closed.object.id, with: granted, expectedVersion: closed.object.version, by: clerk)
                #expect(try await search(client, "ledger", token: owen).hits.map(\.id) == [closed.object.id])
                _ = try await installation.chancery.records.replaceAccessEntries(
                    of: closed.object.id, with: [granted[0]], expectedVersion: opened.object.version, by: clerk)
                #expect(try await search(client, "ledger", token: owen).total == 0)

                // Reading a secret hit in a result list is an audited read, with the query.
                let actions = try await installation.auditActions(of: record.object.id)
                #expect(actions.last == "object.search")

                // An attachment's text is found; a file labelled above its record is not indexed at all.
                let open = try await SearchFixtures.register(installation, "Letter from the host nation", by: clerk)
                let plain = try await client.execute(
                    uri: "/api/v1/records/\(open.object.id)/attachments?filename=letter.txt", method: .post,
                    headers: [.authorization: "Bearer \(clerkToken)", .contentType: "text/plain"],
                    body: ByteBuffer(string: "The Zanzibar delegation will arrive on Monday."))
                #expect(plain.status == .created, "\(plain.text)")
                let higher = try await client.execute(
                    uri:
                        "/api/v1/records/\(open.object.id)/attachments?filename=annex.txt&label=%7B%22classification%22%3A%22NS%22%2C%22releasableTo%22%3A%5B%22NATO%22%5D%7D",
                    method: .post, headers: [.authorization: "Bearer \(clerkToken)", .contentType: "text/plain"],
                    body: ByteBuffer(string: "Kilimanjaro operation annex."))
                #expect(higher.status == .created, "\(higher.text)")
                let found = try await search(client, "zanzibar", token: owen)
                #expect(
                    found.hits.map(\.id) == [open.object.id]
                        && found.hits.first?.snippet.contains("<mark>Zanzibar</mark>") == true)
                #expect(try await search(client, "kilimanjaro", token: owen).total == 0)
                #expect(try await search(client, "kilimanjaro", token: clerkToken).total == 0)
            }
        }
    }

    @Test(
        "every malformed query is a 400 problem with a sentence, in English and in French, and changes nothing",
        arguments: [
            #""unclosed phrase"#, "OR meeting", "meeting OR", "meeting -", "-draft", "author:smith", "from:2026-02-30",
            "to:yesterday", "class:SECRETISH", "office:kitchen", "(meeting)", "meeting NEAR(a b)", "mee*ting", "a*",
            "x|y",
            "meeting^2", "series:A series:B", "from:2026 to:2025", "", "{t b} : x",
        ])
    func malformed(_ query: String) async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let events = try await installation.auditEventCount()
                let english = try await client.api(.get, SearchFixtures.path(query), token: token)
                let problem = try english.problem(.badRequest, type: "invalid-search")
                #expect(problem.field == "q")
                let french = try await client.api(
                    .get, SearchFixtures.path(query), token: token, headers: [.acceptLanguage: "fr"])
                let frenchProblem = try french.problem(.badRequest, type: "invalid-search")
                #expect(frenchProblem.detail != problem.detail)
                #expect(try await installation.auditEventCount() == events)
            }
        }
    }

    @Test("a bad cursor or limit is a 400; the search needs a signed-in principal")
    func badPaging() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                try await client.api(.get, SearchFixtures.path("x", cursor: "bm9wZQ"), token: token).problem(
                    .badRequest, type: "invalid-cursor")
                try await client.api(.get, SearchFixtures.path("x", cursor: "czk5OTk5OTk"), token: token).problem(
                    .badRequest, type: "invalid-cursor")
                try await client.api(.get, SearchFixtures.path("x", limit: 0), token: token).problem(
                    .badRequest, type: "invalid-limit")
                try await client.api(.get, SearchFixtures.path("x")).problem(.unauthorized)
            }
        }
    }

    @Test("the query string is read as a form: + between words is a space, %2B a literal plus")
    func plusIsASpace() async throws {
        try await withInstallation { installation in
            // setup
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            try await SearchFixtures.register(installation, "Minutes of the logistics meeting", by: clerk)
            try await SearchFixtures.register(installation, "Logistics plan", by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                // exercise
                let plus = try await client.api(.get, "/api/v1/search?q=minutes+OR+plan", token: token)
                let spaces = try await client.api(.get, "/api/v1/search?q=minutes%20OR%20plan", token: token)
                // validate
                #expect(plus.status == .ok)
                #expect(try plus.decode(Results.self).total == 2)
                #expect(try spaces.decode(Results.self).total == 2)
            }
        }
    }
}
