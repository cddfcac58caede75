import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The one owner of `hr_rule_sets`: the versions of the regulations' time limits. Officers and administrators read
/// them; administrators add a version, or change one not yet in force, each change audited in its transaction. A
/// version takes effect on a later day than today, so a case already opened never changes version: its deadlines do
/// not move when the rules do.
package struct RuleSetStore: Sendable {
    package let database: Database
    package let audit: AuditLog

    /// Who reads the rule sets, and who changes them.
    package static let readers: Set<Role> = [.hrCaseOfficer, .admin]
    package static let writers: Set<Role> = [.admin]

    static let columns: SQLQueryString =
        "id, name, effective_from, limits, version, created_by, created_at, updated_at"

    static func ruleSet(_ row: any SQLRow) throws -> RuleSet {
        RuleSet(
            id: try row.decode(column: "id", as: String.self), name: try row.decode(column: "name", as: String.self),
            effectiveFrom: try row.decode(column: "effective_from", as: String.self),
            limits: try JSONDecoder().decode(
                [TimeLimit].self, from: Data(try row.decode(column: "limits", as: String.self).utf8)),
            version: try row.decode(column: "version", as: Int64.self),
            createdBy: try row.decode(column: "created_by", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Int64.self),
            updatedAt: try row.decode(column: "updated_at", as: Int64.self))
    }

    /// Every version, the latest in force last.
    package func ruleSets(by principal: Principal) async throws -> [RuleSet] {
        try HROffice.require(Self.readers, principal)
        return try await database.read { db in
            try await db.raw("SELECT \(Self.columns) FROM hr_rule_sets ORDER BY effective_from").all()
                .map(Self.ruleSet)
        }
    }

    /// One version; nil when there is none of this id.
    package func ruleSet(_ id: String, by principal: Principal) async throws -> RuleSet? {
        try HROffice.require(Self.readers, principal)
        return try await database.read { db in
            try await db.raw("SELECT \(Self.columns) FROM hr_rule_sets WHERE id = \(bind: id)").first()
                .map(Self.ruleSet)
        }
    }

    /// The version in force on `day` (the latest whose effective day is not after it), nil before the first.
    static func inForce(on day: String, on db: any SQLDatabase) async throws -> RuleSet? {
        try await db.raw(
            """
            SELECT \(columns) FROM hr_rule_sets WHERE effective_from <= \(bind: day)
            ORDER BY effective_from DESC LIMIT 1
            """
        ).first().map(ruleSet)
    }

    /// Adds a version taking effect after today. Refused, with nothing written, to anyone but an administrator, for
    /// any field or limit to correct (every one at once), and for a day another version already takes effect on.
    package func add(_ request: RuleSetRequest, by principal: Principal) async throws -> RuleSet {
        try HROffice.require(Self.writers, principal)
        var items: [AppError.Item] = []
        guard let (name, day, limits) = request.checked(today: Self.today(), items: &items) else {
            throw RuleSetError.invalid(items)
        }
        return try await insert(name: name, effectiveFrom: day, limits: limits, by: principal)
    }

    /// The demo's and the tests' first version, which may take effect on a past day (nothing was opened under another).
    package func seed(name: String, effectiveFrom: String, limits: [TimeLimit], by principal: Principal) async throws
        -> RuleSet
    {
        try await insert(name: name, effectiveFrom: effectiveFrom, limits: limits, by: principal)
    }

    private func insert(name: String, effectiveFrom: String, limits: [TimeLimit], by principal: Principal)
        async throws -> RuleSet
    {
        let now = Clock.nowMilliseconds()
        let set = RuleSet(
            id: ObjectID.make(milliseconds: now), name: name, effectiveFrom: effectiveFrom, limits: limits, version: 1,
            createdBy: principal.id, createdAt: now, updatedAt: now)
        return try await database.transaction { db -> Checked<RuleSet> in
            guard
                try await db.raw("SELECT id FROM hr_rule_sets WHERE effective_from = \(bind: effectiveFrom)").first()
                    == nil
            else { return .refused(RuleSetError.sameDay) }
            try await db.raw(
                """
                INSERT INTO hr_rule_sets (id, name, effective_from, limits, version, created_by, created_at, updated_at)
                VALUES (\(bind: set.id), \(bind: name), \(bind: effectiveFrom), \(bind: try JSONResponse.encode(limits)), 1,
                    \(bind: principal.id), \(bind: now), \(bind: now))
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "hr.rules.add",
                    details: ["ruleSet": set.id, "effectiveFrom": effectiveFrom, "limits": String(limits.count)]),
                on: db)
            return .done(set)
        }.get()
    }

    /// Changes a version not yet in force, at the version it was read: refused once it is in force (cases may count
    /// on it), for a day not after today, and when another change came first (412).
    package func change(_ id: String, to request: RuleSetRequest, at version: Int64, by principal: Principal)
        async throws -> RuleSet?
    {
        try HROffice.require(Self.writers, principal)
        var items: [AppError.Item] = []
        let today = Self.today()
        guard let (name, day, limits) = request.checked(today: today, items: &items) else {
            throw RuleSetError.invalid(items)
        }
        return try await database.transaction { db -> Checked<RuleSet?> in
            guard
                let current = try await db.raw("SELECT \(Self.columns) FROM hr_rule_sets WHERE id = \(bind: id)")
                    .first().map(Self.ruleSet)
            else { return .done(nil) }
            guard current.effectiveFrom > today else { return .refused(RuleSetError.inForce) }
            guard current.version == version else { return .refused(.stale(currentVersion: current.version)) }
            if day != current.effectiveFrom,
                try await db.raw("SELECT id FROM hr_rule_sets WHERE effective_from = \(bind: day)").first() != nil
            {
                return .refused(RuleSetError.sameDay)
            }
            let now = Clock.nowMilliseconds()
            try await db.raw(
                """
                UPDATE hr_rule_sets SET name = \(bind: name), effective_from = \(bind: day),
                    limits = \(bind: try JSONResponse.encode(limits)), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id)
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "hr.rules.change",
                    details: ["ruleSet": id, "effectiveFrom": day, "limits": String(limits.count)]),
                on: db)
            var changed = current
            changed.name = name
            changed.effectiveFrom = day
            changed.limits = limits
            changed.version += 1
            changed.updatedAt = now
            return .done(changed)
        }.get()
    }

    static func today() -> String { HeadquartersCalendar.day(Clock.nowMilliseconds()) }
}

/// The refusals of rule sets, each a sentence in `HR/Strings/rules.json`.
package enum RuleSetError {
    package static func invalid(_ items: [AppError.Item]) -> AppError {
        .fields(.badRequest, type: "invalid-rule-set", key: "hr.rules.error.invalid", items)
    }

    package static let sameDay = AppError(
        .conflict, type: "rule-set-same-day", key: "hr.rules.error.sameDay", field: "effectiveFrom")

    package static let inForce = AppError(.conflict, type: "rule-set-in-force", key: "hr.rules.error.inForce")
}
