import ChancerySpine

/// The pages after a selection: an application's offer, clearance, medical approval, appointment and reserve list,
/// and a vacancy's reserve list with its offers of a post of a similar nature.
package enum SelectionPages {
    package static let templates: [(String, String)] = [
        ("recruitment-selection", selection), ("recruitment-reserve", reserve),
    ]

    static let labelNames = [
        "title", "offer", "offerMade", "offerFrom", "answer", "answeredOn", "recordOffer", "recordAnswer", "on",
        "clearance", "status", "requestedOn", "decidedOn", "recordClearance", "medical", "medicalHelp", "askHealth",
        "askedAt", "appointment", "appointedOn", "startDate", "appoint", "reserve", "reserveUntil", "placeOnReserve",
        "reserveList", "letters", "none", "candidate", "reference", "expired", "offerPost", "offerPostHelp", "vacancy",
        "offered", "noReserve", "conditions",
    ]

    static func labels(_ t: Localizer) -> [String: String] {
        RecruitmentWebStrings.labels(t).merging(
            Dictionary(uniqueKeysWithValues: labelNames.map { ($0, t("recruitment.selection.page.\($0)")) })
        ) { _, own in own }
    }

    package struct SelectionPage {
        package var applicationId: String
        package var vacancyId: String
        package var candidate: String
        package var reference: String
        package var offerMade: String
        package var offerFrom: String?
        package var answer: String
        package var clearance: String
        package var clearanceRequested: String
        package var clearanceDecided: String
        package var medical: String
        package var medicalDecided: String
        package var medicalAsked: String
        package var appointedOn: String
        package var startDate: String
        package var reserveUntil: String
        package var answers: [RecruitmentChoice]
        package var statuses: [RecruitmentChoice]
        package var typed: [String: String]
    }

    package struct ReserveRow {
        package var applicationId: String
        package var candidate: String
        package var reference: String
        package var until: String
        package var expired: Bool
        package var offered: String?
        package var field: String
        package var vacancies: [RecruitmentChoice]
    }

    package struct ReservePage {
        package var vacancyId: String
        package var title: String
        package var rows: [ReserveRow]
        package var hasRows: Bool
    }

    static let messages = RecruitmentTemplates.messages

    /// A step's form: its fields, and its button.
    static func form(_ step: String, _ fields: String, _ button: String) -> String {
        """
        <form id="\(step)-form" method="post" action="/recruitment/applications/{{applicationId}}/selection/\(step)" class="inline-form">
          <input type="hidden" name="_csrf" value="{{csrf}}">
          \(fields)
          <button id="\(step)-submit" type="submit">{{t.\(button)}}</button>
        </form>
        """
    }

    static func day(_ id: String, _ label: String, typed: String) -> String {
        """
        <label for="\(id)">{{t.\(label)}}</label>
        <input id="\(id)" name="\(typed)" type="date" value="{{typed.\(id)}}"\(FormErrors.marks(id))>\(FormErrors.sentence(id))
        """
    }

    package static let selection =
        messages + """
            <h1 id="page-title">{{t.title}} — {{candidate}}</h1>
            <p>{{reference}} · <a id="letters-link" href="/recruitment/applications/{{applicationId}}/letters">{{t.letters}}</a> · <a id="reserve-link" href="/recruitment/vacancies/{{vacancyId}}/reserve">{{t.reserveList}}</a></p>
            <section id="offer"><h2>{{t.offer}}</h2>
            <dl><dt>{{t.offerMade}}</dt><dd id="offer-made">{{offerMade}}</dd>
            {{#offerFrom}}<dt>{{t.offerFrom}}</dt><dd id="offer-from">{{offerFrom}}</dd>{{/offerFrom}}
            <dt>{{t.answer}}</dt><dd id="offer-answer">{{answer}}</dd></dl>
            \(form("offer", day("offer-on", "on", typed: "on"), "recordOffer"))
            \(form("offer-answer", """
            <label for="answer">{{t.answer}}</label>
            <select id="answer" name="answer"\(FormErrors.marks("answer"))>{{#answers}}<option value="{{value}}">{{name}}</option>{{/answers}}</select>\(FormErrors.sentence("answer"))
            \(day("offer-answer-on", "answeredOn", typed: "on"))
            """, "recordAnswer"))
            </section>
            <section id="clearance"><h2>{{t.clearance}}</h2>
            <dl><dt>{{t.status}}</dt><dd id="clearance-status">{{clearance}}</dd><dt>{{t.requestedOn}}</dt><dd>{{clearanceRequested}}</dd><dt>{{t.decidedOn}}</dt><dd>{{clearanceDecided}}</dd></dl>
            \(form("clearance", """
            <label for="status">{{t.status}}</label>
            <select id="status" name="status"\(FormErrors.marks("status"))>{{#statuses}}<option value="{{value}}">{{name}}</option>{{/statuses}}</select>\(FormErrors.sentence("status"))
            \(day("clearance-on", "on", typed: "on"))
            """, "recordClearance"))
            </section>
            <section id="medical"><h2>{{t.medical}}</h2>
            <p id="medical-help" class="help">{{t.medicalHelp}}</p>
            <dl><dt>{{t.status}}</dt><dd id="medical-status">{{medical}}</dd><dt>{{t.decidedOn}}</dt><dd>{{medicalDecided}}</dd><dt>{{t.askedAt}}</dt><dd>{{medicalAsked}}</dd></dl>
            \(form("medical", "", "askHealth"))
            </section>
            <section id="appointment"><h2>{{t.appointment}}</h2>
            <p class="help">{{t.conditions}}</p>
            <dl><dt>{{t.appointedOn}}</dt><dd id="appointed-on">{{appointedOn}}</dd><dt>{{t.startDate}}</dt><dd id="start-date">{{startDate}}</dd></dl>
            \(form("appointment", day("startDate", "startDate", typed: "startDate"), "appoint"))
            </section>
            <section id="reserve"><h2>{{t.reserve}}</h2>
            <dl><dt>{{t.reserveUntil}}</dt><dd id="reserve-until">{{reserveUntil}}</dd></dl>
            \(form("reserve", day("until", "reserveUntil", typed: "until"), "placeOnReserve"))
            </section>
            """

    package static let reserve =
        messages + """
            <h1 id="page-title">{{t.reserveList}} — {{title}}</h1>
            <p id="reserve-help" class="help">{{t.offerPostHelp}}</p>
            {{#hasRows}}
            <table id="reserve-list">
              <thead><tr><th scope="col">{{t.candidate}}</th><th scope="col">{{t.reference}}</th><th scope="col">{{t.reserveUntil}}</th><th scope="col">{{t.offered}}</th><th scope="col">{{t.offerPost}}</th></tr></thead>
              <tbody>
              {{#rows}}<tr id="reserve-{{applicationId}}">
                <td><a href="/recruitment/applications/{{applicationId}}/selection">{{candidate}}</a></td><td>{{reference}}</td>
                <td>{{until}}{{#expired}} ({{t.expired}}){{/expired}}</td><td>{{#offered}}{{offered}}{{/offered}}{{^offered}}{{t.none}}{{/offered}}</td>
                <td><form method="post" action="/recruitment/applications/{{applicationId}}/selection/reserve-offer" class="inline-form">
                  <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="from" value="reserve">
                  <label for="{{field}}">{{t.vacancy}}</label>
                  <select id="{{field}}" name="vacancyId">{{#vacancies}}<option value="{{value}}">{{name}}</option>{{/vacancies}}</select>
                  <button id="offer-{{applicationId}}" type="submit">{{t.offerPost}}</button>
                </form></td>
              </tr>{{/rows}}
              </tbody>
            </table>
            {{/hasRows}}
            {{^hasRows}}<p id="reserve-empty">{{t.noReserve}}</p>{{/hasRows}}
            """
}
