import ChancerySpine

/// The templates of the office's pages. Every form lists its errors at once (`form-errors`), each field marked
/// `aria-invalid` and described by its own sentence.
enum HRTemplates {
    static let all: [(String, String)] = [
        ("hr-cases", cases), ("hr-case-new", newCase), ("hr-case", hrCase), ("hr-memo", memo), ("hr-kpis", kpis),
    ]

    static let messages = """
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#errors}}{{> form-errors}}{{/errors}}
        """

    static let cases =
        messages + """
            <h1 id="page-title">{{t.cases}}</h1>
            <p><a id="new-case-link" href="/hr/cases/new">{{t.newCase}}</a></p>
            <form id="case-filter" method="get" action="/hr/cases" class="inline-form" role="search">
              <label for="filter-type">{{t.type}}</label>
              <select id="filter-type" name="type">{{#types}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/types}}</select>
              <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
              <button id="case-filter-submit" type="submit">{{t.filter}}</button>
            </form>
            {{#hasCases}}
            <table id="case-list">
              <thead><tr>{{> list-headers}}</tr></thead>
              <tbody>
              {{#cases}}<tr id="case-{{id}}"><td>{{openedOn}}</td><td><a href="/hr/cases/{{id}}">{{title}}</a></td><td>{{type}}</td><td>{{state}}</td></tr>{{/cases}}
              </tbody>
            </table>
            {{/hasCases}}
            {{^hasCases}}<p id="case-empty">{{t.noCases}}</p>{{/hasCases}}
            {{> list-pager}}
            """

    static let newCase =
        messages + """
            <h1 id="page-title">{{t.newCase}}</h1>
            <p class="lead">{{t.newCaseIntro}}</p>
            <form id="case-form" method="post" action="/hr/cases" class="form-grid" novalidate>
              <input type="hidden" name="_csrf" value="{{csrf}}">
              \(AdminFormTemplates.select("type", "type", options: "types"))
              \(AdminFormTemplates.field("title", "title", max: HRCaseStore.maximumTitle))
              \(AdminFormTemplates.field("complainant", "complainant", max: 64, help: "partyHelp"))
              \(AdminFormTemplates.field("respondent", "respondent", max: 64, help: "respondentHelp"))
              <label for="decisionWhat">{{t.decisionWhat}}</label>
              <textarea id="decisionWhat" name="decisionWhat" rows="3" cols="60" maxlength="\(HRCaseStore.maximumDecision)"\(FormErrors.marks("decisionWhat"))>{{values.decisionWhat}}</textarea>
              \(FormErrors.sentence("decisionWhat"))
              \(AdminFormTemplates.field("decisionBy", "decisionBy", max: HRCaseStore.maximumDecision))
              <label for="decisionNotifiedOn">{{t.decisionNotifiedOn}}</label>
              <input id="decisionNotifiedOn" name="decisionNotifiedOn" type="date" value="{{values.decisionNotifiedOn}}"\(FormErrors.marks("decisionNotifiedOn", help: "decisionNotifiedOn-help"))>
              <p class="help" id="decisionNotifiedOn-help">{{t.notifiedHelp}}</p>
              \(FormErrors.sentence("decisionNotifiedOn"))
              <label for="articles">{{t.articles}}</label>
              <textarea id="articles" name="articles" rows="3" cols="40"\(FormErrors.marks("articles", help: "articles-help"))>{{values.articles}}</textarea>
              <p class="help" id="articles-help">{{t.articlesHelp}}</p>
              \(FormErrors.sentence("articles"))
              \(AdminFormTemplates.select("classification", "classification", options: "classifications", help: "classificationHelp"))
              <button id="case-submit" type="submit">{{t.open}}</button>
            </form>
            """

    static let hrCase =
        messages + """
            <h1 id="page-title">{{title}}</h1>
            <p><a id="cases-link" href="/hr/cases">{{t.backToCases}}</a></p>
            <section class="card" aria-labelledby="case-heading">
              <h2 id="case-heading">{{t.caseDetails}}</h2>
              <dl id="case-details">
                <dt>{{t.type}}</dt><dd id="case-type">{{type}}</dd>
                <dt>{{t.state}}</dt><dd id="case-state">{{state}}</dd>
                <dt>{{t.openedOn}}</dt><dd id="case-opened">{{openedOn}}</dd>
                {{#outcome}}<dt>{{t.outcome}}</dt><dd id="case-outcome">{{outcome}}</dd>{{/outcome}}
                <dt>{{t.classification}}</dt><dd id="case-banner">{{banner}}</dd>
              </dl>
            </section>
            <section class="card" aria-labelledby="decision-heading">
              <h2 id="decision-heading">{{t.decision}}</h2>
              <dl id="case-decision">
                <dt>{{t.decisionWhat}}</dt><dd>{{#decisionWhat}}{{.}}{{/decisionWhat}}{{^decisionWhat}}{{t.none}}{{/decisionWhat}}</dd>
                <dt>{{t.decisionBy}}</dt><dd>{{#decisionBy}}{{.}}{{/decisionBy}}{{^decisionBy}}{{t.none}}{{/decisionBy}}</dd>
                <dt>{{t.decisionNotifiedOn}}</dt><dd id="case-notified">{{#decisionNotifiedOn}}{{.}}{{/decisionNotifiedOn}}{{^decisionNotifiedOn}}{{t.none}}{{/decisionNotifiedOn}}</dd>
                <dt>{{t.articles}}</dt><dd id="case-articles">{{#hasArticles}}{{#articles}}<span class="tag">{{.}}</span> {{/articles}}{{/hasArticles}}{{^hasArticles}}{{t.none}}{{/hasArticles}}</dd>
              </dl>
            </section>
            <section class="card" aria-labelledby="deadlines-heading">
              <h2 id="deadlines-heading">{{t.deadlines}}</h2>
              {{#ruleSet}}<p id="case-rule-set" class="help">{{.}}</p>{{/ruleSet}}
              {{#hasDeadlines}}
              <table id="case-deadlines">
                <thead><tr><th scope="col">{{t.step}}</th><th scope="col">{{t.article}}</th><th scope="col">{{t.due}}</th><th scope="col">{{t.state}}</th></tr></thead>
                <tbody>{{#deadlines}}<tr><td>{{step}}</td><td>{{article}}</td><td>{{due}}</td><td>{{#overdue}}<strong>{{state}}</strong>{{/overdue}}{{^overdue}}{{state}}{{/overdue}}</td></tr>
                <tr><td colspan="4" class="help">{{explanation}}</td></tr>{{/deadlines}}</tbody>
              </table>
              {{/hasDeadlines}}
              {{^hasDeadlines}}<p id="case-no-deadlines">{{t.noDeadlines}}</p>{{/hasDeadlines}}
            </section>
            <section class="card" aria-labelledby="timeline-heading">
              <h2 id="timeline-heading">{{t.timeline}}</h2>
              {{#suspended}}<p id="case-suspended" class="notice">{{.}}</p>{{/suspended}}
              <table id="case-timeline">
                <thead><tr><th scope="col">{{t.timelineDay}}</th><th scope="col">{{t.state}}</th><th scope="col">{{t.recordedBy}}</th><th scope="col">{{t.note}}</th></tr></thead>
                <tbody>{{#steps}}<tr><td>{{day}}</td><td>{{step}}</td><td>{{by}}</td><td>{{#note}}{{.}}{{/note}}</td></tr>{{/steps}}</tbody>
              </table>
              {{#stepForm}}
              <h3 id="step-heading">{{t.recordStep}}</h3>
              <form id="step-form" method="post" action="{{action}}" class="form-grid" novalidate>
                <input type="hidden" name="_csrf" value="{{csrf}}">
                <label for="step">{{t.nextStep}}</label>
                <select id="step" name="step"\(FormErrors.marks("step"))>{{#steps}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/steps}}</select>
                \(FormErrors.sentence("step"))
                <label for="on">{{t.on}}</label>
                <input id="on" name="on" type="date" value="{{on}}"\(FormErrors.marks("on", help: "on-help"))>
                <p class="help" id="on-help">{{t.onHelp}}</p>
                \(FormErrors.sentence("on"))
                <label for="outcome">{{t.stepOutcome}}</label>
                <select id="outcome" name="outcome"\(FormErrors.marks("outcome"))>{{#outcomes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/outcomes}}</select>
                \(FormErrors.sentence("outcome"))
                <label for="note">{{t.stepNote}}</label>
                <textarea id="note" name="note" rows="3" cols="60" maxlength="\(CaseStepRequest.maximumNote)"\(FormErrors.marks("note", help: "note-help"))>{{note}}</textarea>
                <p class="help" id="note-help">{{t.stepNoteHelp}}</p>
                \(FormErrors.sentence("note"))
                <button id="step-submit" type="submit">{{t.submitStep}}</button>
              </form>
              {{/stepForm}}
              {{^stepForm}}<p id="case-closed">{{t.closedCase}}</p>{{/stepForm}}
            </section>
            <section class="card" aria-labelledby="hearings-heading">
              <h2 id="hearings-heading">{{t.hearings}}</h2>
              <p><a id="hearings-calendar" href="/hr/hearings.ics">{{t.hearingsCalendar}}</a></p>
              {{#hasHearings}}
              <table id="case-hearings">
                <thead><tr><th scope="col">{{t.timelineDay}}</th><th scope="col">{{t.hearingTimes}}</th><th scope="col">{{t.hearingPlace}}</th></tr></thead>
                <tbody>{{#hearings}}<tr><td>{{day}}</td><td>{{times}}</td><td>{{place}}</td></tr>{{/hearings}}</tbody>
              </table>
              {{/hasHearings}}
              {{^hasHearings}}<p id="case-no-hearings">{{t.noHearings}}</p>{{/hasHearings}}
              {{#hearingForm}}
              <h3 id="hearing-heading">{{t.scheduleHearing}}</h3>
              <form id="hearing-form" method="post" action="{{action}}" class="form-grid" novalidate>
                <input type="hidden" name="_csrf" value="{{csrf}}">
                <label for="hearing-date">{{t.hearingDate}}</label>
                <input id="hearing-date" name="date" type="date" value="{{date}}"\(FormErrors.marks("date"))>
                \(FormErrors.sentence("date"))
                <label for="hearing-start">{{t.hearingStart}}</label>
                <input id="hearing-start" name="start" type="time" value="{{start}}"\(FormErrors.marks("start"))>
                \(FormErrors.sentence("start"))
                <label for="hearing-end">{{t.hearingEnd}}</label>
                <input id="hearing-end" name="end" type="time" value="{{end}}"\(FormErrors.marks("end"))>
                \(FormErrors.sentence("end"))
                <label for="hearing-place">{{t.hearingPlace}}</label>
                <input id="hearing-place" name="place" type="text" maxlength="\(HearingRequest.maximumPlace)" value="{{place}}"\(FormErrors.marks("place"))>
                \(FormErrors.sentence("place"))
                <button id="hearing-submit" type="submit">{{t.hearingSubmit}}</button>
              </form>
              {{/hearingForm}}
            </section>
            <section class="card" aria-labelledby="memos-heading">
              <h2 id="memos-heading">{{t.memos}}</h2>
              {{#hasMemos}}
              <table id="case-memos">
                <thead><tr><th scope="col">{{t.title}}</th><th scope="col">{{t.classification}}</th><th scope="col">{{t.memoCreated}}</th></tr></thead>
                <tbody>{{#memos}}<tr><td><a href="{{href}}">{{title}}</a></td><td>{{banner}}</td><td>{{created}}</td></tr>{{/memos}}</tbody>
              </table>
              {{/hasMemos}}
              {{^hasMemos}}<p id="case-no-memos">{{t.noMemos}}</p>{{/hasMemos}}
              {{#memoForm}}
              <h3 id="memo-draft-heading">{{t.draftMemo}}</h3>
              <form id="memo-form" method="post" action="{{action}}" class="form-grid" novalidate>
                <input type="hidden" name="_csrf" value="{{csrf}}">
                <label for="template">{{t.memoTemplate}}</label>
                <select id="template" name="template"\(FormErrors.marks("template", help: "template-help"))>{{#templates}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/templates}}</select>
                <p class="help" id="template-help">{{t.memoLegalHelp}}</p>
                \(FormErrors.sentence("template"))
                <label for="language">{{t.memoLanguage}}</label>
                <select id="language" name="language"\(FormErrors.marks("language"))>{{#languages}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/languages}}</select>
                \(FormErrors.sentence("language"))
                <button id="memo-submit" type="submit">{{t.draftSubmit}}</button>
              </form>
              {{/memoForm}}
            </section>
            <section class="card" aria-labelledby="parties-heading">
              <h2 id="parties-heading">{{t.parties}}</h2>
              <p class="help">{{t.partiesHelp}}</p>
              <table id="case-parties">
                <thead><tr><th scope="col">{{t.name}}</th><th scope="col">{{t.username}}</th><th scope="col">{{t.part}}</th></tr></thead>
                <tbody>{{#parties}}<tr><td>{{name}}</td><td>{{username}}</td><td>{{part}}</td></tr>{{/parties}}</tbody>
              </table>
            </section>
            """

    static let memo =
        messages + """
            <h1 id="page-title">{{title}}</h1>
            <p><a id="case-link" href="{{caseLink}}">{{t.backToCase}}</a></p>
            <dl id="memo-details">
              <dt>{{t.memoTemplate}}</dt><dd id="memo-template">{{template}}</dd>
              <dt>{{t.memoLanguage}}</dt><dd id="memo-language">{{language}}</dd>
              <dt>{{t.classification}}</dt><dd id="memo-banner">{{banner}}</dd>
              <dt>{{t.memoCreated}}</dt><dd>{{created}}</dd>
            </dl>
            {{#canEdit}}
            <form id="memo-edit" method="post" action="{{action}}" class="form-grid" novalidate>
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <input type="hidden" name="version" value="{{version}}">
              <label for="body">{{t.memoText}}</label>
              <textarea id="body" name="body" rows="24" cols="80" lang="{{lang}}" maxlength="\(HRMemo.maximumBody)"\(FormErrors.marks("body"))>{{body}}</textarea>
              \(FormErrors.sentence("body"))
              <button id="memo-save" type="submit">{{t.memoSave}}</button>
            </form>
            {{/canEdit}}
            {{^canEdit}}<pre id="memo-body" lang="{{lang}}">{{body}}</pre>{{/canEdit}}
            """

    static let kpis = """
        <h1 id="page-title">{{t.kpiTitle}}</h1>
        <p class="lead">{{t.kpiIntro}}</p>
        <p><a id="kpi-csv" href="/hr/kpis?format=csv">{{t.kpiCsv}}</a></p>
        <section class="card" aria-labelledby="kpi-summary-heading">
          <h2 id="kpi-summary-heading">{{t.kpiSummary}}</h2>
          <dl id="kpi-summary">
            <dt>{{t.kpiOpen}}</dt><dd id="kpi-open">{{open}}</dd>
            <dt>{{t.kpiClosed}}</dt><dd id="kpi-closed">{{closed}}</dd>
            <dt>{{t.kpiToAcknowledge}}</dt><dd id="kpi-acknowledge">{{toAcknowledge}}</dd>
            <dt>{{t.kpiToDecide}}</dt><dd id="kpi-decide">{{toDecide}}</dd>
          </dl>
        </section>
        <section class="card" aria-labelledby="kpi-type-heading">
          <h2 id="kpi-type-heading">{{t.kpiByType}}</h2>
          <table id="kpi-by-type">
            <thead><tr><th scope="col">{{t.type}}</th>{{#bands}}<th scope="col">{{.}}</th>{{/bands}}</tr></thead>
            <tbody>{{#byType}}<tr><th scope="row">{{label}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/byType}}</tbody>
          </table>
        </section>
        <section class="card" aria-labelledby="kpi-deadlines-heading">
          <h2 id="kpi-deadlines-heading">{{t.kpiDeadlines}}</h2>
          <table id="kpi-deadlines">
            <thead><tr><th scope="col">{{t.state}}</th><th scope="col">{{t.kpiCount}}</th></tr></thead>
            <tbody>{{#deadlines}}<tr><th scope="row">{{label}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/deadlines}}</tbody>
          </table>
        </section>
        <section class="card" aria-labelledby="kpi-outcomes-heading">
          <h2 id="kpi-outcomes-heading">{{t.kpiOutcomes}}</h2>
          <table id="kpi-outcomes">
            <thead><tr><th scope="col">{{t.outcome}}</th><th scope="col">{{t.kpiCount}}</th></tr></thead>
            <tbody>{{#outcomes}}<tr><th scope="row">{{label}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/outcomes}}</tbody>
          </table>
        </section>
        <section class="card" aria-labelledby="kpi-officers-heading">
          <h2 id="kpi-officers-heading">{{t.kpiOfficers}}</h2>
          {{#hasOfficers}}
          <table id="kpi-officers">
            <thead><tr><th scope="col">{{t.kpiOfficer}}</th><th scope="col">{{t.kpiOpen}}</th><th scope="col">{{t.kpiClosed}}</th></tr></thead>
            <tbody>{{#officers}}<tr><th scope="row">{{label}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/officers}}</tbody>
          </table>
          {{/hasOfficers}}
          {{^hasOfficers}}<p>{{t.noCases}}</p>{{/hasOfficers}}
        </section>
        <section class="card" aria-labelledby="kpi-quarters-heading">
          <h2 id="kpi-quarters-heading">{{t.kpiQuarters}}</h2>
          <table id="kpi-quarters">
            <thead><tr><th scope="col">{{t.kpiQuarters}}</th><th scope="col">{{t.kpiOpened}}</th><th scope="col">{{t.kpiClosedIn}}</th></tr></thead>
            <tbody>{{#quarters}}<tr><th scope="row">{{label}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/quarters}}</tbody>
          </table>
        </section>
        <p class="help" id="suppressed-note">{{suppressedNote}}</p>
        """
}
