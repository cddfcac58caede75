import ChanceryKit
import ChancerySpine
import Hummingbird

/// Clinicians, appointment types, appointments, the waitlist, follow-ups to book, reminders and the calendar feed:
/// `/api/v1/health/…`.
package struct AppointmentsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("health/clinicians", use: clinicians)
        group.post("health/clinicians", use: addClinician)
        group.get("health/clinicians/{id}", use: clinician)
        group.patch("health/clinicians/{id}", use: updateClinician)
        group.put("health/clinicians/{id}/availability", use: setAvailability)
        group.post("health/clinicians/{id}/exceptions", use: addException)
        group.get("health/clinicians/{id}/schedule", use: schedule)
        group.get("health/appointment-types", use: types)
        group.post("health/appointment-types", use: addType)
        group.get("health/appointment-types/{code}", use: type)
        group.patch("health/appointment-types/{code}", use: updateType)
        group.get("health/appointments", use: list)
        group.post("health/appointments", use: book)
        group.get("health/appointments/{id}", use: appointment)
        group.patch("health/appointments/{id}", use: reschedule)
        group.post("health/appointments/{id}/check-in", use: checkIn)
        group.post("health/appointments/{id}/cancellation", use: cancel)
        group.post("health/appointments/{id}/no-show", use: noShow)
        group.post("health/appointments/{id}/completion", use: complete)
        group.get("health/waitlist", use: waitlist)
        group.post("health/waitlist", use: addToWaitlist)
        group.get("health/to-book", use: toBook)
        group.get("health/reminders", use: reminders)
        group.post("health/calendar-feed", use: rotateFeed)
        group.delete("health/calendar-feed", use: revokeFeed)
    }

    /// The unauthenticated calendar feed, outside `/api/v1`: the secret in the path is the credential.
    package static func addFeedRoute(to router: Router<AppRequestContext>, chancery: Chancery) {
        router.get("/calendar/{file}") { _, context -> Response in
            let file = try context.parameters.require("file")
            guard file.hasSuffix(".ics"), file.count > 4, file.count < 100 else { throw AppError.notFound }
            guard let feed = try await chancery.appointments.feed(secret: String(file.dropLast(4))) else {
                throw AppError.notFound
            }
            let summary = Localizer(feed.language)("health.calendar.summary", [:])
            return Response(
                status: .ok,
                headers: [.contentType: "text/calendar; charset=utf-8", .cacheControl: "private, no-store"],
                body: .init(byteBuffer: ByteBuffer(string: CalendarFeed.render(feed.events, summary: summary))))
        }
    }

    // MARK: bodies

    package struct ClinicianRequest: Decodable {
        package var userId: String
        package var displayName: String?
        package var specialty: String
        package var location: String
    }

    package struct HoursBody: Codable, Sendable {
        package var weekday: Int
        package var start: String
        package var end: String
        @ExplicitNull package var location: String?

        package init(_ hours: Clinician.Hours) {
            weekday = hours.weekday
            start = hours.start
            end = hours.end
            location = hours.location
        }
    }

    package struct AvailabilityRequest: Decodable { package var availability: [HoursBody] }

    package struct ExceptionRequest: Decodable {
        package var startDate: String
        package var endDate: String
        package var kind: String
        package var note: String?
    }

    package struct ExceptionBody: Encodable, Sendable {
        package var id: String
        package var startDate: String
        package var endDate: String
        package var kind: String
        @ExplicitNull package var note: String?

        package init(_ absence: Clinician.Absence) {
            id = absence.id
            startDate = absence.startDate
            endDate = absence.endDate
            kind = absence.kind
            note = absence.note
        }
    }

    package struct ClinicianBody: Encodable, Sendable {
        package var id: String
        package var displayName: String
        package var specialty: String
        package var location: String
        /// Offered for booking.
        package var active: Bool
        package var availability: [HoursBody]?
        package var exceptions: [ExceptionBody]?

        package init(_ clinician: Clinician, hours: [Clinician.Hours]? = nil, absences: [Clinician.Absence]? = nil) {
            id = clinician.userID
            displayName = clinician.displayName
            specialty = clinician.specialty
            location = clinician.location
            active = clinician.active
            availability = hours?.map(HoursBody.init)
            exceptions = absences?.map(ExceptionBody.init)
        }
    }

    package struct TypeBody: Encodable, Sendable {
        package var code: String
        package var nameEn: String
        package var nameFr: String
        package var durationMinutes: Int
        package var kind: String
        /// Offered for booking.
        package var active: Bool

        package init(_ type: AppointmentType) {
            code = type.code
            nameEn = type.nameEN
            nameFr = type.nameFR
            durationMinutes = type.durationMinutes
            kind = type.kind
            active = type.active
        }
    }

    package struct BookRequest: Decodable {
        package var patient: String
        package var clinician: String
        package var type: String
        package var start: String
        package var end: String?
        package var note: String?
        package var location: String?
        package var waitlistEntry: String?
    }

    package struct RescheduleRequest: Decodable {
        package var start: String
        package var end: String?
        package var clinician: String?
        package var location: String?
    }

    package struct CancelRequest: Decodable { package var reason: String }
    package struct CompleteRequest: Decodable { package var followUpDue: String? }
    package struct EmptyRequest: Decodable {}

    package struct AppointmentBody: Encodable, Sendable {
        package var id: String
        package var version: Int64
        package var patient: String
        package var clinician: String
        package var type: String
        package var start: String
        package var end: String
        package var location: String
        @ExplicitNull package var note: String?
        package var status: String
        package var overbooked: Bool
        @ExplicitNull package var cancelReason: String?
        @ExplicitNull package var followUpDue: String?
        @ExplicitNull package var arrivedAt: String?
        package var label: SecurityLabelForm
        package var banner: String

        package init(_ appointment: Appointment) {
            id = appointment.object.id
            version = appointment.object.version
            patient = appointment.patientID
            clinician = appointment.clinicianID
            type = appointment.typeCode
            start = BrusselsTime.isoWithOffset(appointment.start)
            end = BrusselsTime.isoWithOffset(appointment.end)
            location = appointment.location
            note = appointment.note
            status = appointment.status.rawValue
            overbooked = appointment.overbooked
            cancelReason = appointment.cancelReason
            followUpDue = appointment.followUpDue
            arrivedAt = appointment.arrivedAt.map(BrusselsTime.isoWithOffset)
            label = SecurityLabelForm(appointment.object.label)
            banner = appointment.object.label.banner
        }
    }

    package struct WaitlistRequest: Decodable {
        package var patient: String
        package var type: String
        package var clinician: String?
        package var preferredFrom: String?
        package var preferredTo: String?
        package var note: String?
    }

    package struct WaitlistBody: Encodable, Sendable {
        package var id: String
        package var patient: String
        package var source: String
        package var type: String
        @ExplicitNull package var clinician: String?
        @ExplicitNull package var preferredFrom: String?
        @ExplicitNull package var preferredTo: String?
        @ExplicitNull package var dueDate: String?
        @ExplicitNull package var note: String?
        @ExplicitNull package var fromAppointment: String?
        package var banner: String

        package init(_ entry: WaitlistEntry) {
            id = entry.object.id
            patient = entry.patientID
            source = entry.source
            type = entry.typeCode
            clinician = entry.clinicianID
            preferredFrom = entry.preferredFrom
            preferredTo = entry.preferredTo
            dueDate = entry.dueDate
            note = entry.note
            fromAppointment = entry.fromAppointment
            banner = entry.object.label.banner
        }
    }

    package struct ReminderBody: Encodable, Sendable {
        package var id: String
        package var appointment: String
        package var patient: String
        package var dueAt: String
        package var textEn: String
        package var textFr: String
        package var status: String

        package init(_ reminder: AppointmentReminder) {
            id = reminder.id
            appointment = reminder.appointmentID
            patient = reminder.patientID
            dueAt = Clock.iso8601(reminder.dueAt)
            textEn = reminder.textEN
            textFr = reminder.textFR
            status = reminder.status
        }
    }

    package struct SlotBody: Encodable, Sendable {
        package var start: String
        package var end: String
    }

    package struct DayBody: Encodable, Sendable {
        package var date: String
        package var weekday: Int
        package var availability: [HoursBody]
        package var exceptions: [ExceptionBody]
        package var appointments: [AppointmentBody]
        package var freeSlots: [SlotBody]
    }

    package struct ScheduleBody: Encodable, Sendable {
        package var clinician: ClinicianBody
        package var view: String
        @ExplicitNull package var type: String?
        package var days: [DayBody]
    }

    package struct FeedBody: Encodable, Sendable { package var url: String }

    // MARK: helpers

    package static func instant(_ text: String, field: String) throws -> Int64 {
        guard let value = BrusselsTime.parseInstant(text) else {
            throw AppError.invalidField(field, reasonKey: "health.reason.instant")
        }
        return value
    }

    package static func clinicianID(_ context: SignedInContext) throws -> String {
        try PathParameters.objectID(context) { _ in AppointmentError.clinicianNotFound }
    }

    package static func query(_ request: Request, _ name: String) -> String? {
        let value: String? = request.uri.queryParameters.get(name)
        return value.flatMap { $0.isEmpty ? nil : $0 }
    }

    // MARK: clinicians

    @Sendable package func clinicians(_ request: Request, context: SignedInContext) async throws -> Response {
        let clinicians = try await chancery.appointments.clinicians(by: context.principal)
        return try JSONResponse.make(PageBody(items: clinicians.map { ClinicianBody($0) }))
    }

    @Sendable package func addClinician(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(ClinicianRequest.self, from: request)
        let clinician = try await chancery.appointments.addClinician(
            userID: try FieldRules.text(body.userId, field: "userId", max: 64),
            displayName: try FieldRules.optionalText(body.displayName, field: "displayName", max: 120),
            specialty: try FieldRules.text(body.specialty, field: "specialty", max: 120),
            location: try FieldRules.text(body.location, field: "location", max: 200), by: context.principal)
        return try JSONResponse.make(ClinicianBody(clinician, hours: [], absences: []), status: .created)
    }

    @Sendable package func clinician(_ request: Request, context: SignedInContext) async throws -> Response {
        let (clinician, hours, absences) = try await chancery.appointments.clinician(
            try Self.clinicianID(context), by: context.principal)
        return try JSONResponse.make(ClinicianBody(clinician, hours: hours, absences: absences))
    }

    @Sendable package func setAvailability(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try Self.clinicianID(context)
        let (body, _) = try await JSONBody.decode(AvailabilityRequest.self, from: request)
        guard body.availability.count <= 50 else { throw AppError.tooMany("availability", max: 50) }
        let hours = try body.availability.enumerated().map { index, window in
            Clinician.Hours(
                weekday: window.weekday, start: window.start, end: window.end,
                location: try FieldRules.optionalText(
                    window.location, field: "availability[\(index)].location", max: 200))
        }
        let saved = try await chancery.appointments.setHours(id, hours, by: context.principal)
        return try JSONResponse.make(PageBody(items: saved.map(HoursBody.init)))
    }

    @Sendable package func addException(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try Self.clinicianID(context)
        let (body, _) = try await JSONBody.decode(ExceptionRequest.self, from: request)
        guard let start = try FieldRules.date(body.startDate, field: "startDate") else {
            throw AppError.missingField("startDate")
        }
        guard let end = try FieldRules.date(body.endDate, field: "endDate") else {
            throw AppError.missingField("endDate")
        }
        let absence = try await chancery.appointments.addAbsence(
            id, from: start, to: end, kind: body.kind,
            note: try FieldRules.optionalText(body.note, field: "note", max: 500),
            by: context.principal)
        return try JSONResponse.make(ExceptionBody(absence), status: .created)
    }

    @Sendable package func schedule(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try Self.clinicianID(context)
        let date =
            try FieldRules.date(Self.query(request, "date"), field: "date")
            ?? HeadquartersCalendar.day(Clock.nowMilliseconds())
        let view = Self.query(request, "view") ?? "day"
        guard view == "day" || view == "week" else {
            throw AppError.invalidQuery("view", reasonKey: "health.reason.view")
        }
        let from = view == "week" ? (BrusselsTime.monday(of: date) ?? date) : date
        let type = Self.query(request, "type")
        let (clinician, days) = try await chancery.appointments.schedule(
            of: id, from: from, days: view == "week" ? 7 : 1, typeCode: type, by: context.principal)
        let shown = days.flatMap(\.appointments).map(\.object)
        let body = ScheduleBody(
            clinician: ClinicianBody(clinician), view: view, type: type,
            days: days.map { day in
                DayBody(
                    date: day.date, weekday: day.weekday, availability: day.hours.map(HoursBody.init),
                    exceptions: day.absences.map(ExceptionBody.init),
                    appointments: day.appointments.map(AppointmentBody.init),
                    freeSlots: day.free.map {
                        SlotBody(start: BrusselsTime.isoWithOffset($0.start), end: BrusselsTime.isoWithOffset($0.end))
                    })
            })
        return try JSONResponse.make(body, banner: shown.isEmpty ? nil : chancery.objects.dominantBanner(of: shown))
    }

    @Sendable package func types(_ request: Request, context: SignedInContext) async throws -> Response {
        try AppointmentStore.requireStaff(context.principal)
        return try JSONResponse.make(PageBody(items: try await chancery.appointments.types().map(TypeBody.init)))
    }

    // MARK: appointments

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let list = try ListPage(request)
        var status: Appointment.Status?
        if let text = Self.query(request, "status") {
            guard let value = Appointment.Status(rawValue: text) else {
                throw AppError.invalidQuery(
                    "status", reason: Appointment.Status.allCases.map(\.rawValue).joined(separator: ", "))
            }
            status = value
        }
        let filter = AppointmentStore.Filter(
            date: try FieldRules.date(Self.query(request, "date"), field: "date"),
            clinicianID: Self.query(request, "clinician"),
            patientID: Self.query(request, "patient"), status: status)
        return try await list.respond(
            counting: .never,
            fetch: { try await chancery.appointments.list(filter, after: $0, limit: $1, by: context.principal) },
            banner: { chancery.objects.dominantBanner(of: $0) }, body: AppointmentBody.init)
    }

    @Sendable package func book(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(BookRequest.self, from: request)
        let appointment = try await chancery.appointments.book(
            .init(
                patientID: try FieldRules.text(body.patient, field: "patient", max: 64),
                clinicianID: try FieldRules.text(body.clinician, field: "clinician", max: 64),
                typeCode: try FieldRules.text(body.type, field: "type", max: 40),
                start: try Self.instant(body.start, field: "start"),
                end: try body.end.map { try Self.instant($0, field: "end") },
                note: try FieldRules.optionalText(body.note, field: "note", max: 1000),
                location: try FieldRules.optionalText(body.location, field: "location", max: 200),
                waitlistEntry: try FieldRules.optionalText(body.waitlistEntry, field: "waitlistEntry", max: 64)),
            by: context.principal)
        return try JSONResponse.make(AppointmentBody(appointment), of: appointment, status: .created)
    }

    @Sendable package func appointment(_ request: Request, context: SignedInContext) async throws -> Response {
        try await PathParameters.answer(context, as: AppointmentBody.init) {
            try await chancery.appointments.appointment($0, by: context.principal)
        }
    }

    @Sendable package func reschedule(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let version = try IfMatch.version(request)
        let (body, _) = try await JSONBody.decode(RescheduleRequest.self, from: request)
        let appointment = try await chancery.appointments.reschedule(
            id, expectedVersion: version, start: try Self.instant(body.start, field: "start"),
            end: try body.end.map { try Self.instant($0, field: "end") },
            clinicianID: try FieldRules.optionalText(body.clinician, field: "clinician", max: 64),
            location: try FieldRules.optionalText(body.location, field: "location", max: 200), by: context.principal)
        return try JSONResponse.make(AppointmentBody(appointment), of: appointment)
    }

    package func close(
        _ request: Request, _ context: SignedInContext, as status: Appointment.Status, reason: String? = nil,
        followUpDue: String? = nil
    ) async throws -> Response {
        try await step(request, context) { id, version in
            try await chancery.appointments.close(
                id, as: status, reason: reason, followUpDue: followUpDue, expectedVersion: version,
                by: context.principal)
        }
    }

    @Sendable package func checkIn(_ request: Request, context: SignedInContext) async throws -> Response {
        try await step(request, context) { id, version in
            try await chancery.appointments.checkIn(id, expectedVersion: version, by: context.principal)
        }
    }

    /// A step of the appointment named in the path, at the version `If-Match` names when it names one.
    package func step(
        _ request: Request, _ context: SignedInContext,
        _ take: (_ id: String, _ expectedVersion: Int64?) async throws -> Appointment
    ) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let version = try request.headers[.ifMatch] == nil ? nil : IfMatch.version(request)
        let appointment = try await take(id, version)
        return try JSONResponse.make(AppointmentBody(appointment), of: appointment)
    }

    @Sendable package func cancel(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(CancelRequest.self, from: request)
        return try await close(
            request, context, as: .cancelled, reason: try FieldRules.text(body.reason, field: "reason", max: 500))
    }

    @Sendable package func noShow(_ request: Request, context: SignedInContext) async throws -> Response {
        try await close(request, context, as: .noshow)
    }

    @Sendable package func complete(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(CompleteRequest.self, from: request)
        return try await close(
            request, context, as: .completed, followUpDue: try FieldRules.date(body.followUpDue, field: "followUpDue"))
    }

    // MARK: queues

    @Sendable package func waitlist(_ request: Request, context: SignedInContext) async throws -> Response {
        try await entries(request, context, source: "waitlist")
    }

    @Sendable package func toBook(_ request: Request, context: SignedInContext) async throws -> Response {
        try await entries(request, context, source: "follow-up")
    }

    package func entries(_ request: Request, _ context: SignedInContext, source: String) async throws -> Response {
        try await ListPage(request).respond(
            counting: .never,
            fetch: {
                try await chancery.appointments.waitlist(source: source, after: $0, limit: $1, by: context.principal)
            },
            banner: { chancery.objects.dominantBanner(of: $0) }, body: WaitlistBody.init)
    }

    @Sendable package func addToWaitlist(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(WaitlistRequest.self, from: request)
        let entry = try await chancery.appointments.addToWaitlist(
            .init(
                patientID: try FieldRules.text(body.patient, field: "patient", max: 64),
                typeCode: try FieldRules.text(body.type, field: "type", max: 40),
                clinicianID: try FieldRules.optionalText(body.clinician, field: "clinician", max: 64),
                preferredFrom: try FieldRules.date(body.preferredFrom, field: "preferredFrom"),
                preferredTo: try FieldRules.date(body.preferredTo, field: "preferredTo"),
                note: try FieldRules.optionalText(body.note, field: "note", max: 1000)),
            by: context.principal)
        return try JSONResponse.make(WaitlistBody(entry), status: .created, banner: entry.object.label.banner)
    }

    @Sendable package func reminders(_ request: Request, context: SignedInContext) async throws -> Response {
        let reminders = try await chancery.appointments.reminders(
            dueOnly: try Pagination.flag(request, "due"), limit: try Pagination.limit(request), by: context.principal)
        return try JSONResponse.make(PageBody(items: reminders.map(ReminderBody.init)))
    }

    @Sendable package func rotateFeed(_ request: Request, context: SignedInContext) async throws -> Response {
        let secret = try await chancery.appointments.rotateFeed(by: context.principal)
        return try JSONResponse.make(FeedBody(url: "/calendar/\(secret).ics"), status: .created)
    }

    @Sendable package func revokeFeed(_ request: Request, context: SignedInContext) async throws -> Response {
        guard try await chancery.appointments.revokeFeed(by: context.principal) else { throw AppError.notFound }
        return Response(status: .noContent)
    }
}
