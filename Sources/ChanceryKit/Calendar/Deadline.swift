/// A procedural time limit: so many calendar days or working days.
public struct Period: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        /// Every day counts; a period whose last day is not a working day ends on the next working day.
        case calendar
        /// Only working days count.
        case working
    }

    public var days: Int
    public var kind: Kind

    /// The longest period a rule may set: ten years of calendar days.
    public static let longest = 3650

    public init(days: Int, kind: Kind) {
        self.days = days
        self.kind = kind
    }
}

/// Days on which a clock does not run (a suspension for mediation), first and last included; an open suspension
/// (`until` nil) has not been lifted yet.
public struct Suspension: Hashable, Sendable {
    public var from: CivilDate
    public var until: CivilDate?

    public init(from: CivilDate, until: CivilDate?) {
        self.from = from
        self.until = until
    }

    public func covers(_ date: CivilDate) -> Bool { date >= from && (until.map { date <= $0 } ?? true) }
}

/// When a period ends, and each step of the computation, so the result can be explained in a sentence a lawyer can
/// check.
public struct Deadline: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// The period ends at the end of this day (23:59:59 Brussels time).
        case due(CivilDate)
        /// The clock is stopped by a suspension not yet lifted: no end can be given.
        case suspended(since: CivilDate)
    }

    /// What the computation did, in order.
    public enum Step: Hashable, Sendable {
        /// The period runs from the day after the event (notification, receipt).
        case startsAfter(event: CivilDate, firstDay: CivilDate)
        /// A suspension stopped the clock for `days` days that would otherwise have counted (working days only, in a
        /// working-days period).
        case paused(Suspension, days: Int)
        /// A holiday or closure day not counted in a working-days period, or passed over after `rolled` (weekends are
        /// not listed).
        case notCounted(CivilDate, NonWorkingDay)
        /// The last day of the period as counted.
        case lastDay(CivilDate)
        /// The last day is not a working day: the period ends on the next one.
        case rolled(from: CivilDate, NonWorkingDay, to: CivilDate)
    }

    public let period: Period
    public let outcome: Outcome
    public let steps: [Step]

    /// The end of the period of `period` counted from the day after `event`, on `calendar`, with the clock stopped
    /// on the days of `suspensions`.
    ///
    /// Calendar days: day 1 is the day after the event; when day N is a Saturday, Sunday, holiday or closure day the
    /// period ends on the next working day. Working days: only working days count, day 1 being the first working
    /// day after the event. A suspended day never counts, in either kind. The period ends at the end of its last
    /// day. `period.days` must be 1…`Period.longest`.
    public init(
        period: Period, from event: CivilDate, calendar: WorkingCalendar = WorkingCalendar(),
        suspensions: [Suspension] = []
    ) {
        precondition((1...Period.longest).contains(period.days), "a period is 1…\(Period.longest) days")
        self.period = period
        var steps: [Step] = [.startsAfter(event: event, firstDay: event.adding(days: 1))]
        var pausedDays: [Suspension: Int] = [:]
        var day = event
        var counted = 0
        var outcome: Outcome?
        while counted < period.days {
            day = day.adding(days: 1)
            let reason = calendar.nonWorking(day)
            if let suspension = suspensions.first(where: { $0.covers(day) }) {
                guard suspension.until != nil else {
                    outcome = .suspended(since: suspension.from)
                    break
                }
                if period.kind == .calendar || reason == nil { pausedDays[suspension, default: 0] += 1 }
                continue
            }
            if period.kind == .working, let reason {
                if case .weekend = reason {} else { steps.append(.notCounted(day, reason)) }
                continue
            }
            counted += 1
        }
        for suspension in suspensions where pausedDays[suspension] != nil {
            steps.append(.paused(suspension, days: pausedDays[suspension] ?? 0))
        }
        if let outcome {
            self.outcome = outcome
            self.steps = steps
            return
        }
        steps.append(.lastDay(day))
        var end = day
        if let reason = calendar.nonWorking(day) {
            end = day.adding(days: 1)
            var passed: [Step] = []
            while let other = calendar.nonWorking(end) {
                if case .weekend = other {} else { passed.append(.notCounted(end, other)) }
                end = end.adding(days: 1)
            }
            steps.append(.rolled(from: day, reason, to: end))
            steps += passed
        }
        self.outcome = .due(end)
        self.steps = steps
    }

    /// The last day of the period, unless a suspension stops the clock.
    public var due: CivilDate? {
        if case .due(let day) = outcome { return day }
        return nil
    }
}
