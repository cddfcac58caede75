import ChancerySpine

/// The panels' Mustache templates: the list, the composition form and a panel.
package enum PanelTemplates {
    package static let all: [(String, String)] = [
        ("recruitment-panels", panels), ("recruitment-panel-compose", compose), ("recruitment-panel", panel),
    ]

    static let field = """
        {{#error}} aria-invalid="true" aria-describedby="{{field}}-error"{{/error}}
        """

    package static let panels =
        RecruitmentTemplates.messages + """
            <h1 id="page-title">{{t.panels}}</h1>
            {{#canCompose}}
            <form id="panel-new" method="get" action="/recruitment/panels/new" class="inline-form">
              <label for="vacancy">{{t.panelVacancy}}</label>
              <select id="vacancy" name="vacancy">{{#vacancies}}<option value="{{value}}">{{name}}</option>{{/vacancies}}</select>
              <button id="panel-new-submit" type="submit">{{t.panelCompose}}</button>
            </form>
            {{/canCompose}}
            {{#hasPanels}}
            <table id="panel-list">
              <thead><tr><th scope="col">{{t.panelTitle}}</th><th scope="col">{{t.panelReport}}</th></tr></thead>
              <tbody>{{#panels}}<tr id="panel-{{id}}"><td><a href="/recruitment/panels/{{id}}">{{title}}</a></td><td>{{report}}</td></tr>{{/panels}}</tbody>
            </table>
            {{/hasPanels}}
            {{^hasPanels}}<p id="panel-empty">{{t.noPanels}}</p>{{/hasPanels}}
            """

    package static let compose =
        RecruitmentTemplates.messages + """
            <h1 id="page-title">{{t.panelCompose}}{{t.colon}} {{vacancyTitle}}</h1>
            <form id="compose-form" method="post" action="/recruitment/panels">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <input type="hidden" name="vacancyId" value="{{vacancyId}}">
              <fieldset id="members"><legend>{{t.panelMembers}}</legend>
              {{#members}}
              <p><label for="member-{{index}}">{{t.panelUsername}} {{index}}</label>
              <input id="member-{{index}}" name="member-{{index}}" value="{{username}}"{{#error}} aria-invalid="true" aria-describedby="member-{{index}}-error"{{/error}}>
              <label for="seat-{{index}}">{{t.panelSeat}}</label>
              <select id="seat-{{index}}" name="seat-{{index}}">{{#seats}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/seats}}</select>
              {{#error}}<span class="error help" id="member-{{index}}-error">{{error}}</span>{{/error}}</p>
              {{/members}}
              </fieldset>
              <fieldset id="candidates"{{#errors.invalid.candidates}} aria-invalid="true" aria-describedby="candidates-error"{{/errors.invalid.candidates}}><legend>{{t.panelCandidates}}</legend>
              {{#candidates}}<p><input type="checkbox" id="candidate-{{id}}" name="candidate-{{id}}" value="on"{{#checked}} checked{{/checked}}> <label for="candidate-{{id}}">{{name}} ({{reference}})</label></p>{{/candidates}}
              {{^hasCandidates}}<p class="muted">{{t.panelNoApplications}}</p>{{/hasCandidates}}
              \(FormErrors.sentence("candidates"))
              </fieldset>
              <p class="stacked"><label for="competencies">{{t.panelCompetencies}}</label>
              <textarea id="competencies" name="competencies" rows="6" cols="60"\(FormErrors.marks("competencies"))>{{competencies}}</textarea>\(FormErrors.sentence("competencies"))</p>
              \(FormErrors.sentence("members"))
              <p><button id="compose-submit" type="submit">{{t.panelComposeSubmit}}</button></p>
            </form>
            """

    package static let panel =
        RecruitmentTemplates.messages + """
            <h1 id="page-title">{{title}}</h1>
            <h2 id="members-heading">{{t.panelMembers}}</h2>
            <table id="member-list"><thead><tr><th scope="col">{{t.panelMember}}</th><th scope="col">{{t.panelSeat}}</th><th scope="col">{{t.panelDeclarationState}}</th></tr></thead>
            <tbody>{{#members}}<tr><td>{{name}}</td><td>{{seat}}</td><td>{{declaration}}</td></tr>{{/members}}</tbody></table>
            {{#mustDeclare}}
            <h2 id="declaration-heading">{{t.panelDeclaration}}</h2>
            <p id="declaration-text">{{t.panelDeclarationText}}</p>
            <form id="declaration-form" method="post" action="/recruitment/panels/{{id}}/declaration">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <fieldset id="declaration"\(FormErrors.marks("declaration"))><legend>{{t.panelDeclarationChoice}}</legend>
              <p><input type="radio" id="declaration-none" name="declaration" value="no-conflict"> <label for="declaration-none">{{t.panelNoConflict}}</label></p>
              <p><input type="radio" id="declaration-conflict" name="declaration" value="conflict-declared"> <label for="declaration-conflict">{{t.panelConflict}}</label></p>
              </fieldset>\(FormErrors.sentence("declaration"))
              <p class="stacked"><label for="note">{{t.panelConflictNote}}</label>
              <textarea id="note" name="note" rows="3" cols="60"\(FormErrors.marks("note"))></textarea>\(FormErrors.sentence("note"))</p>
              <p><button id="declaration-submit" type="submit">{{t.panelSign}}</button></p>
            </form>
            {{/mustDeclare}}
            {{#declaredConflict}}<p id="conflict-notice" class="notice">{{t.panelConflictRecorded}}</p>{{/declaredConflict}}
            <h2 id="schedule-heading">{{t.panelSchedule}}</h2>
            <p><a id="calendar-link" href="{{calendar}}">{{t.panelCalendar}}</a></p>
            {{#hasSlots}}<table id="slot-list"><thead><tr><th scope="col">{{t.panelWhen}}</th><th scope="col">{{t.panelPlace}}</th><th scope="col">{{t.panelCandidate}}</th></tr></thead>
            <tbody>{{#slots}}<tr><td>{{when}}</td><td>{{place}}{{#videoLink}} <a href="{{videoLink}}">{{t.panelVideo}}</a>{{/videoLink}}</td><td>{{#candidate}}{{candidate}}{{/candidate}}{{^candidate}}<span class="muted">{{t.panelHidden}}</span>{{/candidate}}</td></tr>{{/slots}}</tbody></table>{{/hasSlots}}
            {{^hasSlots}}<p id="slot-empty" class="muted">{{t.panelNoSlots}}</p>{{/hasSlots}}
            {{#schedule}}
            <form id="slot-form" method="post" action="/recruitment/panels/{{id}}/slots">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <p><label for="candidateId">{{t.panelCandidate}}</label>
              <select id="candidateId" name="candidateId"\(FormErrors.marks("candidateId"))>{{#candidates}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/candidates}}</select>\(FormErrors.sentence("candidateId"))</p>
              <p><label for="date">{{t.panelDate}}</label>
              <input id="date" type="date" name="date" value="{{date}}"\(FormErrors.marks("date"))>\(FormErrors.sentence("date"))
              <label for="start">{{t.panelStart}}</label>
              <input id="start" type="time" name="start" value="{{start}}"\(FormErrors.marks("start"))>\(FormErrors.sentence("start"))
              <label for="end">{{t.panelEnd}}</label>
              <input id="end" type="time" name="end" value="{{end}}"\(FormErrors.marks("end"))>\(FormErrors.sentence("end"))</p>
              <p><label for="place">{{t.panelPlace}}</label>
              <input id="place" name="place" value="{{place}}"\(FormErrors.marks("place"))>\(FormErrors.sentence("place"))
              <label for="videoLink">{{t.panelVideoLink}}</label>
              <input id="videoLink" type="url" name="videoLink" value="{{videoLink}}"\(FormErrors.marks("videoLink"))>\(FormErrors.sentence("videoLink"))</p>
              <p><button id="slot-submit" type="submit">{{t.panelScheduleSubmit}}</button></p>
            </form>
            {{/schedule}}
            <h2 id="candidates-heading">{{t.panelCandidates}}</h2>
            {{#addCandidate}}
            <h3 id="add-candidate-heading">{{t.panelAddCandidate}}</h3>
            {{#hasChoices}}
            <form id="add-candidate-form" method="post" action="/recruitment/panels/{{id}}/candidates">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <p><label for="applicationId">{{t.panelCandidate}}</label>
              <select id="applicationId" name="applicationId"\(FormErrors.marks("applicationId"))>{{#choices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/choices}}</select>\(FormErrors.sentence("applicationId"))
              <button id="add-candidate-submit" type="submit">{{t.panelAddCandidateSubmit}}</button></p>
            </form>
            {{/hasChoices}}
            {{^hasChoices}}<p id="add-candidate-none" class="muted">{{t.panelNoneToAdd}}</p>{{/hasChoices}}
            <p><a id="short-list-link" href="/recruitment/vacancies/{{vacancyId}}/screening?stage=long-list">{{t.panelShortListLink}}</a></p>
            {{/addCandidate}}
            {{#waitingForDeclaration}}<p id="candidates-hidden" class="muted">{{t.panelCandidatesHidden}}</p>{{/waitingForDeclaration}}
            {{#candidates}}
            <section id="candidate-{{id}}"><h3>{{name}} ({{reference}}){{#scored}} ✓{{/scored}}</h3>
            {{#canScore}}
            <form id="scores-{{id}}" method="post" action="/recruitment/panels/{{panelId}}/candidates/{{id}}/scores">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <table><thead><tr><th scope="col">{{t.panelCompetency}}</th><th scope="col">{{t.panelScore}}</th><th scope="col">{{t.panelNote}}</th></tr></thead><tbody>
              {{#fields}}<tr><th scope="row"><label for="{{field}}">{{competency}}</label></th>
              <td><select id="{{field}}" name="{{field}}"\(field)>{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/options}}</select>{{#error}}<p class="error help" id="{{field}}-error">{{error}}</p>{{/error}}</td>
              <td><label class="visually-hidden" for="{{noteField}}">{{t.panelNote}}</label><textarea id="{{noteField}}" name="{{noteField}}" rows="2" cols="40">{{note}}</textarea></td></tr>{{/fields}}
              </tbody></table>
              <p><button id="scores-submit-{{id}}" type="submit">{{t.panelSaveScores}}</button></p>
            </form>
            {{/canScore}}
            </section>
            {{/candidates}}
            {{#hasRanking}}
            <h2 id="ranking-heading">{{t.panelRanking}}</h2>
            <table id="ranking"><thead><tr><th scope="col">#</th><th scope="col">{{t.panelCandidate}}</th><th scope="col">{{t.panelOverall}}</th><th scope="col">{{t.panelCompetenciesColumn}}</th></tr></thead>
            <tbody>{{#ranking}}<tr><td>{{position}}</td><td>{{name}} ({{reference}})</td><td>{{overall}}</td><td>{{detail}}</td></tr>{{/ranking}}</tbody></table>
            {{/hasRanking}}
            <h2 id="report-heading">{{t.panelReport}}</h2>
            <p id="report-state">{{reportState}}</p>
            {{#reportEn}}<h3>{{t.panelReportEn}}</h3><pre id="report-en">{{reportEn}}</pre>{{/reportEn}}
            {{#reportFr}}<h3>{{t.panelReportFr}}</h3><pre id="report-fr">{{reportFr}}</pre>{{/reportFr}}
            {{#canDraft}}
            <form id="report-form" method="post" action="/recruitment/panels/{{id}}/report">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <p class="stacked"><label for="textEn">{{t.panelReportEn}}</label>
              <textarea id="textEn" name="textEn" rows="14" cols="100"\(FormErrors.marks("textEn"))>{{draftEn}}</textarea>\(FormErrors.sentence("textEn"))</p>
              <p class="stacked"><label for="textFr">{{t.panelReportFr}}</label>
              <textarea id="textFr" name="textFr" rows="14" cols="100"\(FormErrors.marks("textFr"))>{{draftFr}}</textarea>\(FormErrors.sentence("textFr"))</p>
              <p><button id="report-submit" type="submit">{{t.panelDraft}}</button></p>
            </form>
            {{/canDraft}}
            {{#canSign}}
            <form id="sign-form" method="post" action="/recruitment/panels/{{id}}/report/sign">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <p><button id="sign-submit" type="submit">{{t.panelSignReport}}</button></p>
            </form>
            {{/canSign}}
            """
}
