import ChanceryKit
import SQLKit

/// What autocomplete reads of the accounts (see `SpineSuggestions`): names and units of active accounts only.
extension UserStore {
    /// Up to `limit` active accounts whose user name or display name contains `text` (case-insensitive, the text
    /// taken literally), those whose user name starts with it first, then by user name.
    package func people(matching text: String, limit: Int) async throws -> [Names] {
        let containing = LikePattern.containing(text)
        let query: SQLQueryString = """
            SELECT username, display_name FROM users
            WHERE disabled = 0 AND (\(LikePattern.matches("username", containing))
                OR \(LikePattern.matches("display_name", containing)))
            ORDER BY CASE WHEN \(LikePattern.matches("username", LikePattern.startingWith(text))) THEN 0 ELSE 1 END,
                username
            LIMIT \(bind: limit)
            """
        return try await database.read { db in
            try await db.raw(query).all().map { row in
                let stored = try row.decodeModel(PersonRow.self)
                return Names(username: stored.username, displayName: stored.displayName)
            }
        }
    }

    /// Up to `limit` units of active accounts containing `text` (case-insensitive), those starting with it first.
    /// An account's units are one column (`IPS,HEALTH`): SQL keeps the accounts that name a matching unit, and the
    /// column is split here.
    package func units(matching text: String, limit: Int) async throws -> [String] {
        let query: SQLQueryString = """
            SELECT DISTINCT units FROM users
            WHERE disabled = 0 AND \(LikePattern.matches("units", LikePattern.containing(text)))
            """
        let lists = try await database.read { db in
            try await db.raw(query).all().map { try $0.decode(column: "units", as: String.self) }
        }
        let wanted = text.lowercased()
        let units = Set(lists.flatMap { $0.split(separator: ",").map(String.init) })
            .filter { $0.lowercased().contains(wanted) }
        let starting = units.filter { $0.lowercased().hasPrefix(wanted) }.sorted()
        let others = units.subtracting(starting).sorted()
        return Array((starting + others).prefix(limit))
    }
}

/// A row of `users` as `people(matching:limit:)` reads it.
private struct PersonRow: Decodable {
    var username: String
    var displayName: String
}
