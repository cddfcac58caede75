/// Every error of a form at once. The page lists them in a summary at the top (each a link to its field, the summary
/// announced as an alert and focused as the page opens, without script), and marks each field `aria-invalid`, described by its own sentence next to it. A form
/// checks every field before it refuses, so that a clerk corrects all of them in one go, not one per submission.
package struct FormErrors: Sendable {
    /// One field's refusal, already in the reader's language; or a sentence about the whole form (`linked` false),
    /// which the summary shows without a link and no field carries.
    package struct Item: Sendable {
        package var field: String
        package var message: String
        package var linked = true
    }

    package private(set) var items: [Item] = []

    package init() {}

    package var isEmpty: Bool { items.isEmpty }

    /// Records a field's refusal; a field keeps its first sentence.
    package mutating func add(_ field: String, _ message: String) {
        guard !items.contains(where: { $0.field == field }) else { return }
        items.append(Item(field: field, message: message))
    }

    /// Records a sentence about the whole form: in the summary, linked to nothing (no field of the page is its cause).
    package mutating func addFormLevel(_ message: String) {
        guard !items.contains(where: { !$0.linked && $0.message == message }) else { return }
        items.append(Item(field: "", message: message, linked: false))
    }

    /// The same errors, those whose field is not on the page (`isOnPage` false: its form is not shown to this reader,
    /// or no longer offered) turned into sentences about the form, so that the summary links to no missing field.
    package func placed(on isOnPage: (String) -> Bool) -> FormErrors {
        var placed = FormErrors()
        for item in items {
            if item.linked && isOnPage(item.field) {
                placed.add(item.field, item.message)
            } else {
                placed.addFormLevel(item.message)
            }
        }
        return placed
    }

    /// Records an `AppError` under its own field (or `field` when it names none), with every item it carries.
    package mutating func add(_ error: AppError, field: String? = nil, _ t: Localizer) {
        if error.errors.isEmpty {
            add(error.field ?? field ?? "form", error.detail(t))
        }
        for item in error.errors { add(item.field, item.detail(t)) }
    }

    /// Runs the check of one field; its refusal is recorded rather than thrown, so the next field is checked too.
    package mutating func check<T>(_ field: String, _ t: Localizer, _ body: () throws -> T) -> T? {
        do { return try body() } catch let error as AppError {
            add(error, field: field, t)
        } catch {
            add(field, t("form.error.invalid"))
        }
        return nil
    }

    /// Runs the check of one field of a web form: a refusal is recorded against `field` whatever API field it names,
    /// and a sentence that quotes the field's name quotes the form's label for it (in the reader's language) rather
    /// than the API's name.
    package mutating func check<T>(_ field: String, label: String, _ t: Localizer, _ body: () throws -> T) -> T? {
        do { return try body() } catch var error as AppError {
            if error.arguments["field"] != nil { error.arguments["field"] = label }
            add(field, error.errors.first.map { $0.detail(t) } ?? error.detail(t))
        } catch {
            add(field, t("form.error.invalid"))
        }
        return nil
    }

    /// What a template reads: the summary (`{{#errors}}…{{/errors}}`), and per field `{{#errors.invalid.NAME}}` to
    /// mark it and `{{#errors.message.NAME}}` for its sentence. Nil when the form has no error.
    package func model(_ t: Localizer) -> Model? {
        guard !items.isEmpty else { return nil }
        let fields = items.filter(\.linked)
        return Model(
            heading: t(items.count == 1 ? "form.error.one" : "form.error.many", ["count": String(items.count)]),
            items: items,
            invalid: Dictionary(fields.map { ($0.field, true) }) { first, _ in first },
            message: Dictionary(fields.map { ($0.field, $0.message) }) { first, _ in first })
    }

    package struct Model: Sendable {
        package var heading: String
        package var items: [Item]
        package var invalid: [String: Bool]
        package var message: [String: String]
    }

    /// A field's marks, for a template: `aria-invalid` and `aria-describedby` naming its sentence (after `help`, the
    /// id of its help text, when it has one). Reads the model's `errors`.
    package static func marks(_ field: String, help: String? = nil) -> String {
        let described =
            help.map {
                #" aria-describedby="\#($0){{#errors.invalid.\#(field)}} \#(field)-error{{/errors.invalid.\#(field)}}""#
            } ?? #"{{#errors.invalid.\#(field)}} aria-describedby="\#(field)-error"{{/errors.invalid.\#(field)}}"#
        return described + #"{{#errors.invalid.\#(field)}} aria-invalid="true"{{/errors.invalid.\#(field)}}"#
    }

    /// A field's sentence, for a template: next to the field, the id its `aria-describedby` names.
    package static func sentence(_ field: String) -> String {
        #"{{#errors.message.\#(field)}}<p class="error help" id="\#(field)-error">{{.}}</p>{{/errors.message.\#(field)}}"#
    }

    /// The summary, for a template: `{{#errors}}{{> form-errors}}{{/errors}}` reads it inside the model's `errors`.
    package static let summaryTemplate = """
        <div id="error-summary" class="error-summary" role="alert" tabindex="-1" autofocus>
          <h2 id="error-summary-heading">{{heading}}</h2>
          <ul>{{#items}}<li>{{#linked}}<a href="#{{field}}">{{message}}</a>{{/linked}}{{^linked}}{{message}}{{/linked}}</li>{{/items}}</ul>
        </div>
        """

}
