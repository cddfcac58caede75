import ChanceryKit
import ChancerySpine
import SQLKit

/// Autocomplete of distribution lists (`GET /api/v1/suggestions/distribution-lists`): the same rule as the lists
/// themselves, which only their keepers (registry clerks and supervisors, administrators) see.
package struct DistributionListSuggestions: SuggestionSource {
    package let kind = "distribution-lists"

    package func suggest(
        matching text: String, limit: Int, by principal: Principal, chancery: Chancery, language: Language
    ) async throws -> Suggestions {
        try DistributionListStore.requireKeeper(principal)
        var lists = try await chancery.distributionLists.names(matching: text, limit: limit)
        // A known list found by its name in the reader's language, as the page shows it.
        for stored in RegistryTerms.storedNames(containing: text, in: language) where lists.count < limit {
            for list in try await chancery.distributionLists.names(matching: stored, limit: 1)
            where list.name.lowercased() == stored.lowercased() && !lists.contains(where: { $0.id == list.id }) {
                lists.append(list)
            }
        }
        return Suggestions(
            lists.map { Suggestion(value: $0.id, label: RegistryTerms.display($0.name, in: language)) })
    }
}

extension DistributionListStore {
    /// Up to `limit` lists whose name contains `text` (case-insensitive, taken literally), those starting with it
    /// first, then by name: each list's id and name.
    package func names(matching text: String, limit: Int) async throws -> [(id: String, name: String)] {
        let query: SQLQueryString = """
            SELECT id, name FROM distribution_lists
            WHERE \(LikePattern.matches("name", LikePattern.containing(text)))
            ORDER BY CASE WHEN \(LikePattern.matches("name", LikePattern.startingWith(text))) THEN 0 ELSE 1 END, name
            LIMIT \(bind: limit)
            """
        return try await database.read { db in
            try await db.raw(query).all().map { row in
                (try row.decode(column: "id", as: String.self), try row.decode(column: "name", as: String.self))
            }
        }
    }
}
