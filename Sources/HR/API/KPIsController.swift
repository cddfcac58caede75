import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// `GET /api/v1/casework/kpis`: the indicators over the cases the caller may read, counts only; a suppressed count
/// or median is `null`.
package struct KPIsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("casework/kpis", use: show)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let kpis = try await chancery.hrKPIs(by: context.principal)
        return try JSONResponse.make(KPIsBody(kpis), banner: HROffice.label().banner)
    }
}

package struct KPIsBody: Encodable, Sendable {
    package struct Median: Encodable, Sendable {
        @ExplicitNull package var medianDays: Double?
        @ExplicitNull package var cases: Int?
    }

    package struct Quarter: Encodable, Sendable {
        package var quarter: String
        @ExplicitNull package var opened: Int?
        @ExplicitNull package var closed: Int?
    }

    package struct Officer: Encodable, Sendable {
        package var officer: String
        @ExplicitNull package var open: Int?
        @ExplicitNull package var closed: Int?
    }

    /// Counts from 1 to this minus one are `null`.
    package var suppressedBelow: Int
    @ExplicitNull package var open: Int?
    @ExplicitNull package var closed: Int?
    /// Type → age band (days open) → count.
    package var openByTypeAndAge: [String: [String: Int?]]
    package var timeToAcknowledge: Median
    package var timeToDecide: Median
    package var deadlines: [String: Int?]
    package var outcomes: [String: Int?]
    package var perOfficer: [Officer]
    package var quarters: [Quarter]

    package init(_ kpis: CaseKPIs) {
        suppressedBelow = CaseKPIs.threshold
        open = kpis.openTotal.value
        closed = kpis.closedTotal.value
        openByTypeAndAge = Dictionary(
            uniqueKeysWithValues: kpis.openByTypeAndAge.map { row in
                (
                    row.type.rawValue,
                    Dictionary(
                        uniqueKeysWithValues: zip(CaseKPIs.AgeBand.allCases, row.bands).map { ($0.rawValue, $1.value) })
                )
            })
        // the number of cases a median is over is itself a count: hidden when small
        func median(_ value: (median: Double?, cases: Int)) -> Median {
            Median(
                medianDays: value.median,
                cases: value.cases >= CaseKPIs.threshold || value.cases == 0 ? value.cases : nil)
        }
        timeToAcknowledge = median(kpis.daysToAcknowledge)
        timeToDecide = median(kpis.daysToDecide)
        deadlines = Dictionary(uniqueKeysWithValues: kpis.deadlines.map { ($0.state.rawValue, $0.count.value) })
        outcomes = Dictionary(uniqueKeysWithValues: kpis.outcomes.map { ($0.outcome.rawValue, $0.count.value) })
        perOfficer = kpis.perOfficer.map { Officer(officer: $0.officer, open: $0.open.value, closed: $0.closed.value) }
        quarters = kpis.quarters.map { Quarter(quarter: $0.quarter, opened: $0.opened.value, closed: $0.closed.value) }
    }
}
