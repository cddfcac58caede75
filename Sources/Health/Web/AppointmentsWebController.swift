import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The clerk's appointment pages: the day's appointments (each row leads to the appointment's own page, where it is
/// checked in, moved, cancelled or marked as a no-show), booking, rescheduling and a clinician's day or week. Forms
/// post with `_csrf` and work without JavaScript.
package struct AppointmentsWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/health/appointments", use: today)
        group.get("/health/appointments/new", use: bookForm)
        group.post("/health/appointments/new", use: book)
        group.get("/health/appointments/diary/{id}", use: diary)
        group.get("/health/appointments/{id}", use: appointment)
        group.post("/health/appointments/{id}/check-in", use: checkIn)
        group.get("/health/appointments/{id}/reschedule", use: rescheduleForm)
        group.post("/health/appointments/{id}/reschedule", use: reschedule)
        group.post("/health/appointments/{id}/cancel", use: cancel)
        group.post("/health/appointments/{id}/no-show", use: noShow)
    }

    package static func labels(_ t: Localizer) -> [String: String] {
        Dictionary(uniqueKeysWithValues: AppointmentWebStrings.pageKeys.map { ($0, t("appt.\($0)")) })
    }

    /// The parts every appointment page shares; `csrf` for the pages with forms.
    package static func parts(_ context: SignedInContext, csrf: Bool = true) -> AppointmentPageParts {
        AppointmentPageParts(t: labels(context.localizer), csrf: csrf ? context.session.csrfToken : nil)
    }

    package static func notice(_ done: String?, _ t: Localizer) -> String? {
        guard let done, AppointmentWebStrings.notices.contains(done) else { return nil }
        return t("appt.done.\(done)")
    }

    package static func today() -> String { HeadquartersCalendar.day(Clock.nowMilliseconds()) }

    package static func date(_ request: Request) -> String {
        let value = request.uri.queryParameters["date"].map(String.init) ?? ""
        return HeadquartersCalendar.isDate(value) ? value : today()
    }

    // MARK: the day

    /// The day's appointments as a list: sortable, paged, filtered by status, and its CSV.
    package static let dayList = ListSpec(
        name: "health.appointments", path: "/health/appointments",
        columns: [
            .init("time", "appt.time", order: ["ap.starts_at"]),
            .init("patient", "appt.patient", order: ["LOWER(p.family_name)", "LOWER(p.given_names)"]),
            .init("clinician", "appt.clinician"),
            .init("type", "appt.type", order: ["ap.type_code"]),
            .init("status", "appt.status", order: ["ap.status"]),
        ],
        defaultSort: "time", filters: ["date", "status"])

    @Sendable package func today(_ request: Request, context: SignedInContext) async throws -> Response {
        try await dayPage(
            Self.date(request), context, list: try ListQuery(request, Self.dayList),
            notice: request.uri.queryParameters["done"].map(String.init))
    }

    /// The day's list; after a refused check-in, `refused` names the appointment and the refusal, in the summary and
    /// beside the appointment's row (or in the summary alone when the row is not on the page).
    package func dayPage(
        _ date: String, _ context: SignedInContext, list: ListQuery? = nil, notice: String?,
        refused: (id: String, error: AppError)? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let list = try list ?? ListQuery(fields: ["date": date], Self.dayList)
        let shownStatus = try list.choice("status", as: Appointment.Status.self)
        let store = chancery.appointments
        let page = try await store.agenda(date: date, status: shownStatus, list: list, by: context.principal)
        let lines = page.lines
        let clinicians = try await store.clinicians(by: context.principal)
        let names = Dictionary(clinicians.map { ($0.userID, $0.displayName) }) { first, _ in first }
        let types = Dictionary(uniqueKeysWithValues: try await store.types().map { ($0.code, $0.name(t.language)) })
        let today = Self.today()
        let refusal = refused.map { $0.error.detail(t) }
        let rows = lines.map { line -> AppointmentDayPage.Line in
            let a = line.appointment
            return .init(
                id: a.object.id, start: BrusselsTime.local(a.start).time, end: BrusselsTime.local(a.end).time,
                patient: line.patientName, clinician: names[a.clinicianID] ?? a.clinicianID,
                type: types[a.typeCode] ?? a.typeCode, status: t("health.appt.status.\(a.status.rawValue)"),
                statusCode: a.status.rawValue, overbooked: a.overbooked,
                canCheckIn: line.mayChange && date == today && a.refusal(of: .checkIn, today: today) == nil,
                refusal: refused?.id == a.object.id ? refusal : nil)
        }
        var errors = FormErrors()
        if let refused, let refusal {
            errors.add(rows.contains { $0.id == refused.id } ? "appointment-\(refused.id)" : "page-title", refusal)
        }
        let label = chancery.objects.dominantLabel(of: lines.map(\.appointment.object))
        if list.isExport {
            return list.csv(
                rows.map { ["\(date) \($0.start)–\($0.end)", $0.patient, $0.clinician, $0.type, $0.status] },
                label: label, name: "\(list.spec.name).\(date)", t)
        }
        let total = try await store.agendaCount(date: date, status: shownStatus, by: context.principal)
        var day = AppointmentDayPage(
            date: date, notice: Self.notice(notice, t), errors: errors.model(t),
            hasLines: !rows.isEmpty, lines: rows, headers: list.headers(t),
            pager: list.pager(shown: rows.count, hasMore: page.hasMore, total: total, t),
            statuses: [HealthChoice(value: "", name: t("appt.anyStatus"), selected: shownStatus == nil)]
                + Appointment.Status.allCases.map {
                    HealthChoice(
                        value: $0.rawValue, name: t("health.appt.status.\($0.rawValue)"),
                        selected: shownStatus == $0)
                },
            sort: list.sort.id, order: list.descending ? "desc" : "asc",
            previous: BrusselsTime.adding(days: -1, to: date) ?? date,
            next: BrusselsTime.adding(days: 1, to: date) ?? date,
            diaries: clinicians.map { .init(id: $0.userID, name: $0.displayName) })
        day.dateText = DayText.withWeekday(date, t)
        day.previousText = DayText.withWeekday(day.previous, t)
        day.nextText = DayText.withWeekday(day.next, t)
        let model = AppointmentPage(Self.parts(context), day)
        return PageRenderer.response(
            "health-appointments-day", model,
            frame: frame(
                t("appt.dayTitle", ["date": day.dateText]), label: label, path: "/health/appointments?date=\(date)",
                context),
            status: status)
    }

    // MARK: booking

    @Sendable package func bookForm(_ request: Request, context: SignedInContext) async throws -> Response {
        try await bookPage(WebForm.queryFields(request), context, errors: FormErrors())
    }

    package func bookPage(
        _ values: [String: String], _ context: SignedInContext, errors: FormErrors,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        try AppointmentStore.requireStaff(context.principal)
        let patientQuery = String((values["patientQuery"] ?? "").trimmingCharacters(in: .whitespaces).prefix(100))
        let patients = try await bookablePatients(patientQuery, context)
        var patientChoices = patients.sorted { $0.details.displayName < $1.details.displayName }.map {
            AppointmentChoice(
                id: $0.object.id, name: "\($0.details.displayName) (\($0.details.dateOfBirth))",
                selected: values["patient"] == $0.object.id)
        }
        // The patient chosen (from a suggestion, or before the list was narrowed) stays chosen, if still readable.
        if let chosen = values["patient"], ObjectID.isWellFormed(chosen), !patientChoices.contains(where: \.selected),
            let name = try await chancery.health.patientNames([chosen], by: context.principal)[chosen]
        {
            patientChoices.insert(AppointmentChoice(id: chosen, name: name, selected: true), at: 0)
        }
        let clinicians = try await chancery.appointments.bookableClinicians(by: context.principal)
        let types = try await chancery.appointments.bookableTypes()
        let model = AppointmentPage(
            Self.parts(context),
            AppointmentBookPage(
                errors: errors.model(t),
                patientQuery: patientQuery, patients: patientChoices,
                clinicians: clinicians.map {
                    .init(
                        id: $0.userID, name: "\($0.displayName) — \(t.term($0.specialty))",
                        selected: values["clinician"] == $0.userID)
                },
                types: types.map {
                    .init(
                        code: $0.code, name: "\($0.name(t.language)) (\($0.durationMinutes) min)",
                        selected: values["type"] == $0.code)
                },
                date: values["date"] ?? Self.today(), time: values["time"] ?? "", note: values["note"] ?? "",
                free: try await freeTimes(values, context)))
        let label = chancery.objects.dominantLabel(of: patients.map(\.object))
        return PageRenderer.response(
            "health-appointments-book", model,
            frame: frame(t("appt.bookTitle"), label: label, path: "/health/appointments/new", context),
            status: status)
    }

    /// The patients the booking form offers: those whose names contain what was typed in "find a patient" (the same
    /// trimmed query as the patients' suggestions), else the most recent; 200 at most either way.
    func bookablePatients(_ query: String, _ context: SignedInContext) async throws -> [Patient] {
        if query.isEmpty {
            return try await chancery.health.patients(matching: nil, after: nil, limit: 200, by: context.principal)
                .items
        }
        return try await chancery.health.patientSuggestions(matching: query, limit: 200, by: context.principal)
    }

    /// The instant of the form's date and time (Brussels), refused as a field error when either is malformed.
    package static func instant(_ fields: [String: String]) throws -> Int64 {
        let date = fields["date"] ?? ""
        guard HeadquartersCalendar.isDate(date) else {
            throw AppError(
                .badRequest, type: "invalid-field", key: "field.date", ["field": "date", "value": date], field: "date")
        }
        guard let start = BrusselsTime.instant(date: date, time: fields["time"] ?? "") else {
            throw AppError.invalidField("time", reasonKey: "appt.reason.time")
        }
        return start
    }

    /// The free times the booking page offers: the chosen day's, then the next days with room (each a button that
    /// shows its times). Nil until a clinician, a type and a valid day are chosen.
    package func freeTimes(_ values: [String: String], _ context: SignedInContext) async throws
        -> AppointmentBookPage.FreeTimes?
    {
        let t = context.localizer
        guard let clinician = values["clinician"], !clinician.isEmpty, let type = values["type"], !type.isEmpty,
            let date = values["date"], HeadquartersCalendar.isDate(date),
            let day = try await chancery.appointments.freeTimes(
                clinicianID: clinician, date: date, typeCode: type, by: context.principal)
        else { return nil }
        let name = DayText.withWeekday(date, t)
        var days: [AppointmentStore.FreeDay] = []
        if let noon = BrusselsTime.instant(date: date, time: "12:00") {
            days = try await chancery.appointments.daysWithRoom(
                clinicianID: clinician, from: BrusselsTime.local(noon + 86_400_000).date, typeCode: type, count: 4,
                by: context.principal)
        }
        return AppointmentBookPage.FreeTimes(
            heading: t("appt.freeTimes", ["day": name]),
            times: day.times.map { .init(id: $0.replacingOccurrences(of: ":", with: ""), time: $0) },
            none: day.times.isEmpty ? t("appt.noFreeTimes", ["day": name]) : nil, hasDays: !days.isEmpty,
            days: days.map { .init(date: $0.date, name: DayText.withWeekday($0.date, t)) })
    }

    /// `POST /health/appointments/new`: books (the time typed, or a free time's button), or, with "show free
    /// times" or another day's button, shows the form again with that day's free times (nothing is changed).
    @Sendable package func book(_ request: Request, context: SignedInContext) async throws -> Response {
        var fields = try await WebForm.verified(request, session: context.session)
        if fields["action"] == "find" || fields["find-day"] != nil {
            if let day = fields["find-day"] { fields["date"] = day }
            fields["time"] = nil
            return try await bookPage(fields, context, errors: FormErrors())
        }
        try AppointmentStore.requireStaff(context.principal)
        if let slot = fields["slot"], !slot.isEmpty { fields["time"] = slot }
        let t = context.localizer
        var errors = FormErrors()
        let patient = Self.required("patient", fields, max: 64, &errors, t)
        let clinician = Self.required("clinician", fields, max: 64, &errors, t)
        let type = Self.required("type", fields, max: 40, &errors, t)
        let start = Self.start(fields, &errors, t)
        let note = errors.check("note", label: t("appt.note"), t) {
            try FieldRules.optionalText(fields["note"], field: "note", max: 1000)
        }
        guard errors.isEmpty, let patient, let clinician, let type, let start, let note else {
            return try await bookPage(fields, context, errors: errors, status: .badRequest)
        }
        do {
            let appointment = try await chancery.appointments.book(
                .init(
                    patientID: patient, clinicianID: clinician, typeCode: type, start: start, end: nil, note: note,
                    location: nil, waitlistEntry: nil),
                by: context.principal)
            return .redirect(
                to: "/health/appointments?date=\(BrusselsTime.local(appointment.start).date)&done=booked", type: .normal
            )
        } catch let error as AppError where error.status != .forbidden {
            errors.add(Self.formField(error), error.detail(t))
            return try await bookPage(fields, context, errors: errors, status: error.status)
        }
    }

    /// The booking form's field a refusal of the store is about: a clash or a closed diary is about the time.
    static func formField(_ error: AppError) -> String {
        switch error.field {
        case "start", "end": "time"
        case .some(let field) where ["patient", "clinician", "type", "date", "time", "note"].contains(field): field
        default: error.status == .conflict ? "time" : "form"
        }
    }

    /// A required choice or text of the booking forms: refused as missing, or by the API's rule.
    static func required(
        _ field: String, _ fields: [String: String], max: Int, _ errors: inout FormErrors, _ t: Localizer
    ) -> String? {
        let value = fields[field]?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !value.isEmpty else {
            errors.add(field, t("form.error.required"))
            return nil
        }
        return errors.check(field, label: t("appt.\(field)"), t) { try FieldRules.text(value, field: field, max: max) }
    }

    /// The instant of the form's day and time, the day and the time each refused on its own field.
    static func start(_ fields: [String: String], _ errors: inout FormErrors, _ t: Localizer) -> Int64? {
        let date = fields["date"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let time = fields["time"]?.trimmingCharacters(in: .whitespaces) ?? ""
        if date.isEmpty {
            errors.add("date", t("form.error.required"))
        } else if !HeadquartersCalendar.isDate(date) {
            errors.add(
                "date",
                AppError(
                    .badRequest, type: "invalid-field", key: "field.date", ["field": t("appt.date"), "value": date]
                )
                .detail(t))
        }
        if time.isEmpty {
            errors.add("time", t("form.error.required"))
        } else if BrusselsTime.instant(date: "2026-01-05", time: time) == nil {
            errors.add("time", AppError.invalidField(t("appt.time"), reasonKey: "appt.reason.time").detail(t))
        }
        guard errors.isEmpty else { return nil }
        return errors.check("time", label: t("appt.time"), t) { try Self.instant(["date": date, "time": time]) }
    }

    // MARK: rescheduling and closing

    package static func id(_ context: SignedInContext) throws -> String {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        return id
    }

    @Sendable package func rescheduleForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try Self.id(context)
        guard let appointment = try await chancery.appointments.appointment(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let local = BrusselsTime.local(appointment.start)
        return try await reschedulePage(
            appointment, ["date": local.date, "time": local.time, "clinician": appointment.clinicianID], context,
            errors: FormErrors())
    }

    package func reschedulePage(
        _ appointment: Appointment, _ values: [String: String], _ context: SignedInContext,
        errors: FormErrors, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let clinicians = try await chancery.appointments.bookableClinicians(by: context.principal)
        let local = BrusselsTime.local(appointment.start)
        let model = AppointmentPage(
            Self.parts(context),
            AppointmentReschedulePage(
                errors: errors.model(t), id: appointment.object.id, version: appointment.object.version,
                current: t(
                    "appt.currently",
                    ["date": local.date, "time": local.time, "location": t.term(appointment.location)]),
                clinicians: clinicians.map {
                    .init(
                        id: $0.userID, name: "\($0.displayName) — \(t.term($0.specialty))",
                        selected: values["clinician"] == $0.userID)
                },
                date: values["date"] ?? local.date, time: values["time"] ?? local.time))
        return PageRenderer.response(
            "health-appointments-reschedule", model,
            frame: frame(
                t("appt.rescheduleTitle"), label: appointment.object.label,
                path: "/health/appointments/\(appointment.object.id)/reschedule", context),
            status: status)
    }

    @Sendable package func reschedule(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try Self.id(context)
        let fields = try await WebForm.verified(request, session: context.session)
        guard let current = try await chancery.appointments.appointment(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let t = context.localizer
        var errors = FormErrors()
        let start = Self.start(fields, &errors, t)
        let clinician = errors.check("clinician", label: t("appt.clinician"), t) {
            try FieldRules.optionalText(fields["clinician"], field: "clinician", max: 64)
        }
        guard errors.isEmpty, let start, let clinician else {
            return try await reschedulePage(current, fields, context, errors: errors, status: .badRequest)
        }
        do {
            let version = Int64(fields["version"] ?? "") ?? current.object.version
            let moved = try await chancery.appointments.reschedule(
                id, expectedVersion: version, start: start, end: nil, clinicianID: clinician, location: nil,
                by: context.principal)
            return .redirect(
                to: "/health/appointments?date=\(BrusselsTime.local(moved.start).date)&done=rescheduled", type: .normal)
        } catch let error as AppError where error.status != .notFound && error.status != .forbidden {
            errors.add(Self.formField(error), error.detail(t))
            return try await reschedulePage(current, fields, context, errors: errors, status: error.status)
        }
    }

    @Sendable package func cancel(_ request: Request, context: SignedInContext) async throws -> Response {
        try await close(request, context, as: .cancelled)
    }

    @Sendable package func noShow(_ request: Request, context: SignedInContext) async throws -> Response {
        try await close(request, context, as: .noshow)
    }

    /// Cancels (with the reason typed) or records a no-show, from the appointment's page, which it returns to; a
    /// refusal is shown on that page: the reason's on its field, checked before anything is asked of the store, a
    /// change made meanwhile (closed, another version) on the changes. Only staff who may see the appointment get as
    /// far as the form's checks.
    package func close(_ request: Request, _ context: SignedInContext, as status: Appointment.Status) async throws
        -> Response
    {
        let id = try Self.id(context)
        let fields = try await WebForm.verified(request, session: context.session)
        guard let appointment = try await chancery.appointments.appointment(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        guard try await chancery.appointments.mayChange(appointment, by: context.principal) else {
            throw AppError.writeDenied
        }
        let t = context.localizer
        var errors = FormErrors()
        let reason = status == .cancelled ? Self.required("reason", fields, max: 500, &errors, t) : nil
        guard errors.isEmpty else {
            return try await appointmentPage(
                id, context, notice: nil, errors: errors, reason: fields["reason"] ?? "", status: .badRequest)
        }
        do {
            _ = try await chancery.appointments.close(
                id, as: status, reason: reason, expectedVersion: Self.version(fields), by: context.principal)
            let done = status == .cancelled ? "cancelled" : "noshow"
            return .redirect(to: "/health/appointments/\(id)?done=\(done)", type: .normal)
        } catch let error as AppError where error.status != .notFound && error.status != .forbidden {
            errors.add(error.field == "reason" ? "reason" : Self.changesField, error.detail(t))
            return try await appointmentPage(
                id, context, notice: nil, errors: errors, reason: fields["reason"] ?? "", status: error.status)
        }
    }

    /// Where the appointment page's summary sends a refusal that is about no field: its changes.
    static let changesField = "appointment-changes"

    // MARK: a clinician's diary

    @Sendable package func diary(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppointmentError.clinicianNotFound }
        let date = Self.date(request)
        let week = request.uri.queryParameters["view"] == "week"
        let from = week ? (BrusselsTime.monday(of: date) ?? date) : date
        let type = request.uri.queryParameters["type"].map(String.init) ?? "consult"
        let (clinician, days) = try await chancery.appointments.schedule(
            of: id, from: from, days: week ? 7 : 1, typeCode: type, by: context.principal)
        let weekdays = (1...7).map { t("appt.weekday.\($0)") }
        let model = AppointmentPage(
            Self.parts(context, csrf: false),
            AppointmentDiaryPage(
                clinician: clinician.displayName, specialty: t.term(clinician.specialty), id: id, date: date,
                isWeek: week,
                previous: BrusselsTime.adding(days: week ? -7 : -1, to: date) ?? date,
                next: BrusselsTime.adding(days: week ? 7 : 1, to: date) ?? date, view: week ? "week" : "day",
                days: days.map { day in
                    .init(
                        date: day.date, weekday: weekdays[max(0, min(6, day.weekday - 1))],
                        hours: day.hours.isEmpty
                            ? nil : day.hours.map { "\($0.start)–\($0.end)" }.joined(separator: ", "),
                        away: day.absences.isEmpty
                            ? nil
                            : day.absences.map {
                                "\(t("health.appt.absence.\($0.kind)")) (\($0.startDate) → \($0.endDate))"
                            }
                            .joined(separator: "; "),
                        hasAppointments: !day.appointments.isEmpty,
                        appointments: day.appointments.map { a in
                            .init(
                                id: a.object.id, start: BrusselsTime.local(a.start).time,
                                end: BrusselsTime.local(a.end).time,
                                status: t("health.appt.status.\(a.status.rawValue)"), statusCode: a.status.rawValue,
                                location: t.term(a.location))
                        },
                        free: day.free.map { slot -> AppointmentDiaryPage.Day.Slot in
                            let local = BrusselsTime.local(slot.start)
                            return .init(
                                time: local.time,
                                href:
                                    "/health/appointments/new?clinician=\(id)&type=\(type)&date=\(local.date)&time=\(local.time)"
                            )
                        },
                        hasFree: !day.free.isEmpty)
                }))
        let label = chancery.objects.dominantLabel(of: days.flatMap(\.appointments).map(\.object))
        return PageRenderer.response(
            "health-appointments-diary", model,
            frame: frame(
                t("appt.diaryTitle", ["name": clinician.displayName]), label: label,
                path: "/health/appointments/diary/\(id)", context))
    }
}
