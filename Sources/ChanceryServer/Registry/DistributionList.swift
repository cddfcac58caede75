import ChanceryKit
import SQLKit

/// A named set of people, groups and units that the registry distributes items to.
public struct DistributionList: Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String
    public var members: [Member]
    public var version: Int64
    public var createdBy: String
    public var createdAt: Int64
    public var updatedAt: Int64

    /// One addressee of a list: an account (by id), a need-to-know group or a unit, for action or information.
    public struct Member: Sendable, Hashable, Codable {
        public var kind: Kind
        public var id: String
        public var role: Role

        public enum Kind: String, Sendable, Codable, CaseIterable { case user, group, unit }
        public enum Role: String, Sendable, Codable, CaseIterable { case action, info }

        public init(kind: Kind, id: String, role: Role) {
            self.kind = kind
            self.id = id
            self.role = role
        }

        /// The access entry that gives this member need-to-know.
        var grantee: Grantee {
            switch kind {
            case .user: .user(id)
            case .group: .group(id)
            case .unit: .unit(id)
            }
        }
    }

    var etag: String { "\"v\(version)\"" }
}

/// The one owner of `distribution_lists` and their members, managed by the registry.
public struct DistributionListStore: Sendable {
    let database: Database
    let audit: AuditLog

    public struct Draft: Sendable {
        public var name: String
        public var description: String
        public var members: [DistributionList.Member]
    }

    public func all() async throws -> [DistributionList] {
        try await database.read { db in
            let rows = try await db.raw(
                "SELECT id, name, description, version, created_by, created_at, updated_at FROM distribution_lists ORDER BY name"
            ).all()
            var lists: [DistributionList] = []
            for row in rows { lists.append(try await self.list(from: row, on: db)) }
            return lists
        }
    }

    public func find(_ id: String) async throws -> DistributionList? {
        try await database.read { db in try await self.find(id, on: db) }
    }

    func find(_ id: String, on db: any SQLDatabase) async throws -> DistributionList? {
        guard let row = try await db.raw(
            "SELECT id, name, description, version, created_by, created_at, updated_at FROM distribution_lists WHERE id = \(bind: id)"
        ).first() else { return nil }
        return try await list(from: row, on: db)
    }

    private func list(from row: any SQLRow, on db: any SQLDatabase) async throws -> DistributionList {
        let id = try row.decode(column: "id", as: String.self)
        let members = try await db.raw(
            """
            SELECT member_kind, member, role FROM distribution_list_members WHERE list_id = \(bind: id)
            ORDER BY member_kind, member
            """
        ).all().compactMap { row -> DistributionList.Member? in
            guard let kind = DistributionList.Member.Kind(rawValue: try row.decode(column: "member_kind", as: String.self)),
                let role = DistributionList.Member.Role(rawValue: try row.decode(column: "role", as: String.self))
            else { return nil }
            return .init(kind: kind, id: try row.decode(column: "member", as: String.self), role: role)
        }
        return DistributionList(
            id: id, name: try row.decode(column: "name", as: String.self),
            description: try row.decode(column: "description", as: String.self), members: members,
            version: try row.decode(column: "version", as: Int64.self),
            createdBy: try row.decode(column: "created_by", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Int64.self),
            updatedAt: try row.decode(column: "updated_at", as: Int64.self))
    }

    /// Creates a list (registry roles); user members must be existing accounts.
    public func create(_ draft: Draft, by principal: Principal) async throws -> DistributionList {
        try Self.requireRegistrar(principal)
        let now = Clock.nowMilliseconds()
        let list = DistributionList(
            id: ObjectID.make(milliseconds: now), name: draft.name, description: draft.description,
            members: draft.members, version: 1, createdBy: principal.id, createdAt: now, updatedAt: now)
        return try await database.transaction { db in
            try await self.requireUniqueName(draft.name, except: nil, on: db)
            try await self.requireKnownUsers(draft.members, on: db)
            try await db.raw(
                """
                INSERT INTO distribution_lists (id, name, description, version, created_by, created_at, updated_at)
                VALUES (\(bind: list.id), \(bind: list.name), \(bind: list.description), 1, \(bind: principal.id),
                        \(bind: now), \(bind: now))
                """
            ).run()
            try await self.insertMembers(list, on: db)
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "distribution-list.create",
                    details: ["list": list.id, "name": list.name, "members": Self.describe(list.members)]),
                on: db)
            return list
        }
    }

    /// Replaces a list's name, description and members at `expectedVersion`.
    public func update(_ id: String, expectedVersion: Int64, draft: Draft, by principal: Principal) async throws
        -> DistributionList
    {
        try Self.requireRegistrar(principal)
        return try await database.transaction { db in
            guard var list = try await self.find(id, on: db) else { throw RegistryError.unknownList(id) }
            guard list.version == expectedVersion else { throw AppError.stale(currentVersion: list.version) }
            try await self.requireUniqueName(draft.name, except: id, on: db)
            try await self.requireKnownUsers(draft.members, on: db)
            list.name = draft.name
            list.description = draft.description
            list.members = draft.members
            list.version += 1
            list.updatedAt = Clock.nowMilliseconds()
            let updated = try await db.raw(
                """
                UPDATE distribution_lists SET name = \(bind: list.name), description = \(bind: list.description),
                    version = \(bind: list.version), updated_at = \(bind: list.updatedAt)
                WHERE id = \(bind: id) AND version = \(bind: expectedVersion) RETURNING version
                """
            ).first()
            guard updated != nil else { throw AppError.stale(currentVersion: expectedVersion + 1) }
            try await db.raw("DELETE FROM distribution_list_members WHERE list_id = \(bind: id)").run()
            try await self.insertMembers(list, on: db)
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "distribution-list.update",
                    details: ["list": id, "name": list.name, "members": Self.describe(list.members), "version": String(list.version)]),
                on: db)
            return list
        }
    }

    private func insertMembers(_ list: DistributionList, on db: any SQLDatabase) async throws {
        for member in Set(list.members) {
            try await db.raw(
                """
                INSERT INTO distribution_list_members (list_id, member_kind, member, role)
                VALUES (\(bind: list.id), \(bind: member.kind.rawValue), \(bind: member.id), \(bind: member.role.rawValue))
                ON CONFLICT (list_id, member_kind, member) DO NOTHING
                """
            ).run()
        }
    }

    private func requireUniqueName(_ name: String, except id: String?, on db: any SQLDatabase) async throws {
        let holder = try await db.raw("SELECT id FROM distribution_lists WHERE name = \(bind: name)").first()
            .map { try $0.decode(column: "id", as: String.self) }
        if let holder, holder != id { throw RegistryError.listNameTaken(name) }
    }

    private func requireKnownUsers(_ members: [DistributionList.Member], on db: any SQLDatabase) async throws {
        for member in members where member.kind == .user {
            let row = try await db.raw("SELECT id FROM users WHERE id = \(bind: member.id)").first()
            guard row != nil else { throw RegistryError.unknownMember(member.id) }
        }
    }

    static func describe(_ members: [DistributionList.Member]) -> String {
        members.map { "\($0.kind.rawValue):\($0.id):\($0.role.rawValue)" }.sorted().joined(separator: ",")
    }

    static func requireRegistrar(_ principal: Principal) throws {
        guard !RecordStore.registrars.isDisjoint(with: principal.roles) else { throw AppError.roleRequired(RecordStore.registrars) }
    }
}
