import ChancerySpine

/// The screening pages' Mustache templates: a vacancy's screening list and an application's screening form.
package enum ScreeningTemplates {
    package static let all: [(String, String)] = [
        ("recruitment-screening", list), ("recruitment-screening-application", application),
    ]

    package static let list =
        RecruitmentTemplates.messages + """
            <h1 id="page-title">{{t.screening}}{{t.colon}} {{vacancyTitle}}</h1>
            <p><a id="vacancy-link" href="/recruitment/vacancies/{{vacancyID}}">{{t.vacancy}}</a></p>
            <form id="screening-filter" method="get" action="/recruitment/vacancies/{{vacancyID}}/screening" class="inline-form" role="search">
              <label for="filter-stage">{{t.stage}}</label>
              <select id="filter-stage" name="stage">{{#stages}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/stages}}</select>
              <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
              <button id="screening-filter-submit" type="submit">{{t.filter}}</button>
            </form>
            <form id="bulk-form" method="post" action="/recruitment/vacancies/{{vacancyID}}/screening/bulk">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <input type="hidden" name="filter" value="{{stageFilter}}"><input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
            {{#hasApplications}}
            <table id="screening-list">
              <thead><tr><th scope="col">{{t.select}}</th>{{> list-headers}}<th scope="col">{{t.screen}}</th></tr></thead>
              <tbody>
              {{#applications}}<tr id="application-{{id}}"><td><input type="checkbox" id="select-{{id}}" name="select-{{id}}" value="1" aria-label="{{selectLabel}}"{{#checked}} checked{{/checked}}></td><td><a href="/recruitment/applications/{{id}}">{{reference}}</a></td><td>{{candidate}}</td><td>{{nationality}}</td><td>{{submitted}}</td><td class="marks">{{marks}}</td><td class="stage">{{stage}}</td><td><a id="screen-{{id}}" href="/recruitment/applications/{{id}}/screening">{{t.screen}}</a></td></tr>{{/applications}}
              </tbody>
            </table>
            {{/hasApplications}}
            {{^hasApplications}}<p id="screening-empty">{{t.noApplications}}</p>{{/hasApplications}}
            <fieldset id="bulk-selection"\(FormErrors.marks("bulk-selection"))>
              <legend>{{t.bulkHeading}}</legend>
              <p class="help" id="bulk-help">{{t.bulkHelp}}</p>\(FormErrors.sentence("bulk-selection"))
              <p><label for="bulk-stage">{{t.moveTo}}</label>
              <select id="bulk-stage" name="stage"\(FormErrors.marks("bulk-stage"))>{{#moves}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/moves}}</select>\(FormErrors.sentence("bulk-stage"))</p>
              <p class="stacked"><label for="bulk-reason">{{t.reason}}</label>
              <textarea id="bulk-reason" name="reason" rows="2" cols="60" maxlength="1000"\(FormErrors.marks("bulk-reason", help: "bulk-reason-help"))>{{reason}}</textarea> <span id="bulk-reason-help" class="help">{{t.reasonHelp}}</span>\(FormErrors.sentence("bulk-reason"))</p>
              <p><button id="bulk-submit" type="submit">{{t.apply}}</button></p>
            </fieldset>
            </form>
            {{> list-pager}}
            """

    package static let application =
        RecruitmentTemplates.messages + """
            <h1 id="page-title">{{t.screening}}{{t.colon}} {{reference}}</h1>
            <p><a id="back-link" href="/recruitment/vacancies/{{vacancyID}}/screening">{{t.backToList}}</a></p>
            <dl id="application-summary">
              <dt>{{t.application}}</dt><dd><a id="application-link" href="/recruitment/applications/{{id}}">{{reference}}</a></dd>
              <dt>{{t.candidate}}</dt><dd id="candidate">{{candidate}}{{#isInternal}} ({{t.internal}}){{/isInternal}}</dd>
              <dt>{{t.nationality}}</dt><dd>{{nationality}}</dd>
              <dt>{{t.submitted}}</dt><dd>{{submitted}}</dd>
              <dt>{{t.vacancy}}</dt><dd><a href="/recruitment/vacancies/{{vacancyID}}">{{vacancyTitle}}</a></dd>
              <dt>{{t.currentStage}}</dt><dd id="current-stage">{{stage}}</dd>
              {{#reason}}<dt>{{t.stageReason}}</dt><dd id="stage-reason">{{reason}}</dd>{{/reason}}
            </dl>
            <h2 id="criteria-heading">{{t.criteria}}</h2>
            {{#hasCriteria}}
            <form id="marks-form" method="post" action="/recruitment/applications/{{id}}/screening/marks">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              {{#criteria}}
              <fieldset id="criterion-{{number}}">
                <legend>{{label}}</legend>
                <p id="criterion-{{number}}-text">{{text}}</p>
                <p><label for="mark-{{number}}">{{t.mark}}</label>
                <select id="mark-{{number}}" name="mark-{{number}}"{{#markError}} aria-invalid="true" aria-describedby="mark-{{number}}-error"{{/markError}}>{{#marks}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/marks}}</select>{{#markError}}<p class="error help" id="mark-{{number}}-error">{{.}}</p>{{/markError}}</p>
                <p class="stacked"><label for="note-{{number}}">{{t.note}}</label>
                <textarea id="note-{{number}}" name="note-{{number}}" rows="2" cols="60"{{#noteError}} aria-invalid="true" aria-describedby="note-{{number}}-error"{{/noteError}}>{{note}}</textarea>{{#noteError}}<p class="error help" id="note-{{number}}-error">{{.}}</p>{{/noteError}}</p>
              </fieldset>
              {{/criteria}}
              <p><button id="marks-submit" type="submit"\(FormErrors.marks("marks-submit"))>{{t.saveMarks}}</button>\(FormErrors.sentence("marks-submit"))</p>
            </form>
            {{/hasCriteria}}
            {{^hasCriteria}}<p id="no-criteria" class="muted">{{t.noCriteria}}</p>{{/hasCriteria}}
            <h2 id="stage-heading">{{t.stageHeading}}</h2>
            {{#hasMoves}}
            <form id="stage-form" method="post" action="/recruitment/applications/{{id}}/screening/stage">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <p><label for="stage">{{t.moveTo}}</label>
              <select id="stage" name="stage"\(FormErrors.marks("stage"))>{{#moves}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/moves}}</select>\(FormErrors.sentence("stage"))</p>
              <p class="stacked"><label for="reason">{{t.reason}}</label>
              <textarea id="reason" name="reason" rows="2" cols="60" maxlength="1000"\(FormErrors.marks("reason", help: "reason-help"))>{{typedReason}}</textarea> <span id="reason-help" class="help">{{t.reasonHelp}}</span>\(FormErrors.sentence("reason"))</p>
              <p><button id="stage-submit" type="submit">{{t.move}}</button></p>
            </form>
            {{/hasMoves}}
            {{^hasMoves}}<p id="no-moves" class="muted">{{t.noMoves}}</p>{{/hasMoves}}
            """
}
