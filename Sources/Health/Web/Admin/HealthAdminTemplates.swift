/// The templates of the Health Office's pages in the administration console. Every form lists its errors at once
/// (`form-errors`), each field marked `aria-invalid` and described by its own sentence.
enum HealthAdminTemplates {
    static var all: [(String, String)] {
        [
            ("health-admin-clinicians", clinicians), ("health-admin-clinician", clinician),
            ("health-admin-types", types), ("health-admin-type", type),
        ]
    }

    static let notice = """
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        """

    /// A text field with its label, optional help and suggestions, and its error.
    static func field(_ name: String, _ label: String, max: Int, help: String? = nil, list: String? = nil) -> String {
        let invalid = "{{#errors.invalid.\(name)}}"
        let end = "{{/errors.invalid.\(name)}}"
        let describedBy =
            help == nil
            ? "\(invalid) aria-describedby=\"\(name)-error\"\(end)"
            : " aria-describedby=\"\(name)-help\(invalid) \(name)-error\(end)\""
        return """
            <label for="\(name)">{{t.\(label)}}</label>
            <input id="\(name)" name="\(name)" type="text" maxlength="\(max)" value="{{values.\(name)}}"\
            \(list.map { " list=\"\($0)-list\" autocomplete=\"off\"" } ?? "")\(describedBy)\(invalid) aria-invalid="true"\(end)>
            \(list.map { #"<datalist id="\#($0)-list">{{#\#($0)}}<option value="{{.}}">{{/\#($0)}}</datalist>"# } ?? "")
            \(help.map { #"<p class="help" id="\#(name)-help">{{t.\#($0)}}</p>"# } ?? "")
            {{#errors.message.\(name)}}<p class="error help" id="\(name)-error">{{.}}</p>{{/errors.message.\(name)}}
            """
    }

    /// A `<select>` of `options` with its label, optional help, and its error.
    static func select(_ name: String, _ label: String, options: String, help: String? = nil) -> String {
        let invalid = "{{#errors.invalid.\(name)}}"
        let end = "{{/errors.invalid.\(name)}}"
        let describedBy =
            help == nil
            ? "\(invalid) aria-describedby=\"\(name)-error\"\(end)"
            : " aria-describedby=\"\(name)-help\(invalid) \(name)-error\(end)\""
        return """
            <label for="\(name)">{{t.\(label)}}</label>
            <select id="\(name)" name="\(name)"\(describedBy)\(invalid) aria-invalid="true"\(end)>\
            {{#\(options)}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/\(options)}}</select>
            \(help.map { #"<p class="help" id="\#(name)-help">{{t.\#($0)}}</p>"# } ?? "")
            {{#errors.message.\(name)}}<p class="error help" id="\(name)-error">{{.}}</p>{{/errors.message.\(name)}}
            """
    }

    /// The form that deactivates an entry, or offers it again.
    static func activeForm(_ action: String) -> String {
        """
        <section class="card" aria-labelledby="state-heading">
          <h2 id="state-heading">{{t.col_state}}</h2>
          <p id="entry-state">{{state}}</p>
          <form id="active-form" method="post" action="\(action)/active">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <input type="hidden" name="version" value="{{version}}">
            {{#active}}<input type="hidden" name="active" value="0"><button id="deactivate-submit" class="danger" type="submit" aria-describedby="deactivate-help">{{t.deactivate}}</button> <span class="help" id="deactivate-help">{{t.deactivateHelp}}</span>{{/active}}
            {{^active}}<input type="hidden" name="active" value="1"><button id="reactivate-submit" type="submit">{{t.reactivate}}</button>{{/active}}
          </form>
        </section>
        """
    }

    static let clinicians = """
        <h1 id="page-title">{{t.clinicians_title}}</h1>
        <p class="lead">{{t.clinicians_intro}}</p>
        \(notice)
        {{#hasRows}}
        <table id="clinicians">
          <thead><tr><th scope="col">{{t.col_name}}</th><th scope="col">{{t.col_username}}</th><th scope="col">{{t.col_specialty}}</th><th scope="col">{{t.col_location}}</th><th scope="col">{{t.col_state}}</th></tr></thead>
          <tbody>{{#rows}}<tr id="clinician-{{username}}"><td><a href="{{href}}">{{name}}</a></td><td>{{username}}</td><td>{{specialty}}</td><td>{{location}}</td><td>{{#active}}{{state}}{{/active}}{{^active}}<strong>{{state}}</strong>{{/active}}</td></tr>{{/rows}}</tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="clinicians-empty">{{t.clinicians_empty}}</p>{{/hasRows}}
        <section class="card" aria-labelledby="new-clinician-heading">
          <h2 id="new-clinician-heading">{{t.clinicians_new}}</h2>
          {{#errors}}{{> form-errors}}{{/errors}}
          {{#hasAccounts}}
          <form id="clinician-form" method="post" action="/admin/health/clinicians" class="form-grid" novalidate>
            <input type="hidden" name="_csrf" value="{{csrf}}">
            \(select("account", "field_account", options: "accounts", help: "help_account"))
            \(field("displayName", "field_displayName", max: 120, help: "help_displayName"))
            \(field("specialty", "field_specialty", max: 120, list: "specialties"))
            \(field("location", "field_location", max: 200, list: "rooms"))
            <button id="clinician-submit" type="submit">{{t.clinicians_add}}</button>
          </form>
          {{/hasAccounts}}
          {{^hasAccounts}}<p id="no-candidate">{{t.clinicians_noCandidate}}</p>{{/hasAccounts}}
        </section>
        """

    static let clinician = """
        <p><a href="/admin/health/clinicians">{{t.clinician_back}}</a></p>
        <h1 id="page-title">{{heading}}</h1>
        \(notice)
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="clinician-form" method="post" action="/admin/health/clinicians/{{id}}" class="form-grid" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <input type="hidden" name="version" value="{{version}}">
          \(field("displayName", "field_displayName", max: 120))
          \(field("specialty", "field_specialty", max: 120, list: "specialties"))
          \(field("location", "field_location", max: 200, list: "rooms"))
          <button id="clinician-submit" type="submit">{{t.save}}</button>
        </form>
        \(activeForm("/admin/health/clinicians/{{id}}"))
        """

    static let types = """
        <h1 id="page-title">{{t.types_title}}</h1>
        <p class="lead">{{t.types_intro}}</p>
        \(notice)
        {{#hasRows}}
        <table id="types">
          <thead><tr><th scope="col">{{t.col_code}}</th><th scope="col">{{t.col_nameEN}}</th><th scope="col">{{t.col_nameFR}}</th><th scope="col">{{t.col_duration}}</th><th scope="col">{{t.col_kind}}</th><th scope="col">{{t.col_state}}</th></tr></thead>
          <tbody>{{#rows}}<tr id="type-{{code}}"><td><a href="{{href}}">{{code}}</a></td><td lang="en">{{nameEN}}</td><td lang="fr">{{nameFR}}</td><td>{{duration}}</td><td>{{kind}}</td><td>{{#active}}{{state}}{{/active}}{{^active}}<strong>{{state}}</strong>{{/active}}</td></tr>{{/rows}}</tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="types-empty">{{t.types_empty}}</p>{{/hasRows}}
        <section class="card" aria-labelledby="new-type-heading">
          <h2 id="new-type-heading">{{t.types_new}}</h2>
          {{#errors}}{{> form-errors}}{{/errors}}
          <form id="type-form" method="post" action="/admin/health/appointment-types" class="form-grid" novalidate>
            <input type="hidden" name="_csrf" value="{{csrf}}">
            \(field("code", "field_code", max: 32, help: "help_code"))
            \(typeFields)
            <button id="type-submit" type="submit">{{t.types_add}}</button>
          </form>
        </section>
        """

    static let typeFields = """
        \(field("nameEN", "field_nameEN", max: 120))
        \(field("nameFR", "field_nameFR", max: 120))
        \(field("duration", "field_duration", max: 3))
        \(select("kind", "field_kind", options: "kinds"))
        """

    static let type = """
        <p><a href="/admin/health/appointment-types">{{t.type_back}}</a></p>
        <h1 id="page-title">{{heading}}</h1>
        \(notice)
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="type-form" method="post" action="/admin/health/appointment-types/{{code}}" class="form-grid" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <input type="hidden" name="version" value="{{version}}">
          \(typeFields)
          <button id="type-submit" type="submit">{{t.save}}</button>
        </form>
        \(activeForm("/admin/health/appointment-types/{{code}}"))
        """
}
