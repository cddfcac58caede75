import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The one owner of `recruitment_selections`: every read goes through the application's trimmed read (a principal
/// without RECRUITMENT finds nothing, as if it did not exist), every step is the assistant's, written with its audit
/// event on the application in one transaction, or refused with nothing written.
///
/// The medical approval is asked of the Health Office through the spine's fitness seam, before the transaction (the
/// seam audits its answer in its own): only fit, not fit or pending and the day come back, and only they are kept.
package struct SelectionStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let audit: AuditLog
    package let vacancies: VacancyStore
    package let fitness: (any FitnessAnswering)?

    /// The application and what follows its selection, for an assistant who may read it; nil-as-404 otherwise.
    package func selection(of applicationID: String, by principal: Principal) async throws
        -> (application: StoredApplication, selection: Selection)
    {
        guard
            let application = try await objects.readWritingOnlyIfAudited({ db, audited in
                try await self.objects.readItem(
                    StoredApplication.self, applicationID, by: principal, auditingRead: audited, on: db)
            })
        else { throw AppError.objectNotFound(applicationID) }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        let selection = try await database.read { db in try await Self.row(of: applicationID, on: db) }
        return (application, selection ?? .empty(applicationID))
    }

    /// The row of an application, inside the caller's transaction (the caller has read the application, trimmed).
    package static func row(of applicationID: String, on db: any SQLDatabase) async throws -> Selection? {
        try await db.raw(
            "SELECT \(Selection.columns) FROM recruitment_selections WHERE application_id = \(bind: applicationID)"
        ).first().map(Selection.init(row:))
    }

    /// Takes one step for an application: checked, then written with its audit event, or refused.
    package func perform(
        _ step: SelectionStep, _ request: SelectionRequest, on applicationID: String, by principal: Principal,
        at now: Int64 = Clock.nowMilliseconds()
    ) async throws -> Selection {
        let today = HeadquartersCalendar.day(now)
        let (application, _) = try await selection(of: applicationID, by: principal)
        let checked = try Self.check(step, request, today: today)
        let answer =
            step == .medical || step == .appointment
            ? try await askHealthOffice(about: application, by: principal) : nil
        return try await database.transaction { db -> Checked<Selection> in
            try await self.objects.lockForWrite(applicationID, on: db)
            guard
                let current = try await self.objects.readItem(
                    StoredApplication.self, applicationID, by: principal, auditingRead: false, on: db)
            else { return .refused(.objectNotFound(applicationID)) }
            if let refusal = try await self.objects.authorizeWrite(
                current.object, requiredRoles: RecruitmentOffice.assistants, by: principal, on: db)
            {
                return .refused(refusal)
            }
            var selection = try await Self.row(of: applicationID, on: db) ?? .empty(applicationID)
            var details: [String: String] = ["step": step.rawValue]
            var related: [String] = []
            switch step {
            case .offer:
                selection.offerMadeOn = checked.day ?? today
                selection.offerAnswer = nil
                selection.offerAnsweredOn = nil
            case .offerAnswer:
                guard selection.offerMadeOn != nil else { return .refused(SelectionError.noOffer) }
                selection.offerAnswer = checked.answer
                selection.offerAnsweredOn = checked.day ?? today
                details["answer"] = checked.answer?.rawValue
            case .clearance:
                selection.clearance = checked.clearance
                if checked.clearance == .requested {
                    selection.clearanceRequestedOn = checked.day ?? today
                    selection.clearanceDecidedOn = nil
                } else {
                    selection.clearanceDecidedOn = checked.day ?? today
                }
                details["status"] = checked.clearance?.rawValue
            case .medical:
                Self.keep(answer, in: &selection, at: now)
                details["answer"] = answer?.status.rawValue
            case .appointment:
                Self.keep(answer, in: &selection, at: now)
                let reasons = selection.appointmentRefusals(medicalNow: answer?.status ?? .pending)
                guard reasons.isEmpty else { return .refused(SelectionError.appointment(reasons)) }
                selection.appointedOn = today
                selection.startDate = checked.day
                details["startDate"] = checked.day
            case .reserve:
                selection.reserveUntil = checked.day
                details["until"] = checked.day
            case .reserveOffer:
                guard selection.isOnReserve(today: today) else { return .refused(SelectionError.notOnReserve) }
                let target = checked.vacancyID ?? ""
                switch try await self.reserveOfferRefusal(from: current.vacancyId, to: target, by: principal, on: db) {
                case let refusal?: return .refused(refusal)
                case nil: break
                }
                selection.offerVacancyId = target
                selection.offerMadeOn = today
                selection.offerAnswer = nil
                selection.offerAnsweredOn = nil
                details["vacancy"] = target
                related = [target]
            }
            selection.updatedAt = now
            selection.updatedBy = principal.id
            try await Self.save(selection, on: db)
            if let stage = step.funnelStage {
                try await StageHistory.record(
                    applicationID, of: current.vacancyId, entered: stage.rawValue, at: now, by: principal.id, on: db)
            }
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "recruitment.selection.\(step.rawValue)", objectID: applicationID,
                    relatedObjectIDs: related, details: details),
                on: db)
            return .done(selection)
        }.get()
    }

    /// The Health Office's answer about the candidate: only fit, not fit or pending and the day cross the seam.
    func askHealthOffice(about application: StoredApplication, by principal: Principal) async throws -> FitnessAnswer {
        guard let fitness else { throw SelectionError.noHealthOffice }
        let subject = FitnessSubject(
            familyName: application.familyName, givenNames: application.givenNames,
            dateOfBirth: application.dateOfBirth)
        return try await fitness.fitness(of: subject, for: .appointment, askedBy: principal)
    }

    /// The Health Office's answer, as kept: the status, the day of the decision and when it was asked.
    static func keep(_ answer: FitnessAnswer?, in selection: inout Selection, at now: Int64) {
        guard let answer else { return }
        selection.medical = answer.status
        selection.medicalDecidedOn = answer.decidedOn
        selection.medicalAskedAt = now
    }

    /// Why the candidate may not be offered the other vacancy from the reserve list, or nil: it must be readable
    /// (else 404), another vacancy, and at the same or a lower grade.
    func reserveOfferRefusal(from ownID: String, to targetID: String, by principal: Principal, on db: any SQLDatabase)
        async throws -> AppError?
    {
        guard ObjectID.isWellFormed(targetID),
            let target = try await vacancies.readVacancy(targetID, by: principal, auditingRead: false, on: db)
        else { return .objectNotFound(String(targetID.prefix(40))) }
        guard targetID != ownID else { return SelectionError.sameVacancy }
        let own = try await vacancies.readVacancy(ownID, by: principal, auditingRead: false, on: db)
        switch GradeOrder.isSameOrLower(target.grade, than: own?.grade) {
        case nil: return SelectionError.unknownGrade
        case false?: return SelectionError.higherGrade(target: target.grade ?? "", source: own?.grade ?? "")
        case true?: return nil
        }
    }

    /// What a step takes from its request, checked before anything is read for writing.
    struct StepInput: Sendable {
        var day: String?
        var answer: Selection.OfferAnswer?
        var clearance: Selection.ClearanceStatus?
        var vacancyID: String?
    }

    static func check(_ step: SelectionStep, _ request: SelectionRequest, today: String) throws -> StepInput {
        func day(_ text: String?, _ field: String, required: Bool, future: Bool = false) throws -> String? {
            let text = text?.trimmingCharacters(in: .whitespaces) ?? ""
            if text.isEmpty {
                if required { throw SelectionError.field(field, "day") }
                return nil
            }
            guard HeadquartersCalendar.isDate(text) else { throw SelectionError.field(field, "day") }
            if future, text < today { throw SelectionError.field(field, "future") }
            return text
        }
        var checked = StepInput()
        switch step {
        case .offer: checked.day = try day(request.on, "on", required: false)
        case .offerAnswer:
            guard let answer = Selection.OfferAnswer(rawValue: request.answer ?? "") else {
                throw SelectionError.field("answer", "answer")
            }
            checked.answer = answer
            checked.day = try day(request.on, "on", required: false)
        case .clearance:
            guard let status = Selection.ClearanceStatus(rawValue: request.status ?? "") else {
                throw SelectionError.field("status", "clearanceStatus")
            }
            checked.clearance = status
            checked.day = try day(request.on, "on", required: false)
        case .medical: break
        case .appointment: checked.day = try day(request.startDate, "startDate", required: true, future: true)
        case .reserve: checked.day = try day(request.until, "until", required: true, future: true)
        case .reserveOffer:
            let id = request.vacancyId?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !id.isEmpty else { throw SelectionError.field("vacancyId", "vacancy") }
            checked.vacancyID = id
        }
        return checked
    }

    /// Writes the row, the first time or again.
    static func save(_ selection: Selection, on db: any SQLDatabase) async throws {
        try await db.raw(
            "DELETE FROM recruitment_selections WHERE application_id = \(bind: selection.applicationId)"
        ).run()
        try await db.raw(
            """
            INSERT INTO recruitment_selections (application_id, offer_vacancy_id, offer_made_on, offer_answer,
                offer_answered_on, clearance, clearance_requested_on, clearance_decided_on, medical, medical_decided_on,
                medical_asked_at, appointed_on, start_date, reserve_until, updated_at, updated_by)
            VALUES (\(bind: selection.applicationId), \(bind: selection.offerVacancyId), \(bind: selection.offerMadeOn),
                \(bind: selection.offerAnswer?.rawValue), \(bind: selection.offerAnsweredOn),
                \(bind: selection.clearance?.rawValue), \(bind: selection.clearanceRequestedOn),
                \(bind: selection.clearanceDecidedOn), \(bind: selection.medical?.rawValue),
                \(bind: selection.medicalDecidedOn), \(bind: selection.medicalAskedAt), \(bind: selection.appointedOn),
                \(bind: selection.startDate), \(bind: selection.reserveUntil), \(bind: selection.updatedAt),
                \(bind: selection.updatedBy))
            """
        ).run()
    }

    // MARK: the reserve list of a vacancy

    /// The candidates of a vacancy placed on its reserve list (with their expiry and any offer from it), newest
    /// application first, trimmed in SQL like every list; a vacancy the principal may not read is 404.
    package func reserve(of vacancyID: String, after cursor: String?, limit: Int, by principal: Principal)
        async throws -> Page<ReserveEntry>
    {
        guard try await vacancies.vacancy(vacancyID, by: principal) != nil else {
            throw AppError.objectNotFound(vacancyID)
        }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        return try await objects.page(
            join: StoredApplication.join + " JOIN recruitment_selections s ON s.application_id = o.id",
            columns: StoredApplication.columns + ", s.reserve_until, s.offer_vacancy_id, s.offer_made_on",
            filter: """
                 AND o.kind = \(bind: Application.kind) AND a.vacancy_id = \(bind: vacancyID)
                 AND s.reserve_until IS NOT NULL
                """, after: cursor, limit: limit, by: principal, decode: ReserveEntry.init(row:))
    }
}

/// A candidate on a vacancy's reserve list.
package struct ReserveEntry: LabelledItem, Equatable {
    package var application: StoredApplication
    package var reserveUntil: String
    package var offerVacancyId: String?
    package var offerMadeOn: String?

    package var object: LabelledObject { application.object }

    init(row: any SQLRow) throws {
        application = try StoredApplication(row: row)
        reserveUntil = try row.decode(column: "reserve_until", as: String.self)
        offerVacancyId = try row.decode(column: "offer_vacancy_id", as: String?.self)
        offerMadeOn = try row.decode(column: "offer_made_on", as: String?.self)
    }
}

extension Chancery {
    /// Recruitment's steps after a selection.
    package var selections: SelectionStore {
        SelectionStore(
            database: database, objects: objects, audit: audit, vacancies: recruitment, fitness: fitnessAnswering)
    }
}
