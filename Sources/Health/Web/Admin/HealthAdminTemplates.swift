import ChancerySpine

/// The templates of the Health Office's pages in the administration console. Every form lists its errors at once
/// (`form-errors`), each field marked `aria-invalid` and described by its own sentence.
enum HealthAdminTemplates {
    static var all: [(String, String)] {
        [
            ("health-admin-clinicians", clinicians), ("health-admin-clinician", clinician),
            ("health-admin-types", types), ("health-admin-type", type),
        ]
    }

    static let notice = AdminFormTemplates.notice

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
        {{> list-search}}
        {{#hasRows}}
        <table id="clinicians">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>{{#rows}}<tr id="clinician-{{username}}"><td><a href="{{href}}">{{name}}</a></td><td>{{username}}</td><td>{{specialty}}</td><td>{{location}}</td><td>{{#active}}{{state}}{{/active}}{{^active}}<strong>{{state}}</strong>{{/active}}</td></tr>{{/rows}}</tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="clinicians-empty">{{t.clinicians_empty}}</p>{{/hasRows}}
        {{> list-pager}}
        <section class="card" aria-labelledby="new-clinician-heading">
          <h2 id="new-clinician-heading">{{t.clinicians_new}}</h2>
          {{#errors}}{{> form-errors}}{{/errors}}
          {{#values.hasAccounts}}
          <form id="clinician-form" method="post" action="/admin/health/clinicians" class="form-grid" novalidate>
            <input type="hidden" name="_csrf" value="{{csrf}}">
            \(AdminFormTemplates.select("account", "field_account", options: "choices.accounts", help: "help_account"))
            \(AdminFormTemplates.field("displayName", "field_displayName", max: 120, help: "help_displayName"))
            \(AdminFormTemplates.field("specialty", "field_specialty", max: 120, list: "specialties", choices: "choices.specialties"))
            \(AdminFormTemplates.field("location", "field_location", max: 200, list: "rooms", choices: "choices.rooms"))
            <button id="clinician-submit" type="submit">{{t.clinicians_add}}</button>
          </form>
          {{/values.hasAccounts}}
          {{^values.hasAccounts}}<p id="no-candidate">{{t.clinicians_noCandidate}}</p>{{/values.hasAccounts}}
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
          \(AdminFormTemplates.field("displayName", "field_displayName", max: 120))
          \(AdminFormTemplates.field("specialty", "field_specialty", max: 120, list: "specialties"))
          \(AdminFormTemplates.field("location", "field_location", max: 200, list: "rooms"))
          <button id="clinician-submit" type="submit">{{t.save}}</button>
        </form>
        \(activeForm("/admin/health/clinicians/{{id}}"))
        """

    static let types = """
        <h1 id="page-title">{{t.types_title}}</h1>
        <p class="lead">{{t.types_intro}}</p>
        \(notice)
        {{> list-search}}
        {{#hasRows}}
        <table id="types">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>{{#rows}}<tr id="type-{{code}}"><td><a href="{{href}}">{{code}}</a></td><td lang="en">{{nameEN}}</td><td lang="fr">{{nameFR}}</td><td>{{duration}}</td><td>{{kind}}</td><td>{{#active}}{{state}}{{/active}}{{^active}}<strong>{{state}}</strong>{{/active}}</td></tr>{{/rows}}</tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="types-empty">{{t.types_empty}}</p>{{/hasRows}}
        {{> list-pager}}
        <section class="card" aria-labelledby="new-type-heading">
          <h2 id="new-type-heading">{{t.types_new}}</h2>
          {{#errors}}{{> form-errors}}{{/errors}}
          <form id="type-form" method="post" action="/admin/health/appointment-types" class="form-grid" novalidate>
            <input type="hidden" name="_csrf" value="{{csrf}}">
            \(AdminFormTemplates.field("code", "field_code", max: 32, help: "help_code"))
            \(typeFields(kinds: "choices.kinds"))
            <button id="type-submit" type="submit">{{t.types_add}}</button>
          </form>
        </section>
        """

    /// The fields of a type, the kinds offered from `kinds`.
    static func typeFields(kinds: String) -> String {
        """
        \(AdminFormTemplates.field("nameEN", "field_nameEN", max: 120))
        \(AdminFormTemplates.field("nameFR", "field_nameFR", max: 120))
        \(AdminFormTemplates.field("duration", "field_duration", max: 3))
        \(AdminFormTemplates.select("kind", "field_kind", options: kinds))
        """
    }

    static let type = """
        <p><a href="/admin/health/appointment-types">{{t.type_back}}</a></p>
        <h1 id="page-title">{{heading}}</h1>
        \(notice)
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="type-form" method="post" action="/admin/health/appointment-types/{{code}}" class="form-grid" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <input type="hidden" name="version" value="{{version}}">
          \(typeFields(kinds: "kinds"))
          <button id="type-submit" type="submit">{{t.save}}</button>
        </form>
        \(activeForm("/admin/health/appointment-types/{{code}}"))
        """
}
