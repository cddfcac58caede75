import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The indicators' page and its CSV: counts only, small counts shown as "fewer than 3".
package struct KPIsWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/hr/kpis", use: show)
    }

    static func shown(_ count: ShownCount, _ t: Localizer) -> String {
        count.value.map(String.init) ?? t("hr.kpi.fewer", ["threshold": String(CaseKPIs.threshold)])
    }

    static func median(_ value: (median: Double?, cases: Int), _ t: Localizer) -> String {
        guard let median = value.median else {
            return value.cases == 0 ? t("hr.none") : t("hr.kpi.tooFew", ["threshold": String(CaseKPIs.threshold)])
        }
        let days = median.rounded() == median ? String(Int(median)) : String(format: "%.1f", median)
        return t("hr.kpi.days", ["days": t.language == .fr ? days.replacingOccurrences(of: ".", with: ",") : days])
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try HROffice.require(HROffice.officers, context.principal)
        let t = context.localizer
        let kpis = try await chancery.hrKPIs(by: context.principal)
        let label = HROffice.label()
        let bands = CaseKPIs.AgeBand.allCases.map { t("hr.kpi.age.\($0.rawValue)") }
        let model = KPIsPage(
            open: Self.shown(kpis.openTotal, t), closed: Self.shown(kpis.closedTotal, t),
            toAcknowledge: Self.median(kpis.daysToAcknowledge, t), toDecide: Self.median(kpis.daysToDecide, t),
            bands: bands,
            byType: kpis.openByTypeAndAge.map { row in
                KPIsPage.Row(label: t("hr.type.\(row.type.rawValue)"), cells: row.bands.map { Self.shown($0, t) })
            },
            deadlines: kpis.deadlines.map {
                KPIsPage.Row(label: t("hr.deadline.state.\($0.state.rawValue)"), cells: [Self.shown($0.count, t)])
            },
            outcomes: kpis.outcomes.map {
                KPIsPage.Row(label: t("hr.outcome.\($0.outcome.rawValue)"), cells: [Self.shown($0.count, t)])
            },
            officers: kpis.perOfficer.map {
                KPIsPage.Row(label: $0.officer, cells: [Self.shown($0.open, t), Self.shown($0.closed, t)])
            }, hasOfficers: !kpis.perOfficer.isEmpty,
            quarters: kpis.quarters.map {
                KPIsPage.Row(
                    label: Self.quarterName($0.quarter, t), cells: [Self.shown($0.opened, t), Self.shown($0.closed, t)])
            },
            suppressedNote: t(
                "hr.kpi.suppressed",
                ["below": String(CaseKPIs.threshold - 1), "threshold": String(CaseKPIs.threshold)]))
        if request.uri.queryParameters["format"] == "csv" {
            return CSVTable(
                banner: t.banner(label),
                header: [t("hr.kpi.csv.section"), t("hr.kpi.csv.item"), t("hr.kpi.csv.column"), t("hr.kpi.csv.value")],
                rows: model.csvRows(t)
            ).response(name: "hr.kpis", label: label)
        }
        let parts = HRPageParts(t: HRWebStrings.labels(t), csrf: context.session.csrfToken, notice: nil, errors: nil)
        return PageRenderer.response(
            "hr-kpis", HRPage(parts, model), frame: frame(t("hr.kpi.title"), label: label, path: "/hr/kpis", context))
    }

    /// "2026-Q4" as "Q4 2026", « T4 2026 ».
    static func quarterName(_ quarter: String, _ t: Localizer) -> String {
        let parts = quarter.split(separator: "-Q")
        guard parts.count == 2 else { return quarter }
        return t("hr.kpi.quarter", ["year": String(parts[0]), "quarter": String(parts[1])])
    }
}

/// The indicators as the page and the CSV show them.
package struct KPIsPage {
    package struct Row {
        package var label: String
        package var cells: [String]
    }

    package var open: String
    package var closed: String
    package var toAcknowledge: String
    package var toDecide: String
    package var bands: [String]
    package var byType: [Row]
    package var deadlines: [Row]
    package var outcomes: [Row]
    package var officers: [Row]
    /// Stored, not computed: the templates read a model's stored properties only.
    package var hasOfficers: Bool
    package var quarters: [Row]
    package var suppressedNote: String

    /// One line per figure: section, item, column, value.
    func csvRows(_ t: Localizer) -> [[String]] {
        var rows: [[String]] = [
            [t("hr.kpi.summary"), t("hr.kpi.open"), "", open],
            [t("hr.kpi.summary"), t("hr.kpi.closed"), "", closed],
            [t("hr.kpi.summary"), t("hr.kpi.toAcknowledge"), "", toAcknowledge],
            [t("hr.kpi.summary"), t("hr.kpi.toDecide"), "", toDecide],
        ]
        for row in byType {
            for (band, cell) in zip(bands, row.cells) { rows.append([t("hr.kpi.byType"), row.label, band, cell]) }
        }
        for row in deadlines { rows.append([t("hr.kpi.deadlines"), row.label, "", row.cells[0]]) }
        for row in outcomes { rows.append([t("hr.kpi.outcomes"), row.label, "", row.cells[0]]) }
        for row in officers {
            rows.append([t("hr.kpi.officers"), row.label, t("hr.kpi.open"), row.cells[0]])
            rows.append([t("hr.kpi.officers"), row.label, t("hr.kpi.closed"), row.cells[1]])
        }
        for row in quarters {
            rows.append([t("hr.kpi.quarters"), row.label, t("hr.kpi.opened"), row.cells[0]])
            rows.append([t("hr.kpi.quarters"), row.label, t("hr.kpi.closedIn"), row.cells[1]])
        }
        return rows
    }
}
