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
        let lists = try await chancery.distributionLists.names(matching: text, limit: limit)
        return Suggestions(lists.map { Suggestion(value: $0.id, label: $0.name) })
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
