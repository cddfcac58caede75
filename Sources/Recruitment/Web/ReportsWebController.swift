import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The report pages: every competition's funnel (`/recruitment/reports`), one competition's report
/// (`/recruitment/reports/{id}`), the year's workload per person (the head) and the head's dashboard, each list with
/// its CSV.
package struct ReportsWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/recruitment/reports", use: overview)
        group.get("/recruitment/reports/workload", use: workload)
        group.get("/recruitment/reports/{id}", use: report)
        group.get("/recruitment/dashboard", use: dashboard)
    }

    static func wantsCSV(_ request: Request) throws -> Bool {
        guard let format = request.uri.queryParameters["format"].map(String.init) else { return false }
        guard format == "csv" else { throw AppError.invalidQuery("format", reasonKey: "list.reason.format") }
        return true
    }

    static func stageNames(_ t: Localizer) -> [String] {
        FunnelStage.allCases.map { t("recruitment.funnel.\($0.rawValue)") }
    }

    static func row(_ row: RecruitmentReportStore.FunnelRow, _ t: Localizer) -> ReportsOverviewPage.Row {
        ReportsOverviewPage.Row(
            href: "/recruitment/reports/\(row.vacancy.id)",
            title: VacancyTitle.in(t.language, english: row.vacancy.title, french: row.titleFrench),
            number: row.vacancyNumber ?? "",
            state: t("recruitment.state.\(row.vacancy.state)"),
            deadline: row.deadlineAt.map(HeadquartersCalendar.day) ?? "", counts: row.counts.map(String.init))
    }

    // MARK: every competition

    @Sendable package func overview(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let export = try Self.wantsCSV(request)
        let rows = try await chancery.recruitmentReports.overview(export: export, by: context.principal)
        let label = chancery.objects.dominantLabel(of: rows.map(\.vacancy))
        if export {
            return CSVTable(
                banner: t.banner(label),
                header: ["col.competition", "col.number", "col.state", "col.deadline"].map {
                    t("recruitment.reports.\($0)")
                } + Self.stageNames(t),
                rows: rows.map { row in
                    let shown = Self.row(row, t)
                    return [shown.title, shown.number, shown.state, row.deadlineAt.map(HeadquartersCalendar.day) ?? ""]
                        + shown.counts
                }
            ).response(name: "recruitment-reports", label: label)
        }
        let model = ReportsOverviewPage(
            t: ReportPageText.labels(t), heading: t("recruitment.reports.title"),
            csv: "/recruitment/reports?format=csv", showWorkload: Self.seesWorkload(context.principal),
            stages: Self.stageNames(t), hasRows: !rows.isEmpty, rows: rows.map { Self.row($0, t) })
        return PageRenderer.response(
            "recruitment-reports", model,
            frame: frame(model.heading, label: label, path: "/recruitment/reports", context))
    }

    static func seesWorkload(_ principal: Principal) -> Bool {
        !RecruitmentReportStore.supervisors.isDisjoint(with: principal.roles)
    }

    // MARK: one competition

    @Sendable package func report(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try VacanciesWebController.id(context)
        let t = context.localizer
        let export = try Self.wantsCSV(request)
        let report = try await chancery.recruitmentReports.report(of: id, export: export, by: context.principal)
        let label = report.vacancy.object.label
        if export {
            return CSVTable(
                banner: t.banner(label),
                header: ["section", "item", "stage", "value"].map { t("recruitment.reports.csv.\($0)") },
                rows: Self.csvRows(report, t)
            ).response(name: "recruitment-report-\(report.vacancy.vacancyNumber ?? id)", label: label)
        }
        let rule = SmallCounts()
        let applied = max(1, report.funnel.first?.count ?? 0)
        let model = VacancyReportPage(
            t: ReportPageText.labels(t),
            heading: t("recruitment.reports.vacancyTitle", ["title": report.vacancy.title(in: t.language)]),
            vacancyHref: "/recruitment/vacancies/\(id)", csv: "/recruitment/reports/\(id)?format=csv",
            funnel: report.funnel.map {
                VacancyReportPage.FunnelRow(
                    stage: t("recruitment.funnel.\($0.stage.rawValue)"), count: $0.count,
                    percent: Self.percent($0.count, of: applied, t), of: applied)
            },
            rejected: t("recruitment.reports.rejected", ["count": String(report.rejected)]),
            hasTimes: !report.stageTimes.isEmpty,
            times: report.stageTimes.map {
                VacancyReportPage.TimeRow(
                    stage: t("recruitment.funnel.\($0.stage.rawValue)"), stays: String($0.stays),
                    median: Self.days($0.medianDays, t), longest: Self.days($0.longestDays, t))
            },
            timeToHire: report.timeToHire.map {
                VacancyReportPage.TimeRow(
                    stage: "", stays: t("recruitment.reports.hires", ["count": String($0.count)]),
                    median: t("recruitment.reports.median", ["days": Self.days($0.medianDays, t)]),
                    longest: t("recruitment.reports.longest", ["days": Self.days($0.longestDays, t)]))
            },
            distributionStages: RecruitmentReport.distributionStages.map { t("recruitment.funnel.\($0.rawValue)") },
            suppressedNote: t(
                "recruitment.reports.suppressed",
                ["below": String(rule.threshold - 1), "threshold": String(rule.threshold)]),
            hasApplications: report.funnel.first.map { $0.count > 0 } ?? false,
            nationality: report.nationality.map {
                .init(value: t("nation.\($0.value)"), cells: $0.counts.map { Self.shown($0, t) })
            },
            gender: report.gender.map {
                .init(value: Self.gender($0.value, t), cells: $0.counts.map { Self.shown($0, t) })
            },
            sources: report.sources.map {
                .init(value: Self.source($0.source, t), cells: [String($0.count)])
            })
        return PageRenderer.response(
            "recruitment-report", model,
            frame: frame(model.heading, label: label, path: "/recruitment/reports", context))
    }

    /// The report as CSV records: section, item, stage, value.
    static func csvRows(_ report: RecruitmentReport, _ t: Localizer) -> [[String]] {
        let funnel = t("recruitment.reports.funnel")
        let times = t("recruitment.reports.times")
        var rows: [[String]] = report.funnel.map {
            [
                funnel, t("recruitment.reports.col.count"), t("recruitment.funnel.\($0.stage.rawValue)"),
                String($0.count),
            ]
        }
        rows.append([funnel, t("recruitment.reports.csv.rejected"), "", String(report.rejected)])
        for time in report.stageTimes {
            let stage = t("recruitment.funnel.\(time.stage.rawValue)")
            rows.append([times, t("recruitment.reports.csv.stays"), stage, String(time.stays)])
            rows.append([times, t("recruitment.reports.csv.medianDays"), stage, Self.number(time.medianDays, t)])
            rows.append([times, t("recruitment.reports.csv.longestDays"), stage, Self.number(time.longestDays, t)])
        }
        if let hire = report.timeToHire {
            let section = t("recruitment.reports.timeToHire")
            rows.append([section, t("recruitment.reports.csv.stays"), "", String(hire.count)])
            rows.append([section, t("recruitment.reports.csv.medianDays"), "", Self.number(hire.medianDays, t)])
            rows.append([section, t("recruitment.reports.csv.longestDays"), "", Self.number(hire.longestDays, t)])
        }
        for (section, values, name) in [
            (t("recruitment.reports.nationality"), report.nationality, { t("nation.\($0)") }),
            (t("recruitment.reports.gender"), report.gender, { Self.gender($0, t) }),
        ] as [(String, [RecruitmentReport.Distribution], (String) -> String)] {
            for value in values {
                for (stage, count) in zip(RecruitmentReport.distributionStages, value.counts) {
                    rows.append([
                        section, name(value.value), t("recruitment.funnel.\(stage.rawValue)"), shown(count, t),
                    ])
                }
            }
        }
        rows += report.sources.map {
            [t("recruitment.reports.sources"), Self.source($0.source, t), "", String($0.count)]
        }
        return rows
    }

    static func shown(_ count: ShownCount, _ t: Localizer) -> String {
        count.value.map(String.init)
            ?? t("recruitment.reports.fewer", ["threshold": String(SmallCounts().threshold)])
    }

    static func gender(_ value: String, _ t: Localizer) -> String {
        value == CandidateGender.undisclosed.rawValue
            ? t("recruitment.reports.notStated") : t("recruitment.gender.\(value)")
    }

    static func source(_ source: CandidateSource, _ t: Localizer) -> String {
        source == .undisclosed ? t("recruitment.reports.notStated") : t("recruitment.source.\(source.rawValue)")
    }

    /// A number with one decimal, as each language writes it ("12.5", « 12,5 »).
    static func number(_ value: Double, _ t: Localizer) -> String {
        let text = String(format: "%.1f", value)
        return t.language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func days(_ value: Double, _ t: Localizer) -> String {
        t("recruitment.reports.days", ["days": number(value, t)])
    }

    static func percent(_ count: Int, of total: Int, _ t: Localizer) -> String {
        let value = Int((Double(count) * 100 / Double(total)).rounded())
        return t.language == .fr ? "\(value)\u{202F}%" : "\(value)%"
    }

    // MARK: workload

    @Sendable package func workload(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let year = try TravelController.year(request)
        let export = try Self.wantsCSV(request)
        let rows = try await chancery.recruitmentReports.workload(year: year, export: export, by: context.principal)
        if export {
            return CSVTable(
                banner: t.banner(RecruitmentOffice.label()),
                header: ["person", "moves", "marks", "letters", "total"].map { t("recruitment.reports.col.\($0)") },
                rows: rows.map { [$0.name, String($0.moves), String($0.marks), String($0.letters), String($0.total)] }
            ).response(name: "recruitment-workload-\(year)", label: RecruitmentOffice.label())
        }
        let model = WorkloadPage(
            t: ReportPageText.labels(t), heading: t("recruitment.reports.workloadTitle", ["year": String(year)]),
            previous: "/recruitment/reports/workload?year=\(max(2000, year - 1))",
            next: "/recruitment/reports/workload?year=\(min(2100, year + 1))",
            csv: "/recruitment/reports/workload?year=\(year)&format=csv", hasRows: !rows.isEmpty,
            rows: rows.map {
                .init(
                    name: $0.name, moves: String($0.moves), marks: String($0.marks), letters: String($0.letters),
                    total: String($0.total))
            })
        return PageRenderer.response(
            "recruitment-workload", model,
            frame: frame(model.heading, label: RecruitmentOffice.label(), path: "/recruitment/reports", context))
    }

    // MARK: the dashboard

    @Sendable package func dashboard(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let board = try await chancery.recruitmentReports.dashboard(by: context.principal)
        let year = ["year": String(board.year)]
        let assistant = !RecruitmentOffice.assistants.isDisjoint(with: context.principal.roles)
        func figure(_ id: String, _ label: String, _ value: Int, _ href: String? = nil)
            -> RecruitmentDashboardPage.Figure
        {
            .init(id: id, label: label, value: String(value), href: assistant ? href : nil)
        }
        let figures = [
            figure(
                "published", t("recruitment.reports.figure.published"), board.states[.published] ?? 0,
                "/recruitment/vacancies?state=published"),
            figure(
                "closed", t("recruitment.reports.figure.closed"), board.states[.closed] ?? 0,
                "/recruitment/vacancies?state=closed"),
            figure("received", t("recruitment.reports.figure.received", year), board.receivedThisYear),
            figure("to-screen", t("recruitment.reports.figure.toScreen"), board.toScreen, "/work"),
            figure("offers", t("recruitment.reports.figure.offers"), board.offersAwaitingAnswer),
            figure(
                "reserve",
                t("recruitment.reports.figure.reserve", ["days": String(RecruitmentReportStore.reserveNotice)]),
                board.reserveExpiringSoon),
            figure("appointed", t("recruitment.reports.figure.appointed", year), board.appointedThisYear),
            RecruitmentDashboardPage.Figure(
                id: "time-to-hire", label: t("recruitment.reports.figure.timeToHire", year),
                value: board.timeToHire.map { Self.days($0.medianDays, t) } ?? t("recruitment.reports.none"),
                href: nil),
        ]
        let model = RecruitmentDashboardPage(
            t: ReportPageText.labels(t), heading: t("recruitment.reports.dashboardTitle"), figures: figures,
            stages: Self.stageNames(t), hasRunning: !board.running.isEmpty,
            running: board.running.map { Self.row($0, t) },
            showWorkload: Self.seesWorkload(context.principal))
        return PageRenderer.response(
            "recruitment-dashboard", model,
            frame: frame(
                model.heading, label: chancery.objects.dominantLabel(of: board.running.map(\.vacancy)),
                path: "/recruitment/dashboard", context))
    }
}
