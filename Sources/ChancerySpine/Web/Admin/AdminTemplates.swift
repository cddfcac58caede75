/// The administration console's templates. Labels come from `t` (an `admin.x.y` string is `t.x_y`).
package enum AdminTemplates {
    package static var all: [(String, String)] {
        [
            ("form-errors", FormErrors.summaryTemplate), ("admin", overview), ("admin-users", users),
            ("admin-user", user), ("admin-groups", groups), ("admin-group", group), ("admin-counts", counts),
            ("admin-units", units), ("admin-throttles", throttles),
        ]
    }

    static let notice = """
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        """

    static let overview = """
        <h1 id="page-title">{{t.title}}</h1>
        <p class="lead">{{t.intro}}</p>
        <ul class="queues" id="admin-parts">
          {{#cards}}<li class="card task"><p><a id="admin-{{id}}" href="{{href}}">{{name}}</a></p><p class="muted">{{summary}}</p></li>{{/cards}}
        </ul>
        {{#hasSections}}
        <h2 id="offices-heading">{{t.overview_offices}}</h2>
        {{#sections}}
        <section class="card" aria-label="{{heading}}"><h3>{{heading}}</h3><ul>
          {{#links}}<li><a id="admin-{{id}}" href="{{href}}">{{name}}</a>{{#summary}} <span class="muted">{{summary}}</span>{{/summary}}</li>{{/links}}
        </ul></section>
        {{/sections}}
        {{/hasSections}}
        """

    static let users = """
        <h1 id="page-title">{{t.users_title}}</h1>
        \(notice)
        <p><a id="new-user" href="/admin/users/new">{{t.users_new}}</a></p>
        <form id="users-filter" method="get" action="/admin/users" class="inline-form" role="search" aria-label="{{t.users_filter}}">
          <label for="q">{{t.users_q}}</label><input id="q" name="q" type="text" maxlength="100" value="{{q}}">
          <label for="unit">{{t.col_units}}</label><select id="unit" name="unit">{{#units}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/units}}</select>
          <label for="role">{{t.col_roles}}</label><select id="role" name="role">{{#roles}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/roles}}</select>
          <label for="state">{{t.col_state}}</label><select id="state" name="state">{{#states}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/states}}</select>
          <input type="hidden" name="sort" value="{{sort}}"><input type="hidden" name="order" value="{{order}}">
          <button id="filter-submit" type="submit">{{t.users_submit}}</button> <a href="/admin/users">{{t.users_clear}}</a>
        </form>
        {{#hasRows}}
        <table id="users">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>
          {{#rows}}<tr id="user-{{username}}"><td><a href="{{href}}">{{username}}</a></td><td>{{name}}</td><td>{{clearance}}</td><td>{{nationality}}</td><td>{{#locked}}<strong>{{state}}</strong>{{/locked}}{{^locked}}{{state}}{{/locked}}</td><td>{{roles}}</td><td>{{units}}</td></tr>{{/rows}}
          </tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="users-empty">{{t.users_empty}}</p>{{/hasRows}}
        {{> list-pager}}
        """

    static let user = """
        <p><a href="/admin/users">{{t.user_back}}</a></p>
        <h1 id="page-title">{{heading}}</h1>
        \(notice)
        {{#errors}}{{> form-errors}}{{/errors}}
        {{#created}}<p class="muted">{{created}}</p>{{/created}}
        <form id="user-form" method="post" action="{{action}}" class="form-grid" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <input type="hidden" name="version" value="{{version}}">
          {{#isNew}}
          <label for="username">{{t.field_username}}</label>
          <input id="username" name="username" type="text" required maxlength="64" autocomplete="off" value="{{values.username}}" aria-describedby="username-help{{#errors.invalid.username}} username-error{{/errors.invalid.username}}"{{#errors.invalid.username}} aria-invalid="true"{{/errors.invalid.username}}>
          <p class="help" id="username-help">{{t.help_username}}</p>
          {{#errors.message.username}}<p class="error help" id="username-error">{{.}}</p>{{/errors.message.username}}
          {{/isNew}}
          <label for="displayName">{{t.field_displayName}}</label>
          <input id="displayName" name="displayName" type="text" required maxlength="200" value="{{values.displayName}}"{{#errors.invalid.displayName}} aria-invalid="true" aria-describedby="displayName-error"{{/errors.invalid.displayName}}>
          {{#errors.message.displayName}}<p class="error help" id="displayName-error">{{.}}</p>{{/errors.message.displayName}}
          {{#isNew}}
          <label for="password">{{t.field_password}}</label>
          <input id="password" name="password" type="password" required minlength="12" autocomplete="new-password" aria-describedby="password-help{{#errors.invalid.password}} password-error{{/errors.invalid.password}}"{{#errors.invalid.password}} aria-invalid="true"{{/errors.invalid.password}}>
          <p class="help" id="password-help">{{t.help_password}}</p>
          {{#errors.message.password}}<p class="error help" id="password-error">{{.}}</p>{{/errors.message.password}}
          {{/isNew}}
          <label for="clearance">{{t.field_clearance}}</label>
          <select id="clearance" name="clearance"{{#errors.invalid.clearance}} aria-invalid="true" aria-describedby="clearance-error"{{/errors.invalid.clearance}}>{{#clearances}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/clearances}}</select>
          {{#errors.message.clearance}}<p class="error help" id="clearance-error">{{.}}</p>{{/errors.message.clearance}}
          <label for="nationality">{{t.field_nationality}}</label>
          <select id="nationality" name="nationality"{{#errors.invalid.nationality}} aria-invalid="true" aria-describedby="nationality-error"{{/errors.invalid.nationality}}>{{#nationalities}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/nationalities}}</select>
          {{#errors.message.nationality}}<p class="error help" id="nationality-error">{{.}}</p>{{/errors.message.nationality}}
          <fieldset id="categories"{{#errors.invalid.categories}} aria-invalid="true" aria-describedby="categories-error"{{/errors.invalid.categories}}><legend>{{t.field_categories}}</legend>
            {{#categories}}<label class="inline"><input type="checkbox" id="{{id}}" name="{{name}}" value="on"{{#checked}} checked{{/checked}}> {{label}}</label>{{/categories}}
          </fieldset>
          {{#errors.message.categories}}<p class="error help" id="categories-error">{{.}}</p>{{/errors.message.categories}}
          <fieldset id="roles"{{#errors.invalid.roles}} aria-invalid="true" aria-describedby="roles-error"{{/errors.invalid.roles}}><legend>{{t.field_roles}}</legend>
            {{#roleGroups}}<p class="menu-heading">{{heading}}</p>{{#roles}}<label class="inline"><input type="checkbox" id="{{id}}" name="{{name}}" value="on"{{#checked}} checked{{/checked}}> {{label}}</label><br>{{/roles}}{{/roleGroups}}
          </fieldset>
          {{#errors.message.roles}}<p class="error help" id="roles-error">{{.}}</p>{{/errors.message.roles}}
          <label for="units">{{t.field_units}}</label>
          <input id="units" name="units" type="text" maxlength="400" value="{{values.units}}" data-suggest="units" data-suggest-multiple aria-describedby="units-help{{#errors.invalid.units}} units-error{{/errors.invalid.units}}"{{#errors.invalid.units}} aria-invalid="true"{{/errors.invalid.units}}>
          <p class="help" id="units-help">{{t.help_units}}</p>
          {{#errors.message.units}}<p class="error help" id="units-error">{{.}}</p>{{/errors.message.units}}
          <fieldset id="groups"{{#errors.invalid.groups}} aria-invalid="true" aria-describedby="groups-error"{{/errors.invalid.groups}}><legend>{{t.field_groups}}</legend>
            {{#hasGroups}}{{#groups}}<label class="inline"><input type="checkbox" id="{{id}}" name="{{name}}" value="on"{{#checked}} checked{{/checked}}> {{label}}</label>{{/groups}}{{/hasGroups}}
            {{^hasGroups}}<p class="muted">{{t.groups_none}} <a href="/admin/groups">{{t.groups_new}}</a></p>{{/hasGroups}}
          </fieldset>
          {{#errors.message.groups}}<p class="error help" id="groups-error">{{.}}</p>{{/errors.message.groups}}
          <button id="user-submit" type="submit">{{#isNew}}{{t.user_create}}{{/isNew}}{{^isNew}}{{t.user_save}}{{/isNew}}</button>
        </form>
        {{^isNew}}
        <section class="card" aria-labelledby="actions-heading" id="user-actions">
          <h2 id="actions-heading">{{t.user_actions}}</h2>
          <p id="user-state">{{state}}</p>
          {{#locked}}
          <form id="unlock-form" method="post" action="/admin/users/{{username}}/unlock"><input type="hidden" name="_csrf" value="{{csrf}}"><button id="unlock-submit" type="submit">{{t.user_unlock}}</button> <span class="help">{{t.user_unlockHelp}}</span></form>
          {{/locked}}
          {{^locked}}
          <form id="lock-form" method="post" action="/admin/users/{{username}}/lock"><input type="hidden" name="_csrf" value="{{csrf}}"><button id="lock-submit" class="danger" type="submit">{{t.user_lock}}</button> <span class="help">{{t.user_lockHelp}}</span></form>
          {{/locked}}
          <form id="password-form" method="post" action="/admin/users/{{username}}/password" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="newPassword">{{t.field_newPassword}}</label>
            <input id="newPassword" name="newPassword" type="password" minlength="12" autocomplete="new-password" aria-describedby="newPassword-help{{#errors.invalid.newPassword}} newPassword-error{{/errors.invalid.newPassword}}"{{#errors.invalid.newPassword}} aria-invalid="true"{{/errors.invalid.newPassword}}>
            <button id="password-submit" type="submit">{{t.user_password}}</button>
            <span class="help" id="newPassword-help">{{t.user_passwordHelp}}</span>
            {{#errors.message.newPassword}}<span class="error help" id="newPassword-error">{{.}}</span>{{/errors.message.newPassword}}
          </form>
          <form id="revoke-form" method="post" action="/admin/users/{{username}}/sessions"><input type="hidden" name="_csrf" value="{{csrf}}"><button id="revoke-submit" class="secondary" type="submit">{{t.user_revoke}}</button> <span class="help">{{t.user_revokeHelp}}</span></form>
        </section>
        {{/isNew}}
        """

    static let groups = """
        <h1 id="page-title">{{t.groups_title}}</h1>
        <p class="lead">{{t.groups_intro}}</p>
        \(notice)
        {{> list-search}}
        {{#hasRows}}
        <table id="groups-table">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>{{#rows}}<tr id="group-{{name}}"><td><a href="{{href}}">{{name}}</a></td><td>{{title}}</td><td>{{members}}</td></tr>{{/rows}}</tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="groups-empty">{{t.groups_empty}}</p>{{/hasRows}}
        {{> list-pager}}
        <section class="card" aria-labelledby="new-group-heading">
          <h2 id="new-group-heading">{{t.groups_new}}</h2>
          {{#errors}}{{> form-errors}}{{/errors}}
          <form id="group-form" method="post" action="/admin/groups" class="form-grid" novalidate>
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="name">{{t.field_groupName}}</label>
            <input id="name" name="name" type="text" required maxlength="32" value="{{values.name}}" aria-describedby="name-help{{#errors.invalid.name}} name-error{{/errors.invalid.name}}"{{#errors.invalid.name}} aria-invalid="true"{{/errors.invalid.name}}>
            <p class="help" id="name-help">{{t.help_groupName}}</p>
            {{#errors.message.name}}<p class="error help" id="name-error">{{.}}</p>{{/errors.message.name}}
            <label for="title">{{t.field_groupTitle}}</label>
            <input id="title" name="title" type="text" required maxlength="200" value="{{values.title}}"{{#errors.invalid.title}} aria-invalid="true" aria-describedby="title-error"{{/errors.invalid.title}}>
            {{#errors.message.title}}<p class="error help" id="title-error">{{.}}</p>{{/errors.message.title}}
            <button id="group-submit" type="submit">{{t.groups_create}}</button>
          </form>
        </section>
        """

    static let group = """
        <p><a href="/admin/groups">{{t.group_back}}</a></p>
        <h1 id="page-title">{{heading}}</h1>
        <p class="lead">{{title}}</p>
        \(notice)
        <h2 id="members-heading">{{t.group_members}}</h2>
        {{#hasMembers}}
        <table id="members" aria-labelledby="members-heading">
          <thead><tr><th scope="col">{{t.col_username}}</th><th scope="col">{{t.col_name}}</th><th scope="col">{{t.col_action}}</th></tr></thead>
          <tbody>{{#members}}<tr id="member-{{username}}"><td><a href="{{href}}">{{username}}</a></td><td>{{name}}</td><td><form method="post" action="{{removeAction}}"><input type="hidden" name="_csrf" value="{{csrf}}"><button class="secondary" type="submit" aria-label="{{removeLabel}}">{{t.group_removeButton}}</button></form></td></tr>{{/members}}</tbody>
        </table>
        {{/hasMembers}}
        {{^hasMembers}}<p id="members-empty">{{t.group_noMembers}}</p>{{/hasMembers}}
        <section class="card" aria-labelledby="add-heading">
          <h2 id="add-heading">{{t.group_add}}</h2>
          {{#errors}}{{> form-errors}}{{/errors}}
          <form id="member-form" method="post" action="/admin/groups/{{name}}/members" class="inline-form" novalidate>
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="username">{{t.col_username}}</label>
            <input id="username" name="username" type="text" required maxlength="64" list="candidates" autocomplete="off" data-suggest="people" value="{{values.username}}"{{#errors.invalid.username}} aria-invalid="true" aria-describedby="username-error"{{/errors.invalid.username}}>
            <datalist id="candidates">{{#candidates}}<option value="{{value}}">{{label}}</option>{{/candidates}}</datalist>
            <button id="member-submit" type="submit">{{t.group_addSubmit}}</button>
            {{#errors.message.username}}<span class="error help" id="username-error">{{.}}</span>{{/errors.message.username}}
          </form>
        </section>
        """

    static let counts = """
        <h1 id="page-title">{{t.heading}}</h1>
        <p class="lead">{{t.intro}}</p>
        {{#hasRows}}
        <table id="counts">
          <thead><tr><th scope="col">{{t.name}}</th><th scope="col">{{t.count}}</th></tr></thead>
          <tbody>{{#rows}}<tr><td>{{name}}</td><td><a href="{{href}}">{{count}}</a></td></tr>{{/rows}}</tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="counts-empty">{{t.empty}}</p>{{/hasRows}}
        """

    static let units = """
        <h1 id="page-title">{{t.units_title}}</h1>
        <p class="lead">{{t.units_intro}}</p>
        {{> list-search}}
        {{#hasRows}}
        <table id="counts">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>{{#rows}}<tr id="unit-{{name}}"><td>{{name}}</td><td><a href="{{href}}">{{count}}</a></td></tr>{{/rows}}</tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="counts-empty">{{t.units_empty}}</p>{{/hasRows}}
        {{> list-pager}}
        """

    static let throttles = """
        <h1 id="page-title">{{t.throttles_title}}</h1>
        <p class="lead">{{t.throttles_intro}}</p>
        \(notice)
        {{> list-search}}
        {{#hasRows}}
        <table id="throttles">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>{{#rows}}<tr id="throttle-{{id}}"><td>{{typed}}</td><td>{{address}}</td><td>{{failures}}</td><td>{{until}}</td><td><form method="post" action="/admin/throttles/{{id}}/clear"><input type="hidden" name="_csrf" value="{{csrf}}"><button class="secondary" type="submit" aria-label="{{clearLabel}}">{{t.throttles_clear}}</button></form></td></tr>{{/rows}}</tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="throttles-empty">{{t.throttles_empty}}</p>{{/hasRows}}
        {{> list-pager}}
        """
}
