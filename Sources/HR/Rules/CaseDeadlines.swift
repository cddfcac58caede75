import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// One running time limit of a case: the rule it comes from, the day it runs from, and when it ends.
package struct CaseDeadline: Sendable {
    package enum State: String, Sendable {
        /// The period runs, its last day still to come (or today).
        case running
        /// Its last day has passed and the case is not closed.
        case overdue
        /// The day it runs from is not recorded (a notification day not given): no end can be counted yet.
        case notStarted = "not-started"
        /// The case is closed: the limit no longer runs.
        case closed
        /// The step it bounds was taken on or before its last day.
        case met
        /// The step it bounds was taken, after its last day.
        case missed
        /// The clock stands still: the case is in mediation.
        case suspended
    }

    /// The day the step this limit bounds was taken, if it was: the filing (the case's opening) for the time to ask,
    /// complain or appeal; the first step past receipt for an acknowledgement; a drafted decision (the defence file,
    /// the investigation report) for a defence or an investigation; the notified decision, or the closing, for an
    /// answer. Closing a case takes no other step: a limit it leaves untaken is `closed`, neither met nor missed.
    static func doneOn(_ step: String, openedOn: String, steps: [CaseStep]) -> String? {
        let taken: Set<HRCase.State> =
            switch step {
            case _ where TimeLimit.filingSteps.contains(step): []
            case "acknowledge": Set(HRCase.State.allCases).subtracting([.received, .closed])
            case "defence", "investigation": [.decisionDrafted, .decisionNotified]
            default: [.decisionNotified, .closed]
            }
        if taken.isEmpty { return openedOn }
        return steps.first { taken.contains($0.step) }?.onDay
    }

    package var limit: TimeLimit
    /// The day the period runs from (`YYYY-MM-DD`), when known.
    package var event: String?
    package var deadline: Deadline?
    package var state: State
}

/// A case's deadlines under the rule set in force on the day its proceeding started.
package struct CaseDeadlines: Sendable {
    package var hrCase: HRCase
    /// The version the case counts under; nil when no version was in force on its opening day.
    package var ruleSet: RuleSet?
    package var deadlines: [CaseDeadline]

    /// The limits of the case's type in `ruleSet`, each counted on the headquarters' working calendar.
    static func count(
        _ hrCase: HRCase, ruleSet: RuleSet?, steps: [CaseStep] = [], suspensions: [Suspension] = [], today: String,
        calendar: (CivilDate) async throws -> WorkingCalendar
    ) async throws -> [CaseDeadline] {
        guard let ruleSet else { return [] }
        var deadlines: [CaseDeadline] = []
        for limit in ruleSet.limits where limit.caseType == hrCase.caseType {
            let event = limit.from == .notification ? hrCase.decisionNotifiedOn : hrCase.openedOn
            guard let event, let day = CivilDate(iso: event), let period = limit.period else {
                deadlines.append(CaseDeadline(limit: limit, event: nil, deadline: nil, state: .notStarted))
                continue
            }
            // The time to ask, complain or appeal runs before the case exists: no mediation of the case pauses it.
            // Once the step is taken, a mediation that began that day or later no longer matters to it.
            let done = CaseDeadline.doneOn(limit.step, openedOn: hrCase.openedOn, steps: steps)
            let paused =
                TimeLimit.filingSteps.contains(limit.step)
                ? [] : suspensions.filter { suspension in done.map { suspension.from.iso < $0 } ?? true }
            let deadline = Deadline(
                period: period, from: day, calendar: try await calendar(day), suspensions: paused)
            let state: CaseDeadline.State
            if let done, let due = deadline.due {
                state = done <= due.iso ? .met : .missed
            } else if hrCase.state == .closed {
                state = .closed
            } else if let due = deadline.due {
                state = due.iso < today ? .overdue : .running
            } else {
                state = .suspended
            }
            deadlines.append(CaseDeadline(limit: limit, event: event, deadline: deadline, state: state))
        }
        return deadlines
    }
}

extension HRCaseStore {
    /// The deadlines of a case the principal may read (nil otherwise, as for a missing one): the rule set in force on
    /// its opening day, never a later one.
    package func deadlines(of id: String, by principal: Principal, calendar: CalendarStore, language: Language)
        async throws -> CaseDeadlines?
    {
        guard let hrCase = try await hrCase(id, by: principal) else { return nil }
        let ruleSet = try await database.read { db in try await RuleSetStore.inForce(on: hrCase.openedOn, on: db) }
        let deadlines = try await CaseDeadlines.count(
            hrCase, ruleSet: ruleSet, steps: try await steps(of: id, by: principal),
            suspensions: try await suspensions(of: id, by: principal),
            today: HeadquartersCalendar.day(Clock.nowMilliseconds()),
            calendar: { try await calendar.workingCalendar(from: $0, language: language) })
        return CaseDeadlines(hrCase: hrCase, ruleSet: ruleSet, deadlines: deadlines)
    }
}

extension Localizer {
    /// How a case's deadline was counted: the rule and its article, then the engine's own sentences.
    package func explanation(of item: CaseDeadline, in ruleSet: RuleSet) -> String {
        let rule = self(
            "hr.deadline.rule",
            [
                "step": self("hr.step.\(item.limit.step)"), "article": item.limit.article, "ruleSet": ruleSet.name,
                "effective": CivilDate(iso: ruleSet.effectiveFrom).map(longDate) ?? ruleSet.effectiveFrom,
            ])
        guard let deadline = item.deadline else {
            return rule + " "
                + self(item.limit.from == .notification ? "hr.deadline.noNotification" : "hr.deadline.noEvent")
        }
        return rule + " " + explanation(of: deadline)
    }
}
