import ChanceryKit
import Foundation
import Hummingbird

/// The pages of the administration console, the spine's and each office's (`/admin/…`): what they share — their
/// labels, the flash after a change, the checked text field of their forms, how they are drawn — read from the
/// strings under one prefix (`admin`, `registry.admin`, `health.admin`).
package protocol AdminConsolePages: SignedInPages {
    /// The prefix of the part's strings: `health.admin.types.title` is the `types.title` label of `health.admin`.
    static var strings: String { get }
}

extension AdminConsolePages {
    /// Who may see the console's pages and links: administrators.
    package static var isAdmin: @Sendable (Principal) -> Bool { { $0.has(.admin) } }

    /// A page's labels: `<prefix>.types.title` is read as `t.types_title`.
    package static func labels(_ t: Localizer, _ keys: [String]) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: keys.map { ($0.replacingOccurrences(of: ".", with: "_"), t("\(strings).\($0)")) })
    }

    /// The sentence of a `?done=` flash after a change, when it is one of the part's (`<prefix>.done.<done>`).
    package static func notice(_ request: Request, _ t: Localizer, _ arguments: [String: String] = [:]) -> String? {
        guard let done = request.uri.queryParameters["done"].map(String.init),
            done.count <= 20, done.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        let key = "\(strings).done.\(done)"
        let text = t(key, arguments)
        return text == key ? nil : text
    }

    /// A text field, trimmed; a missing, too long or control-laden value is recorded as the field's error
    /// (`admin.error.required`, `admin.error.tooLong`, `admin.error.control`: every part of the console says them
    /// alike).
    package static func text(
        _ fields: [String: String], _ name: String, max: Int, required: Bool = true, _ errors: inout FormErrors,
        _ t: Localizer
    ) -> String {
        let value = fields[name, default: ""].trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty {
            if required { errors.add(name, t("admin.error.required")) }
        } else if value.count > max {
            errors.add(name, t("admin.error.tooLong", ["max": String(max)]))
        } else if value.unicodeScalars.contains(where: {
            $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
        }) {
            errors.add(name, t("admin.error.control"))
        }
        return value
    }

    /// The code of a new entry, trimmed; missing, or not as `isValid` wants it, recorded as the field's error (the
    /// help of the field, `<prefix>.help.code`).
    package static func code(
        _ fields: [String: String], isValid: (String) -> Bool, _ errors: inout FormErrors, _ t: Localizer
    ) -> String {
        let code = fields["code", default: ""].trimmingCharacters(in: .whitespaces)
        if code.isEmpty {
            errors.add("code", t("admin.error.required"))
        } else if !isValid(code) {
            errors.add("code", t("\(strings).help.code"))
        }
        return code
    }

    /// In use or not (`<prefix>.state.active`, `<prefix>.state.inactive`).
    package static func state(_ active: Bool, _ t: Localizer) -> String {
        t(active ? "\(strings).state.active" : "\(strings).state.inactive")
    }

    /// Saves a form at the version it was read (its hidden `version`): `save` is asked only when the form has no
    /// error, and answers with where to go next. A missing version is the sentence `stale` under the form; so is a
    /// change that came first (412), then shown on the entry as it now is through `current`. Any other refusal of the
    /// form re-shows it through `failed`; a refusal of `save` too when `refusalField` names where to mark it
    /// (a role refused is always thrown).
    package func saveAtVersion(
        _ fields: [String: String], errors: FormErrors, stale: String, refusalField: String? = nil,
        _ context: SignedInContext, save: (Int64) async throws -> Response,
        current: (FormErrors) async throws -> Response, failed: (FormErrors) async throws -> Response
    ) async throws -> Response {
        let t = context.localizer
        var errors = errors
        let version = Int64(fields["version", default: ""])
        if version == nil { errors.add("form", t(stale)) }
        guard errors.isEmpty, let version else { return try await failed(errors) }
        do {
            return try await save(version)
        } catch let error as AppError where error.status == .preconditionFailed {
            errors.add("form", t(stale))
            return try await current(errors)
        } catch let error as AppError where refusalField != nil && error.status != .forbidden {
            errors.add(error, field: refusalField, t)
            return try await failed(errors)
        }
    }

    /// A value as one component of a link's query.
    package static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// A console page with a form: its own model (`content`) and what every such page shares — the labels `keys`,
    /// the CSRF token, what was typed, its errors and the flash — read by its template as one model.
    package func formPage<Content>(
        _ template: String, _ content: Content, keys: [String], title: String, path: String,
        values: [String: String], errors: FormErrors, notice: String?, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = context.localizer
        let parts = AdminFormParts(
            t: Self.labels(t, keys), csrf: context.session.csrfToken, values: values, errors: errors.model(t),
            notice: notice)
        return page(template, OfficePage(parts, content), title: title, path: path, context, status: status)
    }

    /// A console page: unclassified, in the console's frame.
    package func page(
        _ template: String, _ model: some PageModel, title: String, path: String, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        PageRenderer.response(
            template, model, frame: frame(title, label: .unclassified, path: path, context), status: status)
    }
}

extension AdminConsolePages {
    /// A list of the console (`AdminListPage`), read by `read` in SQL as `ListQuery` asks: the page, or its CSV when
    /// `?format=csv` (`csv` of each row, without the columns `csvWithout`). `keys` are its labels, the first its
    /// title; `values`, `choices` and `errors` are the form under it that adds an entry, re-shown with `status`
    /// after a refusal — then the list shows as it first comes, the form posting to its path without its query.
    package func listPage<Item: Sendable, Row: Sendable>(
        _ spec: ListSpec, _ request: Request, _ context: SignedInContext, template: String, keys: [String],
        read: (ListQuery) async throws -> ListRows<Item>, row: (Item) -> Row, csv: (Row) -> [String],
        csvWithout: Set<String> = [], values: [String: String] = [:],
        choices: [String: [AdminParts.Option]] = [:], errors: FormErrors = FormErrors(), notice: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let list = try ListQuery(fields: request.method == .get ? WebForm.queryFields(request) : [:], spec)
        let found = try await read(list)
        let rows = found.items.map(row)
        if list.isExport { return list.csv(rows.map(csv), t, without: csvWithout) }
        let model = AdminListPage(
            t: Self.labels(t, keys), list: list, page: found, rows: rows, t, context: context, values: values,
            choices: choices, errors: errors, notice: notice)
        return page(template, model, title: t("\(Self.strings).\(keys[0])"), path: spec.path, context, status: status)
    }
}

/// What every page of the console with a form shares (`AdminConsolePages.formPage`): its labels, the CSRF token,
/// what was typed, the form's errors and the flash after a change.
package struct AdminFormParts: Sendable {
    package var t: [String: String]
    package var csrf: String
    package var values: [String: String]
    package var errors: FormErrors.Model?
    package var notice: String?
}

/// The pieces of the console's forms, for the offices' templates: the flash, a text field and a `<select>`, each
/// with its label, optional help, and its own error sentence (`aria-invalid`, `aria-describedby`).
package enum AdminFormTemplates {
    package static let notice = """
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        """

    /// `aria-describedby` of a field: its help when it has one, and its error when it is refused.
    static func describedBy(_ name: String, help: String?) -> (attributes: String, invalid: String) {
        let invalid = "{{#errors.invalid.\(name)}}"
        let end = "{{/errors.invalid.\(name)}}"
        let describedBy =
            help == nil
            ? "\(invalid) aria-describedby=\"\(name)-error\"\(end)"
            : " aria-describedby=\"\(name)-help\(invalid) \(name)-error\(end)\""
        return (describedBy, "\(invalid) aria-invalid=\"true\"\(end)")
    }

    static func helpAndError(_ name: String, help: String?) -> String {
        """
        \(help.map { #"<p class="help" id="\#(name)-help">{{t.\#($0)}}</p>"# } ?? "")
        {{#errors.message.\(name)}}<p class="error help" id="\(name)-error">{{.}}</p>{{/errors.message.\(name)}}
        """
    }

    /// A text field: `name`, its label key, `maxlength`, its help key; its value read from `values`; `list` the
    /// model's array of suggestions (a `<datalist>`) — or, with `choices`, the model's array of `{value}` at that
    /// path —, `suggest` more attributes (`data-suggest…`).
    package static func field(
        _ name: String, _ label: String, max: Int, help: String? = nil, values: String = "values",
        list: String? = nil, choices: String? = nil, suggest: String = ""
    ) -> String {
        let (describedBy, invalid) = describedBy(name, help: help)
        let datalist = list.map { list in
            let options =
                choices.map { #"{{#\#($0)}}<option value="{{value}}">{{/\#($0)}}"# }
                ?? #"{{#\#(list)}}<option value="{{.}}">{{/\#(list)}}"#
            return #"<datalist id="\#(list)-list">\#(options)</datalist>"#
        }
        return """
            <label for="\(name)">{{t.\(label)}}</label>
            <input id="\(name)" name="\(name)" type="text" maxlength="\(max)" value="{{\(values).\(name)}}"\
            \(list.map { " list=\"\($0)-list\" autocomplete=\"off\"" } ?? "")\(suggest)\(describedBy)\(invalid)>
            \(datalist ?? "")
            \(helpAndError(name, help: help))
            """
    }

    /// A `<select>` of the model's `options`, with its label, optional help, and its error.
    package static func select(_ name: String, _ label: String, options: String, help: String? = nil) -> String {
        let (describedBy, invalid) = describedBy(name, help: help)
        return """
            <label for="\(name)">{{t.\(label)}}</label>
            <select id="\(name)" name="\(name)"\(describedBy)\(invalid)>\
            {{#\(options)}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/\(options)}}</select>
            \(helpAndError(name, help: help))
            """
    }
}
