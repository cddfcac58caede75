import ChancerySpine

/// The pages of referrals, POD requests, releases and disclosures (Mustache; `{{x}}` is escaped).
package enum HealthReleaseTemplates {
    package static let all: [(String, String)] = [
        ("health-referrals", referrals), ("health-referral", referral), ("health-pod-requests", podRequests),
        ("health-pod-request", podRequest), ("health-releases", releases), ("health-release", release),
        ("health-release-package", package), ("health-disclosures", disclosures),
    ]

    package static let messages = """
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#error}}<p id="action-error" class="error" role="alert">{{error}}</p>{{/error}}
        {{#errors}}{{> form-errors}}{{/errors}}
        """

    /// A search box for the patient select: suggestions as one types (the pages' script picks the one chosen in the
    /// select), and without the script a button that narrows the select's list to what it finds.
    package static let patientSearch = """
        <label for="patientQuery">{{t.findPatient}}</label>
        <span><input id="patientQuery" name="patientQuery" type="text" maxlength="100" value="{{values.patientQuery}}" aria-describedby="patientQuery-help" data-suggest="patients" data-suggest-select="patient">
        <button id="find-patient" class="secondary" type="submit" name="action" value="find" formnovalidate>{{t.findPatientSubmit}}</button>
        <span class="help" id="patientQuery-help">{{t.findPatientHelp}}</span></span>
        """

    package static let patientSelect = """
        <label for="patient">{{t.patient}}</label>
        <select id="patient" name="patient" required\(FormErrors.marks("patient"))><option value="">{{t.choosePatient}}</option>
          {{#patients}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/patients}}
        </select>\(FormErrors.sentence("patient"))
        """

    package static let referrals =
        messages + """
            <h1 id="page-title">{{t.referrals}}</h1>
            <form id="referral-filter" method="get" action="/health/referrals" class="inline-form" role="search">
              <label for="filter-status">{{t.status}}</label>
              <select id="filter-status" name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/statuses}}</select>
              <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
              <button id="referral-filter-submit" type="submit">{{t.filter}}</button>
            </form>
            {{#hasItems}}
            <table id="referral-list">
              <thead><tr>{{> list-headers}}</tr></thead>
              <tbody>{{#items}}<tr id="referral-{{id}}"{{#overdue}} class="overdue"{{/overdue}}><td><a href="/health/referrals/{{id}}">{{specialty}}</a></td><td>{{provider}}</td><td>{{urgency}}</td><td>{{status}}</td><td>{{replyDue}}{{#overdue}} <strong class="error">{{t.overdue}}</strong>{{/overdue}}</td></tr>{{/items}}</tbody>
            </table>
            {{/hasItems}}
            {{^hasItems}}<p id="referral-empty">{{t.none}}</p>{{/hasItems}}
            {{> list-pager}}
            {{#canCreate}}
            <section aria-labelledby="new-referral-heading">
              <h2 id="new-referral-heading">{{t.newReferral}}</h2>
              <form id="referral-form" method="post" action="/health/referrals" class="form-grid" novalidate>
                <input type="hidden" name="_csrf" value="{{csrf}}">
                \(patientSearch)
                \(patientSelect)
                <label for="provider">{{t.provider}}</label><input id="provider" name="provider" type="text" required maxlength="200" value="{{values.provider}}"\(FormErrors.marks("provider"))>\(FormErrors.sentence("provider"))
                <label for="providerAddress">{{t.providerAddress}}</label><input id="providerAddress" name="providerAddress" type="text" maxlength="500" value="{{values.providerAddress}}"\(FormErrors.marks("providerAddress"))>\(FormErrors.sentence("providerAddress"))
                <label for="specialty">{{t.specialty}}</label><input id="specialty" name="specialty" type="text" required maxlength="100" value="{{values.specialty}}"\(FormErrors.marks("specialty"))>\(FormErrors.sentence("specialty"))
                <label for="reason">{{t.reason}}</label><textarea id="reason" name="reason" required maxlength="10000"\(FormErrors.marks("reason"))>{{values.reason}}</textarea>\(FormErrors.sentence("reason"))
                <label for="urgency">{{t.urgency}}</label><select id="urgency" name="urgency"\(FormErrors.marks("urgency"))>{{#urgencies}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/urgencies}}</select>\(FormErrors.sentence("urgency"))
                <label for="replyDue">{{t.replyDue}}</label><input id="replyDue" name="replyDue" type="date" value="{{values.replyDue}}"\(FormErrors.marks("replyDue"))>\(FormErrors.sentence("replyDue"))
                <button type="submit" id="referral-submit">{{t.create}}</button>
              </form>
            </section>
            {{/canCreate}}
            """

    package static let referral =
        messages + """
            <h1 id="page-title">{{item.specialty}} — {{item.provider}}</h1>
            <dl class="profile" id="referral-details">
              <dt>{{t.patient}}</dt><dd><a href="/health/patients/{{item.patientID}}">{{item.patientID}}</a></dd>
              <dt>{{t.status}}</dt><dd id="referral-status">{{item.status}}</dd>
              <dt>{{t.urgency}}</dt><dd>{{item.urgency}}</dd>
              <dt>{{t.providerAddress}}</dt><dd>{{item.providerAddress}}</dd>
              <dt>{{t.reason}}</dt><dd class="pre">{{item.reason}}</dd>
              <dt>{{t.replyDue}}</dt><dd>{{item.replyDue}}{{#item.overdue}} <strong class="error">{{t.overdue}}</strong>{{/item.overdue}}</dd>
              <dt>{{t.sentDate}}</dt><dd id="referral-sent">{{item.sentDate}}</dd>
              <dt>{{t.reply}}</dt><dd id="referral-reply">{{item.replyDate}} {{item.replySummary}}</dd>
            </dl>
            {{#canAct}}
            {{#canSend}}<form id="form-sent" method="post" action="/health/referrals/{{item.id}}/sent" class="inline-form"><input type="hidden" name="_csrf" value="{{csrf}}"><label for="sent-date">{{t.sentDate}}</label><input id="sent-date" name="date" type="date" value="{{today}}"><button type="submit">{{t.markSent}}</button></form>{{/canSend}}
            {{#canReply}}<form id="form-reply" method="post" action="/health/referrals/{{item.id}}/reply" class="form-grid"><input type="hidden" name="_csrf" value="{{csrf}}"><label for="reply-date">{{t.replyDate}}</label><input id="reply-date" name="date" type="date" value="{{today}}"><label for="reply-summary">{{t.replySummary}}</label><textarea id="reply-summary" name="summary" required maxlength="10000"></textarea><button type="submit">{{t.recordReply}}</button></form>{{/canReply}}
            {{#canClose}}<form id="form-closure" method="post" action="/health/referrals/{{item.id}}/closure" class="inline-form"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{t.close}}</button></form>{{/canClose}}
            {{#canCancel}}<form id="form-cancellation" method="post" action="/health/referrals/{{item.id}}/cancellation" class="inline-form"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{t.cancel}}</button></form>{{/canCancel}}
            {{/canAct}}
            <p class="no-print"><a href="/health/referrals">{{t.back}}</a></p>
            """

    package static let podRequests =
        messages + """
            <h1 id="page-title">{{t.podRequests}}</h1>
            <form id="pod-filter" method="get" action="/health/pod-requests" class="inline-form" role="search">
              <label for="filter-status">{{t.status}}</label>
              <select id="filter-status" name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/statuses}}</select>
              <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
              <button id="pod-filter-submit" type="submit">{{t.filter}}</button>
            </form>
            {{#hasItems}}
            <table id="pod-list">
              <thead><tr>{{> list-headers}}</tr></thead>
              <tbody>{{#items}}<tr id="pod-{{id}}"><td><a href="/health/pod-requests/{{id}}">{{staffNumber}}</a></td><td>{{purpose}}</td><td>{{asked}}</td><td>{{status}}</td><td>{{fitness}}</td></tr>{{/items}}</tbody>
            </table>
            {{/hasItems}}
            {{^hasItems}}<p id="pod-empty">{{t.none}}</p>{{/hasItems}}
            {{> list-pager}}
            <section aria-labelledby="ask-heading">
              <h2 id="ask-heading">{{t.ask}}</h2>
              <p class="help">{{t.askIntro}}</p>
              <form id="pod-form" method="post" action="/health/pod-requests" class="form-grid" novalidate>
                <input type="hidden" name="_csrf" value="{{csrf}}">
                <label for="staffNumber">{{t.staffNumber}}</label><input id="staffNumber" name="staffNumber" type="text" required maxlength="40" value="{{values.staffNumber}}"\(FormErrors.marks("staffNumber"))>\(FormErrors.sentence("staffNumber"))
                <label for="question">{{t.question}}</label><textarea id="question" name="question" required maxlength="2000"\(FormErrors.marks("question"))>{{values.question}}</textarea>\(FormErrors.sentence("question"))
                <label for="purpose">{{t.purpose}}</label><input id="purpose" name="purpose" type="text" required maxlength="500" value="{{values.purpose}}"\(FormErrors.marks("purpose"))>\(FormErrors.sentence("purpose"))
                <button type="submit" id="pod-submit">{{t.ask}}</button>
              </form>
            </section>
            """

    package static let podRequest =
        messages + """
            <h1 id="page-title">{{t.podRequests}}: {{item.staffNumber}}</h1>
            <dl class="profile" id="pod-details">
              <dt>{{t.staffNumber}}</dt><dd>{{item.staffNumber}}</dd>
              <dt>{{t.question}}</dt><dd class="pre">{{item.question}}</dd>
              <dt>{{t.purpose}}</dt><dd>{{item.purpose}}</dd>
              <dt>{{t.requester}}</dt><dd>{{item.requester}}</dd>
              <dt>{{t.asked}}</dt><dd>{{item.asked}}</dd>
              <dt>{{t.status}}</dt><dd id="pod-status">{{item.status}}</dd>
            </dl>
            {{#patientID}}<p><a id="pod-patient" href="/health/patients/{{patientID}}">{{t.openPatient}}</a></p>{{/patientID}}
            <h2 id="answers-heading">{{t.answers}}</h2>
            {{#hasAnswers}}
            <table id="pod-answers">
              <thead><tr><th scope="col">{{t.fitness}}</th><th scope="col">{{t.restrictions}}</th><th scope="col">{{t.from}}</th><th scope="col">{{t.until}}</th><th scope="col">{{t.reviewDate}}</th><th scope="col">{{t.date}}</th></tr></thead>
              <tbody>{{#answers}}<tr id="answer-{{id}}"{{#superseded}} class="superseded"{{/superseded}}><td>{{fitness}}{{#superseded}} ({{t.superseded}}){{/superseded}}</td><td>{{restrictions}}</td><td>{{from}}</td><td>{{until}}</td><td>{{reviewDate}}</td><td>{{answeredAt}}</td></tr>{{/answers}}</tbody>
            </table>
            {{/hasAnswers}}
            {{^hasAnswers}}<p id="pod-no-answer">{{t.noAnswer}}</p>{{/hasAnswers}}
            {{#canAnswer}}
            <section aria-labelledby="answer-heading">
              <h2 id="answer-heading">{{t.answer}}</h2>
              <p class="help">{{t.answerIntro}}</p>
              <form id="pod-answer-form" method="post" action="/health/pod-requests/{{item.id}}/answer" class="form-grid">
                <input type="hidden" name="_csrf" value="{{csrf}}">
                <label for="fitness">{{t.fitness}}</label><select id="fitness" name="fitness" required>{{#fitnessChoices}}<option value="{{value}}">{{name}}</option>{{/fitnessChoices}}</select>
                <fieldset id="restrictions"><legend>{{t.restrictions}}</legend>{{#restrictionChoices}}<label class="inline"><input type="checkbox" name="restriction-{{value}}" value="on"> {{name}}</label>{{/restrictionChoices}}</fieldset>
                <label for="from">{{t.from}}</label><input id="from" name="from" type="date">
                <label for="until">{{t.until}}</label><input id="until" name="until" type="date">
                <label for="reviewDate">{{t.reviewDate}}</label><input id="reviewDate" name="reviewDate" type="date">
                <button type="submit" id="pod-answer-submit">{{t.sendAnswer}}</button>
              </form>
              <form id="pod-close-form" method="post" action="/health/pod-requests/{{item.id}}/closure" class="inline-form"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{t.closeRequest}}</button></form>
            </section>
            {{/canAnswer}}
            <p class="no-print"><a href="/health/pod-requests">{{t.back}}</a></p>
            """

    package static let releases =
        messages + """
            <h1 id="page-title">{{t.releases}}</h1>
            <form id="release-filter" method="get" action="/health/releases" class="inline-form" role="search">
              <label for="filter-status">{{t.status}}</label>
              <select id="filter-status" name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/statuses}}</select>
              <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
              <button id="release-filter-submit" type="submit">{{t.filter}}</button>
            </form>
            {{#hasItems}}
            <table id="release-list">
              <thead><tr>{{> list-headers}}</tr></thead>
              <tbody>{{#items}}<tr id="release-{{id}}"><td><a href="/health/releases/{{id}}">{{recipient}}</a></td><td>{{purpose}}</td><td>{{#patientName}}<a href="/health/patients/{{patientID}}/disclosures">{{patientName}}</a>{{/patientName}}{{^patientName}}—{{/patientName}}</td><td>{{status}}</td><td>{{requested}}</td></tr>{{/items}}</tbody>
            </table>
            {{/hasItems}}
            {{^hasItems}}<p id="release-empty">{{t.none}}</p>{{/hasItems}}
            {{> list-pager}}
            <section aria-labelledby="new-release-heading">
              <h2 id="new-release-heading">{{t.newRelease}}</h2>
              <form id="release-form" method="post" action="/health/releases" class="form-grid" novalidate>
                <input type="hidden" name="_csrf" value="{{csrf}}">
                \(patientSearch)
                \(patientSelect)
                <label for="recipient">{{t.recipient}}</label><input id="recipient" name="recipient" type="text" required maxlength="200" value="{{values.recipient}}"\(FormErrors.marks("recipient"))>\(FormErrors.sentence("recipient"))
                <label for="purpose">{{t.purpose}}</label><input id="purpose" name="purpose" type="text" required maxlength="500" value="{{values.purpose}}"\(FormErrors.marks("purpose"))>\(FormErrors.sentence("purpose"))
                <fieldset id="entryTypes"\(FormErrors.marks("entryTypes"))><legend>{{t.entryTypes}}</legend>{{#entryTypes}}<label class="inline"><input type="checkbox" name="type-{{value}}" value="on"{{#checked}} checked{{/checked}}> {{name}}</label>{{/entryTypes}}</fieldset>\(FormErrors.sentence("entryTypes"))
                <label for="from">{{t.from}}</label><input id="from" name="from" type="date" value="{{values.from}}"\(FormErrors.marks("from"))>\(FormErrors.sentence("from"))
                <label for="until">{{t.until}}</label><input id="until" name="until" type="date" value="{{values.until}}"\(FormErrors.marks("until"))>\(FormErrors.sentence("until"))
                <button type="submit" id="release-submit">{{t.request}}</button>
              </form>
            </section>
            """

    package static let release =
        messages + """
            <h1 id="page-title">{{t.releases}}: {{item.recipient}}</h1>
            <dl class="profile" id="release-details">
              <dt>{{t.patient}}</dt><dd><a href="/health/patients/{{item.patientID}}/disclosures">{{item.patientID}}</a></dd>
              <dt>{{t.recipient}}</dt><dd>{{item.recipient}}</dd>
              <dt>{{t.purpose}}</dt><dd>{{item.purpose}}</dd>
              <dt>{{t.entryTypes}}</dt><dd>{{item.entryTypes}} {{item.period}}</dd>
              <dt>{{t.status}}</dt><dd id="release-status">{{item.status}}</dd>
              <dt>{{t.consent}}</dt><dd id="release-consent">{{#consentValid}}<span class="notice">{{t.consentValid}}</span>{{/consentValid}}{{^consentValid}}<strong class="error">{{t.consentInvalid}}</strong>{{/consentValid}}</dd>
              <dt>{{t.requestedBy}}</dt><dd>{{item.requestedBy}}</dd>
              <dt>{{t.approvedBy}}</dt><dd id="release-approved-by">{{item.approvedBy}}</dd>
              <dt>{{t.releasedBy}}</dt><dd id="release-released-by">{{item.releasedBy}}</dd>
            </dl>
            {{#canApprove}}<form id="form-approval" method="post" action="/health/releases/{{item.id}}/approval" class="inline-form"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{t.approve}}</button></form>{{/canApprove}}
            {{#canRelease}}<form id="form-release" method="post" action="/health/releases/{{item.id}}/release" class="inline-form"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{t.doRelease}}</button></form>{{/canRelease}}
            {{#released}}<p><a id="release-package" href="/health/releases/{{item.id}}/package">{{t.package}}</a> · <a id="release-package-json" href="/api/v1/health/releases/{{item.id}}/package">{{t.packageJSON}}</a></p>{{/released}}
            <p class="no-print"><a href="/health/releases">{{t.back}}</a></p>
            """

    package static let package = """
        <article class="cover-sheet" id="package">
          <p class="cover-marking" id="package-banner-top">{{banner}}</p>
          <h1 id="page-title">{{t.package}}</h1>
          <dl class="profile">
            <dt>{{t.patient}}</dt><dd id="package-patient">{{patient.name}}</dd>
            <dt>{{t.dateOfBirth}}</dt><dd>{{patient.dateOfBirth}}</dd>
            <dt>{{t.recipient}}</dt><dd id="package-recipient">{{recipient}}</dd>
            <dt>{{t.purpose}}</dt><dd>{{purpose}}</dd>
            <dt>{{t.releasedAt}}</dt><dd>{{releasedAt}}</dd>
            <dt>{{t.releasedBy}}</dt><dd>{{releasedBy}}</dd>
          </dl>
          <h2>{{t.entries}}</h2>
          {{#entries}}<section class="card" id="package-entry-{{id}}"><h3>{{date}} · {{type}} · {{summary}}</h3><p class="marking">{{banner}}</p><p class="pre">{{text}}</p></section>{{/entries}}
          <p class="cover-marking" id="package-banner-bottom">{{banner}}</p>
        </article>
        """

    package static let disclosures = """
        <article id="disclosure-report">
          <h1 id="page-title">{{t.disclosures}}: {{patientName}}</h1>
          <p>{{t.disclosuresIntro}}</p>
          <dl class="profile"><dt>{{t.patient}}</dt><dd id="disclosure-patient">{{patientName}}</dd><dt>{{t.dateOfBirth}}</dt><dd>{{dateOfBirth}}</dd></dl>
          {{#hasItems}}
          <table id="disclosure-list">
            <thead><tr><th scope="col">{{t.disclosedAt}}</th><th scope="col">{{t.recipient}}</th><th scope="col">{{t.what}}</th><th scope="col">{{t.purpose}}</th><th scope="col">{{t.releasedBy}}</th></tr></thead>
            <tbody>{{#items}}<tr id="disclosure-{{id}}"><td>{{date}}</td><td>{{recipient}}</td><td>{{what}}</td><td>{{purpose}}</td><td>{{releasedBy}}</td></tr>{{/items}}</tbody>
          </table>
          {{/hasItems}}
          {{^hasItems}}<p id="disclosure-empty">{{t.noDisclosures}}</p>{{/hasItems}}
        </article>
        """
}
