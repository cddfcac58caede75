import ChanceryKit
import ChancerySpine

/// Every competition's funnel, newest deadline first.
package struct ReportsOverviewPage: PageModel {
    package struct Row {
        package var href: String
        package var title: String
        package var number: String
        package var state: String
        package var deadline: String
        package var counts: [String]
    }

    package var t: [String: String]
    package var heading: String
    package var csv: String
    package var showWorkload: Bool
    package var stages: [String]
    package var hasRows: Bool
    package var rows: [Row]
}

/// One competition's report.
package struct VacancyReportPage: PageModel {
    package struct FunnelRow {
        package var stage: String
        package var count: Int
        package var percent: String
        package var of: Int
    }

    package struct TimeRow {
        package var stage: String
        package var stays: String
        package var median: String
        package var longest: String
    }

    package struct CountRow {
        package var value: String
        package var cells: [String]
    }

    package var t: [String: String]
    package var heading: String
    package var vacancyHref: String
    package var csv: String
    package var funnel: [FunnelRow]
    package var rejected: String
    package var hasTimes: Bool
    package var times: [TimeRow]
    package var timeToHire: TimeRow?
    package var distributionStages: [String]
    package var suppressedNote: String
    package var hasApplications: Bool
    package var nationality: [CountRow]
    package var gender: [CountRow]
    package var sources: [CountRow]
}

/// The year's work per person.
package struct WorkloadPage: PageModel {
    package struct Row {
        package var name: String
        package var moves: String
        package var marks: String
        package var letters: String
        package var total: String
    }

    package var t: [String: String]
    package var heading: String
    package var previous: String
    package var next: String
    package var csv: String
    package var hasRows: Bool
    package var rows: [Row]
}

/// The head's dashboard: the day's figures, each a link where a page lists them, and the running competitions.
package struct RecruitmentDashboardPage: PageModel {
    package struct Figure {
        package var id: String
        package var label: String
        package var value: String
        package var href: String?
    }

    package var t: [String: String]
    package var heading: String
    package var figures: [Figure]
    package var stages: [String]
    package var hasRunning: Bool
    package var running: [ReportsOverviewPage.Row]
    package var showWorkload: Bool
}

/// The labels of the report pages: `recruitment.reports.x.y` is `t.x_y`.
enum ReportPageText {
    static let keys = [
        "intro", "csv", "workloadLink", "overviewLink", "dashboardLink", "col.competition", "col.number", "col.state",
        "col.deadline", "empty", "back", "funnel", "funnelIntro", "col.stage", "col.count", "col.share", "rejected",
        "times", "timesIntro", "col.stays", "col.median", "col.longest", "timesEmpty", "timeToHire", "noHire",
        "nationality", "gender", "sources", "col.value", "noApplications", "workloadIntro", "col.person",
        "col.moves", "col.marks", "col.letters", "col.total", "workloadEmpty", "previous", "next", "running",
        "runningEmpty", "dashboardIntro",
    ]

    static func labels(_ t: Localizer) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: keys.map {
                ($0.replacingOccurrences(of: ".", with: "_"), t("recruitment.reports.\($0)"))
            })
    }
}

/// The report pages' templates.
enum ReportTemplates {
    static let all: [(String, String)] = [
        ("recruitment-reports", overview), ("recruitment-report", report), ("recruitment-workload", workload),
        ("recruitment-dashboard", dashboard),
    ]

    static let funnelTable = """
        <table id="{{tableId}}" class="report-table">
          <thead><tr><th scope="col">{{t.col_competition}}</th><th scope="col">{{t.col_state}}</th><th scope="col">{{t.col_deadline}}</th>{{#stages}}<th scope="col">{{.}}</th>{{/stages}}</tr></thead>
          <tbody>{{#rows}}<tr><td><a href="{{href}}">{{title}}</a>{{#number}}<br><span class="muted">{{.}}</span>{{/number}}</td><td>{{state}}</td><td>{{deadline}}</td>{{#counts}}<td>{{.}}</td>{{/counts}}</tr>{{/rows}}</tbody>
        </table>
        """

    static let overview = """
        <h1 id="page-title">{{heading}}</h1>
        <p class="lead">{{t.intro}}</p>
        <p><a id="reports-csv" href="{{csv}}">{{t.csv}}</a> · <a id="dashboard-link" href="/recruitment/dashboard">{{t.dashboardLink}}</a>{{#showWorkload}} · <a id="workload-link" href="/recruitment/reports/workload">{{t.workloadLink}}</a>{{/showWorkload}}</p>
        {{#hasRows}}
        """ + funnelTable.replacingOccurrences(of: "{{tableId}}", with: "reports") + """
            {{/hasRows}}
            {{^hasRows}}<p id="reports-empty">{{t.empty}}</p>{{/hasRows}}
            """

    static let counts = """
        <table id="{{id}}" class="report-table">
          <thead><tr><th scope="col">{{t.col_value}}</th>{{#distributionStages}}<th scope="col">{{.}}</th>{{/distributionStages}}</tr></thead>
          <tbody>{{#rows}}<tr><th scope="row">{{value}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/rows}}</tbody>
        </table>
        """

    static func counts(_ id: String, _ rows: String) -> String {
        counts.replacingOccurrences(of: "{{id}}", with: id).replacingOccurrences(of: "{{#rows}}", with: "{{#\(rows)}}")
            .replacingOccurrences(of: "{{/rows}}", with: "{{/\(rows)}}")
    }

    static let report = """
        <p><a id="back-to-reports" href="/recruitment/reports">{{t.back}}</a> · <a id="vacancy-link" href="{{vacancyHref}}">{{heading}}</a></p>
        <h1 id="page-title">{{heading}}</h1>
        <p><a id="report-csv" href="{{csv}}">{{t.csv}}</a></p>
        <section aria-labelledby="funnel-heading">
          <h2 id="funnel-heading">{{t.funnel}}</h2>
          <p class="help">{{t.funnelIntro}}</p>
          <table id="funnel" class="report-table">
            <thead><tr><th scope="col">{{t.col_stage}}</th><th scope="col">{{t.col_count}}</th><th scope="col">{{t.col_share}}</th></tr></thead>
            <tbody>{{#funnel}}<tr><th scope="row">{{stage}}</th><td>{{count}}</td><td><meter min="0" max="{{of}}" value="{{count}}"></meter> {{percent}}</td></tr>{{/funnel}}</tbody>
          </table>
          <p id="rejected">{{rejected}}</p>
        </section>
        <section aria-labelledby="times-heading">
          <h2 id="times-heading">{{t.times}}</h2>
          <p class="help">{{t.timesIntro}}</p>
          {{#hasTimes}}
          <table id="stage-times" class="report-table">
            <thead><tr><th scope="col">{{t.col_stage}}</th><th scope="col">{{t.col_stays}}</th><th scope="col">{{t.col_median}}</th><th scope="col">{{t.col_longest}}</th></tr></thead>
            <tbody>{{#times}}<tr><th scope="row">{{stage}}</th><td>{{stays}}</td><td>{{median}}</td><td>{{longest}}</td></tr>{{/times}}</tbody>
          </table>
          {{/hasTimes}}
          {{^hasTimes}}<p id="times-empty">{{t.timesEmpty}}</p>{{/hasTimes}}
          <h3 id="hire-heading">{{t.timeToHire}}</h3>
          {{#timeToHire}}<p id="time-to-hire">{{stays}} · {{median}} · {{longest}}</p>{{/timeToHire}}
          {{^timeToHire}}<p id="time-to-hire">{{t.noHire}}</p>{{/timeToHire}}
        </section>
        {{#hasApplications}}
        <section aria-labelledby="nationality-heading">
          <h2 id="nationality-heading">{{t.nationality}}</h2>
          <p class="help" id="suppressed-note">{{suppressedNote}}</p>
        """ + counts("nationality", "nationality") + """
            </section>
            <section aria-labelledby="gender-heading">
              <h2 id="gender-heading">{{t.gender}}</h2>
            """ + counts("gender", "gender") + """
            </section>
            <section aria-labelledby="sources-heading">
              <h2 id="sources-heading">{{t.sources}}</h2>
              <table id="sources" class="report-table">
                <thead><tr><th scope="col">{{t.col_value}}</th><th scope="col">{{t.col_count}}</th></tr></thead>
                <tbody>{{#sources}}<tr><th scope="row">{{value}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/sources}}</tbody>
              </table>
            </section>
            {{/hasApplications}}
            {{^hasApplications}}<p id="no-applications">{{t.noApplications}}</p>{{/hasApplications}}
            """

    static let workload = """
        <p><a id="back-to-reports" href="/recruitment/reports">{{t.back}}</a></p>
        <h1 id="page-title">{{heading}}</h1>
        <p class="lead">{{t.workloadIntro}}</p>
        <p><a id="previous-year" href="{{previous}}">{{t.previous}}</a> · <a id="next-year" href="{{next}}">{{t.next}}</a> · <a id="workload-csv" href="{{csv}}">{{t.csv}}</a></p>
        {{#hasRows}}
        <table id="workload" class="report-table">
          <thead><tr><th scope="col">{{t.col_person}}</th><th scope="col">{{t.col_moves}}</th><th scope="col">{{t.col_marks}}</th><th scope="col">{{t.col_letters}}</th><th scope="col">{{t.col_total}}</th></tr></thead>
          <tbody>{{#rows}}<tr><th scope="row">{{name}}</th><td>{{moves}}</td><td>{{marks}}</td><td>{{letters}}</td><td>{{total}}</td></tr>{{/rows}}</tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="workload-empty">{{t.workloadEmpty}}</p>{{/hasRows}}
        """

    static let dashboard = """
        <h1 id="page-title">{{heading}}</h1>
        <p class="lead">{{t.dashboardIntro}}</p>
        <p><a id="reports-link" href="/recruitment/reports">{{t.overviewLink}}</a>{{#showWorkload}} · <a id="workload-link" href="/recruitment/reports/workload">{{t.workloadLink}}</a>{{/showWorkload}}</p>
        <ul id="figures" class="figures">
        {{#figures}}<li id="figure-{{id}}"><span class="figure-label">{{label}}</span> <span class="figure-value">{{#href}}<a href="{{href}}">{{value}}</a>{{/href}}{{^href}}{{value}}{{/href}}</span></li>{{/figures}}
        </ul>
        <h2 id="running-heading">{{t.running}}</h2>
        {{#hasRunning}}
        """
        + funnelTable.replacingOccurrences(of: "{{tableId}}", with: "running").replacingOccurrences(
            of: "{{#rows}}", with: "{{#running}}"
        ).replacingOccurrences(of: "{{/rows}}", with: "{{/running}}") + """
            {{/hasRunning}}
            {{^hasRunning}}<p id="running-empty">{{t.runningEmpty}}</p>{{/hasRunning}}
            """
}
