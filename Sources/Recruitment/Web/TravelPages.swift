import ChancerySpine

/// A competition's journeys: the table with its totals, each journey's actual cost form, and the form to add one.
package struct TravelJourneysPage: PageModel {
    package struct Journey {
        package var id: String
        package var traveller: String
        package var name: String
        package var origin: String
        package var zone: String
        package var estimate: String
        package var actual: String
        /// What the actual cost field holds: the cost recorded, or what was typed in a refused form.
        package var actualValue: String
        package var actualAction: String
        package var actualLabel: String
        package var actualError: String?
        package var year: String
    }

    package var t: [String: String]
    package var heading: String
    package var vacancyHref: String
    package var action: String
    package var csrf: String
    package var notice: String?
    package var errors: FormErrors.Model?
    package var canEdit: Bool
    package var hasJourneys: Bool
    package var journeys: [Journey]
    package var estimate: String
    package var actual: String
    package var travellers: [RecruitmentChoice]
    package var applications: [RecruitmentChoice]
    package var countries: [RecruitmentChoice]
    package var values: [String: String]
}

/// The year's travel forecast against actual costs, per competition.
package struct TravelBudgetPage: PageModel {
    package struct Row {
        package var href: String
        package var title: String
        package var journeys: String
        package var estimate: String
        package var actual: String
        package var uncosted: String
    }

    package var t: [String: String]
    package var heading: String
    package var year: Int
    package var previous: String
    package var next: String
    package var csv: String
    package var hasRows: Bool
    package var rows: [Row]
    package var estimate: String
    package var actual: String
}

/// The labels of the travel pages: `recruitment.travel.x.y` is `t.x_y`.
enum TravelPageText {
    static let keys = [
        "intro", "budgetIntro", "back", "col.traveller", "col.name", "col.origin", "col.zone", "col.estimate",
        "col.actual", "col.year", "col.competition", "col.journeys", "col.uncosted", "total", "empty", "budgetEmpty",
        "add", "field.traveller", "field.application", "field.name", "field.origin", "field.estimate",
        "help.estimate", "field.year", "addSubmit", "saveActual", "previous", "next", "csv", "choose",
    ]

    static func labels(_ t: Localizer) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: keys.map {
                ($0.replacingOccurrences(of: ".", with: "_"), t("recruitment.travel.\($0)"))
            })
    }
}

/// The travel pages' templates.
enum TravelTemplates {
    static let all: [(String, String)] = [("recruitment-travel", journeys), ("recruitment-travel-budget", budget)]

    static let journeys =
        RecruitmentTemplates.messages + """
            <p><a id="back-to-vacancy" href="{{vacancyHref}}">{{t.back}}</a></p>
            <h1 id="page-title">{{heading}}</h1>
            <p class="lead">{{t.intro}}</p>
            {{#hasJourneys}}
            <table id="journeys">
              <thead><tr><th scope="col">{{t.col_traveller}}</th><th scope="col">{{t.col_name}}</th><th scope="col">{{t.col_origin}}</th><th scope="col">{{t.col_zone}}</th><th scope="col">{{t.col_year}}</th><th scope="col">{{t.col_estimate}}</th><th scope="col">{{t.col_actual}}</th></tr></thead>
              <tbody>{{#journeys}}<tr id="journey-{{id}}"><td>{{traveller}}</td><td>{{name}}</td><td>{{origin}}</td><td>{{zone}}</td><td>{{year}}</td><td>{{estimate}}</td><td>{{#canEdit}}<form method="post" action="{{actualAction}}" class="inline-form" novalidate><input type="hidden" name="_csrf" value="{{csrf}}"><input id="actual-{{id}}" name="actual" type="number" min="0" max="100000" value="{{actualValue}}" aria-label="{{actualLabel}}"{{#actualError}} aria-invalid="true" aria-describedby="actual-{{id}}-error"{{/actualError}}><button type="submit" class="secondary">{{t.saveActual}}</button>{{#actualError}}<span class="error help" id="actual-{{id}}-error">{{.}}</span>{{/actualError}}</form>{{/canEdit}}{{^canEdit}}{{actual}}{{/canEdit}}</td></tr>{{/journeys}}</tbody>
              <tfoot><tr><th scope="row" colspan="5">{{t.total}}</th><td id="total-estimate">{{estimate}}</td><td id="total-actual">{{actual}}</td></tr></tfoot>
            </table>
            {{/hasJourneys}}
            {{^hasJourneys}}<p id="journeys-empty">{{t.empty}}</p>{{/hasJourneys}}
            {{#canEdit}}
            <section class="card" aria-labelledby="add-heading">
              <h2 id="add-heading">{{t.add}}</h2>
              <form id="journey-form" method="post" action="{{action}}" class="form-grid" novalidate>
                <input type="hidden" name="_csrf" value="{{csrf}}">
                <label for="traveller">{{t.field_traveller}}</label>
                <select id="traveller" name="traveller"{{#errors.invalid.traveller}} aria-invalid="true" aria-describedby="traveller-error"{{/errors.invalid.traveller}}>{{#travellers}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/travellers}}</select>
                {{#errors.message.traveller}}<p class="error help" id="traveller-error">{{.}}</p>{{/errors.message.traveller}}
                <label for="application">{{t.field_application}}</label>
                <select id="application" name="application"{{#errors.invalid.application}} aria-invalid="true" aria-describedby="application-error"{{/errors.invalid.application}}><option value="">{{t.choose}}</option>{{#applications}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/applications}}</select>
                {{#errors.message.application}}<p class="error help" id="application-error">{{.}}</p>{{/errors.message.application}}
                <label for="name">{{t.field_name}}</label>
                <input id="name" name="name" type="text" maxlength="200" value="{{values.name}}"{{#errors.invalid.name}} aria-invalid="true" aria-describedby="name-error"{{/errors.invalid.name}}>
                {{#errors.message.name}}<p class="error help" id="name-error">{{.}}</p>{{/errors.message.name}}
                <label for="originCountry">{{t.field_origin}}</label>
                <select id="originCountry" name="originCountry"{{#errors.invalid.originCountry}} aria-invalid="true" aria-describedby="originCountry-error"{{/errors.invalid.originCountry}}><option value="">{{t.choose}}</option>{{#countries}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/countries}}</select>
                {{#errors.message.originCountry}}<p class="error help" id="originCountry-error">{{.}}</p>{{/errors.message.originCountry}}
                <label for="estimate">{{t.field_estimate}}</label>
                <input id="estimate" name="estimate" type="number" min="0" max="100000" value="{{values.estimate}}" aria-describedby="estimate-help{{#errors.invalid.estimate}} estimate-error{{/errors.invalid.estimate}}"{{#errors.invalid.estimate}} aria-invalid="true"{{/errors.invalid.estimate}}>
                <p class="help" id="estimate-help">{{t.help_estimate}}</p>
                {{#errors.message.estimate}}<p class="error help" id="estimate-error">{{.}}</p>{{/errors.message.estimate}}
                <label for="year">{{t.field_year}}</label>
                <input id="year" name="year" type="number" min="2000" max="2100" value="{{values.year}}"{{#errors.invalid.year}} aria-invalid="true" aria-describedby="year-error"{{/errors.invalid.year}}>
                {{#errors.message.year}}<p class="error help" id="year-error">{{.}}</p>{{/errors.message.year}}
                <button id="journey-submit" type="submit">{{t.addSubmit}}</button>
              </form>
            </section>
            {{/canEdit}}
            """

    static let budget = """
        <h1 id="page-title">{{heading}}</h1>
        <p class="lead">{{t.budgetIntro}}</p>
        <p><a id="previous-year" href="{{previous}}">{{t.previous}}</a> · <a id="next-year" href="{{next}}">{{t.next}}</a> · <a id="budget-csv" href="{{csv}}">{{t.csv}}</a></p>
        {{#hasRows}}
        <table id="travel-budget">
          <thead><tr><th scope="col">{{t.col_competition}}</th><th scope="col">{{t.col_journeys}}</th><th scope="col">{{t.col_estimate}}</th><th scope="col">{{t.col_actual}}</th><th scope="col">{{t.col_uncosted}}</th></tr></thead>
          <tbody>{{#rows}}<tr><td><a href="{{href}}">{{title}}</a></td><td>{{journeys}}</td><td>{{estimate}}</td><td>{{actual}}</td><td>{{uncosted}}</td></tr>{{/rows}}</tbody>
          <tfoot><tr><th scope="row" colspan="2">{{t.total}}</th><td id="total-estimate">{{estimate}}</td><td id="total-actual">{{actual}}</td><td></td></tr></tfoot>
        </table>
        {{/hasRows}}
        {{^hasRows}}<p id="budget-empty">{{t.budgetEmpty}}</p>{{/hasRows}}
        """
}
