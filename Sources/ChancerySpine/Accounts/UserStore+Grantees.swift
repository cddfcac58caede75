import ChanceryKit
import SQLKit

/// Who a grant or a distribution list names: an existing account or an existing group. Other stores ask here,
/// inside their own transaction, so that what "exists" means is decided in one place.
extension UserStore {
    /// The account with this id, or with this user name (in any case); nil when there is none.
    package func account(named reference: String) async throws -> UserAccount? {
        try await database.read { db in try await Self.account(named: reference, on: db) }
    }

    /// The account with this id, or with this user name (in any case); nil when there is none.
    package static func account(named reference: String, on db: any SQLDatabase) async throws -> UserAccount? {
        if ObjectID.isWellFormed(reference), let account = try await account(id: reference, on: db) { return account }
        return try await db.raw(
            "SELECT \(UserAccount.columns) FROM users u WHERE u.username = \(bind: reference.lowercased())"
        ).first().map(UserAccount.init(row:))
    }

    /// The account with this id; nil when there is none.
    package static func account(id: String, on db: any SQLDatabase) async throws -> UserAccount? {
        try await db.raw("SELECT \(UserAccount.columns) FROM users u WHERE u.id = \(bind: id)")
            .first().map(UserAccount.init(row:))
    }

    /// Whether a need-to-know group of exactly this name exists (the groups `GroupStore` keeps).
    package static func groupExists(_ name: String, on db: any SQLDatabase) async throws -> Bool {
        try await GroupStore.exists(name, on: db)
    }

    /// How an account is named on screen and in answers.
    public struct Names: Sendable, Equatable {
        public var username: String
        public var displayName: String

        package init(username: String, displayName: String) {
            self.username = username
            self.displayName = displayName
        }
    }

    /// The user names and display names of these accounts (ids that are no account are left out).
    package func names(of ids: some Collection<String>) async throws -> [String: Names] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        return try await database.read { db in
            var names: [String: Names] = [:]
            for row in try await db.raw("SELECT id, username, display_name FROM users WHERE id IN (\(binds: unique))")
                .all()
            {
                let stored = try row.decodeModel(NameRow.self)
                names[stored.id] = Names(username: stored.username, displayName: stored.displayName)
            }
            return names
        }
    }
}

/// A row of `users` as `names(of:)` reads it.
private struct NameRow: Decodable {
    var id: String
    var username: String
    var displayName: String
}
