import ChancerySpine

/// The written tests' templates: sessions, the session form, a session with its invitation picker, results, and the
/// markers' scripts and marks form (which show a candidate code, never a candidate).
package enum WrittenTestTemplates {
    package static let all: [(String, String)] = [
        ("recruitment-written-tests", sessions), ("recruitment-written-test-form", newForm),
        ("recruitment-written-test", session), ("recruitment-written-test-results", results),
        ("recruitment-scripts", scripts), ("recruitment-script", script),
    ]

    static let messages = RecruitmentTemplates.messages

    package static let sessions =
        messages + """
            <h1 id="page-title">{{t.listTitle}}</h1>
            {{#canSchedule}}<p><a id="new-test-link" href="/recruitment/written-tests/new">{{t.newTitle}}</a></p>{{/canSchedule}}
            <form id="test-filter" method="get" action="/recruitment/written-tests" class="inline-form" role="search">
              <label for="filter-state">{{t.state}}</label>
              <select id="filter-state" name="state">{{#states}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/states}}</select>
              <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
              <button id="test-filter-submit" type="submit">{{t.filter}}</button>
            </form>
            {{#hasSessions}}
            <table id="test-list">
              <thead><tr>{{> list-headers}}</tr></thead>
              <tbody>
              {{#sessions}}<tr id="test-{{id}}"><td>{{starts}}</td><td><a href="/recruitment/written-tests/{{id}}">{{title}}</a></td><td>{{place}}</td><td>{{state}}</td></tr>{{/sessions}}
              </tbody>
            </table>
            {{/hasSessions}}
            {{^hasSessions}}<p id="test-empty">{{t.noTests}}</p>{{/hasSessions}}
            {{> list-pager}}
            """

    /// The fields of a session's form, new or planned.
    static let fields = """
        <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">
        {{#isNew}}<p><label for="test-vacancy">{{t.vacancy}}</label><select id="test-vacancy" name="vacancy"\(FormErrors.marks("test-vacancy"))><option value="">{{t.chooseVacancy}}</option>{{#vacancies}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/vacancies}}</select>\(FormErrors.sentence("test-vacancy"))</p>{{/isNew}}
        <p><label for="test-starts">{{t.startsBrussels}}</label><input id="test-starts" name="startsAt" type="datetime-local" value="{{startsAt}}"\(FormErrors.marks("test-starts"))>\(FormErrors.sentence("test-starts"))</p>
        <p><label for="test-place">{{t.place}}</label><input id="test-place" name="place" type="text" maxlength="200" value="{{place}}"\(FormErrors.marks("test-place"))>\(FormErrors.sentence("test-place"))</p>
        <p><label for="test-room">{{t.room}}</label><input id="test-room" name="room" type="text" maxlength="200" value="{{room}}"\(FormErrors.marks("test-room"))>\(FormErrors.sentence("test-room"))</p>
        <p><label for="test-invigilators">{{t.invigilators}}</label><input id="test-invigilators" name="invigilators" type="text" value="{{invigilators}}"\(FormErrors.marks("test-invigilators", help: "people-help"))>\(FormErrors.sentence("test-invigilators"))</p>
        <p><label for="test-markers">{{t.markers}}</label><input id="test-markers" name="markers" type="text" value="{{markers}}"\(FormErrors.marks("test-markers", help: "people-help"))> <span id="people-help" class="help">{{t.peopleHelp}}</span>\(FormErrors.sentence("test-markers"))</p>
        <p><label for="test-questions">{{t.questions}}</label><textarea id="test-questions" name="questions" rows="6" cols="60"\(FormErrors.marks("test-questions", help: "questions-help"))>{{questions}}</textarea> <span id="questions-help" class="help">{{t.questionsHelp}}</span>\(FormErrors.sentence("test-questions"))</p>
        <p><label for="test-pass-mark">{{t.passMark}}</label><input id="test-pass-mark" name="passMark" type="number" min="0" value="{{passMark}}"\(FormErrors.marks("test-pass-mark"))>\(FormErrors.sentence("test-pass-mark"))</p>
        <p><button id="test-submit" type="submit"\(FormErrors.marks("test-submit"))>{{#isNew}}{{t.schedule}}{{/isNew}}{{^isNew}}{{t.save}}{{/isNew}}</button>\(FormErrors.sentence("test-submit"))</p>
        """

    package static let newForm =
        messages + """
            <h1 id="page-title">{{t.newTitle}}</h1>
            <form id="test-form" method="post" action="{{action}}" novalidate>
            \(fields)
            </form>
            """

    package static let session =
        messages + """
            <h1 id="page-title">{{title}}</h1>
            <p id="test-state">{{t.state}}{{t.colon}} <strong>{{state}}</strong> · <a id="results-link" href="/recruitment/written-tests/{{id}}/results">{{t.resultsTitle}}</a></p>
            <dl id="test-fields">
              <dt>{{t.starts}}</dt><dd id="test-starts-at">{{starts}}</dd>
              <dt>{{t.place}}</dt><dd>{{place}}</dd><dt>{{t.room}}</dt><dd>{{room}}</dd>
              <dt>{{t.invigilators}}</dt><dd id="test-invigilator-names">{{invigilators}}</dd>
              <dt>{{t.markers}}</dt><dd id="test-marker-names">{{markers}}</dd>
              <dt>{{t.questions}}</dt><dd><ol id="test-question-list">{{#questions}}<li>{{.}}</li>{{/questions}}</ol></dd>
              <dt>{{t.passMark}}</dt><dd id="test-pass">{{passMark}} / {{maximum}}</dd>
            </dl>
            {{#unblinded}}<p id="test-unblinded">{{.}}</p>{{/unblinded}}
            {{#hasMoves}}
            <form id="test-state-form" method="post" action="/recruitment/written-tests/{{id}}/state" class="inline-form">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              {{#moves}}<button id="move-{{state}}" type="submit" name="state" value="{{state}}"\(FormErrors.marks("test-state"))>{{name}}</button> {{/moves}}\(FormErrors.sentence("test-state"))
            </form>
            {{/hasMoves}}
            {{#canUnblind}}
            <form id="unblind-form" method="post" action="/recruitment/written-tests/{{id}}/unblind" class="inline-form">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <button id="test-unblind" type="submit"\(FormErrors.marks("test-unblind", help: "unblind-help"))>{{t.unblind}}</button> <span id="unblind-help" class="help">{{t.unblindHelp}}</span>\(FormErrors.sentence("test-unblind"))
            </form>
            {{/canUnblind}}
            <h2 id="invited-heading">{{t.invited}} ({{invitedCount}})</h2>
            {{#hasInvited}}<ul id="invited">{{#invited}}<li id="invited-{{id}}">{{name}} ({{reference}})</li>{{/invited}}</ul>{{/hasInvited}}
            {{^hasInvited}}<p id="invited-none" class="muted">{{t.noneInvited}}</p>{{/hasInvited}}
            {{#canInvite}}
            <h2 id="invite-heading">{{t.invite}}</h2>
            {{#hasInvitable}}
            <form id="invite-form" method="post" action="/recruitment/written-tests/{{id}}/invitations">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <fieldset><legend>{{t.inviteHelp}}</legend>
              {{#invitable}}<p><input type="checkbox" id="application-{{id}}" name="application-{{id}}"> <label for="application-{{id}}">{{name}} ({{reference}})</label></p>{{/invitable}}
              </fieldset>
              <p><button id="invite-submit" type="submit"\(FormErrors.marks("invite-submit"))>{{t.inviteSubmit}}</button>\(FormErrors.sentence("invite-submit"))</p>
            </form>
            {{/hasInvitable}}
            {{^hasInvitable}}<p id="invitable-none" class="muted">{{t.noneInvitable}}</p>{{/hasInvitable}}
            <p><a id="screening-link" href="/recruitment/vacancies/{{vacancyId}}/screening?stage=long-list">{{t.screeningLink}}</a></p>
            {{/canInvite}}
            {{#edit}}
            <h2 id="edit-heading">{{t.edit}}</h2>
            <form id="test-form" method="post" action="{{action}}" novalidate>
            \(fields)
            </form>
            {{/edit}}
            """

    package static let results =
        messages + """
            <h1 id="page-title">{{t.resultsTitle}}</h1>
            <p><a id="session-link" href="/recruitment/written-tests/{{id}}">{{title}}</a> · {{t.state}}{{t.colon}} <strong>{{state}}</strong></p>
            <p id="results-pass">{{t.passMark}}{{t.colon}} {{passMark}} / {{maximum}}</p>
            {{^revealed}}<p id="results-blind" class="help">{{t.blindHelp}}</p>{{/revealed}}
            {{#canUnblind}}
            <form id="unblind-form" method="post" action="/recruitment/written-tests/{{id}}/unblind" class="inline-form">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <button id="test-unblind" type="submit">{{t.unblind}}</button>
            </form>
            {{/canUnblind}}
            {{#hasRows}}
            <p><a id="results-csv" href="/recruitment/written-tests/{{id}}/results?format=csv">{{t.exportCSV}}</a></p>
            <table id="results">
              <thead><tr><th scope="col">{{t.rank}}</th><th scope="col">{{t.code}}</th>{{#revealed}}<th scope="col">{{t.reference}}</th><th scope="col">{{t.name}}</th>{{/revealed}}<th scope="col">{{t.marks}}</th><th scope="col">{{t.total}}</th><th scope="col">{{t.outcome}}</th></tr></thead>
              <tbody>
              {{#rows}}<tr id="result-{{code}}"><td>{{rank}}</td><td>{{code}}</td>{{#revealed}}<td>{{reference}}</td><td>{{name}}</td>{{/revealed}}<td>{{marks}}</td><td>{{total}}</td><td>{{outcome}}</td></tr>{{/rows}}
              </tbody>
            </table>
            {{/hasRows}}
            {{^hasRows}}<p id="results-empty" class="muted">{{t.noneInvited}}</p>{{/hasRows}}
            """

    package static let scripts =
        messages + """
            <h1 id="page-title">{{t.scriptsTitle}}</h1>
            <p class="help" id="scripts-help">{{t.scriptsHelp}}</p>
            <form id="script-filter" method="get" action="/recruitment/scripts" class="inline-form" role="search">
              <label for="filter-state">{{t.scriptState}}</label>
              <select id="filter-state" name="state">{{#states}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/states}}</select>
              <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
              <button id="script-filter-submit" type="submit">{{t.filter}}</button>
            </form>
            {{#hasScripts}}
            <table id="script-list">
              <thead><tr>{{> list-headers}}</tr></thead>
              <tbody>
              {{#scripts}}<tr id="script-{{code}}"><td><a href="/recruitment/scripts/{{id}}">{{code}}</a></td><td>{{starts}}</td><td>{{place}}</td><td>{{state}}</td><td>{{total}}</td></tr>{{/scripts}}
              </tbody>
            </table>
            {{/hasScripts}}
            {{^hasScripts}}<p id="script-empty">{{t.noScripts}}</p>{{/hasScripts}}
            {{> list-pager}}
            """

    package static let script =
        messages + """
            <p><a id="scripts-link" href="/recruitment/scripts">{{t.scriptsTitle}}</a></p>
            <h1 id="page-title">{{t.candidateCode}} <span id="script-code">{{code}}</span></h1>
            <p id="script-session">{{starts}} · {{place}}, {{room}} · {{state}}</p>
            {{#total}}<p id="script-total">{{t.total}}{{t.colon}} {{.}} / {{maximum}}</p>{{/total}}
            <form id="marks-form" method="post" action="/recruitment/scripts/{{id}}/marks" novalidate>
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <table id="marks">
                <thead><tr><th scope="col">{{t.question}}</th><th scope="col">{{t.maximum}}</th><th scope="col">{{t.mark}}</th></tr></thead>
                <tbody>
                {{#questions}}<tr><th scope="row"><label for="{{field}}">{{index}}. {{label}}</label></th><td>{{maximum}}</td><td><input id="{{field}}" name="{{field}}" type="number" min="0" max="{{maximum}}" value="{{mark}}"{{^canMark}} disabled{{/canMark}}{{#invalid}} aria-invalid="true" aria-describedby="{{field}}-error"{{/invalid}}>{{#error}}<p class="error help" id="{{field}}-error">{{.}}</p>{{/error}}</td></tr>{{/questions}}
                </tbody>
              </table>
              {{#canMark}}<p><button id="marks-submit" type="submit"\(FormErrors.marks("marks-submit"))>{{t.saveMarks}}</button>\(FormErrors.sentence("marks-submit"))</p>{{/canMark}}
            </form>
            """
}
