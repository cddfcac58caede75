import ChanceryKit
import ChancerySpine
import SQLKit

/// The one owner of `reference_series` and `reference_counters`: the series the registry supervisor manages,
/// and the gap-free numbering that registrations draw from.
public struct ReferenceSeriesStore: Sendable {
    package let database: Database
    package let audit: AuditLog

    /// Who manages the series and the file plan: the registry supervisor, and administrators (the console).
    package static let managers: Set<Role> = [.registrySupervisor, .admin]

    /// What a supervisor asks for when creating or editing a series.
    public struct Draft: Sendable {
        public var code: String
        public var template: ReferenceTemplate
        public var title: String
        public var requiresVerification: Bool
        public var checks: Set<RecordCheck>
    }

    public struct Changes: Sendable {
        public var template: ReferenceTemplate?
        public var title: String?
        public var requiresVerification: Bool?
        public var checks: Set<RecordCheck>?
        public var active: Bool?
    }

    public func all() async throws -> [ReferenceSeries] {
        try await database.read { db in
            try await db.raw("SELECT \(ReferenceSeries.columns) FROM reference_series s ORDER BY s.code").all()
                .map(ReferenceSeries.init(row:))
        }
    }

    public func find(_ code: String) async throws -> ReferenceSeries? {
        try await database.read { db in try await self.find(code, on: db) }
    }

    package func find(_ code: String, on db: any SQLDatabase) async throws -> ReferenceSeries? {
        try await db.raw("SELECT \(ReferenceSeries.columns) FROM reference_series s WHERE s.code = \(bind: code)")
            .first().map(ReferenceSeries.init(row:))
    }

    /// Creates a series; refused unless the principal is a registry supervisor, the code is new and no other
    /// series has the same template (two series must never be able to hand out the same reference).
    public func create(_ draft: Draft, by principal: Principal) async throws -> ReferenceSeries {
        try Self.requireManager(principal)
        let series = ReferenceSeries(
            code: draft.code, template: draft.template, title: draft.title,
            requiresVerification: draft.requiresVerification, checks: draft.checks, createdBy: principal.id,
            at: Clock.nowMilliseconds())
        return try await database.transaction { db in
            if try await self.find(series.code, on: db) != nil { throw RegistryError.seriesExists(series.code) }
            try await self.requireUnusedTemplate(series.template, except: nil, on: db)
            try await db.raw(
                """
                INSERT INTO reference_series (code, template, title, requires_verification, checks, active, version,
                                              created_by, created_at, updated_at)
                VALUES (\(bind: series.code), \(bind: series.template.description), \(bind: series.title),
                        \(bind: Int64(series.requiresVerification ? 1 : 0)), \(bind: series.checksJSON), 1, 1,
                        \(bind: series.createdBy), \(bind: series.createdAt), \(bind: series.updatedAt))
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "series.create",
                    details: [
                        "series": series.code, "template": series.template.description,
                        "verification": series.requiresVerification ? series.checksJSON : "none",
                    ]),
                on: db)
            return series
        }
    }

    /// Edits a series at `expectedVersion` (412 when another supervisor changed it first).
    public func update(_ code: String, expectedVersion: Int64, changes: Changes, by principal: Principal)
        async throws -> ReferenceSeries
    {
        try await update(code, expectedVersion: expectedVersion, by: principal) { _ in changes }
    }

    /// Applies the edit `makeChanges` makes of the series as it is at `expectedVersion` (a merge patch is merged
    /// onto that version, inside the transaction); what it throws refuses the edit.
    public func update(
        _ code: String, expectedVersion: Int64, by principal: Principal,
        changes makeChanges: @escaping @Sendable (ReferenceSeries) throws -> Changes
    ) async throws -> ReferenceSeries {
        try Self.requireManager(principal)
        return try await database.transaction { db in
            guard var series = try await self.find(code, on: db) else { throw RegistryError.unknownSeries(code) }
            guard series.version == expectedVersion else { throw AppError.stale(currentVersion: series.version) }
            let changes = try makeChanges(series)
            var fields: [String] = []
            if let template = changes.template, template != series.template {
                try await self.requireUnusedTemplate(template, except: code, on: db)
                series.template = template
                fields.append("template")
            }
            if let title = changes.title, title != series.title {
                series.title = title
                fields.append("title")
            }
            if let value = changes.requiresVerification, value != series.requiresVerification {
                series.requiresVerification = value
                fields.append("requiresVerification")
            }
            if let checks = changes.checks, checks != series.checks {
                series.checks = checks
                fields.append("checks")
            }
            if let active = changes.active, active != series.active {
                series.active = active
                fields.append("active")
            }
            guard !fields.isEmpty else { return series }
            series.version += 1
            series.updatedAt = Clock.nowMilliseconds()
            let updated = try await db.raw(
                """
                UPDATE reference_series SET template = \(bind: series.template.description), title = \(bind: series.title),
                    requires_verification = \(bind: Int64(series.requiresVerification ? 1 : 0)),
                    checks = \(bind: series.checksJSON), active = \(bind: Int64(series.active ? 1 : 0)),
                    version = \(bind: series.version), updated_at = \(bind: series.updatedAt)
                WHERE code = \(bind: code) AND version = \(bind: expectedVersion)
                RETURNING version
                """
            ).first()
            guard updated != nil else { throw AppError.stale(currentVersion: expectedVersion + 1) }
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "series.update",
                    details: [
                        "series": code, "fields": fields.joined(separator: ","), "version": String(series.version),
                    ]),
                on: db)
            return series
        }
    }

    /// The next number of the series in `year`, taken inside the caller's (registration) transaction: the
    /// counter row stays locked until that transaction ends, and a rollback gives the number back.
    package func nextNumber(of series: String, year: Int, on db: any SQLDatabase) async throws -> Int {
        let row = try await db.raw(
            """
            INSERT INTO reference_counters (series, year, last_seq) VALUES (\(bind: series), \(bind: Int64(year)), 1)
            ON CONFLICT (series, year) DO UPDATE SET last_seq = reference_counters.last_seq + 1
            RETURNING last_seq
            """
        ).first()
        return Int(try row?.decode(column: "last_seq", as: Int64.self) ?? 0)
    }

    private func requireUnusedTemplate(_ template: ReferenceTemplate, except code: String?, on db: any SQLDatabase)
        async throws
    {
        let holder = try await db.raw(
            "SELECT code FROM reference_series WHERE template = \(bind: template.description)"
        ).first().map { try $0.decode(column: "code", as: String.self) }
        if let holder, holder != code { throw RegistryError.templateTaken(template.description, by: holder) }
    }

    package static func requireManager(_ principal: Principal) throws {
        guard !managers.isDisjoint(with: principal.roles) else { throw AppError.roleRequired(managers) }
    }
}
