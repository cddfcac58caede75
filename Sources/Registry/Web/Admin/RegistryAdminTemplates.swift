import ChancerySpine

/// The templates of the registry's pages in the administration console. Every form lists its errors at once
/// (`form-errors`), each field marked `aria-invalid` and described by its own sentence.
enum RegistryAdminTemplates {
    static var all: [(String, String)] {
        [
            ("registry-admin-series", seriesList), ("registry-admin-series-form", seriesForm),
            ("registry-admin-lists", lists), ("registry-admin-list", list), ("registry-admin-plan", plan),
            ("registry-admin-plan-node", planNode), ("registry-admin-node", node),
        ]
    }

    static let notice = AdminFormTemplates.notice

    static let seriesList = """
        <h1 id="page-title">{{t.series_title}}</h1>
        <p class="lead">{{t.series_intro}}</p>
        \(notice)
        <p><a id="new-series" href="/admin/registry/series/new">{{t.series_new}}</a></p>
        {{> list-search}}
        {{#hasRows}}
        <table id="series">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>{{#rows}}<tr id="series-{{code}}"><td><a href="{{href}}">{{code}}</a></td><td>{{title}}</td><td><code>{{template}}</code></td><td>{{verification}}</td><td>{{#active}}{{state}}{{/active}}{{^active}}<strong>{{state}}</strong>{{/active}}</td></tr>{{/rows}}</tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="series-empty">{{t.series_empty}}</p>{{/hasRows}}
        {{> list-pager}}
        """

    static let seriesForm = """
        <p><a href="/admin/registry/series">{{t.series_back}}</a></p>
        <h1 id="page-title">{{heading}}</h1>
        \(notice)
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="series-form" method="post" action="{{action}}" class="form-grid" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <input type="hidden" name="version" value="{{version}}">
          {{#isNew}}
          \(AdminFormTemplates.field("code", "field_code", max: 12, help: "help_code"))
          {{/isNew}}
          \(AdminFormTemplates.field("title", "field_title", max: 200))
          \(AdminFormTemplates.field("template", "field_template", max: 60, help: "help_template"))
          <label class="inline"><input type="checkbox" id="requiresVerification" name="requiresVerification" value="on"{{#requiresVerification}} checked{{/requiresVerification}}> {{t.field_verification}}</label>
          <fieldset id="checks"{{#errors.invalid.checks}} aria-invalid="true" aria-describedby="checks-error"{{/errors.invalid.checks}}><legend>{{t.field_checks}}</legend>
            {{#checks}}<label class="inline"><input type="checkbox" id="{{id}}" name="{{name}}" value="on"{{#checked}} checked{{/checked}}> {{label}}</label><br>{{/checks}}
          </fieldset>
          {{#errors.message.checks}}<p class="error help" id="checks-error">{{.}}</p>{{/errors.message.checks}}
          {{^isNew}}<label class="inline"><input type="checkbox" id="active" name="active" value="on"{{#active}} checked{{/active}}> {{t.field_active}}</label>{{/isNew}}
          <button id="series-submit" type="submit">{{#isNew}}{{t.series_create}}{{/isNew}}{{^isNew}}{{t.series_save}}{{/isNew}}</button>
        </form>
        """

    static let lists = """
        <h1 id="page-title">{{t.lists_title}}</h1>
        <p class="lead">{{t.lists_intro}}</p>
        \(notice)
        {{> list-search}}
        {{#hasRows}}
        <table id="lists">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>{{#rows}}<tr id="list-{{id}}"><td><a href="{{href}}">{{name}}</a></td><td>{{description}}</td><td>{{owner}}</td><td>{{members}}</td></tr>{{/rows}}</tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="lists-empty">{{t.lists_empty}}</p>{{/hasRows}}
        {{> list-pager}}
        <section class="card" aria-labelledby="new-list-heading">
          <h2 id="new-list-heading">{{t.lists_new}}</h2>
          {{#errors}}{{> form-errors}}{{/errors}}
          <form id="list-form" method="post" action="/admin/registry/lists" class="form-grid" novalidate>
            <input type="hidden" name="_csrf" value="{{csrf}}">
            \(AdminFormTemplates.field("name", "field_name", max: 200))
            \(AdminFormTemplates.field("description", "field_description", max: 1000))
            \(AdminFormTemplates.select("ownerKind", "field_ownerKind", options: "choices.ownerKinds"))
            \(AdminFormTemplates.field(
                "owner", "field_owner", max: 64, help: "help_owner",
                suggest: #" data-suggest-from="ownerKind" data-suggest-user="people" data-suggest-unit="units""#))
            <button id="list-submit" type="submit">{{t.lists_create}}</button>
          </form>
        </section>
        """

    static let list = """
        <p><a href="/admin/registry/lists">{{t.list_back}}</a></p>
        <h1 id="page-title">{{heading}}</h1>
        <p class="lead" id="list-owner">{{owner}}</p>
        \(notice)
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="list-form" method="post" action="/admin/registry/lists/{{id}}" class="form-grid" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <input type="hidden" name="version" value="{{version}}">
          \(AdminFormTemplates.field("name", "field_name", max: 200))
          \(AdminFormTemplates.field("description", "field_description", max: 1000))
          <button id="list-submit" type="submit">{{t.list_save}}</button>
        </form>
        <h2 id="members-heading">{{t.list_members}}</h2>
        {{#hasMembers}}
        <table id="members" aria-labelledby="members-heading">
          <thead><tr><th scope="col">{{t.col_kind}}</th><th scope="col">{{t.col_member}}</th><th scope="col">{{t.col_role}}</th><th scope="col">{{t.col_action}}</th></tr></thead>
          <tbody>{{#members}}<tr id="member-{{rowID}}"><td>{{kindName}}</td><td>{{name}}</td><td>{{role}}</td><td><form method="post" action="/admin/registry/lists/{{id}}/members/remove"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}"><input type="hidden" name="kind" value="{{kind}}"><input type="hidden" name="member" value="{{memberID}}"><button class="secondary" type="submit" aria-label="{{removeLabel}}">{{t.list_removeButton}}</button></form></td></tr>{{/members}}</tbody>
        </table>
        {{/hasMembers}}
        {{^hasMembers}}<p id="members-empty">{{t.list_noMembers}}</p>{{/hasMembers}}
        <section class="card" aria-labelledby="add-heading">
          <h2 id="add-heading">{{t.list_add}}</h2>
          {{#memberErrors}}{{> form-errors}}{{/memberErrors}}
          <form id="member-form" method="post" action="/admin/registry/lists/{{id}}/members" class="inline-form" novalidate>
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <input type="hidden" name="version" value="{{version}}">
            <label for="memberKind">{{t.field_memberKind}}</label>
            <select id="memberKind" name="memberKind"{{#memberErrors.invalid.memberKind}} aria-invalid="true" aria-describedby="memberKind-error"{{/memberErrors.invalid.memberKind}}>{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
            {{#memberErrors.message.memberKind}}<span class="error help" id="memberKind-error">{{.}}</span>{{/memberErrors.message.memberKind}}
            <label for="member">{{t.field_member}}</label>
            <input id="member" name="member" type="text" required maxlength="64" list="candidates" autocomplete="off" data-suggest-from="memberKind" data-suggest-user="people" data-suggest-unit="units" value="{{memberValues.member}}"{{#memberErrors.invalid.member}} aria-invalid="true" aria-describedby="member-error"{{/memberErrors.invalid.member}}>
            <datalist id="candidates">{{#candidates}}<option value="{{value}}">{{label}}</option>{{/candidates}}</datalist>
            {{#memberErrors.message.member}}<span class="error help" id="member-error">{{.}}</span>{{/memberErrors.message.member}}
            <label for="memberRole">{{t.field_memberRole}}</label>
            <select id="memberRole" name="memberRole"{{#memberErrors.invalid.memberRole}} aria-invalid="true" aria-describedby="memberRole-error"{{/memberErrors.invalid.memberRole}}>{{#roles}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/roles}}</select>
            {{#memberErrors.message.memberRole}}<span class="error help" id="memberRole-error">{{.}}</span>{{/memberErrors.message.memberRole}}
            <button id="member-submit" type="submit">{{t.list_addSubmit}}</button>
          </form>
        </section>
        """

    /// One node of the tree and, nested, the nodes under it.
    static let planNode = """
        <li id="node-{{id}}"><a href="{{href}}"><strong>{{code}}</strong></a> {{title}} <span class="muted">({{kindName}}{{#isFolder}}, {{rule}}{{/isFolder}})</span>{{#retired}} <strong class="tag">{{retiredName}}</strong>{{/retired}}
        {{#hasChildren}}<ul>{{#children}}{{> registry-admin-plan-node}}{{/children}}</ul>{{/hasChildren}}</li>
        """

    static let plan = """
        <h1 id="page-title">{{t.plan_title}}</h1>
        <p class="lead">{{t.plan_intro}}</p>
        \(notice)
        <h2 id="tree-heading">{{t.plan_tree}}</h2>
        {{#hasTree}}<ul id="file-plan" class="tree" aria-labelledby="tree-heading">{{#tree}}{{> registry-admin-plan-node}}{{/tree}}</ul>{{/hasTree}}
        {{^hasTree}}<p id="plan-empty">{{t.plan_empty}}</p>{{/hasTree}}
        <section class="card" aria-labelledby="new-node-heading">
          <h2 id="new-node-heading">{{t.plan_new}}</h2>
          {{#errors}}{{> form-errors}}{{/errors}}
          <form id="node-form" method="post" action="/admin/registry/file-plan" class="form-grid" novalidate>
            <input type="hidden" name="_csrf" value="{{csrf}}">
            \(AdminFormTemplates.select("kind", "field_kind", options: "kinds"))
            \(AdminFormTemplates.select("parent", "field_parent", options: "parents"))
            \(AdminFormTemplates.field("code", "field_code", max: 40, help: "help_nodeCode"))
            \(AdminFormTemplates.field("title", "field_title", max: 200))
            \(AdminFormTemplates.field("retentionYears", "field_retentionYears", max: 3))
            \(AdminFormTemplates.select("disposition", "field_disposition", options: "dispositions"))
            <button id="node-submit" type="submit">{{t.plan_create}}</button>
          </form>
        </section>
        """

    static let node = """
        <p><a href="/admin/registry/file-plan">{{t.node_back}}</a></p>
        <h1 id="page-title">{{heading}}</h1>
        <p class="lead" id="node-title">{{title}}</p>
        \(notice)
        <dl class="details">
          <dt>{{t.field_kind}}</dt><dd>{{kindName}}</dd>
          {{#rule}}<dt>{{t.field_retentionYears}}</dt><dd>{{rule}}</dd>{{/rule}}
          {{#parent}}<dt>{{t.node_parent}}</dt><dd><a id="node-parent" href="{{href}}">{{text}}</a></dd>{{/parent}}
          <dt>{{t.node_children}}</dt><dd>{{#hasChildren}}<ul id="node-children">{{#children}}<li><a href="{{href}}">{{text}}</a>{{#retired}} <strong class="tag">{{t.state_retired}}</strong>{{/retired}}</li>{{/children}}</ul>{{/hasChildren}}{{^hasChildren}}{{t.node_noChildren}}{{/hasChildren}}</dd>
        </dl>
        {{#retired}}<p id="node-retired"><strong>{{retired}}</strong></p>{{/retired}}
        <section class="card" aria-labelledby="rename-heading">
          <h2 id="rename-heading">{{t.node_rename}}</h2>
          {{#errors}}{{> form-errors}}{{/errors}}
          <form id="rename-form" method="post" action="/admin/registry/file-plan/{{id}}/rename" class="form-grid" novalidate>
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <input type="hidden" name="version" value="{{version}}">
            \(AdminFormTemplates.field("title", "field_title", max: 200, help: "node_codeStays"))
            <button id="rename-submit" type="submit">{{t.node_renameSubmit}}</button>
          </form>
        </section>
        {{^retired}}
        <section class="card" aria-labelledby="retire-heading">
          <h2 id="retire-heading">{{t.node_retire}}</h2>
          {{#retireErrors}}<div id="retire-error" class="error-summary" role="alert" tabindex="-1"><ul>{{#items}}<li>{{message}}</li>{{/items}}</ul></div>{{/retireErrors}}
          <form id="retire-form" method="post" action="/admin/registry/file-plan/{{id}}/retire">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <p class="help" id="retire-help">{{t.node_retireHelp}}</p>
            <button id="retire-submit" class="danger" type="submit" aria-describedby="retire-help">{{t.node_retireSubmit}}</button>
          </form>
        </section>
        {{/retired}}
        """
}
