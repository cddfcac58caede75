import ChancerySpine

/// The templates of the application pages: the public form and its acknowledgement, and the assistants' list, page
/// and duplicates.
package enum ApplicationsTemplates {
    package static let all: [(String, String)] = [
        ("recruitment-apply", apply), ("recruitment-apply-done", applyDone),
        ("recruitment-applications", applications), ("recruitment-application", application),
        ("recruitment-duplicates", duplicates), ("recruitment-application-history", history),
    ]

    package static let history = """
        <p><a id="application-link" href="/recruitment/applications/{{id}}">{{t.apps_application}} {{reference}}</a></p>
        <h1 id="page-title">{{t.apps_auditTrail}} — {{reference}}</h1>
        <table id="application-history"><thead><tr><th scope="col">{{t.apps_when}}</th><th scope="col">{{t.apps_who}}</th><th scope="col">{{t.apps_what}}</th></tr></thead>
        <tbody>{{#events}}<tr><td>{{when}}</td><td>{{who}}</td><td>{{what}}</td></tr>{{/events}}</tbody></table>
        """

    /// The marks of an `ApplyInput` or `ApplySelect` read in its own context.
    static let marks = #"{{#error}} aria-invalid="true" aria-describedby="{{id}}-error"{{/error}}"#
    static let sentence = #"{{#error}}<p class="error help" id="{{id}}-error">{{.}}</p>{{/error}}"#

    static func text(_ key: String, type: String = "text", max: Int = 200, required: Bool = false, extra: String = "")
        -> String
    {
        """
        <p><label for="{{id}}">{{t.apps_\(key)}}\(required ? " *" : "")</label><input id="{{id}}" name="{{id}}" type="\(type)" maxlength="\(max)" value="{{value}}"\(required ? " required" : "")\(extra)\(marks)>\(sentence)</p>
        """
    }

    static func select(_ label: String) -> String {
        """
        <p><label for="{{id}}">\(label)</label><select id="{{id}}" name="{{id}}"\(marks)>{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/options}}</select>\(sentence)</p>
        """
    }

    package static let apply =
        RecruitmentTemplates.messages + """
            <p><a id="back-to-vacancy" href="/vacancies/{{id}}">{{t.apps_backToVacancy}}</a></p>
            <h1 id="page-title">{{t.apps_applyHeading}} — {{title}}</h1>
            {{#deadline}}<p id="apply-deadline">{{t.deadline}}{{t.colon}} {{.}}</p>{{/deadline}}
            <p id="apply-intro" class="help">{{t.apps_applyIntro}}</p>
            <form id="apply-form" method="post" action="/vacancies/{{id}}/apply" enctype="multipart/form-data" novalidate>
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <fieldset id="profile"><legend>{{t.apps_profile}}</legend>
              {{#familyName}}\(text("familyName", required: true, extra: #" autocomplete="family-name""#)){{/familyName}}
              {{#givenNames}}\(text("givenNames", required: true, extra: #" autocomplete="given-name""#)){{/givenNames}}
              {{#email}}\(text("email", type: "email", max: 254, required: true, extra: #" autocomplete="email""#)){{/email}}
              {{#dateOfBirth}}\(text("dateOfBirth", type: "date", max: 10, required: true, extra: #" autocomplete="bday""#)){{/dateOfBirth}}
              {{#nationality}}\(select("{{t.apps_nationality}} *")){{/nationality}}
              <p><input id="internal" name="internal" type="checkbox" value="yes"{{#isInternal}} checked{{/isInternal}}> <label for="internal">{{t.apps_internalStaff}}</label></p>
              {{#staffNumber}}\(text("staffNumber", max: 20))<p id="staff-help" class="help">{{t.apps_staffHelp}}</p>{{/staffNumber}}
              </fieldset>
              <fieldset id="languages"><legend>{{t.apps_languagesHeading}}</legend>
              {{#english}}\(select("{{t.apps_english}}")){{/english}}
              {{#french}}\(select("{{t.apps_french}}")){{/french}}
              {{#others}}<div class="other-language">{{#language}}\(select("{{t.apps_otherLanguage}}")){{/language}}{{#level}}\(select("{{t.apps_level}}")){{/level}}</div>{{/others}}
              </fieldset>
              <fieldset id="education"><legend>{{t.apps_education}}</legend>
              <p class="help">{{t.apps_educationHelp}}</p>
              {{#education}}<div class="entry" id="education-{{number}}"><h2>{{t.apps_entryTitle}} {{number}}</h2>
              {{#level}}\(select("{{t.apps_isced}}")){{/level}}
              {{#title}}\(text("diploma")){{/title}}
              {{#institution}}\(text("institution")){{/institution}}
              {{#year}}\(text("year", type: "number", max: 4, extra: #" min="1940" max="2100""#)){{/year}}
              </div>{{/education}}
              </fieldset>
              <fieldset id="experience"><legend>{{t.apps_experience}}</legend>
              <p class="help">{{t.apps_experienceHelp}} {{t.apps_monthHelp}}</p>
              {{#experience}}<div class="entry" id="experience-{{number}}"><h2>{{t.apps_entryTitle}} {{number}}</h2>
              {{#from}}\(text("from", max: 7, extra: #" placeholder="2021-09" inputmode="numeric""#)){{/from}}
              {{#to}}\(text("to", max: 7, extra: #" placeholder="2024-06" inputmode="numeric""#)){{/to}}
              {{#employer}}\(text("employer")){{/employer}}
              {{#post}}\(text("post")){{/post}}
              {{#duties}}<p><label for="{{id}}">{{t.apps_duties}}</label><textarea id="{{id}}" name="{{id}}" rows="3" cols="80" maxlength="2000"\(marks)>{{value}}</textarea>\(sentence)</p>{{/duties}}
              </div>{{/experience}}
              </fieldset>
              <fieldset id="statistics"><legend>{{t.apps_statistics}}</legend>
              <p id="statistics-help" class="help">{{t.apps_statisticsHelp}}</p>
              {{#gender}}\(select("{{t.apps_gender}}")){{/gender}}
              {{#source}}\(select("{{t.apps_source}}")){{/source}}
              </fieldset>
              <fieldset id="documents"><legend>{{t.apps_documents}}</legend>
              <p id="documents-help" class="help">{{t.apps_documentsHelp}}</p>
              {{#cv}}<p><label for="cv">{{t.apps_cv}}</label><input id="cv" name="cv" type="file" accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"\(marks)>\(sentence)</p>{{/cv}}
              {{#letter}}<p><label for="letter">{{t.apps_letter}}</label><input id="letter" name="letter" type="file" accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"\(marks)>\(sentence)</p>{{/letter}}
              </fieldset>
              <p><button id="apply-submit" type="submit"{{#submitError}} aria-invalid="true" aria-describedby="apply-submit-error"{{/submitError}}>{{t.apps_submit}}</button>{{#submitError}}<p class="error help" id="apply-submit-error">{{.}}</p>{{/submitError}}</p>
            </form>
            """

    package static let applyDone = """
        <h1 id="page-title">{{t.apps_doneHeading}}</h1>
        <p>{{title}}</p>
        <p>{{t.apps_reference}}{{t.colon}} <strong id="reference">{{reference}}</strong></p>
        <p id="done-text">{{t.apps_doneText}}</p>
        <p>{{t.apps_doneDocuments}}{{t.colon}} <span id="documents-received">{{documents}}</span></p>
        <p><a id="back-to-vacancy" href="/vacancies/{{id}}">{{t.apps_backToVacancy}}</a></p>
        """

    package static let applications =
        RecruitmentTemplates.messages + """
            <p><a id="vacancy-link" href="/recruitment/vacancies/{{vacancyId}}">{{vacancyTitle}}</a></p>
            <h1 id="page-title">{{t.apps_applicationsOf}}{{t.colon}} {{vacancyTitle}}</h1>
            <p><a id="duplicates-link" href="/recruitment/vacancies/{{vacancyId}}/duplicates">{{t.apps_duplicates}}</a> (<span id="duplicate-groups">{{duplicateGroups}}</span> {{t.apps_duplicatesFound}})</p>
            <form id="application-filter" method="get" action="/recruitment/vacancies/{{vacancyId}}/applications" class="inline-form" role="search">
              <label for="filter-nationality">{{t.apps_nationalityFilter}}</label>
              <select id="filter-nationality" name="nationality">{{#nationalities}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/nationalities}}</select>
              <label for="filter-internal">{{t.apps_internalFilter}}</label>
              <select id="filter-internal" name="internal">{{#internalChoices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/internalChoices}}</select>
              <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
              <button id="application-filter-submit" type="submit">{{t.filter}}</button>
            </form>
            {{#hasApplications}}
            <table id="application-list">
              <thead><tr>{{> list-headers}}</tr></thead>
              <tbody>
              {{#applications}}<tr id="application-{{id}}"><td><a href="/recruitment/applications/{{id}}">{{reference}}</a></td><td>{{familyName}}</td><td>{{givenNames}}</td><td>{{email}}</td><td>{{nationality}}</td><td>{{isInternal}}</td><td>{{submitted}}</td></tr>{{/applications}}
              </tbody>
            </table>
            {{/hasApplications}}
            {{^hasApplications}}<p id="application-empty">{{t.apps_noApplications}}</p>{{/hasApplications}}
            {{> list-pager}}
            """

    package static let application =
        RecruitmentTemplates.messages + """
            <p>{{t.apps_vacancy}}{{t.colon}} <a id="vacancy-link" href="/recruitment/vacancies/{{vacancyId}}">{{vacancyTitle}}</a> · <a id="applications-link" href="/recruitment/vacancies/{{vacancyId}}/applications">{{t.apps_applications}}</a></p>
            <h1 id="page-title">{{t.apps_application}} {{reference}}</h1>
            {{#anonymised}}<p id="anonymised" class="notice" role="status">{{.}}</p>{{/anonymised}}
            <p id="application-state">{{t.apps_state}}{{t.colon}} <strong>{{state}}</strong>{{#mergedInto}} · {{t.apps_mergedInto}} <a id="merged-into" href="/recruitment/applications/{{.}}">{{.}}</a>{{/mergedInto}} · <a id="audit-link" href="/recruitment/applications/{{id}}/history">{{t.apps_auditTrail}}</a></p>
            <nav aria-label="{{t.apps_steps}}"><p id="application-steps"><a id="screening-link" href="/recruitment/applications/{{id}}/screening">{{t.apps_screeningLink}}</a> · <a id="selection-link" href="/recruitment/applications/{{id}}/selection">{{t.apps_selectionLink}}</a> · <a id="letters-link" href="/recruitment/applications/{{id}}/letters">{{t.apps_lettersLink}}</a></p></nav>
            <h2>{{t.apps_candidate}}</h2>
            <dl id="application-profile">{{#profile}}<dt>{{name}}</dt><dd id="profile-{{id}}"{{#missing}} class="muted"{{/missing}}>{{value}}</dd>{{/profile}}</dl>
            <h2>{{t.apps_languagesHeading}}</h2>
            {{#hasLanguages}}<ul id="application-languages">{{#languages}}<li>{{.}}</li>{{/languages}}</ul>{{/hasLanguages}}
            {{^hasLanguages}}<p class="muted">{{t.apps_notGiven}}</p>{{/hasLanguages}}
            <h2>{{t.apps_education}}</h2>
            {{#hasEducation}}<table id="application-education"><thead><tr><th scope="col">{{t.apps_isced}}</th><th scope="col">{{t.apps_diploma}}</th><th scope="col">{{t.apps_institution}}</th><th scope="col">{{t.apps_year}}</th></tr></thead>
            <tbody>{{#education}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/education}}</tbody></table>{{/hasEducation}}
            {{^hasEducation}}<p class="muted">{{t.apps_notGiven}}</p>{{/hasEducation}}
            <h2>{{t.apps_experience}}</h2>
            {{#hasExperience}}<table id="application-experience"><thead><tr><th scope="col">{{t.apps_from}}</th><th scope="col">{{t.apps_to}}</th><th scope="col">{{t.apps_employer}}</th><th scope="col">{{t.apps_post}}</th><th scope="col">{{t.apps_duties}}</th></tr></thead>
            <tbody>{{#experience}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/experience}}</tbody></table>{{/hasExperience}}
            {{^hasExperience}}<p class="muted">{{t.apps_notGiven}}</p>{{/hasExperience}}
            <h2>{{t.apps_documents}}</h2>
            {{#hasDocuments}}<table id="application-documents"><thead><tr><th scope="col">{{t.apps_kind}}</th><th scope="col">{{t.apps_version}}</th><th scope="col">{{t.apps_size}}</th><th scope="col">{{t.apps_download}}</th></tr></thead>
            <tbody>{{#documents}}<tr id="document-{{attachmentId}}"><td>{{kind}}</td><td>{{version}}</td><td>{{size}}</td><td><a href="/recruitment/applications/{{id}}/documents/{{attachmentId}}">{{name}}</a></td></tr>{{/documents}}</tbody></table>{{/hasDocuments}}
            {{^hasDocuments}}<p id="no-documents" class="muted">{{t.apps_noDocuments}}</p>{{/hasDocuments}}
            """

    package static let duplicates =
        RecruitmentTemplates.messages + """
            <p><a id="applications-link" href="/recruitment/vacancies/{{vacancyId}}/applications">{{t.apps_applications}}</a></p>
            <h1 id="page-title">{{t.apps_duplicatesHeading}} — {{vacancyTitle}}</h1>
            <p class="help">{{t.apps_mergeHelp}}</p>
            {{#hasGroups}}
            {{#groups}}<section class="duplicate-group" id="group-{{number}}"><h2>{{t.apps_group}} {{number}}</h2>
            <table><thead><tr><th scope="col">{{t.apps_reference}}</th><th scope="col">{{t.apps_familyName}}</th><th scope="col">{{t.apps_email}}</th><th scope="col">{{t.apps_dateOfBirth}}</th><th scope="col">{{t.apps_submitted}}</th><th scope="col">{{t.apps_keep}}</th></tr></thead>
            <tbody>{{#members}}<tr id="duplicate-{{id}}"><td><a href="/recruitment/applications/{{id}}">{{reference}}</a></td><td>{{names}}</td><td>{{email}}</td><td>{{dateOfBirth}}</td><td>{{submitted}}</td>
            <td>{{#others}}<form method="post" action="/recruitment/applications/{{id}}/merge" class="inline-form"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="duplicate" value="{{otherId}}"><button type="submit" class="secondary" id="merge-{{otherId}}-into-{{id}}">{{t.apps_keep}} {{otherReference}}</button></form> {{/others}}</td></tr>{{/members}}</tbody></table>
            </section>{{/groups}}
            {{/hasGroups}}
            {{^hasGroups}}<p id="no-duplicates">{{t.apps_noDuplicates}}</p>{{/hasGroups}}
            """
}
