import ChanceryKit
import ChancerySpine
import SQLKit

/// A node of the file plan: a category groups folders; a folder holds records and carries the retention rule.
public struct FilePlanNode: Sendable, Equatable, Decodable {
    public var id: String
    public var parentID: String?
    public var kind: Kind
    public var code: String
    public var title: String
    /// Years kept after cutoff (folders).
    public var retentionYears: Int?
    public var disposition: Disposition?

    public enum Kind: String, Sendable, CaseIterable, Decodable { case category, folder }
    /// What happens when the retention period has run.
    public enum Disposition: String, Sendable, CaseIterable, Decodable { case destroy, transfer, review }

    package init(row: any SQLRow) throws {
        self = try row.decodeModel()
    }

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
    }
}

/// The one owner of `file_plan`, kept by the registry supervisor.
public struct FilePlanStore: Sendable {
    package let database: Database
    package let audit: AuditLog

    package static let columns: SQLQueryString = "id, parent_id, kind, code, title, retention_years, disposition"

    public func all() async throws -> [FilePlanNode] {
        try await database.read { db in
            try await db.raw("SELECT \(Self.columns) FROM file_plan ORDER BY code").all().map(FilePlanNode.init(row:))
        }
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
                guard let parent = try await self.find(parentID, on: db), parent.kind == .category else {
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
}
