import ChancerySpine

/// The registry's page templates (Mustache; `{{x}}` is escaped).
package enum RegistryTemplates {
    package static let all: [(String, String)] = [
        ("registry-desk", desk), ("registry-register", register), ("registry-record", record),
        ("registry-queue", queue), ("registry-records", records), ("record-list-table", recordListTable),
        ("registry-cover", cover), ("receipts", receipts),
        ("registry-keys", keys), ("registry-muster", muster), ("receipt-print", receiptPrint),
    ]

    package static let desk =
        """
        <h1 id="page-title">{{t.deskTitle}}</h1>
        <section aria-labelledby="queues-heading">
          <h2 id="queues-heading">{{t.queues}}</h2>
          <ul class="queues">
            {{#queues}}<li class="card"><a id="queue-{{id}}" href="{{href}}">{{name}}</a> {{#work}}<a class="count" id="count-{{id}}" href="{{work}}" title="{{t.onMyWork}}">{{count}}</a>{{/work}}{{^work}}<span class="count" id="count-{{id}}">{{count}}</span>{{/work}}</li>{{/queues}}
          </ul>
        </section>
        {{#ocr}}<section aria-labelledby="ocr-heading">
          <h2 id="ocr-heading">{{t.ocrQueue}}</h2>
          <p id="ocr-backlog"><span class="count" id="ocr-waiting">{{waiting}}</span> {{t.ocrWaiting}}{{#age}} · {{age}}{{/age}}</p>
        </section>{{/ocr}}
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{{t.latest}}</h2>
          {{> record-table}}
        </section>
        """

    package static let recordTable = """
        {{#hasRecords}}
        <table id="record-list">
          <thead><tr><th scope="col">{{t.reference}}</th><th scope="col">{{t.title}}</th><th scope="col">{{t.classification}}</th><th scope="col">{{t.state}}</th><th scope="col">{{t.received}}</th></tr></thead>
          <tbody>
          {{#records}}<tr><td><a href="/registry/records/{{id}}">{{reference}}</a></td><td>{{title}}</td><td><span class="marking {{bannerClass}}">{{banner}}</span></td><td>{{state}}</td><td>{{received}}</td></tr>{{/records}}
          </tbody>
        </table>
        {{/hasRecords}}
        {{^hasRecords}}<p id="record-list-empty">{{t.none}}</p>{{/hasRecords}}
        """

    package static let register =
        """
        <h1 id="page-title">{{t.registerTitle}}</h1>
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="register-form" method="post" action="/registry/register" class="form-grid" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <label for="series">{{t.series}}</label>
          <select id="series" name="series" required\(FormErrors.marks("series"))>{{#series}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{code}} — {{title}}</option>{{/series}}</select>
          \(FormErrors.sentence("series"))
          <label for="direction">{{t.direction}}</label>
          <select id="direction" name="direction"\(FormErrors.marks("direction"))>{{#directions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/directions}}</select>
          \(FormErrors.sentence("direction"))
          <label for="recordType">{{t.recordType}}</label>
          <select id="recordType" name="recordType"\(FormErrors.marks("recordType"))>{{#types}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/types}}</select>
          \(FormErrors.sentence("recordType"))
          <label for="title">{{t.title}}</label>
          <input id="title" name="title" type="text" required maxlength="500" value="{{values.title}}"\(FormErrors.marks("title"))>
          \(FormErrors.sentence("title"))
          <label for="classification">{{t.classification}}</label>
          <select id="classification" name="classification"\(FormErrors.marks("classification"))>{{#classifications}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/classifications}}</select>
          \(FormErrors.sentence("classification"))
          <label for="releasableTo">{{t.releasableTo}}</label>
          <input id="releasableTo" name="releasableTo" type="text" value="{{values.releasableTo}}" data-suggest="nations" data-suggest-multiple\(FormErrors.marks("releasableTo", help: "releasable-help"))>
          <p id="releasable-help" class="help">{{t.releasableHelp}}</p>
          \(FormErrors.sentence("releasableTo"))
          <fieldset id="categories"\(FormErrors.marks("categories"))><legend>{{t.categories}}</legend>
            {{#categories}}<label class="inline"><input type="checkbox" name="category.{{name}}" value="1"{{#checked}} checked{{/checked}}> {{label}}</label>{{/categories}}
          </fieldset>
          \(FormErrors.sentence("categories"))
          <label for="contentMarking">{{t.contentMarking}}</label>
          <select id="contentMarking" name="contentMarking"\(FormErrors.marks("contentMarking"))><option value="">—</option>{{#markings}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/markings}}</select>
          \(FormErrors.sentence("contentMarking"))
          <label for="originator">{{t.originator}}</label>
          <input id="originator" name="originator" type="text" maxlength="200" value="{{values.originator}}"\(FormErrors.marks("originator"))>
          \(FormErrors.sentence("originator"))
          <label for="originatorReference">{{t.originatorReference}}</label>
          <input id="originatorReference" name="originatorReference" type="text" maxlength="100" value="{{values.originatorReference}}"\(FormErrors.marks("originatorReference"))>
          \(FormErrors.sentence("originatorReference"))
          <label for="documentDate">{{t.documentDate}}</label>
          <input id="documentDate" name="documentDate" type="date" value="{{values.documentDate}}"\(FormErrors.marks("documentDate"))>
          \(FormErrors.sentence("documentDate"))
          <label for="addressees">{{t.addressees}}</label>
          <input id="addressees" name="addressees" type="text" value="{{values.addressees}}"\(FormErrors.marks("addressees", help: "addressees-help"))>
          <p id="addressees-help" class="help">{{t.commaHelp}}</p>
          \(FormErrors.sentence("addressees"))
          <button id="register-submit" type="submit">{{t.registerSubmit}}</button>
        </form>
        """

    package static let record =
        """
        <h1 id="page-title"><span id="record-reference">{{record.reference}}</span> — {{record.title}}</h1>
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#errors}}{{> form-errors}}{{/errors}}
        <p><a id="cover-link" href="/registry/records/{{record.id}}/cover">{{t.coverSheet}}</a></p>
        <section class="card" aria-labelledby="details-heading">
          <h2 id="details-heading">{{t.details}}</h2>
          <dl class="profile">
            <dt>{{t.state}}</dt><dd><span id="record-state"\(FormErrors.marks("record-state"))>{{record.stateName}}</span>\(FormErrors.sentence("record-state"))</dd>
            <dt>{{t.classification}}</dt><dd id="record-banner"><span class="marking {{record.bannerClass}}">{{record.banner}}</span></dd>
            <dt>{{t.series}}</dt><dd>{{record.series}}</dd>
            <dt>{{t.recordType}}</dt><dd>{{record.recordType}}</dd>
            <dt>{{t.direction}}</dt><dd>{{record.direction}}</dd>
            <dt>{{t.originator}}</dt><dd>{{record.originator}}</dd>
            <dt>{{t.originatorReference}}</dt><dd id="record-originator-reference">{{record.originatorReference}}</dd>
            <dt>{{t.documentDate}}</dt><dd>{{record.documentDate}}</dd>
            <dt>{{t.received}}</dt><dd>{{record.receivedDate}}</dd>
            <dt>{{t.addressees}}</dt><dd>{{record.addressees}}</dd>
            <dt>{{t.contentMarking}}</dt><dd>{{record.contentMarking}}</dd>
            <dt>{{t.verified}}</dt><dd id="record-verified">{{record.verified}}</dd>
            <dt>{{t.folder}}</dt><dd>{{record.folder}}</dd>
            <dt>{{t.disposalDue}}</dt><dd>{{record.disposalDue}}</dd>
          </dl>
        </section>
        {{#actions}}
        <section class="card" aria-labelledby="actions-heading">
          <h2 id="actions-heading">{{t.actions}}</h2>
          {{#canVerify}}
          <form method="post" action="/registry/records/{{record.id}}/verify" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><button id="verify-submit" type="submit"{{#errors.invalid.verify-submit}} aria-describedby="verify-submit-error{{#hasVerifyChecks}} failed-checks{{/hasVerifyChecks}}" aria-invalid="true"{{/errors.invalid.verify-submit}}>{{t.verify}}</button>
            \(FormErrors.sentence("verify-submit"))
            {{#hasVerifyChecks}}<ul id="failed-checks" class="error help">{{#verifyChecks}}<li>{{.}}</li>{{/verifyChecks}}</ul>{{/hasVerifyChecks}}
          </form>
          {{/canVerify}}
          {{#canDistribute}}
          <form id="distribute-form" method="post" action="/registry/records/{{record.id}}/distribute" class="inline-form" novalidate>
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="distribution-list-query">{{t.findList}}</label>
            <input id="distribution-list-query" name="listQuery" type="text" maxlength="100" value="{{values.distribution-list-query}}" data-suggest="distribution-lists" data-suggest-select="distribution-list"\(FormErrors.marks("distribution-list-query", help: "distribution-list-query-help"))>
            <span class="help" id="distribution-list-query-help">{{t.findListHelp}}</span>
            \(FormErrors.sentence("distribution-list-query"))
            <label for="distribution-list">{{t.distributeTo}}</label>
            <select id="distribution-list" name="list"\(FormErrors.marks("distribution-list"))><option value="">—</option>{{#lists}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/lists}}</select>
            <button id="distribute-submit" type="submit">{{t.distribute}}</button>
            \(FormErrors.sentence("distribution-list"))
          </form>
          {{/canDistribute}}
          {{#canFile}}
          <form method="post" action="/registry/records/{{record.id}}/file" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="folder">{{t.fileIn}}</label>
            <select id="folder" name="folder"\(FormErrors.marks("folder"))>{{#folders}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{code}} — {{title}}</option>{{/folders}}</select>
            <button id="file-submit" type="submit">{{t.file}}</button>
            \(FormErrors.sentence("folder"))
          </form>
          {{/canFile}}
          {{#canClose}}
          <form method="post" action="/registry/records/{{record.id}}/close" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><button id="close-submit" type="submit">{{t.close}}</button>
          </form>
          {{/canClose}}
          {{#canArchive}}
          <form method="post" action="/registry/records/{{record.id}}/archive" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><button id="archive-submit" type="submit">{{t.archive}}</button>
          </form>
          {{/canArchive}}
          {{#canDestroy}}
          <form method="post" action="/registry/records/{{record.id}}/destroy" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="witness">{{t.witness}}</label><input id="witness" name="witness" type="text" maxlength="200" value="{{values.witness}}"\(FormErrors.marks("witness"))>\(FormErrors.sentence("witness"))
            <label for="method">{{t.method}}</label><input id="method" name="method" type="text" maxlength="200" value="{{values.method}}"\(FormErrors.marks("method"))>\(FormErrors.sentence("method"))
            <button id="destroy-submit" type="submit" class="danger">{{t.destroy}}</button>
          </form>
          {{/canDestroy}}
        </section>
        {{/actions}}
        {{#certificate}}
        <section class="card" id="certificate" aria-labelledby="certificate-heading">
          <h2 id="certificate-heading">{{t.certificate}}</h2>
          <p>{{certificate}}</p>
        </section>
        {{/certificate}}
        <section aria-labelledby="attachments-heading">
          <h2 id="attachments-heading">{{t.attachments}}</h2>
          {{#hasAttachments}}<ul id="attachments">{{#attachments}}<li><a href="/registry/records/{{record.id}}/attachments/{{id}}">{{name}}</a> (v{{version}}, {{size}}) <span class="marking {{bannerClass}}">{{banner}}</span> <span class="text-state" data-state="{{textState}}">{{text}}</span>{{#searchable}} <a class="searchable-pdf" id="searchable-{{id}}" href="{{searchable}}">{{t.searchablePDF}}</a>{{/searchable}}</li>{{/attachments}}</ul>{{/hasAttachments}}
          {{^hasAttachments}}<p>{{t.none}}</p>{{/hasAttachments}}
          {{#canUpload}}
          <form id="upload-form" method="post" action="/registry/records/{{record.id}}/upload" enctype="multipart/form-data" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="upload-file">{{t.chooseFile}}</label>
            <input id="upload-file" name="file" type="file" required\(FormErrors.marks("upload-file"))>
            <button id="upload-submit" type="submit">{{t.attach}}</button>
            \(FormErrors.sentence("upload-file"))
          </form>
          {{/canUpload}}
        </section>
        <section aria-labelledby="distribution-heading">
          <h2 id="distribution-heading">{{t.distribution}}</h2>
          {{#hasCopies}}
          <table id="copies">
            <thead><tr><th scope="col">{{t.copy}}</th><th scope="col">{{t.recipient}}</th><th scope="col">{{t.list}}</th><th scope="col">{{t.receipt}}</th></tr></thead>
            <tbody>{{#copies}}<tr id="copy-{{number}}"><td class="copy-number">{{copyText}}</td><td>{{recipient}}</td><td>{{list}}</td><td class="receipt-state">{{receipt}}</td></tr>{{/copies}}</tbody>
          </table>
          {{/hasCopies}}
          {{^hasCopies}}<p>{{t.notDistributed}}</p>{{/hasCopies}}
          {{#hasRefused}}<h3>{{t.refused}}</h3><ul id="refused">{{#refused}}<li>{{.}}</li>{{/refused}}</ul>{{/hasRefused}}
        </section>
        <section aria-labelledby="holds-heading">
          <h2 id="holds-heading">{{t.holds}}</h2>
          {{#hasHolds}}<ul id="holds">{{#holds}}<li>{{reason}} ({{placed}}){{#canRelease}}
            <form method="post" action="/registry/records/{{record.id}}/release" class="inline-form"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="hold" value="{{id}}"><button id="release-{{id}}" type="submit"{{#invalid}} aria-describedby="release-{{id}}-error" aria-invalid="true"{{/invalid}}>{{t.releaseHold}}</button>{{#refusal}}<p class="error help" id="release-{{id}}-error">{{.}}</p>{{/refusal}}</form>{{/canRelease}}</li>{{/holds}}</ul>{{/hasHolds}}
          {{^hasHolds}}<p>{{t.none}}</p>{{/hasHolds}}
          {{#canHold}}
          <form id="hold-form" novalidate method="post" action="/registry/records/{{record.id}}/hold" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="hold-reason">{{t.holdReason}}</label><input id="hold-reason" name="reason" type="text" required maxlength="1000" value="{{values.hold-reason}}"\(FormErrors.marks("hold-reason"))>\(FormErrors.sentence("hold-reason"))
            <button id="hold-submit" type="submit">{{t.placeHold}}</button>
          </form>
          {{/canHold}}
        </section>
        <section aria-labelledby="acl-heading">
          <h2 id="acl-heading">{{t.accessControl}}</h2>
          <p id="open-to-unit">{{openToUnit}}</p>
          {{#hasEntries}}
          <table id="acl">
            <thead><tr><th scope="col">{{t.grantee}}</th><th scope="col">{{t.permission}}</th><th scope="col"></th></tr></thead>
            <tbody>{{#entries}}<tr><td>{{kind}} {{name}}</td><td>{{permission}}</td><td>{{#canEdit}}<form method="post" action="/registry/records/{{record.id}}/acl-remove"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}"><input type="hidden" name="kind" value="{{kindValue}}"><input type="hidden" name="grantee" value="{{id}}"><button type="submit">{{t.remove}}</button></form>{{/canEdit}}</td></tr>{{/entries}}</tbody>
          </table>
          {{/hasEntries}}
          {{#canEditACL}}
          <form id="acl-form" novalidate method="post" action="/registry/records/{{record.id}}/acl-add" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">
            <label for="acl-kind">{{t.grantee}}</label>
            <select id="acl-kind" name="kind"\(FormErrors.marks("acl-kind"))>{{#aclKinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/aclKinds}}</select>
            <input id="acl-grantee" name="grantee" type="text" required maxlength="64" aria-label="{{t.grantee}}" value="{{values.acl-grantee}}" data-suggest-from="acl-kind" data-suggest-user="people" data-suggest-unit="units"\(FormErrors.marks("acl-grantee"))>
            <select id="acl-permission" name="permission" aria-label="{{t.permission}}"\(FormErrors.marks("acl-permission"))>{{#aclPermissions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/aclPermissions}}</select>
            <button id="acl-submit" type="submit">{{t.grant}}</button>
            \(FormErrors.sentence("acl-kind"))\(FormErrors.sentence("acl-grantee"))\(FormErrors.sentence("acl-permission"))
          </form>
          {{/canEditACL}}
        </section>
        {{#canDowngrade}}
        <section class="card" aria-labelledby="downgrade-heading">
          <h2 id="downgrade-heading">{{t.downgrade}}</h2>
          <form id="downgrade-form" novalidate method="post" action="/registry/records/{{record.id}}/downgrade" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="downgrade-classification">{{t.newClassification}}</label>
            <select id="downgrade-classification" name="classification"\(FormErrors.marks("downgrade-classification"))>{{#lowerClassifications}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/lowerClassifications}}</select>
            <label for="downgrade-authority">{{t.authority}}</label><input id="downgrade-authority" name="authority" type="text" required maxlength="200" value="{{values.downgrade-authority}}"\(FormErrors.marks("downgrade-authority"))>
            <label for="downgrade-reason">{{t.reason}}</label><input id="downgrade-reason" name="reason" type="text" required maxlength="1000" value="{{values.downgrade-reason}}"\(FormErrors.marks("downgrade-reason"))>
            <button id="downgrade-submit" type="submit">{{t.downgrade}}</button>
            \(FormErrors.sentence("downgrade-classification"))\(FormErrors.sentence("downgrade-authority"))\(FormErrors.sentence("downgrade-reason"))
          </form>
        </section>
        {{/canDowngrade}}
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{{t.history}}</h2>
          <table id="history">
            <thead><tr><th scope="col">{{t.version}}</th><th scope="col">{{t.state}}</th><th scope="col">{{t.title}}</th><th scope="col">{{t.classification}}</th><th scope="col">{{t.changed}}</th></tr></thead>
            <tbody>{{#history}}<tr><td>{{version}}</td><td>{{state}}</td><td>{{title}}</td><td>{{banner}}</td><td>{{changed}}</td></tr>{{/history}}</tbody>
          </table>
        </section>
        """

    package static let queue =
        """
        <h1 id="page-title">{{queueName}}</h1>
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        <p id="queue-total">{{totalText}}</p>
        {{#errors}}{{> form-errors}}{{/errors}}
        {{#batch}}
        <form id="batch-form" method="post" action="/registry/distribute-selected" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <fieldset id="batch-records"\(FormErrors.marks("batch-records"))><legend>{{t.itemsToDistribute}}</legend>
          <table id="record-list">
            <thead><tr><th scope="col">{{t.select}}</th>{{> list-headers}}</tr></thead>
            <tbody>
            {{#records}}<tr><td><input type="checkbox" id="pick-{{id}}" name="record.{{id}}" value="1" aria-label="{{reference}}"{{#checked}} checked{{/checked}}></td><td><a href="/registry/records/{{id}}">{{reference}}</a></td><td>{{title}}</td><td><span class="marking {{bannerClass}}">{{banner}}</span></td><td>{{state}}</td><td>{{received}}</td></tr>{{/records}}
            </tbody>
          </table>
          </fieldset>
          \(FormErrors.sentence("batch-records"))
          <p class="inline-form">
            <label for="batch-list-query">{{t.findList}}</label>
            <input id="batch-list-query" name="listQuery" type="text" maxlength="100" value="{{listQuery}}" data-suggest="distribution-lists" data-suggest-select="batch-list"\(FormErrors.marks("batch-list-query", help: "batch-list-query-help"))>
            <span class="help" id="batch-list-query-help">{{t.findListHelp}}</span>
            <label for="batch-list">{{t.distributeTo}}</label>
            <select id="batch-list" name="list"\(FormErrors.marks("batch-list"))><option value="">—</option>{{#lists}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/lists}}</select>
            <button id="batch-submit" type="submit">{{t.distributeSelected}}</button>
          </p>
          \(FormErrors.sentence("batch-list-query"))\(FormErrors.sentence("batch-list"))
        </form>
        {{/batch}}
        {{^batch}}{{> record-list-table}}{{/batch}}
        {{> list-pager}}
        """

    /// Every record the reader may read, filtered, sorted by its columns, paged, and its CSV.
    package static let records =
        """
        <h1 id="page-title">{{queueName}}</h1>
        {{#filters}}
        <form id="records-filter" method="get" action="/registry/records" class="inline-form" role="search">
          <label for="filter-series">{{t.series}}</label>
          <select id="filter-series" name="series">{{#series}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/series}}</select>
          <label for="filter-state">{{t.state}}</label>
          <select id="filter-state" name="state">{{#states}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/states}}</select>
          <label for="filter-year">{{t.year}}</label>
          <input id="filter-year" name="year" type="number" min="1900" max="2999" value="{{year}}">
          <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
          <button id="records-filter-submit" type="submit">{{t.filter}}</button>
        </form>
        {{/filters}}
        {{> record-list-table}}
        {{> list-pager}}
        """

    /// A records list with its sortable headers.
    package static let recordListTable = """
        {{#hasRecords}}
        <table id="record-list">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>
          {{#records}}<tr><td><a href="/registry/records/{{id}}">{{reference}}</a></td><td>{{title}}</td><td><span class="marking {{bannerClass}}">{{banner}}</span></td><td>{{state}}</td><td>{{received}}</td></tr>{{/records}}
          </tbody>
        </table>
        {{/hasRecords}}
        {{^hasRecords}}<p id="record-list-empty">{{t.none}}</p>{{/hasRecords}}
        """

    package static let cover = """
        <article class="cover-sheet">
          <h1 id="page-title">{{t.coverTitle}}</h1>
          <p class="cover-marking">{{record.banner}}</p>
          <dl class="profile">
            <dt>{{t.reference}}</dt><dd id="cover-reference">{{record.reference}}</dd>
            <dt>{{t.title}}</dt><dd>{{record.title}}</dd>
            <dt>{{t.originator}}</dt><dd>{{record.originator}}</dd>
            <dt>{{t.originatorReference}}</dt><dd>{{record.originatorReference}}</dd>
            <dt>{{t.received}}</dt><dd>{{record.receivedDate}}</dd>
            <dt>{{t.copies}}</dt><dd id="cover-copies">{{copies}}</dd>
          </dl>
          <p class="muted">{{t.coverWarning}}</p>
          <p class="no-print"><a href="/registry/records/{{record.id}}">{{t.back}}</a></p>
        </article>
        """

    package static let receipts =
        """
        <h1 id="page-title">{{t.receiptsTitle}}</h1>
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#errors}}{{> form-errors}}{{/errors}}
        {{#filters}}
        <form id="receipts-filter" method="get" action="/receipts" class="inline-form" role="search">
          <label for="filter-series">{{t.series}}</label>
          <select id="filter-series" name="series">{{#series}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/series}}</select>
          <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
          <button id="receipts-filter-submit" type="submit">{{t.filter}}</button>
        </form>
        {{/filters}}
        <section id="receipts" aria-labelledby="page-title">
        {{#hasReceipts}}
        <table id="receipt-list">
          <thead><tr>{{> list-headers}}<th scope="col">{{t.acknowledge}}</th></tr></thead>
          <tbody>
          {{#receipts}}<tr id="receipt-{{reference}}-{{number}}"><td><a href="/receipts/{{copyID}}/print">{{reference}}</a></td><td>{{title}}</td><td class="copy-number">{{copyText}}</td><td><span class="marking {{bannerClass}}">{{banner}}</span></td>
            <td><form method="post" action="/receipts/{{copyID}}/acknowledge"><input type="hidden" name="_csrf" value="{{csrf}}"><button id="ack-{{copyID}}" class="ack" type="submit"{{#error}} aria-describedby="ack-{{copyID}}-error"{{/error}}>{{t.acknowledge}}</button>{{#error}}<span class="error help" id="ack-{{copyID}}-error">{{.}}</span>{{/error}}</form></td></tr>{{/receipts}}
          </tbody>
        </table>
        {{/hasReceipts}}
        {{^hasReceipts}}<p id="receipts-empty">{{t.noReceipts}}</p>{{/hasReceipts}}
        </section>
        {{> list-pager}}
        """

    package static let keys =
        """
        <h1 id="page-title">{{t.keyRegister}}</h1>
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="keys-filter" method="get" action="/registry/key-material" class="inline-form" role="search">
          <label for="filter-due">{{t.due}}</label>
          <select id="filter-due" name="due">{{#due}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/due}}</select>
          <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
          <button id="keys-filter-submit" type="submit">{{t.filter}}</button>
        </form>
        <section id="key-material" aria-labelledby="page-title">
        {{#hasItems}}
        <table id="key-list">
          <thead><tr>{{> list-headers}}<th scope="col">{{t.recordUpdate}}</th></tr></thead>
          <tbody>
          {{#items}}<tr id="key-{{id}}"{{#overdue}} class="overdue"{{/overdue}}><td>{{shortTitle}}</td><td>{{edition}}</td><td>{{custodian}}</td><td>{{nextDue}}{{#overdue}} <strong class="error">{{t.overdue}}</strong>{{/overdue}}</td><td>{{lastUpdate}}</td><td><span class="marking {{bannerClass}}">{{banner}}</span></td>
            <td>{{#canUpdate}}<form method="post" action="/registry/key-material/{{id}}/update" class="inline-form" novalidate><input type="hidden" name="_csrf" value="{{csrf}}"><label for="edition-{{id}}">{{t.newEdition}}</label><input id="edition-{{id}}" name="edition" type="text" required maxlength="60" value="{{typed}}"{{#error}} aria-describedby="edition-{{id}}-error" aria-invalid="true"{{/error}}>{{#error}}<span class="error help" id="edition-{{id}}-error">{{.}}</span>{{/error}}<button id="update-{{id}}" type="submit">{{t.recordUpdate}}</button></form>{{/canUpdate}}</td></tr>{{/items}}
          </tbody>
        </table>
        {{/hasItems}}
        {{^hasItems}}<p id="key-empty">{{t.none}}</p>{{/hasItems}}
        </section>
        {{> list-pager}}
        """

    package static let muster =
        """
        <h1 id="page-title">{{t.musterTitle}}</h1>
        <p>{{t.musterIntro}}</p>
        {{#hasCopies}}
        <table id="muster-list">
          <thead><tr><th scope="col">{{t.reference}}</th><th scope="col">{{t.title}}</th><th scope="col">{{t.copy}}</th><th scope="col">{{t.recipient}}</th><th scope="col">{{t.receipt}}</th><th scope="col">{{t.accounted}}</th></tr></thead>
          <tbody>{{#copies}}<tr><td>{{reference}}</td><td>{{title}}</td><td>{{copyText}}</td><td>{{recipient}}</td><td>{{receipt}}</td><td class="tick-box">☐</td></tr>{{/copies}}</tbody>
        </table>
        {{/hasCopies}}
        {{^hasCopies}}<p id="muster-empty">{{t.none}}</p>{{/hasCopies}}
        """

    package static let receiptPrint = """
        <article class="cover-sheet">
          <h1 id="page-title">{{t.receiptTitle}}</h1>
          <p class="cover-marking">{{banner}}</p>
          <dl class="profile">
            <dt>{{t.reference}}</dt><dd id="receipt-reference">{{reference}}</dd>
            <dt>{{t.title}}</dt><dd>{{title}}</dd>
            <dt>{{t.copy}}</dt><dd id="receipt-copy">{{copyText}}</dd>
            <dt>{{t.recipient}}</dt><dd>{{recipient}}</dd>
            <dt>{{t.receipt}}</dt><dd id="receipt-state">{{state}}</dd>
          </dl>
          <p>{{t.receiptDeclaration}}</p>
          <p class="signature">{{t.signature}} ______________________ &nbsp; {{t.date}} ____________</p>
          <p class="no-print"><a href="/receipts">{{t.back}}</a></p>
        </article>
        """
}
