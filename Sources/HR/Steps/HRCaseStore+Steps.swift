import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

extension HRCaseError {
    /// A step the case's stage does not lead to (a closed case takes none).
    package static func stepNotAllowed(from state: HRCase.State, to step: HRCase.State) -> AppError {
        AppError(
            .conflict, type: "step-not-allowed", key: "hr.steps.error.notAllowed",
            localizing: ["from": "hr.state.\(state.rawValue)", "to": "hr.state.\(step.rawValue)"], field: "step")
    }

    /// A step dated before the case's last one.
    package static func stepBeforeLast(_ last: String) -> AppError {
        .fields(
            .badRequest, type: "invalid-step", key: "hr.error.invalid",
            [.init(field: "on", code: "before-last", key: "hr.steps.field.beforeLast", ["day": last])])
    }
}

extension HRCaseStore {
    /// Records a step of a case the principal may write (an HR case officer of the unit whom the case does not
    /// name): its stage, the day, the outcome when it closes; mediation stops the case's clocks from its first day
    /// and the next step starts them again. One transaction with the `hr.case.step` event; nothing written when
    /// refused.
    package func record(_ change: CaseStepChange, of id: String, by principal: Principal) async throws -> HRCase {
        try HROffice.require(HROffice.officers, principal)
        return try await database.transaction { db -> Checked<HRCase> in
            let current: HRCase
            switch try await self.beginCaseWrite(id, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): current = found
            }
            guard current.state.next.contains(change.step) else {
                return .refused(HRCaseError.stepNotAllowed(from: current.state, to: change.step))
            }
            let last = try await self.lastStepDay(of: id, on: db) ?? current.openedOn
            guard change.on >= last else { return .refused(HRCaseError.stepBeforeLast(last)) }
            // the version check first: a refusal returned after a write would commit that write
            var edited = current.object
            edited.state = change.step.rawValue
            guard let saved = try await self.objects.save(edited, replacing: current.object, on: db) else {
                return .refused(.stale(currentVersion: current.object.version + 1))
            }
            let now = Clock.nowMilliseconds()
            try await db.raw(
                """
                INSERT INTO hr_case_steps (id, case_id, step, on_day, note, recorded_by, recorded_at)
                VALUES (\(bind: ObjectID.make(milliseconds: now)), \(bind: id), \(bind: change.step.rawValue),
                    \(bind: change.on), \(bind: change.note), \(bind: principal.id), \(bind: now))
                """
            ).run()
            if current.state == .mediation { try await Self.endSuspension(of: id, on: change.on, on: db) }
            if change.step == .mediation {
                try await db.raw(
                    "INSERT INTO hr_case_suspensions (case_id, from_day) VALUES (\(bind: id), \(bind: change.on))"
                ).run()
            }
            if let outcome = change.outcome {
                try await db.raw(
                    "UPDATE hr_cases SET outcome = \(bind: outcome.rawValue) WHERE object_id = \(bind: id)"
                ).run()
            }
            var details = ["step": change.step.rawValue, "on": change.on]
            if let outcome = change.outcome { details["outcome"] = outcome.rawValue }
            try await self.objects.auditUpdate(
                saved, previous: current.object, fields: ["state"], by: principal, action: "hr.case.step",
                extra: details, on: db)
            guard let updated = try await self.readCase(id, by: principal, auditingRead: false, on: db) else {
                return .refused(.objectNotFound(id))
            }
            return .done(updated)
        }.get()
    }

    /// The `received` step of a case just opened, in its opening transaction.
    static func recordReceipt(
        of id: String, on day: String, by principal: Principal, at now: Int64, on db: any SQLDatabase
    )
        async throws
    {
        try await db.raw(
            """
            INSERT INTO hr_case_steps (id, case_id, step, on_day, recorded_by, recorded_at)
            VALUES (\(bind: ObjectID.make(milliseconds: now)), \(bind: id), 'received', \(bind: day),
                \(bind: principal.id), \(bind: now))
            """
        ).run()
    }

    /// Lifts the open suspension of a case when its mediation ends on `day`: the clock runs again from that day, so
    /// the suspension's last day is the day before (none at all when mediation ended the day it began).
    static func endSuspension(of id: String, on day: String, on db: any SQLDatabase) async throws {
        guard
            let row = try await db.raw(
                "SELECT from_day FROM hr_case_suspensions WHERE case_id = \(bind: id) AND until_day IS NULL"
            ).first()
        else { return }
        let from = try row.decode(column: "from_day", as: String.self)
        let until = CivilDate(iso: day).map { $0.adding(days: -1).iso } ?? day
        if until < from {
            try await db.raw(
                "DELETE FROM hr_case_suspensions WHERE case_id = \(bind: id) AND from_day = \(bind: from)"
            ).run()
        } else {
            try await db.raw(
                """
                UPDATE hr_case_suspensions SET until_day = \(bind: until)
                WHERE case_id = \(bind: id) AND from_day = \(bind: from)
                """
            ).run()
        }
    }

    /// The day of a case's latest step, read for its writer inside the write's transaction.
    func lastStepDay(of id: String, on db: any SQLDatabase) async throws -> String? {
        let row = try await db.raw("SELECT MAX(on_day) AS last FROM hr_case_steps WHERE case_id = \(bind: id)").first()
        return try row?.decode(column: "last", as: String?.self)
    }

    /// The timeline of a case the principal may read (empty otherwise), oldest first.
    package func steps(of id: String, by principal: Principal) async throws -> [CaseStep] {
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        return try await database.read { db in
            try await db.raw(
                """
                SELECT s.id, s.step, s.on_day, s.note, s.recorded_by, s.recorded_at, u.display_name
                FROM hr_case_steps s JOIN objects o ON o.id = s.case_id JOIN users u ON u.id = s.recorded_by
                WHERE s.case_id = \(bind: id) AND \(scope.readable())
                ORDER BY s.on_day, s.recorded_at
                """
            ).all().compactMap { row in
                guard let step = HRCase.State(rawValue: try row.decode(column: "step", as: String.self)) else {
                    return nil
                }
                return CaseStep(
                    id: try row.decode(column: "id", as: String.self), step: step,
                    onDay: try row.decode(column: "on_day", as: String.self),
                    note: try row.decode(column: "note", as: String?.self),
                    recordedBy: try row.decode(column: "recorded_by", as: String.self),
                    recordedByName: try row.decode(column: "display_name", as: String.self),
                    recordedAt: try row.decode(column: "recorded_at", as: Int64.self))
            }
        }
    }

    /// The suspensions of a case the principal may read (none otherwise), oldest first.
    package func suspensions(of id: String, by principal: Principal) async throws -> [Suspension] {
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        return try await database.read { db in
            try await db.raw(
                """
                SELECT x.from_day, x.until_day FROM hr_case_suspensions x JOIN objects o ON o.id = x.case_id
                WHERE x.case_id = \(bind: id) AND \(scope.readable())
                ORDER BY x.from_day
                """
            ).all().compactMap { row in
                guard let from = CivilDate(iso: try row.decode(column: "from_day", as: String.self)) else { return nil }
                let until = try row.decode(column: "until_day", as: String?.self)
                return Suspension(from: from, until: until.flatMap(CivilDate.init(iso:)))
            }
        }
    }
}
