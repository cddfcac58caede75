import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The one owner of the panel tables. Every read is trimmed in SQL: a panel is read by its members (an access entry
/// each) and by whoever may read its vacancy; a candidate by the members who declared no conflict (an access entry
/// each, granted in the declaration's transaction) and by whoever may read the application. A member who has not
/// signed, or declared a conflict, is given no row of a candidate, in any list, count or calendar. Every change
/// writes its audit event in the same transaction.
package struct PanelStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let vacancies: VacancyStore
    package let users: UserStore

    package static let maximumMembers = 12
    package static let maximumCompetencies = 12
    package static let maximumNote = 2000
    package static let maximumReport = 20_000

    // MARK: the trimmed predicates

    /// The panel row `p` with its object `o` may be read: an entry on the panel, or the vacancy is readable.
    static func readable(panel scope: SecurityScope) -> SQLQueryString {
        """
        (\(scope.readable("o")) OR EXISTS (SELECT 1 FROM objects vo WHERE vo.id = p.vacancy_id AND \(scope.readable("vo"))))
        """
    }

    /// The candidate row `c` with its object `co` may be read: an entry on the candidate, or the application is.
    static func readable(candidate scope: SecurityScope) -> SQLQueryString {
        """
        (\(scope.readable("co")) OR EXISTS (SELECT 1 FROM objects ao WHERE ao.id = c.application_id AND \(scope.readable("ao"))))
        """
    }

    func scope(_ principal: Principal) -> SecurityScope {
        SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
    }

    // MARK: reading

    /// The panel if the principal may read it (a miss is audited as a denial). Nil both when it does not exist and
    /// when it may not be read.
    package func panel(_ id: String, by principal: Principal) async throws -> Panel? {
        try await database.transaction { db in try await self.readPanel(id, by: principal, on: db) }
    }

    /// `panel(_:by:)` inside the caller's transaction.
    package func readPanel(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws -> Panel? {
        let row = try await db.raw(
            """
            SELECT \(LabelledObject.columns)\(Panel.columns) FROM objects o \(Panel.join)
            WHERE o.id = \(bind: id) AND o.kind = \(bind: Panel.kind) AND \(Self.readable(panel: scope(principal)))
            """
        ).first()
        guard let row else {
            try await objects.auditDenial(of: id, action: .read, by: principal, on: db)
            return nil
        }
        return try Panel(row: row)
    }

    /// The panels the principal may read, newest first.
    package func panels(after cursor: String?, limit: Int, by principal: Principal) async throws -> Page<Panel> {
        var after: SQLQueryString = ""
        if let cursor { after = " AND o.id < \(bind: cursor)" }
        let query: SQLQueryString = """
            SELECT \(LabelledObject.columns)\(Panel.columns) FROM objects o \(Panel.join)
            WHERE o.kind = \(bind: Panel.kind) AND \(Self.readable(panel: scope(principal)))\(after)
            ORDER BY o.id DESC LIMIT \(bind: limit + 1)
            """
        var items = try await database.read { db in try await db.raw(query).all().map(Panel.init(row:)) }
        let more = items.count > limit
        if more { items.removeLast() }
        return Page(items: items, nextCursor: more ? items.last?.object.id : nil)
    }

    /// How many panels the principal may read.
    package func panelCount(by principal: Principal) async throws -> Int {
        let query: SQLQueryString = """
            SELECT COUNT(*) AS n FROM objects o \(Panel.join)
            WHERE o.kind = \(bind: Panel.kind) AND \(Self.readable(panel: scope(principal)))
            """
        return try await database.read { db in
            Int(try await db.raw(query).first()?.decode(column: "n", as: Int64.self) ?? 0)
        }
    }

    /// The members of a panel the principal may read (none otherwise), chair first.
    package func members(of panelID: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> [PanelMember]
    {
        try await db.raw(
            """
            SELECT m.member_id, u.username, u.display_name, m.role, m.declaration, m.declaration_note, m.declared_at
            FROM recruitment_panel_members m JOIN users u ON u.id = m.member_id
                JOIN objects o ON o.id = m.panel_id \(Panel.join)
            WHERE m.panel_id = \(bind: panelID) AND \(Self.readable(panel: scope(principal)))
            ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 WHEN 'hr-representative' THEN 2 ELSE 3 END,
                u.display_name
            """
        ).all().map(PanelMember.init(row:))
    }

    /// The candidates of a panel the principal may read, by family name: none for a member who has not declared no
    /// conflict, for a member of another panel, or for anyone without the application.
    package func candidates(of panelID: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> [PanelCandidate]
    {
        try await db.raw(
            """
            SELECT co.id, co.kind, co.version, co.created_by, co.created_at, co.updated_at, co.title, co.label_json,
                co.owning_unit, co.open_to_unit, co.state\(PanelCandidate.columns)
            FROM objects co JOIN recruitment_panel_candidates c ON c.object_id = co.id
            WHERE c.panel_id = \(bind: panelID) AND \(Self.readable(candidate: scope(principal)))
            ORDER BY LOWER(c.family_name), LOWER(c.given_names), co.id
            """
        ).all().map { try Self.candidate($0) }
    }

    /// A candidate row read with the alias `co` (the object columns under their own names).
    static func candidate(_ row: any SQLRow) throws -> PanelCandidate { try PanelCandidate(row: row) }

    /// How many candidates of the panel the principal may read (the same trimming as `candidates`).
    package func candidateCount(of panelID: String, by principal: Principal) async throws -> Int {
        let query: SQLQueryString = """
            SELECT COUNT(*) AS n FROM objects co JOIN recruitment_panel_candidates c ON c.object_id = co.id
            WHERE c.panel_id = \(bind: panelID) AND \(Self.readable(candidate: scope(principal)))
            """
        return try await database.read { db in
            Int(try await db.raw(query).first()?.decode(column: "n", as: Int64.self) ?? 0)
        }
    }

    /// The interview slots of a panel the principal may read, in time order; a candidate's names only for a reader
    /// who may read the candidate.
    package func slots(of panelID: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> [PanelSlot]
    {
        let scope = scope(principal)
        return try await db.raw(
            """
            SELECT s.id, s.candidate_id, s.starts_at, s.ends_at, s.place, s.video_link,
                CASE WHEN \(Self.readable(candidate: scope)) THEN c.family_name END AS family_name,
                CASE WHEN \(Self.readable(candidate: scope)) THEN c.given_names END AS given_names
            FROM recruitment_panel_slots s JOIN objects o ON o.id = s.panel_id \(Panel.join)
                JOIN recruitment_panel_candidates c ON c.object_id = s.candidate_id
                JOIN objects co ON co.id = c.object_id
            WHERE s.panel_id = \(bind: panelID) AND \(Self.readable(panel: scope))
            ORDER BY s.starts_at, s.id
            """
        ).all().map(PanelSlot.init(row:))
    }

    /// Everything a panel's page shows its reader, read in one transaction.
    package struct PanelView: Sendable {
        package var panel: Panel
        package var vacancyTitle: String?
        /// The panel's vacancy, when the reader may read it (a member without RECRUITMENT may not).
        package var vacancy: Vacancy?
        package var members: [PanelMember]
        package var candidates: [PanelCandidate]
        package var slots: [PanelSlot]
        /// The reader's own seat, if they sit on the panel.
        package var seat: PanelMember?
    }

    /// The panel with its members, the candidates and slots the principal may see, or nil (404 like missing).
    package func view(_ id: String, by principal: Principal) async throws -> PanelView? {
        try await database.transaction { db in
            guard let panel = try await self.readPanel(id, by: principal, on: db) else { return nil }
            let members = try await self.members(of: id, by: principal, on: db)
            let vacancy = try await self.vacancies.readVacancy(
                panel.vacancyId, by: principal, auditingRead: false, on: db)
            return PanelView(
                panel: panel, vacancyTitle: vacancy?.title ?? panel.object.title, vacancy: vacancy, members: members,
                candidates: try await self.candidates(of: id, by: principal, on: db),
                slots: try await self.slots(of: id, by: principal, on: db),
                seat: members.first { $0.memberId == principal.id })
        }
    }
}

extension Chancery {
    /// Recruitment's selection panels.
    package var panels: PanelStore {
        PanelStore(database: database, objects: objects, vacancies: recruitment, users: users)
    }
}
