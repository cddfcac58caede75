import ChancerySpine

/// The pages of record QA audits and medical supplies (Mustache; `{{x}}` is escaped).
package enum HealthAuditsSuppliesTemplates {
    package static let all: [(String, String)] = [
        ("health-audits", audits), ("health-audit-new", newAudit), ("health-audit", audit),
        ("health-supplies", supplies), ("health-supplies-reorder", reorder), ("health-supply", supply),
    ]

    package static let messages = """
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#error}}<p id="action-error" class="error" role="alert">{{error}}</p>{{/error}}
        {{#errors}}{{> form-errors}}{{/errors}}
        """

    package static let audits =
        messages + """
            <h1 id="page-title">{{t.auditsTitle}}</h1>
            {{#canAudit}}<p><a id="new-audit" href="/health/audits/new">{{t.newAudit}}</a></p>{{/canAudit}}
            <form id="audit-filter" method="get" action="/health/audits" class="inline-form" role="search">
              <label for="filter-state">{{t.state}}</label>
              <select id="filter-state" name="state">{{#states}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/states}}</select>
              <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
              <button id="audit-filter-submit" type="submit">{{t.filter}}</button>
            </form>
            {{#hasAudits}}
            <table id="audit-list">
              <thead><tr>{{> list-headers}}</tr></thead>
              <tbody>
              {{#audits}}<tr id="audit-{{id}}"><td><a href="/health/audits/{{id}}">{{title}}</a></td><td>{{state}}</td><td>{{sampled}}</td><td>{{reviewed}}</td><td>{{openFollowUps}}</td><td>{{created}}</td></tr>{{/audits}}
              </tbody>
            </table>
            {{/hasAudits}}
            {{^hasAudits}}<p id="audit-empty">{{t.none}}</p>{{/hasAudits}}
            {{> list-pager}}
            """

    package static let newAudit =
        messages + """
            <h1 id="page-title">{{t.newAudit}}</h1>
            <form id="audit-form" method="post" action="/health/audits">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <p><label for="audit-title">{{t.title}}</label><input id="audit-title" name="title" type="text" required maxlength="200" value="{{title}}"\(FormErrors.marks("audit-title"))>\(FormErrors.sentence("audit-title"))</p>
              <p><label for="audit-size">{{t.sampleSize}}</label><input id="audit-size" name="sampleSize" type="number" min="1" max="100" required value="{{sampleSize}}"\(FormErrors.marks("audit-size"))>\(FormErrors.sentence("audit-size"))</p>
              <p><label for="audit-seed">{{t.seed}}</label><input id="audit-seed" name="seed" type="number" min="0" value="{{seed}}"\(FormErrors.marks("audit-seed", help: "seed-help"))> <span id="seed-help">{{t.seedHelp}}</span>\(FormErrors.sentence("audit-seed"))</p>
              <p><button id="audit-submit" type="submit">{{t.startAudit}}</button></p>
            </form>
            """

    /// One pass/fail answer as radio buttons (pass, fail, not answered).
    package static func answerField(_ name: String) -> String {
        """
        <fieldset id="\(name)-{{position}}" class="inline"\(itemMarks(name, "\(name)"))><legend>{{t.\(name)}}</legend>
          <label><input type="radio" name="\(name)" value="pass" id="\(name)-pass-{{position}}"{{#\(name).pass}} checked{{/\(name).pass}}> {{t.pass}}</label>
          <label><input type="radio" name="\(name)" value="fail" id="\(name)-fail-{{position}}"{{#\(name).fail}} checked{{/\(name).fail}}> {{t.fail}}</label>
          <label><input type="radio" name="\(name)" value="" id="\(name)-none-{{position}}"{{#\(name).none}} checked{{/\(name).none}}> {{t.notAnswered}}</label>
        </fieldset>\(itemSentence(name, name))
        """
    }

    /// A field of a sampled record's answer form marked, after a refused answer, by its `invalid` entry `name`; its
    /// element id is `id-{{position}}`.
    package static func itemMarks(_ name: String, _ id: String) -> String {
        #"{{#invalid.\#(name)}} aria-describedby="\#(id)-{{position}}-error" aria-invalid="true"{{/invalid.\#(name)}}"#
    }

    /// That field's sentence, beside it.
    package static func itemSentence(_ name: String, _ id: String) -> String {
        #"{{#message.\#(name)}}<p class="error help" id="\#(id)-{{position}}-error">{{.}}</p>{{/message.\#(name)}}"#
    }

    package static let audit =
        messages + """
            <h1 id="page-title">{{title}}</h1>
            <dl class="profile">
              <dt>{{t.state}}</dt><dd id="audit-state">{{state}}</dd>
              <dt>{{t.sampled}}</dt><dd id="audit-sampled">{{sampled}}</dd>
              <dt>{{t.reviewed}}</dt><dd id="audit-reviewed">{{reviewed}}</dd>
              <dt>{{t.seed}}</dt><dd id="audit-seed">{{seed}}</dd>
            </dl>
            {{#items}}
            <section class="card" id="item-{{position}}" aria-labelledby="item-heading-{{position}}">
              <h2 id="item-heading-{{position}}">{{position}}. {{#readable}}<a href="/health/patients/{{patientId}}">{{patientName}}</a>{{/readable}}{{^readable}}{{t.notReadable}}{{/readable}}</h2>
              {{#readable}}
              <table class="checks" id="automatic-{{position}}">
                <caption>{{t.automatic}}</caption>
                <tbody>
                  <tr><th scope="row">{{t.completeness}}</th><td id="auto-completeness-{{position}}">{{completenessResult}}</td></tr>
                  {{#hasMissing}}<tr><th scope="row">{{t.missing}}</th><td id="auto-missing-{{position}}">{{missing}}</td></tr>{{/hasMissing}}
                  <tr><th scope="row">{{t.consent}}</th><td id="auto-consent-{{position}}">{{consentResult}}</td></tr>
                  <tr><th scope="row">{{t.codes}}</th><td id="auto-codes-{{position}}">{{codesResult}}</td></tr>
                  <tr><th scope="row">{{t.signatures}}</th><td id="auto-signatures-{{position}}">{{signaturesResult}}</td></tr>
                </tbody>
              </table>
              {{#canAnswer}}
              <form method="post" action="/health/audits/{{auditId}}/items/{{patientId}}" id="answer-form-{{position}}">
                <input type="hidden" name="_csrf" value="{{csrf}}">
                <h3>{{t.answers}}</h3>
            """ + answerField("completeness") + answerField("consent") + answerField("codes")
        + answerField("signatures") + """
                <p><label for="finding-{{position}}">{{t.finding}}</label><textarea id="finding-{{position}}" name="finding" maxlength="4000"\(itemMarks("finding", "finding"))>{{finding}}</textarea>\(itemSentence("finding", "finding"))</p>
                <p><label for="follow-up-{{position}}">{{t.followUp}}</label><input id="follow-up-{{position}}" name="followUp" type="text" maxlength="2000" value="{{followUp}}"\(itemMarks("followUp", "follow-up"))>\(itemSentence("followUp", "follow-up"))</p>
                <p><label for="follow-up-due-{{position}}">{{t.followUpDue}}</label><input id="follow-up-due-{{position}}" name="followUpDue" type="date" value="{{followUpDue}}"\(itemMarks("followUpDue", "follow-up-due"))>\(itemSentence("followUpDue", "follow-up-due"))</p>
                <p><label for="follow-up-status-{{position}}">{{t.followUpStatus}}</label><select id="follow-up-status-{{position}}" name="followUpStatus"\(itemMarks("followUpStatus", "follow-up-status"))><option value=""></option><option value="open"{{#statusOpen}} selected{{/statusOpen}}>{{t.open}}</option><option value="done"{{#statusDone}} selected{{/statusDone}}>{{t.done}}</option></select>\(itemSentence("followUpStatus", "follow-up-status"))</p>
                <p><button type="submit" id="answer-submit-{{position}}">{{t.save}}</button></p>
              </form>
              {{/canAnswer}}
              {{^canAnswer}}
              <dl class="profile" id="answers-{{position}}">
                <dt>{{t.completeness}}</dt><dd>{{completeness.text}}</dd><dt>{{t.consent}}</dt><dd>{{consent.text}}</dd>
                <dt>{{t.codes}}</dt><dd>{{codes.text}}</dd><dt>{{t.signatures}}</dt><dd>{{signatures.text}}</dd>
                <dt>{{t.finding}}</dt><dd>{{finding}}</dd><dt>{{t.followUp}}</dt><dd id="follow-up-{{position}}">{{followUp}} {{followUpDue}} {{followUpStatusText}}</dd>
              </dl>
              {{#canMarkDone}}
              <form method="post" action="/health/audits/{{auditId}}/items/{{patientId}}" id="follow-up-done-form-{{position}}">
                <input type="hidden" name="_csrf" value="{{csrf}}">
                <input type="hidden" name="completeness" value="{{completeness.value}}"><input type="hidden" name="consent" value="{{consent.value}}">
                <input type="hidden" name="codes" value="{{codes.value}}"><input type="hidden" name="signatures" value="{{signatures.value}}">
                <input type="hidden" name="finding" value="{{finding}}"><input type="hidden" name="followUp" value="{{followUp}}">
                <input type="hidden" name="followUpDue" value="{{followUpDue}}"><input type="hidden" name="followUpStatus" value="done">
                <button id="follow-up-done-{{position}}" type="submit"\(itemMarks("markDone", "follow-up-done"))>{{t.markDone}}</button>\(itemSentence("markDone", "follow-up-done"))
              </form>
              {{/canMarkDone}}
              {{/canAnswer}}
              {{/readable}}
            </section>
            {{/items}}
            {{#canClose}}
            <form method="post" action="/health/audits/{{id}}/close" id="close-form">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <button id="close-submit" type="submit"{{#closeError}} aria-describedby="close-submit-error"{{/closeError}}>{{t.closeAudit}}</button>{{#closeError}}<p class="error help" id="close-submit-error">{{.}}</p>{{/closeError}}
            </form>
            {{/canClose}}
            """

    package static let itemTable = """
        <table id="{{tableId}}">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>
          {{#items}}<tr id="supply-{{id}}"{{#needsReorder}} class="overdue"{{/needsReorder}}><td><a href="/health/supplies/{{id}}">{{name}}</a></td><td>{{form}}</td><td>{{unitOfIssue}}</td><td>{{location}}</td><td id="on-hand-{{id}}">{{onHand}}</td><td>{{reorderLevel}}</td>{{#showSuggested}}<td id="suggested-{{id}}">{{suggested}}</td>{{/showSuggested}}</tr>{{/items}}
          </tbody>
        </table>
        """

    /// The filter form of a supplies list: the name, the stock (on the supplies list), and the order kept.
    package static let supplyFilter = """
        {{#filter}}<form id="supply-filter" method="get" action="{{path}}" class="inline-form" role="search">
          <label for="filter-name">{{t.name}}</label><input id="filter-name" name="q" type="search" maxlength="100" value="{{name}}">
          {{#hasStocks}}<label for="filter-stock">{{t.stock}}</label>
          <select id="filter-stock" name="stock">{{#stocks}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/stocks}}</select>{{/hasStocks}}
          <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
          <button id="supply-filter-submit" type="submit">{{t.filter}}</button>
        </form>{{/filter}}
        """

    package static let supplies =
        messages + """
            <h1 id="page-title">{{t.suppliesTitle}}</h1>
            <p>{{t.suppliesNote}}</p>
            """ + supplyFilter + """
            {{#hasItems}}
            """ + itemTable + """
            {{/hasItems}}
            {{^hasItems}}<p id="supply-empty">{{t.none}}</p>{{/hasItems}}
            {{> list-pager}}
            <h2 id="expiring-heading">{{t.expiringTitle}}</h2>
            {{#hasExpiring}}
            <table id="expiring-list">
              <thead><tr><th scope="col">{{t.item}}</th><th scope="col">{{t.lot}}</th><th scope="col">{{t.expires}}</th><th scope="col">{{t.onHand}}</th></tr></thead>
              <tbody>{{#expiring}}<tr><td><a href="/health/supplies/{{itemId}}">{{name}}</a></td><td>{{lot}}</td><td>{{expires}}{{#expired}} <strong class="error">{{t.expired}}</strong>{{/expired}}</td><td>{{onHand}}</td></tr>{{/expiring}}</tbody>
            </table>
            {{/hasExpiring}}
            {{^hasExpiring}}<p id="expiring-empty">{{t.none}}</p>{{/hasExpiring}}
            <h2 id="new-item-heading">{{t.newItem}}</h2>
            <form id="item-form" method="post" action="/health/supplies">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <p><label for="item-name">{{t.name}}</label><input id="item-name" name="name" type="text" required maxlength="200" value="{{values.name}}"\(FormErrors.marks("item-name"))>\(FormErrors.sentence("item-name"))</p>
              <p><label for="item-form-field">{{t.form}}</label><input id="item-form-field" name="form" type="text" required maxlength="60" value="{{values.form}}"\(FormErrors.marks("item-form-field"))>\(FormErrors.sentence("item-form-field"))</p>
              <p><label for="item-unit">{{t.unitOfIssue}}</label><input id="item-unit" name="unitOfIssue" type="text" required maxlength="60" value="{{values.unitOfIssue}}"\(FormErrors.marks("item-unit"))>\(FormErrors.sentence("item-unit"))</p>
              <p><label for="item-level">{{t.reorderLevel}}</label><input id="item-level" name="reorderLevel" type="number" min="0" max="1000000" required value="{{values.reorderLevel}}"\(FormErrors.marks("item-level"))>\(FormErrors.sentence("item-level"))</p>
              <p><label for="item-quantity">{{t.reorderQuantity}}</label><input id="item-quantity" name="reorderQuantity" type="number" min="1" max="1000000" required value="{{values.reorderQuantity}}"\(FormErrors.marks("item-quantity"))>\(FormErrors.sentence("item-quantity"))</p>
              <p><label for="item-location">{{t.location}}</label><input id="item-location" name="location" type="text" required maxlength="200" value="{{values.location}}"\(FormErrors.marks("item-location"))>\(FormErrors.sentence("item-location"))</p>
              <p><button id="item-submit" type="submit">{{t.addItem}}</button></p>
            </form>
            """

    package static let reorder =
        messages + """
            <h1 id="page-title">{{t.reorderTitle}}</h1>
            """ + supplyFilter + """
            {{#hasItems}}
            """ + itemTable + """
            {{/hasItems}}
            {{^hasItems}}<p id="reorder-empty">{{t.none}}</p>{{/hasItems}}
            {{> list-pager}}
            """

    package static let supply =
        messages + """
            <h1 id="page-title">{{name}}</h1>
            <dl class="profile">
              <dt>{{t.form}}</dt><dd>{{form}}</dd><dt>{{t.unitOfIssue}}</dt><dd>{{unitOfIssue}}</dd>
              <dt>{{t.location}}</dt><dd>{{location}}</dd>
              <dt>{{t.onHand}}</dt><dd id="supply-on-hand">{{onHand}}</dd>
              <dt>{{t.reorderLevel}}</dt><dd>{{reorderLevel}}</dd><dt>{{t.reorderQuantity}}</dt><dd>{{reorderQuantity}}</dd>
            </dl>
            <h2 id="lots-heading">{{t.lots}}</h2>
            {{#hasLots}}
            <table id="lot-list">
              <thead><tr><th scope="col">{{t.lot}}</th><th scope="col">{{t.expires}}</th><th scope="col">{{t.onHand}}</th></tr></thead>
              <tbody>{{#lots}}<tr id="lot-{{index}}"><td>{{lot}}</td><td>{{expires}}</td><td id="lot-on-hand-{{index}}">{{onHand}}</td></tr>{{/lots}}</tbody>
            </table>
            {{/hasLots}}
            {{^hasLots}}<p id="lot-empty">{{t.none}}</p>{{/hasLots}}
            <h2 id="movement-heading">{{t.movement}}</h2>
            {{#hasLots}}
            <form id="movement-form" method="post" action="/health/supplies/{{id}}/movements">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <p><label for="movement-lot">{{t.lot}}</label><select id="movement-lot" name="lot"\(FormErrors.marks("movement-lot"))>{{#lots}}<option value="{{lot}}"{{#selected}} selected{{/selected}}>{{lot}} ({{expires}})</option>{{/lots}}</select>\(FormErrors.sentence("movement-lot"))</p>
              <p><label for="movement-kind">{{t.kind}}</label><select id="movement-kind" name="kind"\(FormErrors.marks("movement-kind"))>{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/kinds}}</select>\(FormErrors.sentence("movement-kind"))</p>
              <p><label for="movement-quantity">{{t.quantity}}</label><input id="movement-quantity" name="quantity" type="number" required value="{{movementForm.quantity}}"\(FormErrors.marks("movement-quantity", help: "adjustment-help"))> <span id="adjustment-help">{{t.adjustmentHelp}}</span>\(FormErrors.sentence("movement-quantity"))</p>
              <p><label for="movement-note">{{t.note}}</label><input id="movement-note" name="note" type="text" maxlength="500" value="{{movementForm.note}}"\(FormErrors.marks("movement-note"))>\(FormErrors.sentence("movement-note"))</p>
              <p><button id="movement-submit" type="submit">{{t.recordMovement}}</button></p>
            </form>
            {{/hasLots}}
            <h2 id="lot-heading">{{t.addLot}}</h2>
            <form id="lot-form" method="post" action="/health/supplies/{{id}}/lots">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <p><label for="lot-name">{{t.lot}}</label><input id="lot-name" name="lot" type="text" required maxlength="60" value="{{lotForm.lot}}"\(FormErrors.marks("lot-name"))>\(FormErrors.sentence("lot-name"))</p>
              <p><label for="lot-expires">{{t.expires}}</label><input id="lot-expires" name="expires" type="date" required value="{{lotForm.expires}}"\(FormErrors.marks("lot-expires"))>\(FormErrors.sentence("lot-expires"))</p>
              <p><label for="lot-quantity">{{t.quantity}}</label><input id="lot-quantity" name="quantity" type="number" min="0" max="1000000" value="{{#lotForm.quantity}}{{.}}{{/lotForm.quantity}}{{^lotForm.quantity}}0{{/lotForm.quantity}}"\(FormErrors.marks("lot-quantity"))>\(FormErrors.sentence("lot-quantity"))</p>
              <p><button id="lot-submit" type="submit">{{t.addLot}}</button></p>
            </form>
            <h2 id="movements-heading">{{t.movements}}</h2>
            {{#hasMovements}}
            <table id="movement-list">
              <thead><tr><th scope="col">{{t.recordedAt}}</th><th scope="col">{{t.lot}}</th><th scope="col">{{t.kind}}</th><th scope="col">{{t.quantity}}</th><th scope="col">{{t.note}}</th><th scope="col">{{t.recordedBy}}</th></tr></thead>
              <tbody>{{#movements}}<tr><td>{{recordedAt}}</td><td>{{lot}}</td><td>{{kind}}</td><td>{{quantity}}</td><td>{{note}}</td><td>{{actor}}</td></tr>{{/movements}}</tbody>
            </table>
            {{/hasMovements}}
            {{^hasMovements}}<p id="movement-empty">{{t.none}}</p>{{/hasMovements}}
            """
}
