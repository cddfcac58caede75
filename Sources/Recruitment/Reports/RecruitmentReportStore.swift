import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The office's reports and the section head's dashboard, read from the stage history and the applications: only
/// counts, each query trimmed in SQL (an application or a vacancy the reader may not read is not counted), each
/// report seen audited on its vacancy, each CSV audited as an export.
package struct RecruitmentReportStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let vacancies: VacancyStore
    package let users: UserStore

    /// Who reads the reports: the assistants and the head of recruitment.
    package static let readers: Set<Role> = RecruitmentOffice.assistants.union([.recruitmentHead])
    /// Who sees the assistants' workload: the head.
    package static let supervisors: Set<Role> = [.recruitmentHead]
    /// The most competitions the overview lists (the newest).
    package static let overviewLimit = 500

    /// The principal's readable predicate for an object row aliased `o`, in its counting form.
    func readable(_ principal: Principal) -> SQLQueryString {
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        return scope.readable("o", lookup: scope.countLookup)
    }

    // MARK: one competition

    /// A vacancy's report, if the principal may read the vacancy and the reports; `404` like a missing id when the
    /// vacancy is not there for them. Counted in SQL (grouped: a few hundred rows whatever the number of
    /// applications). The read is audited on the vacancy, and with `export` as a CSV export.
    package func report(of vacancyID: String, export: Bool = false, by principal: Principal) async throws
        -> RecruitmentReport
    {
        guard ObjectID.isWellFormed(vacancyID), let vacancy = try await vacancies.vacancy(vacancyID, by: principal)
        else { throw AppError.objectNotFound(String(vacancyID.prefix(40))) }
        try RecruitmentOffice.require(Self.readers, principal)
        return try await database.transaction { db in
            let cells = try await self.cells(of: vacancyID, by: principal, on: db)
            let stays = try await self.stays(of: vacancyID, by: principal, on: db)
            let appointments = try await db.raw(
                """
                SELECT h.entered_at FROM recruitment_stage_history h
                JOIN recruitment_applications a ON a.object_id = h.application_id
                JOIN objects o ON o.id = h.application_id
                WHERE h.vacancy_id = \(bind: vacancyID) AND h.stage = \(bind: FunnelStage.appointed.rawValue)
                    AND a.merged_into IS NULL AND \(readable(principal))
                """
            ).all().map { try $0.decode(column: "entered_at", as: Int64.self) }
            try await objects.audit.append(
                AuditEntry(
                    actor: principal.id, action: export ? ListExport.action : "recruitment.report.read",
                    objectID: vacancyID,
                    details: [
                        "report": "recruitment.vacancy", "applications": String(cells.reduce(0) { $0 + $1.count }),
                    ]),
                on: db)
            return RecruitmentReport(vacancy: vacancy, cells: cells, stays: stays, appointments: appointments)
        }
    }

    /// The vacancy's applications the principal may read (a merged duplicate left out), grouped by their answers,
    /// the furthest stage they reached and whether they were rejected.
    func cells(of vacancyID: String, by principal: Principal, on db: any SQLDatabase) async throws -> [ReportCell] {
        try await db.raw(
            """
            SELECT p.nationality, p.gender, p.source, p.furthest, p.rejected, COUNT(*) AS n FROM (
                SELECT a.object_id, a.nationality, a.gender, a.source,
                    MAX(\(unsafeRaw: FunnelStage.orderExpression("h.stage"))) AS furthest,
                    MAX(CASE WHEN h.stage = \(bind: StageHistory.rejected) THEN 1 ELSE 0 END) AS rejected
                FROM recruitment_applications a
                JOIN objects o ON o.id = a.object_id
                JOIN recruitment_stage_history h ON h.application_id = a.object_id
                WHERE a.vacancy_id = \(bind: vacancyID) AND a.merged_into IS NULL AND \(readable(principal))
                GROUP BY a.object_id, a.nationality, a.gender, a.source
            ) p
            GROUP BY p.nationality, p.gender, p.source, p.furthest, p.rejected
            """
        ).all().map { row in
            let furthest = Int(try row.decode(column: "furthest", as: Int64.self))
            return ReportCell(
                nationality: try row.decode(column: "nationality", as: String.self),
                gender: CandidateGender(rawValue: try row.decode(column: "gender", as: String.self)) ?? .undisclosed,
                source: CandidateSource(rawValue: try row.decode(column: "source", as: String.self)) ?? .undisclosed,
                furthest: FunnelStage.allCases.indices.contains(furthest) ? FunnelStage.allCases[furthest] : .applied,
                rejected: try row.decode(column: "rejected", as: Int64.self) == 1,
                count: Int(try row.decode(column: "n", as: Int64.self)))
        }
    }

    /// The completed stays of the vacancy's applications the principal may read, per stage and whole hours: from
    /// entering a stage to the next entry of the same application in time (a later stage, or the rejection).
    func stays(of vacancyID: String, by principal: Principal, on db: any SQLDatabase) async throws -> [StayBucket] {
        let order =
            "CASE WHEN h.stage = '\(StageHistory.rejected)' THEN 99 ELSE "
            + FunnelStage.orderExpression("h.stage") + " END"
        return try await db.raw(
            """
            SELECT s.stage, CAST((s.next_at - s.entered_at) / 3600000 AS BIGINT) AS hours, COUNT(*) AS n FROM (
                SELECT h.stage, h.entered_at,
                    LEAD(h.entered_at) OVER (PARTITION BY h.application_id ORDER BY h.entered_at, \(unsafeRaw: order))
                        AS next_at
                FROM recruitment_stage_history h
                JOIN recruitment_applications a ON a.object_id = h.application_id
                JOIN objects o ON o.id = h.application_id
                WHERE h.vacancy_id = \(bind: vacancyID) AND a.merged_into IS NULL AND \(readable(principal))
            ) s
            WHERE s.next_at IS NOT NULL AND s.stage <> \(bind: StageHistory.rejected)
            GROUP BY s.stage, CAST((s.next_at - s.entered_at) / 3600000 AS BIGINT)
            """
        ).all().compactMap { row in
            guard let stage = FunnelStage(rawValue: try row.decode(column: "stage", as: String.self)) else {
                return nil
            }
            return StayBucket(
                stage: stage, hours: try row.decode(column: "hours", as: Int64.self),
                count: Int(try row.decode(column: "n", as: Int64.self)))
        }
    }

    // MARK: every competition

    /// One competition in the overview: its funnel, counted in SQL.
    package struct FunnelRow: Sendable, Equatable {
        package var vacancy: LabelledObject
        package var vacancyNumber: String?
        package var titleFrench: String?
        package var deadlineAt: Int64?
        /// Applications that reached each stage, in `FunnelStage` order.
        package var counts: [Int]
    }

    /// Every competition (not a draft) the principal may read, with its funnel: the newest deadline first.
    package func overview(export: Bool = false, by principal: Principal) async throws -> [FunnelRow] {
        try RecruitmentOffice.require(Self.readers, principal)
        return try await database.transaction { db in
            let rows = try await self.overview(by: principal, on: db)
            if export {
                try await objects.audit.append(
                    AuditEntry(
                        actor: principal.id, action: ListExport.action, relatedObjectIDs: rows.map(\.vacancy.id),
                        details: ["list": "recruitment.reports", "count": String(rows.count)]),
                    on: db)
            } else {
                try await self.auditList(rows, by: principal, on: db)
            }
            return rows
        }
    }

    /// The competitions a page shows, audited as a list is (`object.list`, as `ObjectStore.listPage` does): who saw
    /// which vacancies named, even in a report of counts.
    func auditList(_ rows: [FunnelRow], by principal: Principal, on db: any SQLDatabase) async throws {
        let audited = rows.map(\.vacancy).filter(\.readIsAudited).map(\.id)
        guard !audited.isEmpty else { return }
        try await objects.audit.append(
            AuditEntry(
                actor: principal.id, action: "object.list", relatedObjectIDs: audited,
                details: ["count": String(audited.count)]),
            on: db)
    }

    func overview(by principal: Principal, on db: any SQLDatabase) async throws -> [FunnelRow] {
        var rows = try await db.raw(
            """
            SELECT \(LabelledObject.columns), v.vacancy_number, v.title_french, v.deadline_at
            FROM objects o JOIN recruitment_vacancies v ON v.object_id = o.id
            WHERE o.kind = \(bind: Vacancy.kind) AND o.state <> \(bind: Vacancy.State.draft.rawValue)
                AND \(readable(principal))
            ORDER BY COALESCE(v.deadline_at, o.created_at) DESC, o.id
            LIMIT \(bind: Self.overviewLimit)
            """
        ).all().map { row in
            FunnelRow(
                vacancy: try LabelledObject(row: row),
                vacancyNumber: try row.decode(column: "vacancy_number", as: String?.self),
                titleFrench: try row.decode(column: "title_french", as: String?.self),
                deadlineAt: try row.decode(column: "deadline_at", as: Int64?.self),
                counts: Array(repeating: 0, count: FunnelStage.allCases.count))
        }
        guard !rows.isEmpty else { return [] }
        let ids = rows.map(\.vacancy.id)
        let counted = try await db.raw(
            """
            SELECT a.vacancy_id, f.furthest, COUNT(*) AS n
            FROM (
                SELECT application_id, MAX(\(unsafeRaw: FunnelStage.orderExpression("stage"))) AS furthest
                FROM recruitment_stage_history WHERE vacancy_id IN (\(binds: ids)) GROUP BY application_id
            ) f
            JOIN recruitment_applications a ON a.object_id = f.application_id
            JOIN objects o ON o.id = a.object_id
            WHERE a.merged_into IS NULL AND \(readable(principal))
            GROUP BY a.vacancy_id, f.furthest
            """
        ).all()
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        for row in counted {
            guard let at = index[try row.decode(column: "vacancy_id", as: String.self)] else { continue }
            let furthest = Int(try row.decode(column: "furthest", as: Int64.self))
            let count = Int(try row.decode(column: "n", as: Int64.self))
            for stage in 0...max(0, furthest) where stage < FunnelStage.allCases.count {
                rows[at].counts[stage] += count
            }
        }
        return rows
    }

    // MARK: the assistants' workload

    /// What one person did in the office in a year, on applications the reader may read.
    package struct WorkloadRow: Sendable, Equatable {
        /// The account's id.
        package var actor: String
        package var username: String
        package var name: String
        /// Applications moved to a stage (screening, marking, interviewing, selecting).
        package var moves: Int
        /// Screening criteria marked.
        package var marks: Int
        /// Letters produced.
        package var letters: Int

        package var total: Int { moves + marks + letters }
    }

    /// The year's work per person, the busiest first: the head only (`403` for anyone else).
    package func workload(year: Int, export: Bool = false, by principal: Principal) async throws -> [WorkloadRow] {
        try RecruitmentOffice.require(Self.supervisors, principal)
        let (from, to) = Self.bounds(of: year)
        let rows = try await database.transaction { db -> [String: WorkloadRow] in
            var rows: [String: WorkloadRow] = [:]
            func add(_ query: SQLQueryString, _ keyPath: WritableKeyPath<WorkloadRow, Int>) async throws {
                for row in try await db.raw(query).all() {
                    let actor = try row.decode(column: "actor", as: String.self)
                    rows[
                        actor,
                        default: WorkloadRow(actor: actor, username: actor, name: actor, moves: 0, marks: 0, letters: 0)
                    ][
                        keyPath: keyPath] += Int(try row.decode(column: "n", as: Int64.self))
                }
            }
            try await add(
                """
                SELECT h.entered_by AS actor, COUNT(*) AS n FROM recruitment_stage_history h
                JOIN objects o ON o.id = h.application_id
                WHERE h.stage <> \(bind: FunnelStage.applied.rawValue) AND h.entered_at >= \(bind: from)
                    AND h.entered_at < \(bind: to) AND \(readable(principal))
                GROUP BY h.entered_by
                """, \.moves)
            try await add(
                """
                SELECT m.marked_by AS actor, COUNT(*) AS n FROM recruitment_screening_marks m
                JOIN objects o ON o.id = m.application_id
                WHERE m.marked_at >= \(bind: from) AND m.marked_at < \(bind: to) AND \(readable(principal))
                GROUP BY m.marked_by
                """, \.marks)
            try await add(
                """
                SELECT l.produced_by AS actor, COUNT(*) AS n FROM recruitment_letters l
                JOIN objects o ON o.id = l.application_id
                WHERE l.produced_at >= \(bind: from) AND l.produced_at < \(bind: to) AND \(readable(principal))
                GROUP BY l.produced_by
                """, \.letters)
            try await objects.audit.append(
                AuditEntry(
                    actor: principal.id, action: export ? ListExport.action : "recruitment.report.read",
                    details: ["report": "recruitment.workload", "year": String(year), "people": String(rows.count)]),
                on: db)
            return rows
        }
        let names = try await users.names(of: Array(rows.keys))
        return rows.values.map { row in
            var named = row
            named.username = names[row.actor]?.username ?? row.actor
            named.name = names[row.actor]?.displayName ?? row.actor
            return named
        }.sorted { ($0.total, $1.name) > ($1.total, $0.name) }
    }

    // MARK: the section head's dashboard

    /// Where the office stands today, in counts the reader may read.
    package struct Dashboard: Sendable, Equatable {
        package var year: Int
        /// Readable competitions per state.
        package var states: [Vacancy.State: Int]
        package var receivedThisYear: Int
        package var toScreen: Int
        package var offersAwaitingAnswer: Int
        package var reserveExpiringSoon: Int
        package var appointedThisYear: Int
        /// Publication to appointment, for the appointments of the year.
        package var timeToHire: DayFigures?
        /// The competitions open or closed and not yet filled, with their funnel.
        package var running: [FunnelRow]
    }

    /// How many days ahead a reserve list's expiry counts as soon.
    package static let reserveNotice = 60

    package func dashboard(by principal: Principal, now: Int64 = Clock.nowMilliseconds()) async throws -> Dashboard {
        try RecruitmentOffice.require(Self.readers, principal)
        let year = HeadquartersCalendar.year(now)
        let (from, to) = Self.bounds(of: year)
        let today = HeadquartersCalendar.day(now)
        let soon = HeadquartersCalendar.day(now + Int64(Self.reserveNotice) * 86_400_000)
        return try await database.transaction { db in
            func count(_ query: SQLQueryString) async throws -> Int {
                Int(try await db.raw(query).first()?.decode(column: "n", as: Int64.self) ?? 0)
            }
            var states: [Vacancy.State: Int] = [:]
            for row in try await db.raw(
                """
                SELECT o.state, COUNT(*) AS n FROM objects o
                WHERE o.kind = \(bind: Vacancy.kind) AND \(readable(principal)) GROUP BY o.state
                """
            ).all() {
                if let state = Vacancy.State(rawValue: try row.decode(column: "state", as: String.self)) {
                    states[state] = Int(try row.decode(column: "n", as: Int64.self))
                }
            }
            let application: SQLQueryString = """
                JOIN recruitment_applications a ON a.object_id = h.application_id
                JOIN objects o ON o.id = h.application_id
                """
            let received = try await count(
                """
                SELECT COUNT(*) AS n FROM recruitment_stage_history h \(application)
                WHERE h.stage = \(bind: FunnelStage.applied.rawValue) AND h.entered_at >= \(bind: from)
                    AND h.entered_at < \(bind: to) AND a.merged_into IS NULL AND \(readable(principal))
                """)
            let toScreen = try await count(
                """
                SELECT COUNT(*) AS n FROM objects o JOIN recruitment_applications a ON a.object_id = o.id
                LEFT JOIN recruitment_screening s ON s.application_id = o.id
                WHERE o.kind = \(bind: Application.kind) AND a.merged_into IS NULL AND s.application_id IS NULL
                    AND \(readable(principal))
                """)
            let offers = try await count(
                """
                SELECT COUNT(*) AS n FROM recruitment_selections s JOIN objects o ON o.id = s.application_id
                WHERE s.offer_made_on IS NOT NULL AND s.offer_answer IS NULL AND \(readable(principal))
                """)
            let reserve = try await count(
                """
                SELECT COUNT(*) AS n FROM recruitment_selections s JOIN objects o ON o.id = s.application_id
                WHERE s.reserve_until >= \(bind: today) AND s.reserve_until <= \(bind: soon) AND \(readable(principal))
                """)
            let hires = try await db.raw(
                """
                SELECT h.entered_at, v.published_at FROM recruitment_stage_history h \(application)
                JOIN recruitment_vacancies v ON v.object_id = a.vacancy_id
                WHERE h.stage = \(bind: FunnelStage.appointed.rawValue) AND h.entered_at >= \(bind: from)
                    AND h.entered_at < \(bind: to) AND \(readable(principal))
                """
            ).all()
            var waits: [Int64] = []
            for row in hires {
                if let published = try row.decode(column: "published_at", as: Int64?.self) {
                    waits.append(max(0, try row.decode(column: "entered_at", as: Int64.self) - published))
                }
            }
            let running = try await self.overview(by: principal, on: db).filter {
                [Vacancy.State.published.rawValue, Vacancy.State.closed.rawValue].contains($0.vacancy.state)
            }
            try await self.auditList(running, by: principal, on: db)
            return Dashboard(
                year: year, states: states, receivedThisYear: received, toScreen: toScreen,
                offersAwaitingAnswer: offers, reserveExpiringSoon: reserve, appointedThisYear: hires.count,
                timeToHire: DayFigures(milliseconds: waits), running: running)
        }
    }

    /// The first moment of `year` and of the next, in Brussels time.
    static func bounds(of year: Int) -> (Int64, Int64) {
        func start(_ year: Int) -> Int64 {
            let date = HeadquartersCalendar.calendar.date(from: DateComponents(year: year, month: 1, day: 1)) ?? Date()
            return Int64(date.timeIntervalSince1970 * 1000)
        }
        return (start(year), start(year + 1))
    }
}

extension Chancery {
    /// Recruitment's reports and dashboard.
    package var recruitmentReports: RecruitmentReportStore {
        RecruitmentReportStore(database: database, objects: objects, vacancies: recruitment, users: users)
    }
}
