import ChanceryKit
import ChancerySpine
import SQLKit

/// A node of the file plan: a category groups folders; a folder holds records and carries the retention rule.
public struct FilePlanNode: Sendable, Equatable, RowDecodable {
    public var id: String
    public var parentID: String?
    public var kind: Kind
    public var code: String
    public var title: String
    /// Years kept after cutoff (folders).
    public var retentionYears: Int?
    public var disposition: Disposition?
    /// Raised by each rename: an edit names the version it read.
    public var version: Int64
    /// When the node was retired (milliseconds): no longer offered for filing; the records filed in it keep it.
    public var retiredAt: Int64?

    public enum Kind: String, Sendable, CaseIterable, Decodable { case category, folder }
    /// What happens when the retention period has run.
    public enum Disposition: String, Sendable, CaseIterable, Decodable { case destroy, transfer, review }

    package init(
        id: String, parentID: String?, kind: Kind, code: String, title: String, retentionYears: Int?,
        disposition: Disposition?
    ) {
        self.id = id
        self.parentID = parentID
        self.kind = kind
        self.code = code
        self.title = title
        self.retentionYears = retentionYears
        self.disposition = disposition
        self.version = 1
        self.retiredAt = nil
    }

    public var isRetired: Bool { retiredAt != nil }

    /// The ETag of this version.
    package var etag: String { "\"v\(version)\"" }
}

/// The one owner of `file_plan`, kept by the registry supervisor and administrators.
public struct FilePlanStore: Sendable {
    package let database: Database
    package let audit: AuditLog

    package static let columns: SQLQueryString =
        "id, parent_id, kind, code, title, retention_years, disposition, version, retired_at"

    public func all() async throws -> [FilePlanNode] {
        try await database.read { db in
            try await db.raw("SELECT \(Self.columns) FROM file_plan ORDER BY code").all().map(FilePlanNode.init(row:))
        }
    }

    public func find(_ id: String) async throws -> FilePlanNode? {
        try await database.read { db in try await self.find(id, on: db) }
    }

    /// The folders a record may be filed in: those not retired.
    public func openFolders() async throws -> [FilePlanNode] {
        try await all().filter { $0.kind == .folder && !$0.isRetired }
    }

    package func find(_ id: String, on db: any SQLDatabase) async throws -> FilePlanNode? {
        try await db.raw("SELECT \(Self.columns) FROM file_plan WHERE id = \(bind: id)").first().map(
            FilePlanNode.init(row:))
    }

    /// Adds a category (at the top or under a category) or a folder (under a category, with its retention rule).
    public func create(
        kind: FilePlanNode.Kind, parentID: String?, code: String, title: String, retentionYears: Int?,
        disposition: FilePlanNode.Disposition?, by principal: Principal
    ) async throws -> FilePlanNode {
        try ReferenceSeriesStore.requireManager(principal)
        let node = FilePlanNode(
            id: ObjectID.make(milliseconds: Clock.nowMilliseconds()), parentID: parentID, kind: kind, code: code,
            title: title, retentionYears: kind == .folder ? retentionYears : nil,
            disposition: kind == .folder ? disposition : nil)
        if kind == .folder, retentionYears == nil || disposition == nil { throw RegistryError.folderNeedsRule }
        return try await database.transaction { db in
            if let parentID {
                guard let parent = try await self.find(parentID, on: db), parent.kind == .category,
                    !parent.isRetired
                else {
                    throw RegistryError.badParent(parentID)
                }
            } else if kind == .folder {
                throw RegistryError.badParent("")
            }
            let taken = try await db.raw("SELECT id FROM file_plan WHERE code = \(bind: code)").first()
            guard taken == nil else { throw RegistryError.codeTaken(code) }
            try await db.raw(
                """
                INSERT INTO file_plan (id, parent_id, kind, code, title, retention_years, disposition, created_by, created_at)
                VALUES (\(bind: node.id), \(bind: parentID), \(bind: kind.rawValue), \(bind: code), \(bind: title),
                        \(bind: node.retentionYears.map(Int64.init)), \(bind: node.disposition?.rawValue),
                        \(bind: principal.id), \(bind: Clock.nowMilliseconds()))
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "file-plan.create",
                    details: [
                        "node": node.id, "kind": kind.rawValue, "code": code,
                        "retention": node.retentionYears.map { "\($0)y \(node.disposition?.rawValue ?? "")" } ?? "",
                    ]),
                on: db)
            return node
        }
    }

    /// Gives a node a new title at `expectedVersion` (412 when someone renamed it first); its code, which records
    /// and retention reports cite, stays.
    public func rename(_ id: String, title: String, expectedVersion: Int64, by principal: Principal) async throws
        -> FilePlanNode
    {
        try ReferenceSeriesStore.requireManager(principal)
        return try await database.transaction { db in
            guard var node = try await self.find(id, on: db) else { throw RegistryError.unknownNode(id) }
            guard node.version == expectedVersion else { throw AppError.stale(currentVersion: node.version) }
            guard title != node.title else { return node }
            let before = node.title
            node.title = title
            node.version += 1
            let updated = try await db.raw(
                """
                UPDATE file_plan SET title = \(bind: title), version = \(bind: node.version)
                WHERE id = \(bind: id) AND version = \(bind: expectedVersion) RETURNING version
                """
            ).first()
            guard updated != nil else { throw AppError.stale(currentVersion: expectedVersion + 1) }
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "file-plan.rename",
                    details: [
                        "node": id, "code": node.code, "titleBefore": before, "title": title,
                        "version": String(node.version),
                    ]),
                on: db)
            return node
        }
    }

    /// Retires a node: it is no longer offered for filing or as a parent, and the records filed in it keep it.
    /// A node with children still in use is refused, naming them; retiring a retired node changes nothing.
    public func retire(_ id: String, by principal: Principal) async throws -> FilePlanNode {
        try ReferenceSeriesStore.requireManager(principal)
        return try await database.transaction { db in
            guard var node = try await self.find(id, on: db) else { throw RegistryError.unknownNode(id) }
            guard !node.isRetired else { return node }
            let live = try await db.raw(
                "SELECT code FROM file_plan WHERE parent_id = \(bind: id) AND retired_at IS NULL ORDER BY code"
            ).all().map { try $0.decode(column: "code", as: String.self) }
            guard live.isEmpty else { throw RegistryError.liveChildren(node.code, live) }
            let now = Clock.nowMilliseconds()
            node.retiredAt = now
            node.version += 1
            try await db.raw(
                """
                UPDATE file_plan SET retired_at = \(bind: now), retired_by = \(bind: principal.id),
                    version = \(bind: node.version)
                WHERE id = \(bind: id)
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "file-plan.retire",
                    details: ["node": id, "code": node.code, "kind": node.kind.rawValue]),
                on: db)
            return node
        }
    }
}
