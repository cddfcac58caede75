import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The one owner of `recruitment_vacancies`: every read of a vacancy is security-trimmed in SQL (the RECRUITMENT
/// category keeps it from anyone without it), every change writes its audit event in the same transaction.
///
/// The later parts of the office (applications, screening, letters) reach a vacancy through `vacancy(_:by:)`,
/// `readVacancy(_:by:on:)` and `writableVacancy(_:by:on:)` inside their own transactions.
package struct VacancyStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let audit: AuditLog

    /// The longest notice an import takes, in bytes of UTF-8.
    package static let maximumNoticeBytes = 256 * 1024
    /// The longest title kept; a longer one is cut (the notice keeps the whole text).
    package static let maximumTitle = 300

    // MARK: importing

    /// Reads a pasted notice and keeps it as a new draft vacancy: what was recognised in its fields, the lines left
    /// unread, and the text as pasted. Refused, with nothing written, to anyone but a recruitment assistant of the
    /// section, and for a text in which neither a title nor a vacancy number can be found.
    package func importNotice(_ text: String, by principal: Principal) async throws -> Vacancy {
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        try RecruitmentOffice.requireUnit(principal)
        let label = RecruitmentOffice.label()
        guard canHold(label, principal) else { throw AppError.labelAboveYou }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw VacancyError.emptyNotice }
        guard text.utf8.count <= Self.maximumNoticeBytes else { throw AppError.bodyTooLarge("256 KB") }
        let imported = VacancyNoticeReader.read(text)
        guard let title = Self.title(of: imported) else { throw VacancyError.unreadableNotice }
        let now = Clock.nowMilliseconds()
        let object = LabelledObject(
            id: ObjectID.make(milliseconds: now), kind: Vacancy.kind, title: title, label: label,
            owningUnit: RecruitmentOffice.unit, openToUnit: true, state: Vacancy.State.draft.rawValue,
            createdBy: principal.id, at: now)
        return try await database.transaction { db -> Checked<Vacancy> in
            try await self.objects.insert(
                object,
                auditDetails: [
                    "source": "import", "vacancyNumber": imported.vacancyNumber ?? "",
                    "unrecognised": String(imported.unrecognised.count),
                ], on: db)
            try await db.raw(
                """
                INSERT INTO recruitment_vacancies (object_id, vacancy_number, title_french, posts, grade, deadline_at,
                    clearance, notice, unrecognised, import_notes, original)
                VALUES (\(bind: object.id), \(bind: Self.clip(imported.vacancyNumber, 100)),
                    \(bind: Self.clip(imported.titleFrench, Self.maximumTitle)),
                    \(bind: imported.posts.flatMap { $0 > 0 ? Int64($0) : nil }), \(bind: imported.grade?.written),
                    \(bind: imported.deadline.map(Self.milliseconds)), \(bind: imported.clearance?.marking),
                    \(bind: try Self.json(Vacancy.Notice(imported))), \(bind: try Self.json(imported.unrecognised)),
                    \(bind: try Self.json(imported.notes.map(\.rawValue))), \(bind: text))
                """
            ).run()
            try await self.objects.search.refresh([object.id], on: db)
            guard let vacancy = try await self.readVacancy(object.id, by: principal, auditingRead: false, on: db) else {
                return .refused(.objectNotFound(object.id))
            }
            return .done(vacancy)
        }.get()
    }

    /// The title a draft takes: the notice's, else its vacancy or post number; nil when it has neither.
    static func title(of notice: ImportedVacancyNotice) -> String? {
        let candidates = [notice.title, notice.vacancyNumber, notice.postNumber, notice.titleFrench]
        guard
            let title = candidates.compactMap({ $0?.trimmingCharacters(in: .whitespacesAndNewlines) })
                .first(where: { !$0.isEmpty })
        else { return nil }
        return String(title.prefix(maximumTitle))
    }

    static func clip(_ text: String?, _ length: Int) -> String? {
        text.map { String($0.prefix(length)) }
    }

    /// An instant as the tables keep it: milliseconds since 1970.
    package static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    // MARK: reading, trimmed

    /// The vacancy, if the principal may read it; the read is audited (RECRUITMENT), and so is a refusal. Nil both
    /// when it does not exist and when it may not be read.
    package func vacancy(_ id: String, by principal: Principal) async throws -> Vacancy? {
        try await objects.readWritingOnlyIfAudited { db, audited in
            try await self.readVacancy(id, by: principal, auditingRead: audited, on: db)
        }
    }

    /// The vacancies of these ids that the principal may read (trimmed, each as `readVacancy` reads it), by id: what
    /// names the sessions and panels of a page in the reader's language. Not audited as reads of their own: the page's
    /// own objects are, and the vacancies' titles are part of them.
    package func vacancies(_ ids: some Sequence<String>, by principal: Principal) async throws -> [String: Vacancy] {
        let unique = Set(ids).filter(ObjectID.isWellFormed)
        guard !unique.isEmpty else { return [:] }
        return try await database.transaction { db in
            var found: [String: Vacancy] = [:]
            for id in unique {
                if let vacancy = try await self.readVacancy(id, by: principal, auditingRead: false, on: db) {
                    found[id] = vacancy
                }
            }
            return found
        }
    }

    /// `vacancy(_:by:)` inside the caller's transaction.
    package func readVacancy(_ id: String, by principal: Principal, auditingRead: Bool = true, on db: any SQLDatabase)
        async throws -> Vacancy?
    {
        try await objects.readItem(Vacancy.self, id, by: principal, auditingRead: auditingRead, on: db)
    }

    package static func filter(state: Vacancy.State?) -> SQLQueryString {
        var filter: SQLQueryString = " AND o.kind = \(bind: Vacancy.kind)"
        if let state { filter += " AND o.state = \(bind: state.rawValue)" }
        return filter
    }

    /// The vacancies the principal may read, newest first, optionally in one state.
    package func vacancies(state: Vacancy.State?, after cursor: String?, limit: Int, by principal: Principal)
        async throws -> Page<Vacancy>
    {
        try await objects.page(
            Vacancy.self, filter: Self.filter(state: state), after: cursor, limit: limit, by: principal)
    }

    /// A page of the vacancies list page: sorted, paged or exported as `list` asks, in SQL, trimmed.
    package func vacancies(state: Vacancy.State?, list: ListQuery, by principal: Principal)
        async throws -> (items: [Vacancy], hasMore: Bool)
    {
        try await objects.listPage(Vacancy.self, filter: Self.filter(state: state), query: list, by: principal)
    }

    /// How many vacancies, optionally in one state, the principal may read.
    package func vacancyCount(state: Vacancy.State?, by principal: Principal) async throws -> Int {
        try await objects.count(join: Vacancy.join, filter: Self.filter(state: state), by: principal)
    }

    // MARK: changing

    /// The vacancy, locked, if the principal may change it: readable, write need-to-know and a recruitment
    /// assistant's role (a refusal is audited). Nil-as-404 when it is not there for them.
    package func writableVacancy(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> Checked<Vacancy>
    {
        try await objects.lockForWrite(id, on: db)
        guard let vacancy = try await readVacancy(id, by: principal, auditingRead: false, on: db) else {
            return .refused(.objectNotFound(id))
        }
        if let refusal = try await objects.authorizeWrite(
            vacancy.object, requiredRoles: RecruitmentOffice.assistants, by: principal, on: db)
        {
            return .refused(refusal)
        }
        return .done(vacancy)
    }

    /// Publishes a draft: refused unless it has a deadline still to come.
    package func publish(_ id: String, by principal: Principal) async throws -> Vacancy {
        try await move(id, to: .published, by: principal)
    }

    /// Moves a vacancy to another state, as its state allows (draft → published → closed → filled, or cancelled on
    /// the way), writing the change and its audit event in one transaction. A refused move changes nothing.
    package func move(
        _ id: String, to target: Vacancy.State, by principal: Principal, at now: Int64 = Clock.nowMilliseconds()
    ) async throws -> Vacancy {
        try await database.transaction { db -> Checked<Vacancy> in
            let vacancy: Vacancy
            switch try await self.writableVacancy(id, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): vacancy = found
            }
            guard vacancy.state.allows(target) else {
                return .refused(VacancyError.transition(from: vacancy.state, to: target))
            }
            if target == .published, let refusal = VacancyError.publication(of: vacancy, at: now) {
                return .refused(refusal)
            }
            var moved = vacancy.object
            moved.state = target.rawValue
            guard let saved = try await self.objects.save(moved, replacing: vacancy.object, on: db) else {
                return .refused(.stale(currentVersion: vacancy.object.version + 1))
            }
            if target == .filled || target == .cancelled {
                // the competition's end: candidates' data is kept for the retention period from it
                try await db.raw(
                    "UPDATE recruitment_vacancies SET ended_at = \(bind: saved.updatedAt) WHERE object_id = \(bind: id)"
                ).run()
            }
            if target == .published {
                try await db.raw(
                    """
                    UPDATE recruitment_vacancies SET published_at = \(bind: saved.updatedAt),
                        published_by = \(bind: principal.id)
                    WHERE object_id = \(bind: id)
                    """
                ).run()
            }
            try await self.objects.auditUpdate(
                saved, previous: vacancy.object, fields: ["state"], by: principal,
                action: "recruitment.vacancy.\(target.rawValue)", on: db)
            try await self.objects.search.refresh([id], on: db)
            guard let updated = try await self.readVacancy(id, by: principal, auditingRead: false, on: db) else {
                return .refused(.objectNotFound(id))
            }
            return .done(updated)
        }.get()
    }

    // MARK: the public's reads

    /// What the public may be shown: a vacancy whose label was raised above NATO UNCLASSIFIED after it was published
    /// leaves the public pages, whatever its state says.
    static let publicClassification = Int64(Classification.natoUnclassified.rawValue)

    /// The published vacancies, newest first, for everyone: only what the notice publishes. Read without a principal
    /// (the public page and API need no sign-in), so the statement itself keeps to published vacancies and to the
    /// published columns.
    package func publishedVacancies(after cursor: String?, limit: Int) async throws -> Page<PublishedVacancy> {
        var conditions: SQLQueryString = ""
        if let cursor { conditions += " AND o.id < \(bind: cursor)" }
        let query: SQLQueryString = """
            SELECT \(PublishedVacancy.columns) FROM objects o JOIN recruitment_vacancies v ON v.object_id = o.id
            WHERE o.kind = \(bind: Vacancy.kind) AND o.state = \(bind: Vacancy.State.published.rawValue)
                AND o.classification = \(bind: Self.publicClassification)\(conditions)
            ORDER BY o.id DESC LIMIT \(bind: limit + 1)
            """
        var items = try await database.read { db in try await db.raw(query).all().map(PublishedVacancy.init(row:)) }
        var next: String?
        if items.count > limit {
            items.removeLast()
            next = items.last?.id
        }
        return Page(items: items, nextCursor: next)
    }

    /// One published vacancy for everyone, or nil: a draft, a closed vacancy and one that does not exist look alike.
    package func publishedVacancy(_ id: String) async throws -> PublishedVacancy? {
        try await database.read { db in try await self.publishedVacancy(id, on: db) }
    }

    /// `publishedVacancy(_:)` inside the caller's transaction (an application checks the vacancy it is written to).
    package func publishedVacancy(_ id: String, on db: any SQLDatabase) async throws -> PublishedVacancy? {
        let query: SQLQueryString = """
            SELECT \(PublishedVacancy.columns) FROM objects o JOIN recruitment_vacancies v ON v.object_id = o.id
            WHERE o.id = \(bind: id) AND o.kind = \(bind: Vacancy.kind)
                AND o.state = \(bind: Vacancy.State.published.rawValue)
                AND o.classification = \(bind: Self.publicClassification)
            """
        return try await db.raw(query).first().map(PublishedVacancy.init(row:))
    }
}
