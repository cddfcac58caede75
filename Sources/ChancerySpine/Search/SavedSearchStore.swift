import ChanceryKit
import SQLKit

/// A search a person kept under a name: its text only, so that running it searches anew within what the person
/// may read at that moment.
public struct SavedSearch: Sendable, Equatable, Decodable {
    public var id: String
    public var ownerID: String
    public var name: String
    public var query: String
    public var createdAt: Int64

    package static let columns: SQLQueryString = "s.id, s.owner_id, s.name, s.query, s.created_at"
}

/// The one owner of `saved_searches`. Every read and change is scoped to its owner in SQL: another person's saved
/// search is not found, exactly like one that does not exist. Saving and deleting are audited.
public struct SavedSearchStore: Sendable {
    package let database: Database
    package let audit: AuditLog

    /// How many searches one person may keep.
    package static let maxPerPerson = 50
    package static let maxName = 100
    package static let maxQuery = 512

    /// A name is 1 to 100 characters.
    package static func check(name: String) throws {
        if name.isEmpty { throw AppError.missingField("name") }
        if name.count > maxName { throw AppError.invalidField("name", reasonKey: "saved.reason.name") }
    }

    /// The text is a search the search box accepts, at most 512 characters.
    package static func check(query: String) throws {
        if query.isEmpty { throw AppError.missingField("q") }
        if query.count > maxQuery { throw AppError.invalidField("q", reasonKey: "saved.reason.query") }
        _ = try SearchController.parse(query)
    }

    /// The person's saved searches, by name.
    public func all(of principal: Principal) async throws -> [SavedSearch] {
        try await database.read { db in
            try await db.raw(
                """
                SELECT \(SavedSearch.columns) FROM saved_searches s
                WHERE s.owner_id = \(bind: principal.id) ORDER BY s.name, s.id
                """
            ).all().map { try $0.decodeModel(SavedSearch.self) }
        }
    }

    /// A page of the person's saved searches, by name: up to `limit` after the name `after` (names are one person's
    /// own and unique), with the name to continue after when more follow.
    public func page(of principal: Principal, after: String?, limit: Int) async throws -> Page<SavedSearch> {
        let following: SQLQueryString = after.map { name -> SQLQueryString in " AND s.name > \(bind: name)" } ?? ""
        var items = try await database.read { db in
            try await db.raw(
                """
                SELECT \(SavedSearch.columns) FROM saved_searches s
                WHERE s.owner_id = \(bind: principal.id)\(following)
                ORDER BY s.name, s.id LIMIT \(bind: limit + 1)
                """
            ).all().map { try $0.decodeModel(SavedSearch.self) }
        }
        let hasMore = items.count > limit
        if hasMore { items.removeLast() }
        return Page(items: items, nextCursor: hasMore ? items.last?.name : nil)
    }

    /// How many searches the person keeps.
    public func count(of principal: Principal) async throws -> Int {
        let row = try await database.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM saved_searches WHERE owner_id = \(bind: principal.id)").first()
        }
        return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
    }

    /// One of the person's saved searches; nil when it is not theirs or does not exist.
    public func find(_ id: String, of principal: Principal) async throws -> SavedSearch? {
        try await database.read { db in
            try await db.raw(
                """
                SELECT \(SavedSearch.columns) FROM saved_searches s
                WHERE s.id = \(bind: id) AND s.owner_id = \(bind: principal.id)
                """
            ).first().map { try $0.decodeModel(SavedSearch.self) }
        }
    }

    /// Keeps `query` under `name`; a name the person already uses gets the new text. The text must be a search the
    /// search box accepts. Audited as `search.saved`.
    @discardableResult
    public func save(name: String, query: String, by principal: Principal) async throws -> SavedSearch {
        let (name, query) = try Self.checked(name: name, query: query)
        return try await database.transaction { db in
            try await self.save(name: name, query: query, by: principal, on: db).saved
        }
    }

    /// The name and text trimmed, refused when either is missing, too long, or the text is no search.
    package static func checked(name: String, query: String) throws -> (name: String, query: String) {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let query = query.trimmingCharacters(in: .whitespacesAndNewlines)
        try check(name: name)
        try check(query: query)
        return (name, query)
    }

    /// The same inside a transaction of the caller's (the API's idempotent creation), with a name and text already
    /// `checked`; `replaced` says whether the name was already the person's.
    package func save(name: String, query: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> (saved: SavedSearch, replaced: Bool)
    {
        let now = Clock.nowMilliseconds()
        let existing = try await db.raw(
            """
            SELECT \(SavedSearch.columns) FROM saved_searches s
            WHERE s.owner_id = \(bind: principal.id) AND s.name = \(bind: name)
            """
        ).first().map { try $0.decodeModel(SavedSearch.self) }
        let saved: SavedSearch
        if var existing {
            try await db.raw("UPDATE saved_searches SET query = \(bind: query) WHERE id = \(bind: existing.id)").run()
            existing.query = query
            saved = existing
        } else {
            let count =
                try await db.raw("SELECT COUNT(*) AS n FROM saved_searches WHERE owner_id = \(bind: principal.id)")
                .first()?.decode(column: "n", as: Int64.self) ?? 0
            guard count < Self.maxPerPerson else {
                throw AppError.invalidField("name", reasonKey: "saved.reason.tooMany")
            }
            saved = SavedSearch(
                id: ObjectID.make(milliseconds: now), ownerID: principal.id, name: name, query: query, createdAt: now)
            try await db.raw(
                """
                INSERT INTO saved_searches (id, owner_id, name, query, created_at)
                VALUES (\(bind: saved.id), \(bind: principal.id), \(bind: name), \(bind: query), \(bind: now))
                """
            ).run()
        }
        try await audit.append(
            AuditEntry(actor: principal.id, action: "search.saved", details: ["id": saved.id, "name": name]), on: db)
        return (saved, existing != nil)
    }

    /// Deletes one of the person's saved searches; another person's is not found. Audited as `search.deleted`.
    public func delete(_ id: String, by principal: Principal) async throws {
        try await database.transaction { db in
            guard
                let saved = try await db.raw(
                    """
                    SELECT \(SavedSearch.columns) FROM saved_searches s
                    WHERE s.id = \(bind: id) AND s.owner_id = \(bind: principal.id)
                    """
                ).first().map({ try $0.decodeModel(SavedSearch.self) })
            else { throw AppError.notFound }
            try await db.raw(
                "DELETE FROM saved_searches WHERE id = \(bind: id) AND owner_id = \(bind: principal.id)"
            ).run()
            try await audit.append(
                AuditEntry(
                    actor: principal.id, action: "search.deleted", details: ["id": saved.id, "name": saved.name]),
                on: db)
        }
    }
}

extension Chancery {
    /// The people's saved searches.
    public var savedSearches: SavedSearchStore { SavedSearchStore(database: database, audit: audit) }
}
