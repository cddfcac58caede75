import ChancerySpine

/// The console's pages of rule sets: the versions with the form of a new one, and one version (its form while it is
/// not in force). Each limit is a row of the form's table, every field labelled and marked by its own sentence.
enum RuleSetsAdminTemplates {
    static let all: [(String, String)] = [("hr-rule-sets", list), ("hr-rule-set", version)]

    static let messages = """
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#errors}}{{> form-errors}}{{/errors}}
        """

    static func cell(_ field: String, _ control: String) -> String {
        """
        <td>\(control){{#errors.\(field)}}<p class="error help" id="\(field)-{{n}}-error">{{.}}</p>{{/errors.\(field)}}</td>
        """
    }

    static func marks(_ field: String) -> String {
        #"{{#errors.\#(field)}} aria-invalid="true" aria-describedby="\#(field)-{{n}}-error"{{/errors.\#(field)}}"#
    }

    static func select(_ field: String, _ options: String) -> String {
        cell(
            field,
            #"<select id="\#(field)-{{n}}" name="\#(field).{{n}}" aria-label="{{t.\#(field)}} ({{n}})"\#(marks(field))>{{#\#(options)}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/\#(options)}}</select>"#
        )
    }

    static let form = """
        <form id="rule-set-form" method="post" action="{{action}}" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <input type="hidden" name="rows" value="{{rowCount}}">
          {{#version}}<input type="hidden" name="version" value="{{.}}">{{/version}}
          <div class="form-grid">
            <label for="name">{{t.name}}</label>
            <input id="name" name="name" type="text" maxlength="\(RuleSetRequest.maximumName)" value="{{name}}"\(FormErrors.marks("name"))>
            \(FormErrors.sentence("name"))
            <label for="effectiveFrom">{{t.effectiveFrom}}</label>
            <input id="effectiveFrom" name="effectiveFrom" type="date" value="{{effectiveFrom}}"\(FormErrors.marks("effectiveFrom", help: "effectiveFrom-help"))>
            <p class="help" id="effectiveFrom-help">{{t.newVersionHelp}}</p>
            \(FormErrors.sentence("effectiveFrom"))
          </div>
          <p class="help" id="rows-help">{{t.rowsHelp}}</p>
          <table id="rule-set-limits" class="report-table limits-table">
            <thead><tr><th scope="col">{{t.caseType}}</th><th scope="col">{{t.step}}</th><th scope="col">{{t.article}}</th><th scope="col">{{t.days}}</th><th scope="col">{{t.kind}}</th><th scope="col">{{t.from}}</th></tr></thead>
            <tbody>{{#rows}}<tr>\(select("caseType", "caseTypes"))\(select("step", "steps"))\(cell("article", #"<input id="article-{{n}}" name="article.{{n}}" type="text" size="18" maxlength="\#(RuleSetRequest.maximumArticle)" value="{{article}}" aria-label="{{t.article}} ({{n}})"\#(marks("article"))>"#))\(cell("days", #"<input id="days-{{n}}" name="days.{{n}}" type="number" min="1" max="3650" value="{{days}}" aria-label="{{t.days}} ({{n}})"\#(marks("days"))>"#))\(select("kind", "kinds"))\(select("from", "froms"))</tr>{{/rows}}</tbody>
          </table>
          <button id="rule-set-submit" type="submit">{{#version}}{{t.save}}{{/version}}{{^version}}{{t.submit}}{{/version}}</button>
        </form>
        """

    static let list =
        messages + """
            <h1 id="page-title">{{t.title}}</h1>
            <p class="lead">{{t.intro}}</p>
            {{#hasSets}}
            <table id="rule-sets">
              <thead><tr><th scope="col">{{t.name}}</th><th scope="col">{{t.effectiveFrom}}</th><th scope="col">{{t.state}}</th><th scope="col">{{t.limits}}</th></tr></thead>
              <tbody>{{#sets}}<tr><td><a href="{{href}}">{{name}}</a></td><td>{{effectiveFrom}}</td><td>{{state}}</td><td>{{limits}}</td></tr>{{/sets}}</tbody>
            </table>
            {{/hasSets}}
            {{^hasSets}}<p id="rule-sets-empty">{{t.none}}</p>{{/hasSets}}
            <section class="card" aria-labelledby="new-version-heading">
              <h2 id="new-version-heading">{{t.newVersion}}</h2>
              {{#form}}\(form){{/form}}
            </section>
            """

    static let version =
        messages + """
            <h1 id="page-title">{{name}}</h1>
            <p><a id="rule-sets-link" href="/admin/hr/rule-sets">{{t.back}}</a></p>
            <dl id="rule-set-details">
              <dt>{{t.effectiveFrom}}</dt><dd id="rule-set-effective">{{effectiveFrom}}</dd>
              <dt>{{t.state}}</dt><dd id="rule-set-state">{{state}}</dd>
            </dl>
            {{#form}}\(form){{/form}}
            {{^form}}
            <p class="help" id="rule-set-read-only">{{t.readOnly}}</p>
            <table id="rule-set-limits">
              <thead><tr><th scope="col">{{t.caseType}}</th><th scope="col">{{t.step}}</th><th scope="col">{{t.article}}</th><th scope="col">{{t.days}}</th><th scope="col">{{t.from}}</th></tr></thead>
              <tbody>{{#limits}}<tr><td>{{caseType}}</td><td>{{step}}</td><td>{{article}}</td><td>{{period}}</td><td>{{from}}</td></tr>{{/limits}}</tbody>
            </table>
            {{/form}}
            """
}
