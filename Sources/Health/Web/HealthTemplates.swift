import ChancerySpine

/// The Health Office's patient pages (Mustache; `{{x}}` is escaped).
package enum HealthTemplates {
    package static let all: [(String, String)] = [
        ("health-desk", desk), ("health-patients", patients), ("health-patient-form", patientForm),
        ("health-chart", chart), ("health-entry-form", entryForm), ("health-entry-type", entryType),
        ("health-entry", entry),
        ("health-break-glass", breakGlass), ("health-break-glass-queue", breakGlassQueue),
        ("health-duplicates", duplicates),
    ]

    package static let desk =
        """
        <h1 id="page-title">{{t.deskTitle}}</h1>
        <ul class="queues">
          <li class="card"><a id="desk-patients" href="/health/patients">{{t.patients}}</a> <span class="count" id="count-patients">{{patientCount}}</span></li>
          {{#links}}<li class="card"><a id="desk-{{id}}" href="{{href}}">{{name}}</a></li>{{/links}}
        </ul>
        {{#advisor}}
        <section class="card" id="advisor-queues" aria-labelledby="advisor-heading">
          <h2 id="advisor-heading">{{t.advisorQueues}}</h2>
          <ul>
            <li><a id="desk-review-break-glass" href="/health/break-glass">{{t.breakGlassToReview}}</a> <span class="count" id="count-break-glass">{{openings}}</span></li>
            <li><a id="desk-review-duplicates" href="/health/duplicates">{{t.duplicatesToReview}}</a> <span class="count" id="count-duplicates">{{duplicates}}</span></li>
          </ul>
          {{#ownOpenings}}<p id="own-openings-waiting" class="notice" role="status">{{ownOpenings}}</p>{{/ownOpenings}}
          {{#ownDuplicates}}<p id="own-duplicates-waiting" class="notice" role="status">{{ownDuplicates}}</p>{{/ownDuplicates}}
        </section>
        {{/advisor}}
        {{#canBreakGlass}}
        <section class="card" aria-labelledby="bg-heading">
          <h2 id="bg-heading">{{t.breakGlass}}</h2>
          <p class="help">{{t.breakGlassHelp}}</p>
          <p><a id="break-glass-link" href="/health/break-glass/open">{{t.breakGlassOpen}}</a></p>
        </section>
        {{/canBreakGlass}}
        """

    package static let patients =
        """
        <h1 id="page-title">{{t.patients}}</h1>
        <form method="get" action="/health/patients" class="inline-form" role="search">
          <label for="patient-query">{{t.findPatient}}</label>
          <input id="patient-query" name="q" type="text" maxlength="100" value="{{query}}">
          <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
          <button id="patient-search" type="submit">{{t.find}}</button>
        </form>
        {{#canCreate}}<p><a id="new-patient" href="/health/patients/new">{{t.newPatient}}</a></p>{{/canCreate}}
        {{#hasPatients}}
        <table id="patient-list">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>
          {{#patients}}<tr><td><a href="/health/patients/{{id}}">{{name}}</a>{{#restricted}} <span class="muted">({{t.restricted}})</span>{{/restricted}}</td><td>{{dateOfBirth}}</td><td>{{staffNumber}}</td><td>{{staffUnit}}</td><td><span class="marking {{bannerClass}}">{{banner}}</span></td></tr>{{/patients}}
          </tbody>
        </table>
        {{/hasPatients}}
        {{^hasPatients}}<p id="patient-list-empty">{{t.noPatients}}</p>{{/hasPatients}}
        {{> list-pager}}
        """

    package static let patientForm =
        """
        <h1 id="page-title">{{t.newPatient}}</h1>
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="patient-form" method="post" action="/health/patients/new" class="form-grid" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <label for="familyName">{{t.familyName}}</label><input id="familyName" name="familyName" type="text" required maxlength="100" value="{{values.familyName}}"\(FormErrors.marks("familyName"))>
          \(FormErrors.sentence("familyName"))
          <label for="givenNames">{{t.givenNames}}</label><input id="givenNames" name="givenNames" type="text" required maxlength="100" value="{{values.givenNames}}"\(FormErrors.marks("givenNames"))>
          \(FormErrors.sentence("givenNames"))
          <label for="dateOfBirth">{{t.dateOfBirth}}</label><input id="dateOfBirth" name="dateOfBirth" type="date" required value="{{values.dateOfBirth}}"\(FormErrors.marks("dateOfBirth"))>
          \(FormErrors.sentence("dateOfBirth"))
          <label for="sex">{{t.sex}}</label>
          <select id="sex" name="sex"\(FormErrors.marks("sex"))>{{#sexes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/sexes}}</select>
          \(FormErrors.sentence("sex"))
          <label for="nationality">{{t.nationality}}</label><input id="nationality" name="nationality" type="text" required maxlength="3" value="{{values.nationality}}" data-suggest="nations"\(FormErrors.marks("nationality"))>
          \(FormErrors.sentence("nationality"))
          <label for="staffNumber">{{t.staffNumber}}</label><input id="staffNumber" name="staffNumber" type="text" maxlength="20" value="{{values.staffNumber}}"\(FormErrors.marks("staffNumber"))>
          \(FormErrors.sentence("staffNumber"))
          <label for="staffUnit">{{t.unit}}</label><input id="staffUnit" name="staffUnit" type="text" maxlength="20" value="{{values.staffUnit}}" data-suggest="units"\(FormErrors.marks("staffUnit"))>
          \(FormErrors.sentence("staffUnit"))
          <label for="phone">{{t.phone}}</label><input id="phone" name="phone" type="text" maxlength="40" value="{{values.phone}}"\(FormErrors.marks("phone"))>
          \(FormErrors.sentence("phone"))
          <label for="email">{{t.email}}</label><input id="email" name="email" type="text" maxlength="200" value="{{values.email}}"\(FormErrors.marks("email"))>
          \(FormErrors.sentence("email"))
          <label for="emergencyName">{{t.emergencyContact}}</label><input id="emergencyName" name="emergencyName" type="text" maxlength="200" value="{{values.emergencyName}}"\(FormErrors.marks("emergencyName"))>
          \(FormErrors.sentence("emergencyName"))
          <label for="emergencyPhone">{{t.emergencyPhone}}</label><input id="emergencyPhone" name="emergencyPhone" type="text" maxlength="40" value="{{values.emergencyPhone}}"\(FormErrors.marks("emergencyPhone"))>
          \(FormErrors.sentence("emergencyPhone"))
          <label for="insurer">{{t.insurer}}</label><input id="insurer" name="insurer" type="text" maxlength="200" value="{{values.insurer}}"\(FormErrors.marks("insurer"))>
          \(FormErrors.sentence("insurer"))
          <label for="insurerNumber">{{t.insurerNumber}}</label><input id="insurerNumber" name="insurerNumber" type="text" maxlength="60" value="{{values.insurerNumber}}"\(FormErrors.marks("insurerNumber"))>
          \(FormErrors.sentence("insurerNumber"))
          <button id="patient-submit" type="submit">{{t.create}}</button>
        </form>
        """

    package static let chart =
        """
        <h1 id="page-title"><span id="patient-name">{{patient.name}}</span></h1>
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#breakGlass}}<p id="break-glass-notice" class="error" role="status">{{breakGlass}}</p>{{/breakGlass}}
        {{#mergedInto}}<p id="merged-notice" class="notice" role="status">{{text}} <a id="merged-into" href="/health/patients/{{id}}">{{t.openRecord}}</a></p>{{/mergedInto}}
        <section class="card" aria-labelledby="identity-heading">
          <h2 id="identity-heading">{{t.identity}}</h2>
          <dl class="profile">
            <dt>{{t.dateOfBirth}}</dt><dd id="patient-dob">{{patient.dateOfBirth}}</dd>
            <dt>{{t.sex}}</dt><dd>{{patient.sex}}</dd>
            <dt>{{t.nationality}}</dt><dd>{{patient.nationality}}</dd>
            <dt>{{t.staffNumber}}</dt><dd id="patient-staff-number">{{patient.staffNumber}}</dd>
            <dt>{{t.unit}}</dt><dd>{{patient.staffUnit}}</dd>
            <dt>{{t.phone}}</dt><dd>{{patient.phone}}</dd>
            <dt>{{t.email}}</dt><dd>{{patient.email}}</dd>
            <dt>{{t.emergencyContact}}</dt><dd>{{patient.emergency}}</dd>
            <dt>{{t.insurer}}</dt><dd>{{patient.insurer}}</dd>
            <dt>{{t.classification}}</dt><dd><span class="marking {{patient.bannerClass}}">{{patient.banner}}</span></dd>
          </dl>
        </section>
        <p class="no-print">
          {{#canWrite}}<a id="new-entry" href="/health/patients/{{patient.id}}/entries/new">{{t.newEntry}}</a> ·
          <a id="new-lab-result" href="/health/patients/{{patient.id}}/entries/new?type=lab-result">{{t.newLabResult}}</a> ·{{/canWrite}}
          {{#patientLinks}}<a id="{{id}}" href="{{href}}">{{name}}</a> · {{/patientLinks}}
          <a id="fhir-link" href="/health/patients/{{patient.id}}/fhir" download>{{t.fhirExport}}</a>
        </p>
        <section aria-labelledby="entries-heading">
          <h2 id="entries-heading">{{t.entries}}</h2>
          {{#hasEntries}}
          <table id="entry-list">
            <thead><tr><th scope="col">{{t.date}}</th><th scope="col">{{t.type}}</th><th scope="col">{{t.summary}}</th><th scope="col">{{t.results}}</th><th scope="col">{{t.version}}</th></tr></thead>
            <tbody>
            {{#entries}}<tr><td>{{date}}</td><td>{{typeName}}</td><td><a href="/health/patients/{{patientId}}/entries/{{id}}">{{summary}}</a>{{#revoked}} <strong class="error">({{revokedText}})</strong>{{/revoked}}</td><td>{{#observations}}<span class="obs">{{name}} {{value}} {{unit}}{{#flag}} <strong>{{flag}}</strong>{{/flag}}</span><br>{{/observations}}</td><td>{{version}}</td></tr>{{/entries}}
            </tbody>
          </table>
          {{/hasEntries}}
          {{^hasEntries}}<p id="entry-list-empty">{{t.noEntries}}</p>{{/hasEntries}}
        </section>
        """

    package static let entryType =
        """
        <h1 id="page-title">{{heading}}</h1>
        <p>{{t.patient}}: <a href="/health/patients/{{patientId}}">{{patientName}}</a></p>
        <h2 id="choose-type">{{t.chooseType}}</h2>
        <ul id="entry-types">{{#types}}<li><a id="type-{{id}}" href="{{href}}">{{name}}</a></li>{{/types}}</ul>
        """

    package static let entryForm =
        """
        <h1 id="page-title">{{heading}}</h1>
        <p>{{t.patient}}: <a href="/health/patients/{{patientId}}">{{patientName}}</a></p>
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="entry-form" method="post" action="{{action}}" class="form-grid" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <input type="hidden" name="type" value="{{type}}">
          <span class="label">{{t.type}}</span><span id="entry-type">{{typeName}}{{#isNew}} · <a id="change-type" href="/health/patients/{{patientId}}/entries/new">{{t.changeType}}</a>{{/isNew}}</span>
          <label for="summary">{{t.summary}}</label><input id="summary" name="summary" type="text" required maxlength="300" value="{{values.summary}}"\(FormErrors.marks("summary"))>\(FormErrors.sentence("summary"))
          <label for="date">{{t.date}}</label><input id="date" name="date" type="date" required value="{{values.date}}"\(FormErrors.marks("date"))>\(FormErrors.sentence("date"))
          {{#isLab}}
          <fieldset id="observations-fieldset"><legend>{{t.observations}}</legend>
            <p class="help" id="observations-help">{{t.observationsHelp}}</p>
            <table><thead><tr><th scope="col">{{t.test}}</th><th scope="col">{{t.value}}</th></tr></thead>
            <tbody>{{#rows}}<tr>
              <td><input id="obs{{n}}-test" name="obs{{n}}-test" type="text" maxlength="100" value="{{test}}" aria-label="{{t.findTest}} {{number}}" aria-describedby="observations-help" data-suggest="lab-tests" data-suggest-select="obs{{n}}-code">
                <select id="obs{{n}}-code" name="obs{{n}}-code" aria-label="{{t.test}} {{number}}"{{#codeError}} aria-invalid="true" aria-describedby="obs{{n}}-code-error"{{/codeError}}><option value="">—</option>
                {{#panels}}<optgroup label="{{name}}">{{#tests}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}} ({{unit}})</option>{{/tests}}</optgroup>{{/panels}}
                {{#other}}<option value="{{code}}" selected>{{display}}</option>{{/other}}
              </select>{{#other}}<input type="hidden" name="obs{{n}}-display" value="{{display}}"><input type="hidden" name="obs{{n}}-unit" value="{{unit}}"><input type="hidden" name="obs{{n}}-low" value="{{low}}"><input type="hidden" name="obs{{n}}-high" value="{{high}}">{{/other}}{{#codeError}}<p class="error help" id="obs{{n}}-code-error">{{.}}</p>{{/codeError}}</td>
              <td><input id="obs{{n}}-value" name="obs{{n}}-value" type="text" inputmode="decimal" size="8" aria-label="{{t.value}} {{number}}" value="{{value}}"{{#valueError}} aria-invalid="true" aria-describedby="obs{{n}}-value-error"{{/valueError}}>{{#valueError}}<p class="error help" id="obs{{n}}-value-error">{{.}}</p>{{/valueError}}</td>
            </tr>{{/rows}}</tbody></table>
          </fieldset>
          {{/isLab}}
          <label for="text">{{t.text}}</label><textarea id="text" name="text" rows="6" maxlength="50000"\(FormErrors.marks("text"))>{{values.text}}</textarea>\(FormErrors.sentence("text"))
          {{#isCorrespondence}}
          <label for="correspondent">{{t.correspondent}}</label><input id="correspondent" name="correspondent" type="text" maxlength="200" value="{{values.correspondent}}"\(FormErrors.marks("correspondent"))>\(FormErrors.sentence("correspondent"))
          {{/isCorrespondence}}
          {{#isConsent}}
          <fieldset id="consent-fieldset"><legend>{{t.consentTerms}}</legend>
            <p class="help">{{t.consentHelp}}</p>
            <label for="consent-recipient">{{t.recipient}}</label> <input id="consent-recipient" name="consent-recipient" type="text" required maxlength="200" value="{{values.consent-recipient}}"\(FormErrors.marks("consent-recipient"))>\(FormErrors.sentence("consent-recipient"))<br>
            <label for="consent-scope">{{t.scope}}</label> <input id="consent-scope" name="consent-scope" type="text" required maxlength="500" value="{{values.consent-scope}}"\(FormErrors.marks("consent-scope"))>\(FormErrors.sentence("consent-scope"))<br>
            <label for="consent-purpose">{{t.purpose}}</label> <input id="consent-purpose" name="consent-purpose" type="text" required maxlength="300" value="{{values.consent-purpose}}"\(FormErrors.marks("consent-purpose"))>\(FormErrors.sentence("consent-purpose"))<br>
            <label for="consent-from">{{t.validFrom}}</label> <input id="consent-from" name="consent-from" type="date" required value="{{values.consent-from}}"\(FormErrors.marks("consent-from"))>\(FormErrors.sentence("consent-from"))
            <label for="consent-until">{{t.validUntil}}</label> <input id="consent-until" name="consent-until" type="date" required value="{{values.consent-until}}"\(FormErrors.marks("consent-until"))>\(FormErrors.sentence("consent-until"))
          </fieldset>
          {{/isConsent}}
          {{^isNew}}<label for="reason">{{t.reason}}</label><input id="reason" name="reason" type="text" required maxlength="500" value="{{values.reason}}"\(FormErrors.marks("reason"))>\(FormErrors.sentence("reason"))
          <input type="hidden" name="version" value="{{version}}">{{/isNew}}
          <button id="entry-submit" type="submit">{{submit}}</button>
        </form>
        """

    package static let entry =
        """
        <h1 id="page-title">{{entry.summary}}</h1>
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#error}}<p id="form-error" class="error" role="alert">{{error}}</p>{{/error}}
        <p>{{t.patient}}: <a id="back-to-chart" href="/health/patients/{{patientId}}">{{patientName}}</a></p>
        <section class="card">
          <dl class="profile">
            <dt>{{t.type}}</dt><dd id="entry-type">{{entry.typeName}}</dd>
            <dt>{{t.date}}</dt><dd>{{entry.date}}</dd>
            <dt>{{t.author}}</dt><dd>{{entry.author}}</dd>
            <dt>{{t.version}}</dt><dd id="entry-version">{{entry.version}}</dd>
            <dt>{{t.classification}}</dt><dd><span class="marking {{entry.bannerClass}}">{{entry.banner}}</span></dd>
            {{#entry.correspondent}}<dt>{{t.correspondent}}</dt><dd>{{entry.correspondent}}</dd>{{/entry.correspondent}}
            {{#entry.consent}}<dt>{{t.consentTerms}}</dt><dd id="consent-terms">{{entry.consent}}</dd>{{/entry.consent}}
            {{#entry.revokedText}}<dt>{{t.revoked}}</dt><dd id="consent-revoked" class="error">{{entry.revokedText}}</dd>{{/entry.revokedText}}
          </dl>
          <p style="white-space: pre-line" id="entry-text">{{entry.text}}</p>
          {{#hasObservations}}
          <table id="observations"><thead><tr><th scope="col">{{t.test}}</th><th scope="col">{{t.value}}</th><th scope="col">{{t.range}}</th><th scope="col">{{t.flag}}</th></tr></thead>
          <tbody>{{#observations}}<tr><td>{{name}} <span class="muted">{{code}}</span></td><td>{{value}} {{unit}}</td><td>{{range}}</td><td><strong>{{flag}}</strong></td></tr>{{/observations}}</tbody></table>
          {{/hasObservations}}
          {{#codes}}<p>{{system}} {{code}} {{display}}</p>{{/codes}}
        </section>
        <section class="card" aria-labelledby="files-heading">
          <h2 id="files-heading">{{t.files}}</h2>
          {{#hasFiles}}<ul id="files">{{#files}}<li><a href="/health/patients/{{patientId}}/entries/{{entry.id}}/attachments/{{id}}">{{name}}</a> (v{{version}}) <span class="marking {{bannerClass}}">{{banner}}</span></li>{{/files}}</ul>{{/hasFiles}}
          {{^hasFiles}}<p id="files-empty" class="muted">{{t.noFiles}}</p>{{/hasFiles}}
          {{#canWrite}}<form id="upload-form" method="post" action="/health/patients/{{patientId}}/entries/{{entry.id}}/upload" enctype="multipart/form-data" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="upload-file">{{t.chooseFile}}</label>
            <input id="upload-file" name="file" type="file" required>
            <button id="upload-submit" type="submit">{{t.attach}}</button>
          </form>{{/canWrite}}
        </section>
        {{#canWrite}}<p class="no-print"><a id="correct-entry" href="/health/patients/{{patientId}}/entries/{{entry.id}}/correct">{{t.correct}}</a></p>
        {{#canRevoke}}<form method="post" action="/health/patients/{{patientId}}/entries/{{entry.id}}/revoke" class="inline-form">
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <label for="revoke-reason">{{t.revokeReason}}</label><input id="revoke-reason" name="reason" type="text" required maxlength="500">
          <button id="revoke-submit" class="danger" type="submit">{{t.revoke}}</button>
        </form>{{/canRevoke}}{{/canWrite}}
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading">{{t.versions}}</h2>
          <table id="version-list"><thead><tr><th scope="col">{{t.version}}</th><th scope="col">{{t.recordedAt}}</th><th scope="col">{{t.author}}</th><th scope="col">{{t.reason}}</th><th scope="col">{{t.text}}</th></tr></thead>
          <tbody>{{#versions}}<tr><td>{{version}}</td><td>{{recordedAt}}</td><td>{{author}}</td><td>{{reason}}</td><td style="white-space: pre-line">{{text}}</td></tr>{{/versions}}</tbody></table>
        </section>
        """

    package static let breakGlass =
        """
        <h1 id="page-title">{{t.breakGlass}}</h1>
        <p class="help">{{t.breakGlassHelp}}</p>
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="break-glass-form" method="post" action="/health/break-glass/open" class="form-grid" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <label for="patient">{{t.patientId}}</label><input id="patient" name="patient" type="text" required maxlength="40" value="{{values.patient}}"\(FormErrors.marks("patient"))>\(FormErrors.sentence("patient"))
          <label for="reason">{{t.reason}}</label><input id="reason" name="reason" type="text" required maxlength="500" value="{{values.reason}}"\(FormErrors.marks("reason"))>\(FormErrors.sentence("reason"))
          <button id="break-glass-submit" class="danger" type="submit">{{t.breakGlassOpen}}</button>
        </form>
        """

    package static let breakGlassQueue =
        """
        <h1 id="page-title">{{t.breakGlassQueue}}</h1>
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#errors}}{{> form-errors}}{{/errors}}
        {{#hasOpenings}}
        <table id="opening-list"><thead><tr>{{> list-headers}}<th scope="col">{{t.review}}</th></tr></thead>
        <tbody>{{#openings}}<tr><td>{{openedAt}}</td><td>{{user}}</td><td>{{patient}}</td><td>{{reason}}</td>
          {{#mine}}<td id="awaiting-{{id}}" class="muted">{{t.awaitingAnotherAdvisor}}</td>{{/mine}}
          {{^mine}}<td><form method="post" action="/health/break-glass/{{id}}/review" class="inline-form"><input type="hidden" name="_csrf" value="{{csrf}}">
          <label for="note-{{id}}">{{t.reviewNote}}</label><input id="note-{{id}}" name="note" type="text" required maxlength="1000" value="{{note}}"{{#noteError}} aria-describedby="note-{{id}}-error" aria-invalid="true"{{/noteError}}>{{#noteError}}<span class="error help" id="note-{{id}}-error">{{.}}</span>{{/noteError}}
          <button type="submit">{{t.review}}</button></form></td>{{/mine}}</tr>{{/openings}}</tbody></table>
        {{/hasOpenings}}
        {{^hasOpenings}}<p id="opening-list-empty">{{t.noOpenings}}</p>{{/hasOpenings}}
        {{> list-pager}}
        """

    package static let duplicates =
        """
        <h1 id="page-title">{{t.duplicates}}</h1>
        <p class="help">{{t.duplicatesHelp}}</p>
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#errors}}{{> form-errors}}{{/errors}}
        {{#hasDuplicates}}
        <table id="duplicate-list"><thead><tr>{{> list-headers}}<th scope="col">{{t.decision}}</th></tr></thead>
        <tbody>{{#duplicates}}<tr id="duplicate-{{id}}"><td>{{flaggedAt}}</td><td>{{flaggedBy}}</td>
          <td>{{#duplicate}}{{#name}}<a href="/health/patients/{{id}}">{{name}}</a> · {{dateOfBirth}} · {{staffNumber}}{{#restricted}} <span class="muted">({{t.restricted}})</span>{{/restricted}}{{/name}}{{#hidden}}<span class="muted">{{hidden}}</span>{{/hidden}}{{/duplicate}}</td>
          <td>{{#existing}}{{#name}}<a href="/health/patients/{{id}}">{{name}}</a> · {{dateOfBirth}} · {{staffNumber}}{{#restricted}} <span class="muted">({{t.restricted}})</span>{{/restricted}}{{/name}}{{#hidden}}<span class="muted">{{hidden}}</span>{{/hidden}}{{/existing}}</td>
          <td>{{matchedOn}}</td>
          {{#mine}}<td id="awaiting-{{id}}" class="muted">{{t.awaitingAnotherAdvisor}}</td>{{/mine}}
          {{^mine}}<td><form method="post" action="/health/duplicates/{{id}}/merge" class="inline-form"><input type="hidden" name="_csrf" value="{{csrf}}">
          <label for="merge-note-{{id}}">{{t.decisionNote}}</label><input id="merge-note-{{id}}" name="note" type="text" required maxlength="1000" value="{{mergeNote}}"{{#mergeError}} aria-describedby="merge-note-{{id}}-error" aria-invalid="true"{{/mergeError}}>{{#mergeError}}<span class="error help" id="merge-note-{{id}}-error">{{.}}</span>{{/mergeError}}
          <button id="merge-{{id}}" type="submit">{{t.merge}}</button></form>
          <form method="post" action="/health/duplicates/{{id}}/dismissal" class="inline-form"><input type="hidden" name="_csrf" value="{{csrf}}">
          <label for="dismiss-note-{{id}}">{{t.decisionNote}}</label><input id="dismiss-note-{{id}}" name="note" type="text" required maxlength="1000" value="{{dismissNote}}"{{#dismissError}} aria-describedby="dismiss-note-{{id}}-error" aria-invalid="true"{{/dismissError}}>{{#dismissError}}<span class="error help" id="dismiss-note-{{id}}-error">{{.}}</span>{{/dismissError}}
          <button id="dismiss-{{id}}" type="submit">{{t.notDuplicate}}</button></form></td>{{/mine}}</tr>{{/duplicates}}</tbody></table>
        {{/hasDuplicates}}
        {{^hasDuplicates}}<p id="duplicate-list-empty">{{t.noDuplicates}}</p>{{/hasDuplicates}}
        {{> list-pager}}
        """
}
