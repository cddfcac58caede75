import ChanceryKit
import ChancerySpine
import SQLKit

/// A named set of people, groups and units that the registry distributes items to.
public struct DistributionList: Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String
    public var members: [Member]
    public var owner: Owner
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
        package var grantee: Grantee {
            switch kind {
            case .user: .user(id)
            case .group: .group(id)
            case .unit: .unit(id)
            }
        }
    }

    /// Who keeps the list: a person (by account id) or a unit. Only the owner (the person, or any member of the
    /// unit), a registry supervisor or an administrator changes the list; every clerk may distribute to it.
    public struct Owner: Sendable, Hashable {
        public var kind: Kind
        public var id: String

        public enum Kind: String, Sendable, CaseIterable { case user, unit }

        public init(kind: Kind, id: String) {
            self.kind = kind
            self.id = id
        }

        /// `user:ID` or `unit:NAME`, for the audit trail.
        package var text: String { "\(kind.rawValue):\(id)" }
    }

    package var etag: String { "\"v\(version)\"" }
}

/// The one owner of `distribution_lists` and their members, managed by the registry.
public struct DistributionListStore: Sendable {
    package let database: Database
    package let audit: AuditLog

    public struct Draft: Sendable {
        public var name: String
        public var description: String
        public var members: [DistributionList.Member]
        /// The new owner; nil keeps the owner (on creation: the person who creates the list).
        public var owner: DistributionList.Owner?

        public init(
            name: String, description: String, members: [DistributionList.Member], owner: DistributionList.Owner? = nil
        ) {
            self.name = name
            self.description = description
            self.members = members
            self.owner = owner
        }
    }

    /// Who may see and keep lists at all: the registry's roles and administrators.
    package static let keepers: Set<Role> = RecordStore.registrars.union([.admin])

    public func all() async throws -> [DistributionList] {
        try await database.read { db in
            let rows = try await db.raw(
                "SELECT \(Self.columns) FROM distribution_lists ORDER BY name"
            ).all()
            var lists: [DistributionList] = []
            for row in rows { lists.append(try await self.list(from: row, on: db)) }
            return lists
        }
    }

    public func find(_ id: String) async throws -> DistributionList? {
        try await database.read { db in try await self.find(id, on: db) }
    }

    package func find(_ id: String, on db: any SQLDatabase) async throws -> DistributionList? {
        guard
            let row = try await db.raw(
                "SELECT \(Self.columns) FROM distribution_lists WHERE id = \(bind: id)"
            ).first()
        else { return nil }
        return try await list(from: row, on: db)
    }

    private static let columns: SQLQueryString =
        "id, name, description, owner_kind, owner, version, created_by, created_at, updated_at"

    /// A row of `distribution_lists`; the members are read apart.
    private struct ListRow: Decodable {
        var id: String
        var name: String
        var description: String
        var ownerKind: String
        var owner: String
        var version: Int64
        var createdBy: String
        var createdAt: Int64
        var updatedAt: Int64
    }

    /// A row of `distribution_list_members`.
    private struct MemberRow: Decodable {
        var memberKind: String
        var member: String
        var role: String
    }

    private func list(from row: any SQLRow, on db: any SQLDatabase) async throws -> DistributionList {
        let stored = try row.decodeModel(ListRow.self)
        let members = try await db.raw(
            """
            SELECT member_kind, member, role FROM distribution_list_members WHERE list_id = \(bind: stored.id)
            ORDER BY member_kind, member
            """
        ).all().compactMap { row -> DistributionList.Member? in
            let member = try row.decodeModel(MemberRow.self)
            // A kind or role this build does not know leaves the member out rather than failing the list.
            guard let kind = DistributionList.Member.Kind(rawValue: member.memberKind),
                let role = DistributionList.Member.Role(rawValue: member.role)
            else { return nil }
            return .init(kind: kind, id: member.member, role: role)
        }
        return DistributionList(
            id: stored.id, name: stored.name, description: stored.description, members: members,
            owner: .init(kind: DistributionList.Owner.Kind(rawValue: stored.ownerKind) ?? .unit, id: stored.owner),
            version: stored.version, createdBy: stored.createdBy, createdAt: stored.createdAt,
            updatedAt: stored.updatedAt)
    }

    /// Creates a list (registry roles and administrators); user members must be existing accounts. The list
    /// belongs to its creator unless the draft names another owner.
    public func create(_ draft: Draft, by principal: Principal) async throws -> DistributionList {
        try Self.requireKeeper(principal)
        let now = Clock.nowMilliseconds()
        let list = DistributionList(
            id: ObjectID.make(milliseconds: now), name: draft.name, description: draft.description,
            members: draft.members, owner: draft.owner ?? .init(kind: .user, id: principal.id), version: 1,
            createdBy: principal.id, createdAt: now, updatedAt: now)
        return try await database.transaction { db in
            try await self.requireUniqueName(draft.name, except: nil, on: db)
            try await self.requireKnownUsers(draft.members, on: db)
            try await self.requireKnownGroups(draft.members, except: [], on: db)
            try await self.requirePossibleOwner(list.owner, by: principal, on: db)
            try await db.raw(
                """
                INSERT INTO distribution_lists (id, name, description, owner_kind, owner, version, created_by, created_at,
                                                updated_at)
                VALUES (\(bind: list.id), \(bind: list.name), \(bind: list.description), \(bind: list.owner.kind.rawValue),
                        \(bind: list.owner.id), 1, \(bind: principal.id), \(bind: now), \(bind: now))
                """
            ).run()
            try await self.insertMembers(list, on: db)
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "distribution-list.create",
                    details: [
                        "list": list.id, "name": list.name, "owner": list.owner.text,
                        "members": Self.describe(list.members),
                    ]),
                on: db)
            return list
        }
    }

    /// Replaces a list's name, description, members (and owner, when the draft names one) at `expectedVersion`.
    /// Only the owner (the person, or a member of the owning unit), a registry supervisor or an administrator
    /// may; anyone else is refused and the refusal is audited. The event keeps the members before and after.
    public func update(_ id: String, expectedVersion: Int64, draft: Draft, by principal: Principal) async throws
        -> DistributionList
    {
        try Self.requireKeeper(principal)
        return try await database.transaction { db -> Checked<DistributionList> in
            guard let before = try await self.find(id, on: db) else { return .refused(RegistryError.unknownList(id)) }
            guard Self.mayChange(before, principal) else {
                try await self.audit.append(
                    AuditEntry(
                        actor: principal.id, action: "access.denied", outcome: .denied,
                        details: ["action": "distribution-list.update", "list": id, "owner": before.owner.text]),
                    on: db)
                return .refused(try await self.notYours(before.owner, on: db))
            }
            guard before.version == expectedVersion else { return .refused(.stale(currentVersion: before.version)) }
            try await self.requireUniqueName(draft.name, except: id, on: db)
            try await self.requireKnownUsers(draft.members, on: db)
            let keptGroups = Set(before.members.filter { $0.kind == .group }.map(\.id))
            try await self.requireKnownGroups(draft.members, except: keptGroups, on: db)
            var list = before
            if let owner = draft.owner, owner != before.owner {
                try await self.requirePossibleOwner(owner, by: principal, on: db)
                list.owner = owner
            }
            list.name = draft.name
            list.description = draft.description
            list.members = draft.members
            list.version += 1
            list.updatedAt = Clock.nowMilliseconds()
            let updated = try await db.raw(
                """
                UPDATE distribution_lists SET name = \(bind: list.name), description = \(bind: list.description),
                    owner_kind = \(bind: list.owner.kind.rawValue), owner = \(bind: list.owner.id),
                    version = \(bind: list.version), updated_at = \(bind: list.updatedAt)
                WHERE id = \(bind: id) AND version = \(bind: expectedVersion) RETURNING version
                """
            ).first()
            guard updated != nil else { return .refused(.stale(currentVersion: expectedVersion + 1)) }
            try await db.raw("DELETE FROM distribution_list_members WHERE list_id = \(bind: id)").run()
            try await self.insertMembers(list, on: db)
            var details = [
                "list": id, "name": list.name, "version": String(list.version), "owner": list.owner.text,
                "membersBefore": Self.describe(before.members), "membersAfter": Self.describe(list.members),
            ]
            if list.owner != before.owner { details["ownerBefore"] = before.owner.text }
            if list.name != before.name { details["nameBefore"] = before.name }
            try await self.audit.append(
                AuditEntry(actor: principal.id, action: "distribution-list.update", details: details), on: db)
            return .done(list)
        }.get()
    }

    /// Whether the principal may change the list: its owner, a registry supervisor or an administrator.
    package static func mayChange(_ list: DistributionList, _ principal: Principal) -> Bool {
        if principal.has(.admin) || principal.has(.registrySupervisor) { return true }
        switch list.owner.kind {
        case .user: return list.owner.id == principal.id
        case .unit: return principal.units.contains(list.owner.id)
        }
    }

    /// The refusal for someone who does not keep the list, naming who does.
    private func notYours(_ owner: DistributionList.Owner, on db: any SQLDatabase) async throws -> AppError {
        switch owner.kind {
        case .unit: return RegistryError.listNotYours(unit: owner.id)
        case .user:
            let name = try await db.raw("SELECT username FROM users WHERE id = \(bind: owner.id)").first()?
                .decode(column: "username", as: String.self)
            return RegistryError.listNotYours(user: name ?? owner.id)
        }
    }

    /// A new owner must exist; a unit must be one of the principal's own, unless a supervisor or an
    /// administrator hands the list over.
    private func requirePossibleOwner(_ owner: DistributionList.Owner, by principal: Principal, on db: any SQLDatabase)
        async throws
    {
        switch owner.kind {
        case .user:
            guard try await UserStore.account(id: owner.id, on: db) != nil else {
                throw RegistryError.unknownOwner(owner.id)
            }
        case .unit:
            let mayHandOver = principal.has(.admin) || principal.has(.registrySupervisor)
            guard principal.units.contains(owner.id) || mayHandOver else {
                throw RegistryError.ownerNotYourUnit(principal)
            }
            guard UserStore.isValidGroupOrUnit(owner.id) else { throw RegistryError.unknownOwner(owner.id) }
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

    /// A group added to a list must exist (a group the list already had may stay, whatever became of it).
    private func requireKnownGroups(
        _ members: [DistributionList.Member], except kept: Set<String>, on db: any SQLDatabase
    ) async throws {
        for member in members where member.kind == .group && !kept.contains(member.id) {
            guard try await UserStore.groupExists(member.id, on: db) else {
                throw RegistryError.unknownGroup(member.id)
            }
        }
    }

    package static func describe(_ members: [DistributionList.Member]) -> String {
        members.map { "\($0.kind.rawValue):\($0.id):\($0.role.rawValue)" }.sorted().joined(separator: ",")
    }

    package static func requireRegistrar(_ principal: Principal) throws {
        guard !RecordStore.registrars.isDisjoint(with: principal.roles) else {
            throw AppError.roleRequired(RecordStore.registrars)
        }
    }

    /// Lists are the registry's working tools: its roles, and administrators, see and keep them.
    package static func requireKeeper(_ principal: Principal) throws {
        guard !keepers.isDisjoint(with: principal.roles) else { throw AppError.roleRequired(keepers) }
    }
}
