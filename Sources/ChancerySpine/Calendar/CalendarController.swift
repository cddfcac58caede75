import ChanceryKit
import Hummingbird

/// The headquarters' working calendar through the API: the deadline engine for anyone signed in
/// (`GET /api/v1/calendar/deadline`), the non-working days of a year, and closure days set by administrators.
package struct CalendarController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("calendar/deadline", use: deadline)
        group.get("calendar/closures", use: closures)
        group.put("calendar/closures/{day}", use: setClosure)
        group.delete("calendar/closures/{day}", use: removeClosure)
    }

    struct DeadlineBody: Encodable {
        var from: String
        var days: Int
        var kind: String
        /// The last day, `YYYY-MM-DD`.
        var due: String
        /// Its last second in Brussels, with that day's offset.
        var dueAt: String
        var explanation: String
    }

    struct YearBody: Encodable {
        var year: Int
        var holidays: [Holiday]
        var closures: [Closure]

        struct Holiday: Encodable {
            var day: String
            var holiday: String
            var name: String
        }
    }

    struct Closure: Encodable {
        var day: String
        var noteEn: String
        var noteFr: String
    }

    struct ClosureInput: Decodable {
        var noteEn: String
        var noteFr: String
    }

    /// `from` (the day of the event), `days` (1…3650) and `kind` (`calendar`, the default, or `working`).
    @Sendable package func deadline(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = request.uri.queryParameters
        guard let fromText = query["from"].map(String.init) else { throw AppError.missingField("from") }
        guard let from = CivilDate(iso: fromText) else {
            throw AppError.invalidQuery("from", reasonKey: "calendar.reason.day")
        }
        guard let daysText = query["days"].map(String.init) else { throw AppError.missingField("days") }
        guard let days = Int(daysText), (1...Period.longest).contains(days) else {
            throw AppError.invalidQuery("days", reasonKey: "calendar.reason.days")
        }
        let kind: Period.Kind =
            try Pagination.choice(request, "kind", reasonKey: "calendar.reason.kind") ?? .calendar
        let calendar = try await chancery.calendar.workingCalendar(from: from, language: context.language)
        let deadline = Deadline(period: Period(days: days, kind: kind), from: from, calendar: calendar)
        guard let due = deadline.due else { throw AppError.notFound }  // no suspension here: always due
        return try JSONResponse.make(
            DeadlineBody(
                from: from.iso, days: days, kind: kind.rawValue, due: due.iso,
                dueAt: HeadquartersCalendar.endOfDay(due), explanation: context.localizer.explanation(of: deadline)))
    }

    /// The non-working days of `year` other than weekends: the Belgian public holidays and the closure days.
    @Sendable package func closures(_ request: Request, context: SignedInContext) async throws -> Response {
        guard let yearText = request.uri.queryParameters["year"].map(String.init) else {
            throw AppError.missingField("year")
        }
        guard let year = Int(yearText), (1900...2999).contains(year), yearText.count == 4 else {
            throw AppError.invalidQuery("year", reasonKey: "calendar.reason.year")
        }
        let t = context.localizer
        let holidays = BelgianHoliday.allCases.map {
            YearBody.Holiday(
                day: $0.date(in: year).iso, holiday: $0.rawValue, name: t("calendar.holiday.\($0.rawValue)"))
        }
        let closures = try await chancery.calendar.closures(in: year...year).map {
            Closure(day: $0.day.iso, noteEn: $0.noteEN, noteFr: $0.noteFR)
        }
        return try JSONResponse.make(YearBody(year: year, holidays: holidays, closures: closures))
    }

    /// Makes a day a closure day (administrators): `{"noteEn": "…", "noteFr": "…"}`.
    @Sendable package func setClosure(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let day = try Self.day(context)
        let (body, _) = try await JSONBody.decode(ClosureInput.self, from: request)
        try await chancery.calendar.setClosure(day, noteEN: body.noteEn, noteFR: body.noteFr, by: context.principal)
        let saved = try await chancery.calendar.closures(in: day.year...day.year).first { $0.day == day }
        return try JSONResponse.make(
            Closure(day: day.iso, noteEn: saved?.noteEN ?? body.noteEn, noteFr: saved?.noteFR ?? body.noteFr))
    }

    /// Makes a closure day a working day again (administrators).
    @Sendable package func removeClosure(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let day = try Self.day(context)
        guard try await chancery.calendar.removeClosure(day, by: context.principal) else {
            throw AppError(.notFound, type: "not-found", key: "calendar.error.noClosure", ["day": day.iso])
        }
        return Response(status: .noContent)
    }

    static func day(_ context: SignedInContext) throws -> CivilDate {
        let text = try context.parameters.require("day")
        guard let day = CivilDate(iso: text) else {
            throw AppError.invalidField("day", reasonKey: "calendar.reason.day")
        }
        return day
    }
}
