import ChancerySpine

/// The office's Mustache templates: the vacancies list, the import form, a vacancy, and the public list and page.
package enum RecruitmentTemplates {
    package static let all: [(String, String)] = [
        ("recruitment-vacancies", vacancies), ("recruitment-import", importForm), ("recruitment-vacancy", vacancy),
        ("recruitment-public-vacancies", publicVacancies), ("recruitment-public-vacancy", publicVacancy),
    ]

    package static let messages = """
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#errors}}{{> form-errors}}{{/errors}}
        """

    package static let vacancies =
        messages + """
            <h1 id="page-title">{{t.vacancies}}</h1>
            {{#canImport}}<p><a id="import-link" href="/recruitment/vacancies/import">{{t.importNotice}}</a></p>{{/canImport}}
            <form id="vacancy-filter" method="get" action="/recruitment/vacancies" class="inline-form" role="search">
              <label for="filter-state">{{t.state}}</label>
              <select id="filter-state" name="state">{{#states}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/states}}</select>
              <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
              <button id="vacancy-filter-submit" type="submit">{{t.filter}}</button>
            </form>
            {{#hasVacancies}}
            <table id="vacancy-list">
              <thead><tr>{{> list-headers}}</tr></thead>
              <tbody>
              {{#vacancies}}<tr id="vacancy-{{id}}"><td>{{vacancyNumber}}</td><td><a href="/recruitment/vacancies/{{id}}">{{title}}</a></td><td>{{grade}}</td><td>{{posts}}</td><td>{{deadline}}</td><td>{{state}}</td><td>{{created}}</td></tr>{{/vacancies}}
              </tbody>
            </table>
            {{/hasVacancies}}
            {{^hasVacancies}}<p id="vacancy-empty">{{t.noVacancies}}</p>{{/hasVacancies}}
            {{> list-pager}}
            """

    package static let importForm =
        messages + """
            <h1 id="page-title">{{t.importNotice}}</h1>
            <p id="import-help">{{t.importHelp}}</p>
            <form id="import-form" method="post" action="/recruitment/vacancies/import">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <p class="stacked"><label for="notice">{{t.noticeText}}</label>
              <textarea id="notice" name="notice" rows="24" cols="100" required\(FormErrors.marks("notice", help: "import-help"))>{{text}}</textarea>\(FormErrors.sentence("notice"))</p>
              <p><button id="import-submit" type="submit">{{t.importSubmit}}</button></p>
            </form>
            """

    /// A list of strings under a heading, or the words for none.
    static func list(_ id: String, _ heading: String, _ items: String, _ has: String) -> String {
        """
        <h3 id="\(id)-heading">{{t.\(heading)}}</h3>
        {{#\(has)}}<ul id="\(id)">{{#\(items)}}<li>{{.}}</li>{{/\(items)}}</ul>{{/\(has)}}
        {{^\(has)}}<p id="\(id)-none" class="muted">{{t.notFound}}</p>{{/\(has)}}
        """
    }

    package static let vacancy =
        messages + """
            <h1 id="page-title">{{title}}</h1>
            <p id="vacancy-state">{{t.state}}{{t.colon}} <strong>{{state}}</strong>{{#publicPage}} · <a id="public-link" href="{{publicPage}}">{{t.publicPage}}</a>{{/publicPage}}</p>
            {{^edit}}
            <ul id="vacancy-links" class="inline-list">
              {{#applications}}<li><a id="applications-link" href="{{applications}}">{{t.apps_applications}}</a></li>{{/applications}}
              <li><a id="screening-link" href="/recruitment/vacancies/{{id}}/screening">{{t.screening}}</a></li>
              <li><a id="travel-link" href="/recruitment/vacancies/{{id}}/travel">{{t.travel}}</a></li>
            </ul>
            {{/edit}}
            {{#canPublish}}
            <form id="publish-form" method="post" action="/recruitment/vacancies/{{id}}/publish" class="inline-form">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <button id="publish" type="submit"\(FormErrors.marks("publish"))>{{t.publish}}</button>\(FormErrors.sentence("publish"))
            </form>
            {{/canPublish}}
            {{#hasMoves}}
            <form id="state-form" method="post" action="/recruitment/vacancies/{{id}}/state" class="inline-form">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              {{#moves}}<button id="move-{{state}}" type="submit" name="state" value="{{state}}" class="secondary">{{name}}</button> {{/moves}}
            </form>
            {{/hasMoves}}
            {{#edit}}
            <h2 id="edit-heading">{{t.edit}}</h2>
            <form id="edit-form" method="post" action="/recruitment/vacancies/{{id}}/edit">
              <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">
              <p><label for="edit-title">{{t.title}}</label><input id="edit-title" name="title" type="text" required maxlength="300" value="{{title}}"\(FormErrors.marks("edit-title"))>\(FormErrors.sentence("edit-title"))</p>
              <p><label for="edit-title-french">{{t.titleFrench}}</label><input id="edit-title-french" name="titleFrench" type="text" maxlength="300" value="{{titleFrench}}"\(FormErrors.marks("edit-title-french"))>\(FormErrors.sentence("edit-title-french"))</p>
              <p><label for="edit-vacancy-number">{{t.vacancyNumber}}</label><input id="edit-vacancy-number" name="vacancyNumber" type="text" maxlength="100" value="{{vacancyNumber}}"\(FormErrors.marks("edit-vacancy-number"))>\(FormErrors.sentence("edit-vacancy-number"))</p>
              <p><label for="edit-posts">{{t.posts}}</label><input id="edit-posts" name="posts" type="number" min="1" max="999" value="{{posts}}"\(FormErrors.marks("edit-posts"))>\(FormErrors.sentence("edit-posts"))</p>
              <p><label for="edit-grade">{{t.grade}}</label><input id="edit-grade" name="grade" type="text" maxlength="40" value="{{grade}}"\(FormErrors.marks("edit-grade"))>\(FormErrors.sentence("edit-grade"))</p>
              <p><label for="edit-deadline">{{t.deadline}}</label><input id="edit-deadline" name="deadline" type="date" value="{{deadline}}"\(FormErrors.marks("edit-deadline", help: "deadline-help"))> <span id="deadline-help" class="help">{{t.editHelp}}</span>\(FormErrors.sentence("edit-deadline"))</p>
              <p><label for="edit-clearance">{{t.clearance}}</label><select id="edit-clearance" name="clearance"\(FormErrors.marks("edit-clearance"))>{{#clearances}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/clearances}}</select>\(FormErrors.sentence("edit-clearance"))</p>
              <p><label for="edit-location">{{t.location}}</label><input id="edit-location" name="location" type="text" maxlength="200" value="{{location}}"\(FormErrors.marks("edit-location"))>\(FormErrors.sentence("edit-location"))</p>
              <p><label for="edit-essential">{{t.essential}}</label><textarea id="edit-essential" name="essentialQualifications" rows="5" cols="60"\(FormErrors.marks("edit-essential", help: "qualifications-help"))>{{essential}}</textarea>\(FormErrors.sentence("edit-essential"))</p>
              <p><label for="edit-desirable">{{t.desirable}}</label><textarea id="edit-desirable" name="desirableQualifications" rows="4" cols="60"\(FormErrors.marks("edit-desirable", help: "qualifications-help"))>{{desirable}}</textarea>\(FormErrors.sentence("edit-desirable"))</p>
              <p id="qualifications-help" class="help">{{t.qualificationsHelp}}</p>
              <p><button id="edit-submit" type="submit"\(FormErrors.marks("edit-submit"))>{{t.save}}</button>\(FormErrors.sentence("edit-submit"))</p>
            </form>
            {{/edit}}
            <table id="vacancy-import">
              <thead><tr><th scope="col">{{t.recognised}}</th><th scope="col">{{t.asPasted}}</th></tr></thead>
              <tbody><tr>
              <td>
                <dl id="vacancy-fields">
                {{#fields}}<dt>{{name}}</dt><dd id="field-{{id}}"{{#missing}} class="muted"{{/missing}}{{#error}} aria-invalid="true" aria-describedby="field-{{id}}-error"{{/error}}>{{value}}</dd>{{#error}}<dd class="error help" id="field-{{id}}-error">{{.}}</dd>{{/error}}
                {{/fields}}
                </dl>
                \(list("languages", "languages", "languages", "hasLanguages"))
                \(list("essential", "essential", "essential", "hasEssential"))
                \(list("desirable", "desirable", "desirable", "hasDesirable"))
                <h3 id="unrecognised-heading">{{t.unrecognised}}</h3>
                {{#hasUnrecognised}}<p class="help">{{t.unrecognisedHelp}}</p><ul id="unrecognised">{{#unrecognised}}<li>{{.}}</li>{{/unrecognised}}</ul>{{/hasUnrecognised}}
                {{^hasUnrecognised}}<p id="unrecognised-none" class="muted">{{t.allRecognised}}</p>{{/hasUnrecognised}}
                {{#hasImportNotes}}<h3>{{t.toCheck}}</h3><ul id="import-notes">{{#importNotes}}<li>{{.}}</li>{{/importNotes}}</ul>{{/hasImportNotes}}
              </td>
              <td>
                <ol id="original">{{#lines}}<li id="line-{{number}}">{{#unrecognised}}<mark class="unrecognised">{{text}}</mark> <span class="error">({{t.notRead}})</span>{{/unrecognised}}{{^unrecognised}}{{text}}{{/unrecognised}}</li>{{/lines}}</ol>
              </td>
              </tr></tbody>
            </table>
            """

    package static let publicVacancies = """
        <h1 id="page-title">{{t.publicVacancies}}</h1>
        {{#hasVacancies}}
        <table id="public-vacancy-list">
          <thead><tr><th scope="col">{{t.vacancyNumber}}</th><th scope="col">{{t.title}}</th><th scope="col">{{t.grade}}</th><th scope="col">{{t.location}}</th><th scope="col">{{t.deadline}}</th></tr></thead>
          <tbody>
          {{#vacancies}}<tr id="vacancy-{{id}}"><td>{{vacancyNumber}}</td><td><a href="/vacancies/{{id}}">{{title}}</a></td><td>{{grade}}</td><td>{{location}}</td><td>{{deadline}}</td></tr>{{/vacancies}}
          </tbody>
        </table>
        {{/hasVacancies}}
        {{^hasVacancies}}<p id="vacancy-empty">{{t.noPublicVacancies}}</p>{{/hasVacancies}}
        {{#next}}<p><a id="next-page" href="{{next}}">{{t.nextPage}}</a></p>{{/next}}
        """

    package static let publicVacancy = """
        <script type="application/ld+json">{{{jsonLD}}}</script>
        <p><a id="all-vacancies" href="/vacancies">{{t.publicVacancies}}</a></p>
        <h1 id="page-title">{{title}}</h1>
        {{#titleFrench}}<p id="title-french" lang="fr">{{titleFrench}}</p>{{/titleFrench}}
        {{#applyPath}}<p><a id="apply-link" class="button" href="{{applyPath}}">{{t.apps_applyLink}}</a></p>{{/applyPath}}
        <dl id="vacancy-fields">
        {{#fields}}<dt>{{name}}</dt><dd id="field-{{id}}"{{#missing}} class="muted"{{/missing}}>{{value}}</dd>
        {{/fields}}
        </dl>
        {{#hasSummary}}<h2>{{t.summary}}</h2>{{#summary}}<p>{{.}}</p>{{/summary}}{{/hasSummary}}
        {{#hasDuties}}<h2>{{t.duties}}</h2><ul id="duties">{{#duties}}<li>{{.}}</li>{{/duties}}</ul>{{/hasDuties}}
        {{#hasEssential}}<h2>{{t.essential}}</h2><ul id="essential">{{#essential}}<li>{{.}}</li>{{/essential}}</ul>{{/hasEssential}}
        {{#hasDesirable}}<h2>{{t.desirable}}</h2><ul id="desirable">{{#desirable}}<li>{{.}}</li>{{/desirable}}</ul>{{/hasDesirable}}
        {{#hasLanguages}}<h2>{{t.languages}}</h2><ul id="languages">{{#languages}}<li>{{.}}</li>{{/languages}}</ul>{{/hasLanguages}}
        {{#hasRemarks}}<h2>{{t.remarks}}</h2>{{#remarks}}<p>{{.}}</p>{{/remarks}}{{/hasRemarks}}
        """
}
