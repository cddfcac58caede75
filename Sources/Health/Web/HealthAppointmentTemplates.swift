import ChancerySpine

/// The appointment pages' templates. Elements carry stable ids for the browser tests.
package enum HealthAppointmentTemplates {
    package static let all: [(String, String)] = [
        ("health-appointments-day", day), ("health-appointment", appointment), ("health-appointments-book", book),
        ("health-appointments-reschedule", reschedule), ("health-appointments-diary", diary),
    ]

    package static let day =
        """
        <h1 id="page-title">{{t.appointments}} — {{dateText}}</h1>
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#errors}}{{> form-errors}}{{/errors}}
        <p class="pager"><a id="day-previous" href="/health/appointments?date={{previous}}">← {{previousText}}</a>
          <a id="day-next" href="/health/appointments?date={{next}}">{{nextText}} →</a></p>
        <form id="appointments-filter" method="get" action="/health/appointments" class="inline-form" role="search">
          <input type="hidden" name="date" value="{{date}}">
          <label for="filter-status">{{t.status}}</label>
          <select id="filter-status" name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/statuses}}</select>
          <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
          <button id="appointments-filter-submit" type="submit">{{t.filter}}</button>
        </form>
        {{#hasLines}}
        <table id="appointments" class="appointments">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>
          {{#lines}}<tr id="appointment-{{id}}" class="status-{{statusCode}}"{{#refusal}} aria-describedby="appointment-{{id}}-error"{{/refusal}}>
            <td><a id="open-{{id}}" href="/health/appointments/{{id}}">{{start}}–{{end}}</a></td>
            <td class="patient">{{patient}}</td><td>{{clinician}}</td><td>{{type}}</td>
            <td><span id="status-{{id}}">{{status}}{{#overbooked}} <strong>{{t.overbooked}}</strong>{{/overbooked}}</span>{{#refusal}} <span class="error help" id="appointment-{{id}}-error">{{.}}</span>{{/refusal}}
              {{#canCheckIn}}<form method="post" action="/health/appointments/{{id}}/check-in" class="inline-form">
                <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="from" value="day"><input type="hidden" name="date" value="{{date}}">
                <button id="check-in-{{id}}" type="submit" class="secondary">{{t.checkIn}}</button>
              </form>{{/canCheckIn}}</td></tr>{{/lines}}
          </tbody>
        </table>
        {{/hasLines}}
        {{^hasLines}}<p id="appointments-empty">{{t.none}}</p>{{/hasLines}}
        {{> list-pager}}
        <section aria-labelledby="diaries-heading">
          <h2 id="diaries-heading">{{t.diaries}}</h2>
          <ul id="diaries">{{#diaries}}<li><a id="diary-{{id}}" href="/health/appointments/diary/{{id}}?date={{date}}&amp;view=week">{{name}}</a></li>{{/diaries}}</ul>
        </section>
        """

    package static let appointment =
        """
        <h1 id="page-title">{{heading}}</h1>
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#errors}}{{> form-errors}}{{/errors}}
        <dl id="appointment-details" class="profile">
          <dt>{{t.patient}}</dt><dd id="appointment-patient">{{#chart}}<a id="patient-link" href="{{chart}}">{{patient}}</a>{{/chart}}{{^chart}}{{patient}}{{/chart}}</dd>
          <dt>{{t.clinician}}</dt><dd id="appointment-clinician"><a id="clinician-diary" href="{{diary}}">{{clinician}}</a>{{#specialty}} <small>{{specialty}}</small>{{/specialty}}</dd>
          <dt>{{t.type}}</dt><dd id="appointment-type">{{type}}</dd>
          <dt>{{t.time}}</dt><dd id="appointment-time">{{when}}</dd>
          <dt>{{t.location}}</dt><dd id="appointment-location">{{location}}</dd>
          <dt>{{t.status}}</dt><dd id="appointment-status" class="status-{{statusCode}}">{{status}}{{#overbooked}} <strong>{{t.overbooked}}</strong>{{/overbooked}}{{#statusNote}} — {{statusNote}}{{/statusNote}}</dd>
          {{#note}}<dt>{{t.note}}</dt><dd id="appointment-note">{{note}}</dd>{{/note}}
        </dl>
        <section id="appointment-changes" aria-labelledby="changes-heading">
          <h2 id="changes-heading">{{t.changes}}</h2>
          {{#canCheckIn}}<form id="check-in-form" method="post" action="/health/appointments/{{id}}/check-in" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">
            <button id="check-in" type="submit">{{t.checkIn}}</button>
          </form>{{/canCheckIn}}
          {{#canReschedule}}<p><a id="reschedule" href="/health/appointments/{{id}}/reschedule">{{t.reschedule}}</a></p>{{/canReschedule}}
          {{#canCancel}}<form id="cancel-form" method="post" action="/health/appointments/{{id}}/cancel" class="form-grid">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">
            <label for="reason">{{t.reason}}</label>
            <input id="reason" name="reason" type="text" required maxlength="500" value="{{reason}}"\(FormErrors.marks("reason"))>
            \(FormErrors.sentence("reason"))
            <button id="cancel" type="submit">{{t.cancelSubmit}}</button>
          </form>{{/canCancel}}
          {{#canNoShow}}<form id="no-show-form" method="post" action="/health/appointments/{{id}}/no-show" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">
            <button id="no-show" type="submit" class="secondary">{{t.noShowSubmit}}</button>
          </form>{{/canNoShow}}
          {{^hasChanges}}<p id="no-changes">{{t.noChanges}}</p>{{/hasChanges}}
        </section>
        {{#hasHistory}}
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{{t.history}}</h2>
          <table id="history">
            <thead><tr><th scope="col">{{t.when}}</th><th scope="col">{{t.by}}</th><th scope="col">{{t.what}}</th></tr></thead>
            <tbody>{{#history}}<tr><td><time datetime="{{iso}}">{{when}}</time></td><td>{{who}}</td><td>{{what}}</td></tr>{{/history}}</tbody>
          </table>
        </section>
        {{/hasHistory}}
        <p><a id="back-to-day" href="/health/appointments?date={{date}}">{{t.backToDay}}</a></p>
        """

    package static let book =
        """
        <h1 id="page-title">{{t.bookTitle}}</h1>
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="book-form" method="post" action="/health/appointments/new" class="form-grid" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <label for="patientQuery">{{t.findPatient}}</label>
          <span><input id="patientQuery" name="patientQuery" type="text" maxlength="100" value="{{patientQuery}}" aria-describedby="patientQuery-help" data-suggest="patients" data-suggest-select="patient">
          <button id="find-patient" class="secondary" type="submit" name="action" value="find" formnovalidate>{{t.findPatientSubmit}}</button>
          <span class="help" id="patientQuery-help">{{t.findPatientHelp}}</span></span>
          <label for="patient">{{t.patient}}</label>
          <select id="patient" name="patient" required\(FormErrors.marks("patient"))>{{#patients}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/patients}}</select>\(FormErrors.sentence("patient"))
          <label for="clinician">{{t.clinician}}</label>
          <select id="clinician" name="clinician" required\(FormErrors.marks("clinician"))>{{#clinicians}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/clinicians}}</select>\(FormErrors.sentence("clinician"))
          <label for="type">{{t.type}}</label>
          <select id="type" name="type" required\(FormErrors.marks("type"))>{{#types}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/types}}</select>\(FormErrors.sentence("type"))
          <label for="date">{{t.date}}</label>
          <input id="date" name="date" type="date" required value="{{date}}"\(FormErrors.marks("date"))>\(FormErrors.sentence("date"))
          <button id="find-slots" type="submit" name="action" value="find" formnovalidate>{{t.findSlots}}</button>
          {{#free}}
          <fieldset id="free-times"><legend>{{heading}}</legend>
            {{#none}}<p id="no-free-times">{{none}}</p>{{/none}}
            <p class="slots">{{#times}}<button id="slot-{{id}}" type="submit" name="slot" value="{{time}}">{{time}}</button> {{/times}}</p>
            {{#hasDays}}<p class="help">{{t.otherDays}}</p>{{/hasDays}}
            <p class="slots">{{#days}}<button id="day-{{date}}" type="submit" name="find-day" value="{{date}}" formnovalidate class="secondary">{{name}}</button> {{/days}}</p>
          </fieldset>
          {{/free}}
          <label for="note">{{t.note}}</label>
          <input id="note" name="note" type="text" maxlength="1000" value="{{note}}"\(FormErrors.marks("note"))>\(FormErrors.sentence("note"))
          <label for="time">{{t.otherTime}}</label>
          <input id="time" name="time" type="time" value="{{time}}"\(FormErrors.marks("time"))>\(FormErrors.sentence("time"))
          <button id="book-submit" type="submit" name="action" value="book">{{t.bookSubmit}}</button>
        </form>
        """

    package static let reschedule =
        """
        <h1 id="page-title">{{t.rescheduleTitle}}</h1>
        <p id="current">{{current}} <a id="back-to-appointment" href="/health/appointments/{{id}}">{{t.backToAppointment}}</a></p>
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="reschedule-form" method="post" action="/health/appointments/{{id}}/reschedule" class="form-grid" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">
          <label for="clinician">{{t.clinician}}</label>
          <select id="clinician" name="clinician" required\(FormErrors.marks("clinician"))>{{#clinicians}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/clinicians}}</select>\(FormErrors.sentence("clinician"))
          <label for="date">{{t.date}}</label>
          <input id="date" name="date" type="text" required pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}" placeholder="{{t.datePlaceholder}}" value="{{date}}"\(FormErrors.marks("date"))>\(FormErrors.sentence("date"))
          <label for="time">{{t.time}}</label>
          <input id="time" name="time" type="text" required pattern="[0-2][0-9]:[0-5][0-9]" placeholder="HH:MM" value="{{time}}"\(FormErrors.marks("time"))>\(FormErrors.sentence("time"))
          <button id="reschedule-submit" type="submit">{{t.rescheduleSubmit}}</button>
        </form>
        """

    package static let diary =
        """
        <h1 id="page-title">{{clinician}} <small>{{specialty}}</small></h1>
        <p class="pager"><a id="diary-previous" href="/health/appointments/diary/{{id}}?date={{previous}}&amp;view={{view}}">←</a>
          {{#isWeek}}<a id="diary-day" href="/health/appointments/diary/{{id}}?date={{date}}&amp;view=day">{{t.dayView}}</a>{{/isWeek}}
          {{^isWeek}}<a id="diary-week" href="/health/appointments/diary/{{id}}?date={{date}}&amp;view=week">{{t.weekView}}</a>{{/isWeek}}
          <a id="diary-next" href="/health/appointments/diary/{{id}}?date={{next}}&amp;view={{view}}">→</a></p>
        <div id="diary" class="diary">
        {{#days}}
          <section id="day-{{date}}" class="diary-day">
            <h2>{{weekday}} {{date}}</h2>
            <h3 id="hours-heading-{{date}}">{{t.hours}}</h3>
            <p class="hours">{{#hours}}{{hours}}{{/hours}}{{^hours}}—{{/hours}}</p>
            {{#away}}<h3 id="away-heading-{{date}}">{{t.away}}</h3>
            <p class="away">{{away}}</p>{{/away}}
            {{#hasAppointments}}<h3 id="booked-heading-{{date}}">{{t.booked}}</h3>
            <ul class="booked" aria-labelledby="booked-heading-{{date}}">{{#appointments}}<li id="diary-appointment-{{id}}" class="status-{{statusCode}}"><a href="/health/appointments/{{id}}">{{start}}–{{end}}</a> · {{location}} · {{status}}</li>{{/appointments}}</ul>{{/hasAppointments}}
            {{#hasFree}}<h3 id="free-heading-{{date}}">{{t.freeSlots}}</h3>
            <p class="free">{{#free}}<a class="slot" href="{{href}}">{{time}}</a> {{/free}}</p>{{/hasFree}}
          </section>
        {{/days}}
        </div>
        """
}
