import ChanceryKit
import ChancerySpine
import Foundation

/// One case as the indicators count it: nothing that names anyone but its officer.
package struct KPICase: Sendable {
    package var type: HRCase.CaseType
    package var state: HRCase.State
    package var openedOn: String
    package var outcome: HRCase.Outcome?
    package var officer: String?
    /// Its steps, oldest first.
    package var steps: [(step: HRCase.State, on: String)]
    /// The states of its deadlines under the rule set it counts under.
    package var deadlines: [CaseDeadline.State]

    package init(
        type: HRCase.CaseType, state: HRCase.State, openedOn: String, outcome: HRCase.Outcome? = nil,
        officer: String? = nil, steps: [(step: HRCase.State, on: String)] = [], deadlines: [CaseDeadline.State] = []
    ) {
        self.type = type
        self.state = state
        self.openedOn = openedOn
        self.outcome = outcome
        self.officer = officer
        self.steps = steps
        self.deadlines = deadlines
    }
}

/// The indicators of HR case management over the cases a reader may see, counts only: open cases by type and age,
/// the time to acknowledge and to decide, deadlines met and missed, outcomes, cases per officer, and the trend per
/// quarter. Every count from 1 to `threshold - 1` is suppressed (and the next smallest when only one of a column
/// would be, `SmallCounts`), and so is a median over fewer cases than the threshold: a person could be recognised.
package struct CaseKPIs: Sendable {
    /// How long a case has been open.
    package enum AgeBand: String, Sendable, CaseIterable {
        case upTo30 = "0-30"
        case upTo90 = "31-90"
        case upTo180 = "91-180"
        case over180 = "over-180"

        static func of(days: Int) -> AgeBand {
            days <= 30 ? .upTo30 : days <= 90 ? .upTo90 : days <= 180 ? .upTo180 : .over180
        }
    }

    /// The deadline states the indicators count.
    package static let deadlineStates: [CaseDeadline.State] = [.met, .missed, .overdue, .running, .suspended]

    /// The smallest count shown.
    package static let threshold = 3

    package var openTotal: ShownCount
    package var closedTotal: ShownCount
    /// Per type (in `HRCase.CaseType.allCases` order), per age band.
    package var openByTypeAndAge: [(type: HRCase.CaseType, bands: [ShownCount])]
    /// Median calendar days from opening to the first step past receipt, and how many cases it is over.
    package var daysToAcknowledge: (median: Double?, cases: Int)
    /// Median calendar days from opening to the decision notified (or the closing).
    package var daysToDecide: (median: Double?, cases: Int)
    package var deadlines: [(state: CaseDeadline.State, count: ShownCount)]
    package var outcomes: [(outcome: HRCase.Outcome, count: ShownCount)]
    /// Per officer, by name: open cases, closed cases.
    package var perOfficer: [(officer: String, open: ShownCount, closed: ShownCount)]
    /// The last four quarters, oldest first: cases opened, cases closed.
    package var quarters: [(quarter: String, opened: ShownCount, closed: ShownCount)]

    package init(_ cases: [KPICase], today: String) {
        let rule = SmallCounts(threshold: Self.threshold)
        let open = cases.filter { $0.state != .closed }
        let closed = cases.filter { $0.state == .closed }
        let totals = rule.column([open.count, closed.count])
        openTotal = totals[0]
        closedTotal = totals[1]

        let todayNumber = CivilDate(iso: today)?.dayNumber ?? 0
        func days(_ from: String, _ to: String) -> Int? {
            guard let start = CivilDate(iso: from), let end = CivilDate(iso: to) else { return nil }
            return end.dayNumber - start.dayNumber
        }
        let types = HRCase.CaseType.allCases
        let bands = AgeBand.allCases
        let grid = types.map { type in
            bands.map { band in
                open.filter {
                    $0.type == type
                        && AgeBand.of(days: todayNumber - (CivilDate(iso: $0.openedOn)?.dayNumber ?? todayNumber))
                            == band
                }.count
            }
        }
        let shownGrid = rule.table(grid)
        openByTypeAndAge = types.indices.map { (types[$0], shownGrid[$0]) }

        func median(_ values: [Int]) -> (Double?, Int) {
            guard values.count >= Self.threshold else { return (nil, values.count) }
            let sorted = values.sorted()
            let middle = sorted.count / 2
            let value =
                sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
            return (value, values.count)
        }
        daysToAcknowledge = median(
            cases.compactMap { item in
                item.steps.first { $0.step != .received }.flatMap { days(item.openedOn, $0.on) }
            })
        daysToDecide = median(
            cases.compactMap { item in
                item.steps.first { $0.step == .decisionNotified || $0.step == .closed }.flatMap {
                    days(item.openedOn, $0.on)
                }
            })

        let deadlineCounts = rule.column(
            Self.deadlineStates.map { state in cases.reduce(0) { $0 + $1.deadlines.filter { $0 == state }.count } })
        deadlines = Self.deadlineStates.indices.map { (Self.deadlineStates[$0], deadlineCounts[$0]) }

        let outcomeCounts = rule.column(
            HRCase.Outcome.allCases.map { outcome in closed.filter { $0.outcome == outcome }.count })
        outcomes = HRCase.Outcome.allCases.indices.map { (HRCase.Outcome.allCases[$0], outcomeCounts[$0]) }

        let officers = Set(cases.compactMap(\.officer)).sorted()
        let officerGrid = rule.table(
            officers.map { name in
                [open.filter { $0.officer == name }.count, closed.filter { $0.officer == name }.count]
            })
        perOfficer = officers.indices.map { (officers[$0], officerGrid[$0][0], officerGrid[$0][1]) }

        let quarterNames = Self.lastQuarters(4, before: today)
        let quarterGrid = rule.table(
            quarterNames.map { quarter in
                [
                    cases.filter { Self.quarter(of: $0.openedOn) == quarter }.count,
                    closed.filter { item in
                        item.steps.last { $0.step == .closed }.map { Self.quarter(of: $0.on) == quarter } ?? false
                    }.count,
                ]
            })
        quarters = quarterNames.indices.map { (quarterNames[$0], quarterGrid[$0][0], quarterGrid[$0][1]) }
    }

    /// `2026-Q4` of `2026-11-03`.
    package static func quarter(of day: String) -> String? {
        guard let date = CivilDate(iso: day) else { return nil }
        return "\(date.year)-Q\((date.month - 1) / 3 + 1)"
    }

    /// The `count` quarters up to the one of `today`, oldest first.
    static func lastQuarters(_ count: Int, before today: String) -> [String] {
        guard let date = CivilDate(iso: today) else { return [] }
        let index = date.year * 4 + (date.month - 1) / 3
        return (0..<count).reversed().map { back in
            let quarter = index - back
            return "\(quarter / 4)-Q\(quarter % 4 + 1)"
        }
    }
}
