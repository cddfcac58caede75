import ChancerySpine

/// The letter pages' models and templates: the letters of an application (produce, view, PDF, mark sent), and the
/// templates an assistant edits.
package enum LetterPages {
    package static let templates: [(String, String)] = [
        ("recruitment-letters", letters), ("recruitment-letter-templates", templateList),
        ("recruitment-letter-template", templateForm),
    ]

    /// The label table's entries of these pages: `{{t.name}}` reads `recruitment.letters.page.name`.
    static let labelNames = [
        "letters", "produce", "kind", "language", "invitationWhen", "invitationPlace", "invitationHelp",
        "produceSubmit",
        "noLetters", "produced", "state", "sentLog", "notSent", "view", "pdf", "channel", "markSent", "templates",
        "templatesHelp", "version", "savedAt", "savedBy", "edit", "subject", "body", "placeholders", "save",
        "history", "selection", "candidateLanguage", "by",
    ]

    static func labels(_ t: Localizer) -> [String: String] {
        RecruitmentWebStrings.labels(t).merging(
            Dictionary(uniqueKeysWithValues: labelNames.map { ($0, t("recruitment.letters.page.\($0)")) })
        ) { _, own in own }
    }

    package struct LetterRow {
        package var id: String
        package var kind: String
        package var subject: String
        package var language: String
        package var produced: String
        package var state: String
        package var sent: [String]
        package var hasSent: Bool
        package var channels: [RecruitmentChoice]
    }

    package struct LettersPage {
        package var applicationId: String
        package var candidate: String
        package var reference: String
        package var letters: [LetterRow]
        package var hasLetters: Bool
        package var kinds: [RecruitmentChoice]
        package var languages: [RecruitmentChoice]
        package var invitationWhen: String
        package var invitationPlace: String
    }

    package struct TemplateRow {
        package var kind: String
        package var language: String
        package var name: String
        package var languageName: String
        package var subject: String
        package var version: Int64
        package var savedAt: String
    }

    package struct TemplateListPage {
        package var rows: [TemplateRow]
    }

    package struct TemplateFormPage {
        package struct Version {
            package var version: Int64
            package var savedAt: String
            package var savedBy: String
            package var subject: String
        }

        package var kind: String
        package var language: String
        package var languageName: String
        package var name: String
        package var version: Int64
        package var subject: String
        package var body: String
        package var placeholders: [String]
        package var versions: [Version]
    }

    static let messages = RecruitmentTemplates.messages

    package static let letters =
        messages + """
            <h1 id="page-title">{{t.letters}} — {{candidate}}</h1>
            <p id="letters-reference">{{reference}} · <a id="selection-link" href="/recruitment/applications/{{applicationId}}/selection">{{t.selection}}</a></p>
            {{#hasLetters}}
            <table id="letter-list">
              <thead><tr><th scope="col">{{t.kind}}</th><th scope="col">{{t.language}}</th><th scope="col">{{t.produced}}</th><th scope="col">{{t.state}}</th><th scope="col">{{t.sentLog}}</th><th scope="col">{{t.markSent}}</th></tr></thead>
              <tbody>
              {{#letters}}<tr id="letter-{{id}}">
                <td>{{kind}}<br><small>{{subject}}</small><br><a id="letter-html-{{id}}" href="/recruitment/letters/{{id}}/html">{{t.view}}</a> · <a id="letter-pdf-{{id}}" class="letter-pdf" href="/recruitment/letters/{{id}}/pdf">{{t.pdf}}</a></td>
                <td>{{language}}</td><td>{{produced}}</td><td>{{state}}</td>
                <td>{{#hasSent}}<ul>{{#sent}}<li>{{.}}</li>{{/sent}}</ul>{{/hasSent}}{{^hasSent}}{{t.notSent}}{{/hasSent}}</td>
                <td><form method="post" action="/recruitment/letters/{{id}}/sent" class="inline-form">
                  <input type="hidden" name="_csrf" value="{{csrf}}">
                  <label for="channel-{{id}}">{{t.channel}}</label>
                  <select id="channel-{{id}}" name="channel">{{#channels}}<option value="{{value}}">{{name}}</option>{{/channels}}</select>
                  <button id="sent-{{id}}" type="submit">{{t.markSent}}</button>
                </form></td>
              </tr>{{/letters}}
              </tbody>
            </table>
            {{/hasLetters}}
            {{^hasLetters}}<p id="letters-empty">{{t.noLetters}}</p>{{/hasLetters}}
            <h2 id="produce-heading">{{t.produce}}</h2>
            <form id="produce-form" method="post" action="/recruitment/applications/{{applicationId}}/letters">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <p><label for="kind">{{t.kind}}</label>
              <select id="kind" name="kind"\(FormErrors.marks("kind"))>{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/kinds}}</select>\(FormErrors.sentence("kind"))</p>
              <p><label for="language">{{t.language}}</label>
              <select id="language" name="language"\(FormErrors.marks("language"))>{{#languages}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/languages}}</select>\(FormErrors.sentence("language"))</p>
              <p id="invitation-help" class="help">{{t.invitationHelp}}</p>
              <p><label for="invitationWhen">{{t.invitationWhen}}</label>
              <input id="invitationWhen" name="invitationWhen" value="{{invitationWhen}}" maxlength="300"\(FormErrors.marks("invitationWhen", help: "invitation-help"))>\(FormErrors.sentence("invitationWhen"))</p>
              <p><label for="invitationPlace">{{t.invitationPlace}}</label>
              <input id="invitationPlace" name="invitationPlace" value="{{invitationPlace}}" maxlength="300"\(FormErrors.marks("invitationPlace", help: "invitation-help"))>\(FormErrors.sentence("invitationPlace"))</p>
              <p><button id="produce-submit" type="submit">{{t.produceSubmit}}</button></p>
            </form>
            """

    package static let templateList =
        messages + """
            <h1 id="page-title">{{t.templates}}</h1>
            <p id="templates-help">{{t.templatesHelp}}</p>
            <table id="template-list">
              <thead><tr><th scope="col">{{t.kind}}</th><th scope="col">{{t.language}}</th><th scope="col">{{t.subject}}</th><th scope="col">{{t.version}}</th><th scope="col">{{t.savedAt}}</th></tr></thead>
              <tbody>
              {{#rows}}<tr id="template-{{kind}}-{{language}}"><td><a href="/recruitment/letter-templates/{{kind}}/{{language}}">{{name}}</a></td><td>{{languageName}}</td><td>{{subject}}</td><td>{{version}}</td><td>{{savedAt}}</td></tr>{{/rows}}
              </tbody>
            </table>
            """

    package static let templateForm =
        messages + """
            <h1 id="page-title">{{name}} — {{languageName}}</h1>
            <form id="template-form" method="post" action="/recruitment/letter-templates/{{kind}}/{{language}}">
              <input type="hidden" name="_csrf" value="{{csrf}}">
              <input type="hidden" name="version" value="{{version}}">
              <p class="stacked"><label for="subject">{{t.subject}}</label>
              <input id="subject" name="subject" value="{{subject}}" size="90" maxlength="300"\(FormErrors.marks("subject", help: "placeholders"))>\(FormErrors.sentence("subject"))</p>
              <p class="stacked"><label for="body">{{t.body}}</label>
              <textarea id="body" name="body" rows="22" cols="100"\(FormErrors.marks("body", help: "placeholders"))>{{body}}</textarea>\(FormErrors.sentence("body"))</p>
              <p><button id="template-submit" type="submit">{{t.save}}</button></p>
            </form>
            <div id="placeholders"><h2>{{t.placeholders}}</h2><ul>{{#placeholders}}<li><code>{{.}}</code></li>{{/placeholders}}</ul></div>
            <h2 id="history-heading">{{t.history}}</h2>
            <table id="template-history">
              <thead><tr><th scope="col">{{t.version}}</th><th scope="col">{{t.savedAt}}</th><th scope="col">{{t.by}}</th><th scope="col">{{t.subject}}</th></tr></thead>
              <tbody>{{#versions}}<tr><td>{{version}}</td><td>{{savedAt}}</td><td>{{savedBy}}</td><td>{{subject}}</td></tr>{{/versions}}</tbody>
            </table>
            """
}
