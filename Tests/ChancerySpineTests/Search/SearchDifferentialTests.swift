import ChanceryKit
import ChanceryTestSupport
import Foundation
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// The trimmed search must return exactly "every match that decide() allows": random labelled objects with
/// random access entries, random principals and random queries, on the suite's database. Facets must count
/// that set and nothing else, and every snippet must come from a hit's own text.
@Suite("Search trimming agrees with decide()")
struct SearchDifferentialTests {
    static let objectCount = 2500
    static let principalCount = 16
    static let vocabulary = [
        "sécurité", "securite", "réunion", "réunions", "meeting", "meetings", "logistics", "logistique", "convoy",
        "comité", "budget", "exercise", "exercice", "minutes", "procès-verbal", "défense", "defence", "transport",
        "report", "rapport", "annual", "annuel", "médical", "personnel",
    ]

    static func randomQuery(_ random: inout SeededGenerator) -> String {
        func word() -> String { vocabulary.randomElement(using: &random)! }
        var query: String
        switch Int.random(in: 0..<7, using: &random) {
        case 0: query = word()
        case 1: query = "\(word()) \(word())"
        case 2: query = "\(word()) OR \(word())"
        case 3: query = "\"\(word()) \(word())\""
        case 4: query = String(word().prefix(4)) + "*"
        case 5: query = "\(word()) -\(word())"
        default: query = "\(word()) OR \(word()) \(word())"
        }
        if Bool.random(using: &random) {
            query += " class:" + Classification.allCases.randomElement(using: &random)!.abbreviation
        }
        return query
    }

    @Test("hit sets, totals and facets equal the matches that decide() allows; snippets come from the hit itself")
    func hitsMatchDecide() async throws {
        try await withInstallation { installation in
            // setup: random objects whose titles are random words, indexed as the spine writes them
            var random = SeededGenerator(seed: 20_261_124)
            let principals = (0..<Self.principalCount).map {
                SecurityTrimmingDifferentialTests.randomPrincipal($0, &random)
            }
            var objects: [String: (LabelledObject, [AccessEntry])] = [:]
            for _ in 0..<Self.objectCount {
                var (object, entries) = SecurityTrimmingDifferentialTests.randomObject(
                    principalIDs: principals.map(\.id), &random)
                object.title = (0..<Int.random(in: 2...6, using: &random)).map { _ in
                    Self.vocabulary.randomElement(using: &random)!
                }.joined(separator: " ")
                objects[object.id] = (object, entries)
            }
            let store = installation.chancery.objects
            let rows = Array(objects.values)
            try await installation.chancery.database.transaction { db in
                for (object, entries) in rows { try await store.insert(object, accessEntries: entries, on: db) }
            }
            let search = installation.chancery.search
            let queries = (0..<14).map { _ in Self.randomQuery(&random) }

            // exercise & validate
            var mismatches = 0
            var allowedHits = 0
            var matched = 0
            for text in queries {
                let query = try SearchQuery(parsing: text, offices: InstalledOffices.catalog.searchOffices)
                let everything = try await search.searchUntrimmed(query, limit: Self.objectCount)
                matched += everything.total
                #expect(everything.ids.count == everything.total, "\(text): the untrimmed ids are all the matches")
                for principal in principals {
                    let allowed = everything.ids.filter { id in
                        let (object, entries) = objects[id]!
                        return decide(
                            principal, .read,
                            ProtectedObject(
                                label: object.label, owningUnit: object.owningUnit, openToUnit: object.openToUnit,
                                accessEntries: entries)) == .allow
                    }
                    let trimmed = try await search.searchIDs(query, limit: Self.objectCount, by: principal)
                    var expectedFacets = SearchFacets()
                    for id in allowed {
                        let object = objects[id]!.0
                        expectedFacets.office["registry", default: 0] += 1
                        expectedFacets.type["note", default: 0] += 1
                        expectedFacets.classification[object.label.classification.abbreviation, default: 0] += 1
                        expectedFacets.year[String(Clock.iso8601(object.createdAt).prefix(4)), default: 0] += 1
                    }
                    let differs = Set(allowed).symmetricDifference(trimmed.ids).count
                    mismatches +=
                        differs + (trimmed.total == allowed.count ? 0 : 1) + (trimmed.facets == expectedFacets ? 0 : 1)
                    allowedHits += allowed.count
                    #expect(differs == 0, "\(text) for \(principal.username): \(differs) ids differ")
                    #expect(trimmed.total == allowed.count, "\(text) for \(principal.username): total")
                    #expect(trimmed.facets == expectedFacets, "\(text) for \(principal.username): facets")
                    // Ranking keeps the engine's order: the trimmed list is the untrimmed one with holes.
                    #expect(trimmed.ids == allowed, "\(text) for \(principal.username): order")
                }
            }
            // The page a person sees: hits readable, snippets cut from the hit's own title.
            for principal in principals.prefix(6) {
                for text in queries.prefix(5) {
                    let results = try await search.search(
                        try SearchQuery(parsing: text, offices: InstalledOffices.catalog.searchOffices), text: text,
                        limit: 50, by: principal)
                    for hit in results.hits {
                        let (object, entries) = objects[hit.object.id]!
                        #expect(
                            decide(
                                principal, .read,
                                ProtectedObject(
                                    label: object.label, owningUnit: object.owningUnit, openToUnit: object.openToUnit,
                                    accessEntries: entries)) == .allow)
                        let plain = hit.snippet.replacingOccurrences(of: "<mark>", with: "").replacingOccurrences(
                            of: "</mark>", with: "")
                        #expect(plain == object.title, "snippet \(hit.snippet) of \(object.title)")
                    }
                }
            }
            print(
                "Differential search on \(TestInstallation.engineName): \(Self.objectCount) objects × \(Self.principalCount) "
                    + "principals × \(queries.count) queries, \(matched) matches, \(allowedHits) allowed hits, \(mismatches) mismatches"
            )
            #expect(mismatches == 0)
            #expect(allowedHits > 0 && allowedHits < matched * Self.principalCount, "both outcomes are exercised")
        }
    }
}
