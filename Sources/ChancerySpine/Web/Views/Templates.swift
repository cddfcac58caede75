/// The page templates (Mustache: `{{x}}` is HTML-escaped, `{{{x}}}` is trusted HTML produced by another template).
package enum Templates {
    package static let layout = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · {{appName}}</title>
        <link rel="stylesheet" href="/assets/chancery.css">
        {{#user}}<script src="/assets/suggest.js" defer></script>{{/user}}
        </head>
        <body>
        <a class="skip-link" href="#main">{{skip}}</a>
        <table class="page-frame" role="presentation">
        <thead><tr><td><div id="banner-top" class="classification-banner {{bannerClass}}" role="region" aria-label="{{bannerLabel}}">{{banner}}</div></td></tr></thead>
        <tbody><tr><td>
        <header class="masthead">
          <a class="brand" href="/home">{{appName}}</a>
          <nav class="languages" aria-label="{{languageLabel}}">
            <form id="language-form" method="post" action="/language">
              {{#user}}<input type="hidden" name="_csrf" value="{{csrf}}">{{/user}}
              <input type="hidden" name="return" value="{{returnField}}">
              <button id="lang-en" type="submit" name="language" value="en" lang="en"{{#isEnglish}} aria-current="true"{{/isEnglish}}>English</button>
              <button id="lang-fr" type="submit" name="language" value="fr" lang="fr"{{#isFrench}} aria-current="true"{{/isFrench}}>Français</button>
            </form>
          </nav>
          {{#user}}
          <form id="masthead-search" class="masthead-search" method="get" action="/search" role="search">
            <input id="masthead-q" name="q" type="search" aria-label="{{search}}" placeholder="{{search}}">
          </form>
          <div class="account">
            <span class="who">{{signedInAs}}</span>
            <form id="logout-form" method="post" action="/logout">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <button id="logout-submit" type="submit">{{logout}}</button>
            </form>
          </div>
          {{/user}}
        </header>
        {{#user}}
        <nav class="site-menu" id="site-menu" aria-label="{{siteMenuLabel}}"><ul>
          {{#siteMenu}}<li><a id="site-{{id}}" href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{name}}</a></li>{{/siteMenu}}
        </ul></nav>
        {{/user}}
        {{#officeMenu}}
        <nav class="office-menu" id="office-menu" aria-label="{{label}}">
          {{#groups}}<div class="menu-group">{{#heading}}<span class="menu-heading">{{heading}}</span>{{/heading}}<ul>
            {{#links}}<li><a id="nav-{{id}}" href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{name}}</a></li>{{/links}}
          </ul></div>{{/groups}}
        </nav>
        {{/officeMenu}}
        <main id="main" tabindex="-1">
        {{{content}}}
        </main>
        </td></tr></tbody>
        <tfoot><tr><td><footer id="banner-bottom" class="classification-banner {{bannerClass}}" aria-label="{{bannerLabel}}">{{banner}}</footer></td></tr></tfoot>
        </table>
        </body>
        </html>
        """

    package static let login = """
        <h1 id="page-title">{{t.title}}</h1>
        <p>{{t.intro}}</p>
        {{#notice}}<p id="login-notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#error}}<p id="login-error" class="error" role="alert">{{error}}</p>{{/error}}
        <form id="login-form" method="post" action="/login" class="stacked">
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <label for="username">{{t.username}}</label>
          <input id="username" name="username" type="text" autocomplete="username" required autofocus value="{{username}}">
          <label for="password">{{t.password}}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <button id="login-submit" type="submit">{{t.submit}}</button>
        </form>
        """

    /// `GET /language/{code}` for a signed-in user: the page in that language, asking before anything is stored.
    package static let language = """
        <h1 id="page-title">{{t.title}}</h1>
        <p id="language-question">{{question}}</p>
        <form id="language-confirm" method="post" action="/language" class="stacked">
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <input type="hidden" name="language" value="{{code}}">
          <input type="hidden" name="return" value="{{returnPath}}">
          <button id="language-use" type="submit">{{t.use}}</button>
        </form>
        <p><a id="language-back" href="{{returnPath}}">{{t.back}}</a></p>
        """

    package static let home = """
        <h1 id="page-title">{{t.title}}</h1>
        <p class="lead">{{welcome}}</p>
        <section aria-labelledby="profile-heading" class="card">
          <h2 id="profile-heading">{{t.profile}}</h2>
          <dl class="profile">
            <dt>{{t.clearance}}</dt><dd id="profile-clearance">{{clearance}}</dd>
            <dt>{{t.nationality}}</dt><dd id="profile-nationality">{{nationality}}</dd>
            <dt>{{t.categories}}</dt><dd id="profile-categories">{{categories}}</dd>
            <dt>{{t.units}}</dt><dd id="profile-units">{{units}}</dd>
            <dt>{{t.groups}}</dt><dd id="profile-groups">{{groups}}</dd>
            <dt>{{t.roles}}</dt><dd id="profile-roles">{{roles}}</dd>
          </dl>
        </section>
        <section aria-labelledby="offices-heading">
          <h2 id="offices-heading">{{t.offices}}</h2>
          {{#hasOffices}}
          <ul class="offices">
            {{#offices}}
            <li class="card office" id="office-{{id}}"><h3>{{#href}}<a id="open-{{id}}" href="{{href}}">{{name}}</a>{{/href}}{{^href}}{{name}}{{/href}}</h3><p>{{about}}</p>{{#status}}<p class="muted">{{status}}</p>{{/status}}</li>
            {{/offices}}
          </ul>
          {{/hasOffices}}
          {{^hasOffices}}<p>{{t.noOffices}}</p>{{/hasOffices}}
        </section>
        {{#hasSaved}}
        <section aria-labelledby="home-saved-heading" id="home-saved-searches">
          <h2 id="home-saved-heading">{{t.saved}}</h2>
          <ul>{{#saved}}<li><a id="home-run-{{id}}" href="/search/saved/{{id}}">{{name}}</a> <code>{{query}}</code></li>{{/saved}}</ul>
        </section>
        {{/hasSaved}}
        {{#audit}}
        <section aria-labelledby="audit-heading" class="card" id="audit-status">
          <h2 id="audit-heading">{{t.audit}}</h2>
          <p>{{audit}}</p>
        </section>
        {{/audit}}
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">{{t.recent}}</h2>
          {{#hasRecent}}
          <table id="recent-items">
            <thead><tr><th scope="col">{{t.colTitle}}</th><th scope="col">{{t.colClassification}}</th><th scope="col">{{t.colUnit}}</th><th scope="col">{{t.colUpdated}}</th></tr></thead>
            <tbody>
            {{#recent}}<tr><td>{{title}}</td><td><span class="marking {{bannerClass}}">{{banner}}</span></td><td>{{unit}}</td><td><time datetime="{{updated}}">{{updatedShort}}</time></td></tr>{{/recent}}
            </tbody>
          </table>
          {{/hasRecent}}
          {{^hasRecent}}<p id="recent-empty">{{t.recentEmpty}}</p>{{/hasRecent}}
        </section>
        """

    package static let error = """
        <h1 id="page-title">{{title}}</h1>
        <p id="error-detail" class="error" role="alert">{{detail}}</p>
        <p><a href="/home">{{back}}</a></p>
        """

    /// "My work": every office's tasks for the person, one row per item, sortable by each column.
    package static let work = """
        <h1 id="page-title">{{t.title}}</h1>
        <p class="lead">{{t.intro}}</p>
        {{#hasTasks}}
        <section aria-labelledby="tasks-heading">
          <h2 id="tasks-heading">{{t.tasks}}</h2>
          <ul class="queues" id="work-tasks">
            {{#tasks}}<li class="card task"><p><a id="task-{{id}}" href="{{filter}}"{{#current}} aria-current="page"{{/current}}>{{name}}</a> <span class="count" id="count-{{id}}">{{total}}</span></p><p class="muted"><a href="{{queue}}">{{t.queue}}</a></p></li>{{/tasks}}
          </ul>
          {{#filtered}}<p id="work-filter">{{filtered}} · <a id="work-all" href="/work">{{t.all}}</a></p>{{/filtered}}
        </section>
        {{/hasTasks}}
        {{#hasRows}}
        <table id="work-list">
          <thead><tr>{{> list-headers}}</tr></thead>
          <tbody>
          {{#rows}}<tr><td>{{due}}{{#overdue}} <strong class="error">{{t.overdue}}</strong>{{/overdue}}</td><td>{{since}}</td><td>{{task}}</td><td><a href="{{href}}">{{title}}</a></td></tr>{{/rows}}
          </tbody>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="work-empty">{{t.empty}}</p>{{/hasRows}}
        {{> list-pager}}
        """
}
