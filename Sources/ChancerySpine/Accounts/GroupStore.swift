import ChanceryKit
import SQLKit

/// A need-to-know group: a name that access control entries and distribution lists grant to, and that accounts
/// belong to. Its members are the accounts that name it (`UserStore.members(of:)`).
public struct AccessGroup: Sendable, Equatable, RowDecodable {
    public var id: String
    /// 1 to 32 letters, digits, hyphens or underscores, e.g. `HR-CASES`; unique whatever the case.
    public var name: String
    /// What the group is for, as people read it.
    public var title: String
    public var createdAt: Int64
    public var updatedAt: Int64

    package static let columns: SQLQueryString = "g.id, g.name, g.title, g.created_at, g.updated_at"
}

/// The one owner of `access_groups`, the catalogue of need-to-know groups. The CLI, the accounts API and any office
/// that names a group (an access control entry, a distribution list) ask it whether the group exists.
public struct GroupStore: Sendable {
    package let database: Database
    package let audit: AuditLog

    package static func isValidName(_ name: String) -> Bool {
        (1...32).contains(name.count)
            && name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "-_".contains($0) }
    }

    /// Creates a group; `actor` is who does it (`cli` from the command line). Audited as `group.create`.
    @discardableResult
    public func create(name: String, title: String? = nil, actor: String) async throws -> AccessGroup {
        guard Self.isValidName(name) else { throw AccountError.invalidName(kind: "group", value: name) }
        let title = try Self.checkedTitle(title ?? name)
        let now = Clock.nowMilliseconds()
        let id = ObjectID.make(milliseconds: now)
        return try await database.transaction { db in
            if let existing = try await db.raw(
                "SELECT name FROM access_groups WHERE lower(name) = lower(\(bind: name))"
            ).first() {
                throw AccountError.groupTaken(try existing.decode(column: "name", as: String.self))
            }
            try await db.raw(
                """
                INSERT INTO access_groups (id, name, title, created_at, updated_at)
                VALUES (\(bind: id), \(bind: name), \(bind: title), \(bind: now), \(bind: now))
                """
            ).run()
            try await self.audit.append(
                AuditEntry(actor: actor, action: "group.create", details: ["group": name, "title": title]), on: db)
            return try await self.find(name: name, on: db)!  // safe: inserted just above, in this transaction
        }
    }

    /// Every group by name, after `cursor` (a name), at most `limit`.
    public func list(after cursor: String? = nil, limit: Int = 10_000) async throws -> [AccessGroup] {
        try await database.read { db in
            try await db.raw(
                """
                SELECT \(AccessGroup.columns) FROM access_groups g WHERE g.name > \(bind: cursor ?? "")
                ORDER BY g.name LIMIT \(bind: limit)
                """
            ).all().map(AccessGroup.init(row:))
        }
    }

    public func find(name: String) async throws -> AccessGroup? {
        try await database.read { db in try await self.find(name: name, on: db) }
    }

    package func find(name: String, on db: any SQLDatabase) async throws -> AccessGroup? {
        try await db.raw("SELECT \(AccessGroup.columns) FROM access_groups g WHERE g.name = \(bind: name)")
            .first().map(AccessGroup.init(row:))
    }

    /// Whether a group of exactly this name exists (names are compared as written, as the access decision does).
    public func groupExists(_ name: String) async throws -> Bool {
        try await find(name: name) != nil
    }

    /// Whether a group exists, inside a caller's transaction.
    public func groupExists(_ name: String, on db: any SQLDatabase) async throws -> Bool {
        try await Self.exists(name, on: db)
    }

    /// Whether a group exists, inside a caller's transaction: for the stores whose grants and lists name groups.
    package static func exists(_ name: String, on db: any SQLDatabase) async throws -> Bool {
        try await db.raw("SELECT name FROM access_groups WHERE name = \(bind: name)").first() != nil
    }

    /// The names among `names` that are no group, sorted.
    package func missing(_ names: some Collection<String>, on db: any SQLDatabase) async throws -> [String] {
        let wanted = Array(Set(names))
        guard !wanted.isEmpty else { return [] }
        let found = try await db.raw("SELECT name FROM access_groups WHERE name IN (\(binds: wanted))").all()
            .map { try $0.decode(column: "name", as: String.self) }
        return Set(wanted).subtracting(found).sorted()
    }

    package static func checkedTitle(_ text: String) throws -> String {
        let title = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...200).contains(title.count),
            !title.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { throw AccountError.invalidTitle }
        return title
    }

    package init(database: Database, audit: AuditLog) {
        self.database = database
        self.audit = audit
    }
}
