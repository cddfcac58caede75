/// The search page: the box with its help, the facets of the readable results, the hits with their markings
/// and snippets (escaped by `SearchSnippet`, the only unescaped text of the page), and the next page.
package enum SearchTemplates {
    package static let all: [(String, String)] = [("search", page)]

    package static let page = """
        <h1 id="page-title">{{t.title}}</h1>
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#errors}}{{> form-errors}}{{/errors}}
        <form id="search-form" method="get" action="/search" role="search" class="inline-form">
          <label for="search-q">{{t.box}}</label>
          <input id="search-q" name="q" type="search" value="{{q}}" size="60" maxlength="512">
          <button id="search-submit" type="submit">{{t.submit}}</button>
        </form>
        <details id="search-help"><summary>{{t.help}}</summary>
          <ul><li>{{t.helpWords}}</li><li>{{t.helpPhrase}}</li><li>{{t.helpPrefix}}</li><li>{{t.helpExclude}}</li><li>{{t.helpOr}}</li><li>{{t.helpFilters}}</li></ul>
        </details>
        {{#error}}<p id="search-error" class="error" role="alert">{{error}}</p>{{/error}}
        {{#searched}}
        <p id="search-total" role="status">{{totalText}}</p>
        <div class="search-results">
          {{#hasFacets}}
          <aside id="facets" aria-label="{{t.facets}}">
            {{#facets}}
            <section class="facet" id="facet-{{id}}"><h2>{{name}}</h2>
              <ul>{{#values}}<li>{{#href}}<a href="{{href}}" title="{{t.refine}}">{{name}}</a>{{/href}}{{^href}}{{name}}{{/href}} <span class="count" data-facet="{{facet}}" data-value="{{value}}">{{count}}</span></li>{{/values}}</ul>
            </section>
            {{/facets}}
          </aside>
          {{/hasFacets}}
          <ol id="hits" class="hits" start="{{first}}">
            {{#hits}}
            <li class="hit" id="hit-{{id}}">
              <span class="marking {{bannerClass}}">{{banner}}</span>
              {{#href}}<a class="hit-title" href="{{href}}">{{title}}</a>{{/href}}{{^href}}<span class="hit-title">{{title}}</span>{{/href}}
              <span class="muted">{{#reference}}{{reference}} · {{/reference}}{{office}} · {{type}}{{#date}} · {{date}}{{/date}}</span>
              {{#snippet}}<p class="snippet">{{{snippet}}}</p>{{/snippet}}
            </li>
            {{/hits}}
          </ol>
        </div>
        {{^hits}}<p id="no-hits">{{t.noHits}}</p>{{/hits}}
        {{#next}}<p><a id="search-next" href="{{next}}">{{t.next}}</a></p>{{/next}}
        {{/searched}}
        {{#canSave}}
        <form id="save-search-form" method="post" action="/search/saved" class="inline-form">
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <input type="hidden" name="q" value="{{q}}">
          <label for="name">{{t.saveName}}</label>
          <input id="name" name="name" type="text" required maxlength="100" value="{{saveName}}"{{#errors.invalid.name}} aria-invalid="true" aria-describedby="name-error"{{/errors.invalid.name}}>
          <button id="save-search" type="submit">{{t.save}}</button>
          {{#errors.message.name}}<p class="error help" id="name-error">{{.}}</p>{{/errors.message.name}}
        </form>
        {{/canSave}}
        <section id="saved-searches" aria-labelledby="saved-heading">
          <h2 id="saved-heading">{{t.saved}}</h2>
          {{#hasSaved}}
          <ul>
            {{#saved}}<li class="saved-search" id="saved-{{id}}"><a class="run-saved" id="run-{{id}}" href="/search/saved/{{id}}">{{name}}</a> <code>{{query}}</code>
              <form method="post" action="/search/saved/{{id}}/delete" class="inline-form"><input type="hidden" name="_csrf" value="{{csrf}}"><button class="delete-saved" id="delete-{{id}}" type="submit">{{t.deleteSaved}}</button></form></li>{{/saved}}
          </ul>
          {{/hasSaved}}
          {{^hasSaved}}<p id="no-saved">{{t.noSaved}}</p>{{/hasSaved}}
        </section>
        """
}
