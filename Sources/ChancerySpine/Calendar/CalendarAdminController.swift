import ChanceryKit
import Hummingbird

/// `/admin/calendar`: the headquarters' working calendar of a year in the administration console: the Belgian public
/// holidays (built in) and the closure days, which an administrator adds and removes. `CalendarStore` audits every
/// change; every deadline counted afterwards treats a closure day as non-working.
package struct CalendarAdminController: AdminConsolePages {
    package static let strings = "calendar.admin"
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/admin/calendar", use: show)
        group.post("/admin/calendar/closures", use: add)
        group.post("/admin/calendar/closures/{day}/remove", use: remove)
    }

    package static let menuLink = MenuLink(
        "admin-calendar", "/admin/calendar", "calendar.admin.menu", group: "calendar.admin.menuGroup", for: isAdmin)

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let year = try Self.year(request)
        return try await page(year: year, values: [:], errors: FormErrors(), request: request, context)
    }

    @Sendable package func add(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let dayText = fields["day", default: ""].trimmingCharacters(in: .whitespaces)
        let day = CivilDate(iso: dayText)
        if dayText.isEmpty {
            errors.add("day", t("admin.error.required"))
        } else if day == nil {
            errors.add("day", t("calendar.admin.error.day"))
        } else if let day, let holiday = BelgianHoliday.on(day) {
            errors.add("day", t("calendar.admin.error.holiday", ["holiday": t("calendar.holiday.\(holiday.rawValue)")]))
        }
        let noteEN = Self.text(fields, "noteEn", max: CalendarStore.maxNote, &errors, t)
        let noteFR = Self.text(fields, "noteFr", max: CalendarStore.maxNote, &errors, t)
        if let day, errors.isEmpty {
            try await chancery.calendar.setClosure(day, noteEN: noteEN, noteFR: noteFR, by: context.principal)
            return .redirect(to: "/admin/calendar?year=\(day.year)&done=set", type: .normal)
        }
        let year = day?.year ?? (try? Self.year(request)) ?? Self.thisYear
        return try await page(
            year: year, values: ["day": dayText, "noteEn": noteEN, "noteFr": noteFR], errors: errors,
            request: request, context, status: .badRequest)
    }

    @Sendable package func remove(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        _ = try await WebForm.verified(request, session: context.session)
        let text = try context.parameters.require("day")
        guard let day = CivilDate(iso: text), try await chancery.calendar.removeClosure(day, by: context.principal)
        else {
            throw AppError(
                .notFound, type: "not-found", key: "calendar.error.noClosure", ["day": String(text.prefix(10))])
        }
        return .redirect(to: "/admin/calendar?year=\(day.year)&done=removed", type: .normal)
    }

    // MARK: page

    static var thisYear: Int { Int(HeadquartersCalendar.day(Clock.nowMilliseconds()).prefix(4)) ?? 2026 }

    /// `?year=` (this year when absent); anything but a year from 1900 to 2999 is refused.
    static func year(_ request: Request) throws -> Int {
        guard let text = request.uri.queryParameters["year"].map(String.init) else { return thisYear }
        guard text.count == 4, let year = Int(text), (1900...2999).contains(year) else {
            throw AppError.invalidQuery("year", reasonKey: "calendar.reason.year")
        }
        return year
    }

    private func page(
        year: Int, values: [String: String], errors: FormErrors, request: Request, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let closures = try await chancery.calendar.closures(in: year...year)
        var days =
            BelgianHoliday.allCases.map {
                CalendarAdminPage.Day(
                    id: $0.date(in: year).iso, date: t.longDate($0.date(in: year)),
                    what: t("calendar.holiday.\($0.rawValue)"), kind: t("calendar.admin.kind.holiday"),
                    removeAction: nil,
                    removeLabel: nil)
            }
        days += closures.map {
            CalendarAdminPage.Day(
                id: $0.day.iso, date: t.longDate($0.day), what: $0.note(in: t.language),
                kind: t("calendar.admin.kind.closure"), removeAction: "/admin/calendar/closures/\($0.day.iso)/remove",
                removeLabel: t("calendar.admin.remove", ["day": t.longDate($0.day)]))
        }
        days.sort { $0.id < $1.id }
        let model = CalendarAdminPage(
            t: Self.labels(
                t,
                [
                    "intro", "year", "show", "previous", "next", "col.date", "col.what", "col.kind", "col.action",
                    "removeButton", "add", "field.day", "help.day", "field.noteEn", "field.noteFr", "addSubmit",
                ]),
            heading: t("calendar.admin.title", ["year": String(year)]), year: year,
            previous: "/admin/calendar?year=\(max(1900, year - 1))",
            next: "/admin/calendar?year=\(min(2999, year + 1))",
            days: days, closureCount: closures.count, csrf: context.session.csrfToken, values: values,
            errors: errors.model(t), notice: Self.notice(request, t))
        return PageRenderer.response(
            "admin-calendar", model,
            frame: frame(model.heading, label: .unclassified, path: "/admin/calendar", context),
            status: status)
    }
}

/// The working calendar of one year: its holidays and closure days by date, and the form to add a closure day.
package struct CalendarAdminPage: PageModel {
    package struct Day: Sendable {
        package var id: String
        package var date: String
        package var what: String
        package var kind: String
        package var removeAction: String?
        package var removeLabel: String?
    }

    package var t: [String: String]
    package var heading: String
    package var year: Int
    package var previous: String
    package var next: String
    package var days: [Day]
    package var closureCount: Int
    package var csrf: String
    package var values: [String: String]
    package var errors: FormErrors.Model?
    package var notice: String?
}

package enum CalendarAdminTemplates {
    package static let all = [("admin-calendar", page)]

    static let page = """
        <h1 id="page-title">{{heading}}</h1>
        <p class="lead">{{t.intro}}</p>
        {{#notice}}<p id="notice" class="notice" role="status">{{notice}}</p>{{/notice}}
        <form id="year-form" method="get" action="/admin/calendar" class="inline-form">
          <a id="previous-year" href="{{previous}}">{{t.previous}}</a>
          <label for="year">{{t.year}}</label><input id="year" name="year" type="number" min="1900" max="2999" value="{{year}}">
          <button id="year-submit" type="submit">{{t.show}}</button>
          <a id="next-year" href="{{next}}">{{t.next}}</a>
        </form>
        <table id="non-working-days">
          <thead><tr><th scope="col">{{t.col_date}}</th><th scope="col">{{t.col_what}}</th><th scope="col">{{t.col_kind}}</th><th scope="col">{{t.col_action}}</th></tr></thead>
          <tbody>{{#days}}<tr id="day-{{id}}"><td>{{date}}</td><td>{{what}}</td><td>{{kind}}</td><td>{{#removeAction}}<form method="post" action="{{removeAction}}"><input type="hidden" name="_csrf" value="{{csrf}}"><button class="secondary" type="submit" aria-label="{{removeLabel}}">{{t.removeButton}}</button></form>{{/removeAction}}</td></tr>{{/days}}</tbody>
        </table>
        <section class="card" aria-labelledby="add-heading">
          <h2 id="add-heading">{{t.add}}</h2>
          {{#errors}}{{> form-errors}}{{/errors}}
          <form id="closure-form" method="post" action="/admin/calendar/closures" class="form-grid" novalidate>
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="day">{{t.field_day}}</label>
            <input id="day" name="day" type="date" required value="{{values.day}}" aria-describedby="day-help{{#errors.invalid.day}} day-error{{/errors.invalid.day}}"{{#errors.invalid.day}} aria-invalid="true"{{/errors.invalid.day}}>
            <p class="help" id="day-help">{{t.help_day}}</p>
            {{#errors.message.day}}<p class="error help" id="day-error">{{.}}</p>{{/errors.message.day}}
            <label for="noteEn">{{t.field_noteEn}}</label>
            <input id="noteEn" name="noteEn" type="text" lang="en" required maxlength="200" value="{{values.noteEn}}"{{#errors.invalid.noteEn}} aria-invalid="true" aria-describedby="noteEn-error"{{/errors.invalid.noteEn}}>
            {{#errors.message.noteEn}}<p class="error help" id="noteEn-error">{{.}}</p>{{/errors.message.noteEn}}
            <label for="noteFr">{{t.field_noteFr}}</label>
            <input id="noteFr" name="noteFr" type="text" lang="fr" required maxlength="200" value="{{values.noteFr}}"{{#errors.invalid.noteFr}} aria-invalid="true" aria-describedby="noteFr-error"{{/errors.invalid.noteFr}}>
            {{#errors.message.noteFr}}<p class="error help" id="noteFr-error">{{.}}</p>{{/errors.message.noteFr}}
            <button id="closure-submit" type="submit">{{t.addSubmit}}</button>
          </form>
        </section>
        """
}
