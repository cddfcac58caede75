import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The one owner of `recruitment_screening` and `recruitment_screening_marks`. Every read goes through the trimmed
/// reads of the applications (RECRUITMENT: a principal without it finds nothing, and a vacancy they may not read is
/// `404`); every change is checked whole before anything is written, then written with one audit event per
/// application in the same transaction, so a refused request writes nothing.
package struct ScreeningStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let audit: AuditLog
    package let vacancies: VacancyStore

    package static let maximumNote = 1000
    package static let maximumReason = 1000
    /// The most applications one bulk request moves.
    package static let maximumSelection = 500

    // MARK: reading

    static func filter(vacancy vacancyID: String?, stage: ScreeningStage?) -> SQLQueryString {
        var filter: SQLQueryString = " AND o.kind = \(bind: Application.kind)"
        if let vacancyID { filter += " AND a.vacancy_id = \(bind: vacancyID)" }
        // the stage column itself (an index's and the planner's statistics' own), `applied` being no row or its own
        if let stage {
            filter +=
                stage == .applied
                ? " AND (s.stage IS NULL OR s.stage = \(bind: stage.rawValue))"
                : " AND s.stage = \(bind: stage.rawValue)"
        }
        return filter
    }

    /// The vacancy whose applications are asked for, if the principal may read it and screens: else `404` (a
    /// principal without RECRUITMENT never learns that it exists) or the role's refusal.
    func screenedVacancy(_ vacancyID: String, by principal: Principal) async throws -> Vacancy {
        guard let vacancy = try await vacancies.vacancy(vacancyID, by: principal) else {
            throw AppError.objectNotFound(vacancyID)
        }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        return vacancy
    }

    /// A page of the screening page: a vacancy's applications sorted, paged or exported as `list` asks, trimmed.
    package func applications(
        of vacancyID: String, stage: ScreeningStage?, list: ListQuery, by principal: Principal
    ) async throws -> (vacancy: Vacancy, items: [ScreenedApplication], hasMore: Bool) {
        let vacancy = try await screenedVacancy(vacancyID, by: principal)
        let found = try await objects.listPage(
            ScreenedApplication.self, filter: Self.filter(vacancy: vacancyID, stage: stage), query: list,
            by: principal)
        return (vacancy, found.items, found.hasMore)
    }

    /// A vacancy's applications, newest first, a cursor page at a time (the API).
    package func applications(
        of vacancyID: String, stage: ScreeningStage?, after cursor: String?, limit: Int, by principal: Principal
    ) async throws -> Page<ScreenedApplication> {
        _ = try await screenedVacancy(vacancyID, by: principal)
        return try await objects.page(
            ScreenedApplication.self, filter: Self.filter(vacancy: vacancyID, stage: stage), after: cursor,
            limit: limit, by: principal)
    }

    /// How many of a vacancy's applications (optionally at one stage) the principal may read.
    package func count(of vacancyID: String?, stage: ScreeningStage?, by principal: Principal) async throws -> Int {
        try await objects.count(
            join: ScreenedApplication.join, filter: Self.filter(vacancy: vacancyID, stage: stage), by: principal)
    }

    /// The applications waiting to be screened (at `applied`), across the vacancies, for My work.
    package func toScreen(list: ListQuery, by principal: Principal) async throws -> [ScreenedApplication] {
        try await objects.listPage(
            ScreenedApplication.self, filter: Self.filter(vacancy: nil, stage: .applied), query: list, by: principal
        ).items
    }

    /// An application's screening with every criterion of its vacancy, if the principal may read it (audited);
    /// `404` otherwise, like a missing id.
    package func screening(_ id: String, by principal: Principal) async throws -> ApplicationScreening {
        let found = try await database.transaction { db -> Checked<ApplicationScreening> in
            guard let application = try await self.readApplication(id, by: principal, auditingRead: false, on: db)
            else { return .refused(.objectNotFound(id)) }
            let found = try await self.screening(of: application, by: principal, on: db)
            // the read is audited once it is answered: a refused role reads nothing
            if case .done = found { try await self.objects.auditRead(application.object, by: principal, on: db) }
            return found
        }.get()
        return found
    }

    func readApplication(_ id: String, by principal: Principal, auditingRead: Bool, on db: any SQLDatabase)
        async throws -> ScreenedApplication?
    {
        try await objects.readItem(
            ScreenedApplication.self, id, by: principal, auditingRead: auditingRead, on: db)
    }

    func screening(of application: ScreenedApplication, by principal: Principal, on db: any SQLDatabase)
        async throws -> Checked<ApplicationScreening>
    {
        guard !RecruitmentOffice.assistants.isDisjoint(with: principal.roles) else {
            return .refused(.roleRequired(RecruitmentOffice.assistants))
        }
        guard
            let vacancy = try await vacancies.readVacancy(
                application.vacancyId, by: principal, auditingRead: false, on: db)
        else { return .refused(.objectNotFound(application.object.id)) }
        let rows = try await db.raw(
            """
            SELECT criterion, criterion_text, mark, note, marked_at, marked_by FROM recruitment_screening_marks
            WHERE application_id = \(bind: application.object.id) ORDER BY criterion
            """
        ).all()
        var marks: [Int: ScreeningCriterion] = [:]
        for row in rows {
            let number = Int(try row.decode(column: "criterion", as: Int64.self))
            marks[number] = ScreeningCriterion(
                criterion: number, text: try row.decode(column: "criterion_text", as: String.self),
                mark: ScreeningMarkValue(rawValue: try row.decode(column: "mark", as: String.self)),
                note: try row.decode(column: "note", as: String.self),
                markedAt: try row.decode(column: "marked_at", as: Int64.self),
                markedBy: try row.decode(column: "marked_by", as: String.self))
        }
        let criteria = vacancy.notice.essentialQualifications.enumerated().map { index, text in
            marks[index + 1] ?? ScreeningCriterion(criterion: index + 1, text: text, mark: nil, note: "")
        }
        return .done(
            ApplicationScreening(
                application: application, vacancyTitle: vacancy.title, vacancyTitleFrench: vacancy.titleFrench,
                criteria: criteria))
    }

    /// The application, locked, if the principal may change its screening: readable and writable by a recruitment
    /// assistant (a refusal is audited); `404` when it is not there for them.
    func writableApplication(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> Checked<ScreenedApplication>
    {
        try await objects.lockForWrite(id, on: db)
        guard let application = try await readApplication(id, by: principal, auditingRead: false, on: db) else {
            return .refused(.objectNotFound(id))
        }
        if let refusal = try await objects.authorizeWrite(
            application.object, requiredRoles: RecruitmentOffice.assistants, by: principal, on: db)
        {
            return .refused(refusal)
        }
        return .done(application)
    }

    // MARK: marking

    /// Replaces an application's marks with those given (a criterion left out is no longer marked), each against a
    /// criterion of the vacancy's essential qualifications; one audit event names what changed. A criterion the
    /// vacancy does not have refuses the whole request.
    package func setMarks(
        _ id: String, _ marks: [ScreeningMarkInput], by principal: Principal, at now: Int64 = Clock.nowMilliseconds()
    ) async throws -> ApplicationScreening {
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        return try await database.transaction { db -> Checked<ApplicationScreening> in
            let application: ScreenedApplication
            switch try await self.writableApplication(id, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): application = found
            }
            // the body's own checks only once the application is known to be theirs: others learn nothing from them
            var seen: Set<Int> = []
            for mark in marks {
                guard seen.insert(mark.criterion).inserted else {
                    return .refused(ScreeningError.repeatedCriterion(mark.criterion))
                }
                if (mark.note ?? "").count > Self.maximumNote {
                    return .refused(ScreeningError.tooLong("note", max: Self.maximumNote))
                }
            }
            let current: ApplicationScreening
            switch try await self.screening(of: application, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): current = found
            }
            let count = current.criteria.count
            if let unknown = marks.first(where: { !(1...max(count, 1)).contains($0.criterion) || count == 0 }) {
                return .refused(ScreeningError.unknownCriterion(unknown.criterion, count: count))
            }
            try await db.raw("DELETE FROM recruitment_screening_marks WHERE application_id = \(bind: id)").run()
            for mark in marks.sorted(by: { $0.criterion < $1.criterion }) {
                let note = (mark.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                let previous = current.criteria[mark.criterion - 1]
                let unchanged = previous.mark == mark.mark && previous.note == note
                try await db.raw(
                    """
                    INSERT INTO recruitment_screening_marks (application_id, criterion, criterion_text, mark, note,
                        marked_at, marked_by)
                    VALUES (\(bind: id), \(bind: Int64(mark.criterion)), \(bind: previous.text),
                        \(bind: mark.mark.rawValue), \(bind: note), \(bind: unchanged ? previous.markedAt ?? now : now),
                        \(bind: unchanged ? previous.markedBy ?? principal.id : principal.id))
                    """
                ).run()
            }
            let summary = marks.sorted { $0.criterion < $1.criterion }.map { "\($0.criterion)=\($0.mark.rawValue)" }
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "recruitment.screening.marks", objectID: id,
                    details: [
                        "vacancy": application.vacancyId, "marks": summary.joined(separator: ","),
                        "count": String(marks.count),
                    ]),
                on: db)
            guard let updated = try await self.readApplication(id, by: principal, auditingRead: false, on: db) else {
                return .refused(.objectNotFound(id))
            }
            return try await self.screening(of: updated, by: principal, on: db)
        }.get()
    }

    // MARK: moving

    /// Checks a move's reason: required for a rejection, at most `maximumReason` characters; nil when none is given.
    static func reason(_ text: String?, to stage: ScreeningStage) throws -> String? {
        let reason = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.count > maximumReason { throw ScreeningError.tooLong("reason", max: maximumReason) }
        if reason.isEmpty {
            if stage.needsReason { throw ScreeningError.reasonRequired }
            return nil
        }
        return reason
    }

    /// Moves one application to another stage.
    package func move(_ id: String, to stage: ScreeningStage, reason: String?, by principal: Principal) async throws
        -> ScreenedApplication
    {
        try await move([id], of: nil, to: stage, reason: reason, by: principal)[0]
    }

    /// Moves applications to a stage, all or none: each is checked (readable and writable, of `vacancyID` when one
    /// is given, its stage allowing the move; a rejection with its reason) before any is written, then each change is
    /// written with its own audit event in one transaction.
    package func move(
        _ ids: [String], of vacancyID: String?, to stage: ScreeningStage, reason text: String?,
        by principal: Principal, at now: Int64 = Clock.nowMilliseconds()
    ) async throws -> [ScreenedApplication] {
        let unique = ids.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard !unique.isEmpty, unique.count <= Self.maximumSelection else {
            throw ScreeningError.selection(max: Self.maximumSelection)
        }
        for id in unique where !ObjectID.isWellFormed(id) { throw AppError.objectNotFound(String(id.prefix(40))) }
        if let vacancyID { _ = try await screenedVacancy(vacancyID, by: principal) }
        return try await database.transaction { db -> Checked<[ScreenedApplication]> in
            var found: [ScreenedApplication] = []
            // every application checked before anything is written: a refusal leaves them all as they were
            for id in unique {
                let application: ScreenedApplication
                switch try await self.writableApplication(id, by: principal, on: db) {
                case .refused(let error): return .refused(error)
                case .done(let one): application = one
                }
                if let vacancyID, application.vacancyId != vacancyID {
                    return .refused(ScreeningError.otherVacancy(id))
                }
                guard application.stage.allows(stage) else {
                    return .refused(
                        ScreeningError.moveNotAllowed(application.reference, from: application.stage, to: stage))
                }
                found.append(application)
            }
            let reason: String?
            do { reason = try Self.reason(text, to: stage) } catch let error as AppError { return .refused(error) }
            for application in found {
                let id = application.object.id
                try await db.raw(
                    "DELETE FROM recruitment_screening WHERE application_id = \(bind: id)"
                ).run()
                try await db.raw(
                    """
                    INSERT INTO recruitment_screening (application_id, vacancy_id, stage, stage_at, stage_by, reason)
                    VALUES (\(bind: id), \(bind: application.vacancyId), \(bind: stage.rawValue), \(bind: now),
                        \(bind: principal.id), \(bind: reason))
                    """
                ).run()
                if stage != .applied {
                    try await StageHistory.record(
                        id, of: application.vacancyId, entered: FunnelStage(stage)?.rawValue ?? StageHistory.rejected,
                        at: now, by: principal.id, on: db)
                }
                var details = [
                    "vacancy": application.vacancyId, "previousStage": application.stage.rawValue,
                    "stage": stage.rawValue,
                ]
                if let reason { details["reason"] = reason }
                if found.count > 1 { details["bulk"] = String(found.count) }
                try await self.audit.append(
                    AuditEntry(
                        actor: principal.id, action: "recruitment.screening.stage", objectID: id, details: details),
                    on: db)
            }
            var moved: [ScreenedApplication] = []
            for application in found {
                guard
                    let updated = try await self.readApplication(
                        application.object.id, by: principal, auditingRead: false, on: db)
                else { return .refused(.objectNotFound(application.object.id)) }
                moved.append(updated)
            }
            return .done(moved)
        }.get()
    }
}

extension Chancery {
    /// Recruitment's screening of applications.
    package var screening: ScreeningStore {
        ScreeningStore(database: database, objects: objects, audit: audit, vacancies: recruitment)
    }
}
