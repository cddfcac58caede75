import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

extension HRCaseStore {
    /// What the indicators count, over the cases the principal may read (trimmed in SQL — the conflict rule
    /// included — so a person never counts a case that concerns them): each case's type, stage, opening day,
    /// outcome, officer, steps and suspensions.
    package func kpiRows(by principal: Principal) async throws -> [(KPICase, HRCase, [CaseStep], [Suspension])] {
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        return try await database.read { db in
            let cases = try await db.raw(
                """
                SELECT \(LabelledObject.columns)\(HRCase.columns), u.display_name AS officer_name
                FROM objects o \(HRCase.join) LEFT JOIN users u ON u.id = c.officer_id
                WHERE \(scope.readable()) AND o.kind = \(bind: HRCase.kind)
                """
            ).all().map { row in
                (try HRCase(row: row), try row.decode(column: "officer_name", as: String?.self))
            }
            var steps: [String: [CaseStep]] = [:]
            for row in try await db.raw(
                """
                SELECT s.id, s.case_id, s.step, s.on_day, s.recorded_by, s.recorded_at
                FROM hr_case_steps s JOIN objects o ON o.id = s.case_id
                WHERE \(scope.readable())
                ORDER BY s.on_day, s.recorded_at
                """
            ).all() {
                guard let step = HRCase.State(rawValue: try row.decode(column: "step", as: String.self)) else {
                    continue
                }
                steps[try row.decode(column: "case_id", as: String.self), default: []].append(
                    CaseStep(
                        id: try row.decode(column: "id", as: String.self), step: step,
                        onDay: try row.decode(column: "on_day", as: String.self), note: nil,
                        recordedBy: try row.decode(column: "recorded_by", as: String.self), recordedByName: "",
                        recordedAt: try row.decode(column: "recorded_at", as: Int64.self)))
            }
            var suspensions: [String: [Suspension]] = [:]
            for row in try await db.raw(
                """
                SELECT x.case_id, x.from_day, x.until_day FROM hr_case_suspensions x JOIN objects o ON o.id = x.case_id
                WHERE \(scope.readable())
                ORDER BY x.from_day
                """
            ).all() {
                guard let from = CivilDate(iso: try row.decode(column: "from_day", as: String.self)) else { continue }
                let until = try row.decode(column: "until_day", as: String?.self).flatMap(CivilDate.init(iso:))
                suspensions[try row.decode(column: "case_id", as: String.self), default: []].append(
                    Suspension(from: from, until: until))
            }
            return cases.map { hrCase, officer in
                let id = hrCase.object.id
                let item = KPICase(
                    type: hrCase.type, state: hrCase.state, openedOn: hrCase.openedOn,
                    outcome: hrCase.outcome.flatMap(HRCase.Outcome.init(rawValue:)), officer: officer,
                    steps: (steps[id] ?? []).map { ($0.step, $0.onDay) })
                return (item, hrCase, steps[id] ?? [], suspensions[id] ?? [])
            }
        }
    }
}

extension Chancery {
    /// The indicators over the cases `principal` may read, as of today, each case's deadlines counted under the rule
    /// set in force on its opening day.
    package func hrKPIs(by principal: Principal) async throws -> CaseKPIs {
        try HROffice.require(HROffice.officers, principal)
        let rows = try await hrCases.kpiRows(by: principal)
        let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
        let earliest = rows.map(\.1.openedOn).min().flatMap(CivilDate.init(iso:)) ?? CivilDate(iso: today)
        var working = WorkingCalendar()
        if let earliest { working = try await calendar.workingCalendar(from: earliest) }
        let calendarOfCases = working
        var ruleSets: [String: RuleSet?] = [:]
        var counted: [KPICase] = []
        for (item, hrCase, steps, suspensions) in rows {
            if ruleSets[hrCase.openedOn] == nil {
                ruleSets[hrCase.openedOn] = .some(
                    try await database.read { db in try await RuleSetStore.inForce(on: hrCase.openedOn, on: db) })
            }
            var withDeadlines = item
            withDeadlines.deadlines = try await CaseDeadlines.count(
                hrCase, ruleSet: ruleSets[hrCase.openedOn] ?? nil, steps: steps, suspensions: suspensions, today: today,
                calendar: { _ in calendarOfCases }
            ).map(\.state)
            counted.append(withDeadlines)
        }
        return CaseKPIs(counted, today: today)
    }
}
