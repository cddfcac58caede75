import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The one owner of `hr_cases` and `hr_case_parties`: every read of a case is security-trimmed in SQL — the STAFF
/// category, the unit's need-to-know, and the conflict rule that keeps a case from the people it names and their
/// line managers (`object_exclusions`) — and every change writes its audit event in the same transaction.
package struct HRCaseStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let audit: AuditLog

    /// The longest title kept.
    package static let maximumTitle = 200
    /// The longest contested decision, and its author.
    package static let maximumDecision = 1_000
    package static let maximumArticles = 20
    package static let maximumArticle = 60

    /// What opening a case asks for: checked by `HRCaseForm` before it reaches the store.
    package struct NewCase: Sendable {
        package var type: HRCase.CaseType
        package var title: String
        /// Usernames of staff members.
        package var complainant: String
        package var respondent: String?
        package var decisionWhat: String?
        package var decisionBy: String?
        package var decisionNotifiedOn: String?
        package var articles: [String]
        package var label: SecurityLabel?
        /// The day the proceeding started, when it is not today (a case entered after the fact; the demo's history).
        package var openedOn: String?

        package init(
            type: HRCase.CaseType, title: String, complainant: String, respondent: String? = nil,
            decisionWhat: String? = nil, decisionBy: String? = nil, decisionNotifiedOn: String? = nil,
            articles: [String] = [], label: SecurityLabel? = nil, openedOn: String? = nil
        ) {
            self.type = type
            self.title = title
            self.complainant = complainant
            self.respondent = respondent
            self.decisionWhat = decisionWhat
            self.decisionBy = decisionBy
            self.decisionNotifiedOn = decisionNotifiedOn
            self.articles = articles
            self.label = label
            self.openedOn = openedOn
        }
    }

    // MARK: opening

    /// Opens a case: refused, with nothing written, to anyone but an HR case officer of the unit, for a label the
    /// officer may not hold, for a party who has no account, and to an officer the case names. The case is kept from
    /// its parties and their line managers from the moment it exists (same transaction).
    package func open(_ request: NewCase, by principal: Principal) async throws -> HRCase {
        try HROffice.require(HROffice.officers, principal)
        try HROffice.requireUnit(principal)
        let label = HROffice.label(request.label ?? SecurityLabel(classification: .natoRestricted))
        guard canHold(label, principal) else { throw AppError.labelAboveYou }
        let now = Clock.nowMilliseconds()
        let object = LabelledObject(
            id: ObjectID.make(milliseconds: now), kind: HRCase.kind, title: request.title, label: label,
            owningUnit: HROffice.unit, openToUnit: true, state: HRCase.State.received.rawValue, createdBy: principal.id,
            at: now)
        return try await database.transaction { db -> Checked<HRCase> in
            try await LineManagerStore.serialise(self.database, on: db)
            var parties: [(id: String, part: CaseParty.Part)] = []
            var missing: [AppError.Item] = []
            let named: [(field: String, username: String?, part: CaseParty.Part)] = [
                ("complainant", request.complainant, .complainant), ("respondent", request.respondent, .respondent),
            ]
            for (field, username, part) in named {
                guard let username else { continue }
                guard let account = try await UserStore.account(named: username, on: db) else {
                    missing.append(.init(field: field, code: "unknown", key: "hr.field.noAccount", ["name": username]))
                    continue
                }
                parties.append((account.id, part))
            }
            guard missing.isEmpty else { return .refused(HRCaseError.invalid(missing)) }
            let managers = try await LineManagerStore.lineManagers(on: db)
            let excluded = ConflictRule.excluded(parties: Set(parties.map(\.id)), lineManagers: managers)
            guard !excluded.contains(principal.id) else { return .refused(HRCaseError.namedInCase) }
            try await self.objects.insert(object, auditDetails: ["type": request.type.rawValue], on: db)
            try await db.raw(
                """
                INSERT INTO hr_cases (object_id, case_type, decision_what, decision_by, decision_notified_on, opened_on,
                    officer_id, articles)
                VALUES (\(bind: object.id), \(bind: request.type.rawValue), \(bind: request.decisionWhat),
                    \(bind: request.decisionBy), \(bind: request.decisionNotifiedOn),
                    \(bind: request.openedOn ?? HeadquartersCalendar.day(now)), \(bind: principal.id), \(bind: try JSONResponse.encode(request.articles)))
                """
            ).run()
            for party in parties {
                try await db.raw(
                    """
                    INSERT INTO hr_case_parties (case_id, user_id, part)
                    VALUES (\(bind: object.id), \(bind: party.id), \(bind: party.part.rawValue))
                    """
                ).run()
            }
            try await Self.recordReceipt(
                of: object.id, on: request.openedOn ?? HeadquartersCalendar.day(now), by: principal, at: now, on: db)
            try await self.objects.setExclusions(of: object.id, to: excluded, by: principal, on: db)
            try await self.objects.search.refresh([object.id], on: db)
            guard let opened = try await self.readCase(object.id, by: principal, auditingRead: false, on: db) else {
                return .refused(.objectNotFound(object.id))
            }
            return .done(opened)
        }.get()
    }

    // MARK: the conflict rule

    /// Keeps every case that names `person` or anyone below them from exactly the people the conflict rule names
    /// today: after `person`'s line manager changes, in the transaction of that change (no other case's chains
    /// changed). The parties are read whole (not trimmed): this is the rule's own bookkeeping, and what it writes is
    /// a refusal, never a disclosure.
    static func applyConflictRule(
        below person: String, by actor: Principal, objects: ObjectStore, on db: any SQLDatabase
    )
        async throws
    {
        let managers = try await LineManagerStore.lineManagers(on: db)
        let below = Set(
            managers.keys.filter { ConflictRule.excluded(parties: [$0], lineManagers: managers).contains(person) }
        )
        .union([person])
        var parties: [String: Set<String>] = [:]
        for row in try await db.raw(
            """
            SELECT case_id, user_id FROM hr_case_parties
            WHERE case_id IN (SELECT case_id FROM hr_case_parties WHERE user_id IN (\(binds: below.sorted())))
            """
        ).all() {
            parties[try row.decode(column: "case_id", as: String.self), default: []]
                .insert(try row.decode(column: "user_id", as: String.self))
        }
        for (caseID, named) in parties.sorted(by: { $0.key < $1.key }) {
            let excluded = ConflictRule.excluded(parties: named, lineManagers: managers)
            try await objects.setExclusions(of: caseID, to: excluded, by: actor, on: db)
            // the case's memos are kept from the same people
            for row in try await db.raw("SELECT object_id FROM hr_memos WHERE case_id = \(bind: caseID)").all() {
                try await objects.setExclusions(
                    of: try row.decode(column: "object_id", as: String.self), to: excluded, by: actor, on: db)
            }
        }
    }

    // MARK: reading, trimmed

    /// The case, if the principal may read it; the read is audited (STAFF), and so is a refusal. Nil both when it
    /// does not exist and when it may not be read.
    package func hrCase(_ id: String, by principal: Principal) async throws -> HRCase? {
        try await objects.readWritingOnlyIfAudited { db, audited in
            try await self.readCase(id, by: principal, auditingRead: audited, on: db)
        }
    }

    /// The first half of every change to a case, inside the caller's transaction: the case locked, read trimmed, and
    /// its writing allowed to the principal (an HR case officer whom the case does not name); a refusal otherwise,
    /// the denial audited.
    func beginCaseWrite(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws -> Checked<HRCase> {
        try await objects.lockForWrite(id, on: db)
        guard let hrCase = try await readCase(id, by: principal, auditingRead: false, on: db) else {
            return .refused(.objectNotFound(id))
        }
        if let refusal = try await objects.authorizeWrite(
            hrCase.object, requiredRoles: HROffice.officers, by: principal, on: db)
        {
            return .refused(refusal)
        }
        return .done(hrCase)
    }

    /// `hrCase(_:by:)` inside the caller's transaction.
    package func readCase(_ id: String, by principal: Principal, auditingRead: Bool = true, on db: any SQLDatabase)
        async throws -> HRCase?
    {
        try await objects.readItem(HRCase.self, id, by: principal, auditingRead: auditingRead, on: db)
    }

    /// The parties of a case the principal may read (none otherwise), by part then name.
    package func parties(of id: String, by principal: Principal) async throws -> [CaseParty] {
        try await database.read { db in try await self.parties(of: id, by: principal, on: db) }
    }

    /// `parties(of:by:)` inside the caller's transaction.
    func parties(of id: String, by principal: Principal, on db: any SQLDatabase) async throws -> [CaseParty] {
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        return try await db.raw(
            """
            SELECT p.user_id, u.username, u.display_name, p.part
            FROM hr_case_parties p JOIN users u ON u.id = p.user_id JOIN objects o ON o.id = p.case_id
            WHERE p.case_id = \(bind: id) AND \(scope.readable())
            ORDER BY p.part, u.display_name
            """
        ).all().compactMap { row in
            guard let part = CaseParty.Part(rawValue: try row.decode(column: "part", as: String.self)) else {
                return nil
            }
            return CaseParty(
                userId: try row.decode(column: "user_id", as: String.self),
                username: try row.decode(column: "username", as: String.self),
                displayName: try row.decode(column: "display_name", as: String.self), part: part)
        }
    }

    package static func filter(type: HRCase.CaseType?) -> SQLQueryString {
        var filter: SQLQueryString = " AND o.kind = \(bind: HRCase.kind)"
        if let type { filter += " AND c.case_type = \(bind: type.rawValue)" }
        return filter
    }

    /// The cases the principal may read, newest first, optionally of one type.
    package func cases(type: HRCase.CaseType?, after cursor: String?, limit: Int, by principal: Principal)
        async throws -> Page<HRCase>
    {
        try await objects.page(HRCase.self, filter: Self.filter(type: type), after: cursor, limit: limit, by: principal)
    }

    /// A page of the cases list page: sorted, paged or exported as `list` asks, in SQL, trimmed.
    package func cases(type: HRCase.CaseType?, list: ListQuery, by principal: Principal)
        async throws -> (items: [HRCase], hasMore: Bool)
    {
        try await objects.listPage(HRCase.self, filter: Self.filter(type: type), query: list, by: principal)
    }

    /// How many cases, optionally of one type, the principal may read.
    package func caseCount(type: HRCase.CaseType?, by principal: Principal) async throws -> Int {
        try await objects.count(join: HRCase.join, filter: Self.filter(type: type), by: principal)
    }
}
