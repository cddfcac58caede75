import ChanceryKit
import Hummingbird

/// Clinicians, appointment types, appointments, the waitlist, follow-ups to book, reminders and the calendar feed:
/// `/api/v1/health/…`.
struct AppointmentsController {
    let chancery: Chancery

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("health/clinicians", use: clinicians)
        group.post("health/clinicians", use: addClinician)
        group.get("health/clinicians/{id}", use: clinician)
        group.put("health/clinicians/{id}/availability", use: setAvailability)
        group.post("health/clinicians/{id}/exceptions", use: addException)
        group.get("health/clinicians/{id}/schedule", use: schedule)
        group.get("health/appointment-types", use: types)
        group.get("health/appointments", use: list)
        group.post("health/appointments", use: book)
        group.get("health/appointments/{id}", use: appointment)
        group.patch("health/appointments/{id}", use: reschedule)
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
    static func addFeedRoute(to router: Router<AppRequestContext>, chancery: Chancery) {
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

    struct ClinicianRequest: Decodable {
        var userId: String
        var displayName: String?
        var specialty: String
        var location: String
    }

    struct HoursBody: Codable, Sendable {
        var weekday: Int
        var start: String
        var end: String
        var location: String?

        init(_ hours: Clinician.Hours) {
            weekday = hours.weekday
            start = hours.start
            end = hours.end
            location = hours.location
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(weekday, forKey: .weekday)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(location, forKey: .location)
        }
    }

    struct AvailabilityRequest: Decodable { var availability: [HoursBody] }

    struct ExceptionRequest: Decodable {
        var startDate: String
        var endDate: String
        var kind: String
        var note: String?
    }

    struct ExceptionBody: Encodable, Sendable {
        enum CodingKeys: String, CodingKey { case id, startDate, endDate, kind, note }

        var id: String
        var startDate: String
        var endDate: String
        var kind: String
        var note: String?

        init(_ absence: Clinician.Absence) {
            id = absence.id
            startDate = absence.startDate
            endDate = absence.endDate
            kind = absence.kind
            note = absence.note
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(startDate, forKey: .startDate)
            try container.encode(endDate, forKey: .endDate)
            try container.encode(kind, forKey: .kind)
            try container.encode(note, forKey: .note)
        }
    }

    struct ClinicianBody: Encodable, Sendable {
        var id: String
        var displayName: String
        var specialty: String
        var location: String
        var availability: [HoursBody]?
        var exceptions: [ExceptionBody]?

        init(_ clinician: Clinician, hours: [Clinician.Hours]? = nil, absences: [Clinician.Absence]? = nil) {
            id = clinician.userID
            displayName = clinician.displayName
            specialty = clinician.specialty
            location = clinician.location
            availability = hours?.map(HoursBody.init)
            exceptions = absences?.map(ExceptionBody.init)
        }
    }

    struct ItemsBody<Item: Encodable & Sendable>: Encodable, Sendable {
        var items: [Item]
    }

    struct TypeBody: Encodable, Sendable {
        var code: String
        var nameEn: String
        var nameFr: String
        var durationMinutes: Int
        var kind: String

        init(_ type: AppointmentType) {
            code = type.code
            nameEn = type.nameEN
            nameFr = type.nameFR
            durationMinutes = type.durationMinutes
            kind = type.kind
        }
    }

    struct BookRequest: Decodable {
        var patient: String
        var clinician: String
        var type: String
        var start: String
        var end: String?
        var note: String?
        var location: String?
        var waitlistEntry: String?
    }

    struct RescheduleRequest: Decodable {
        var start: String
        var end: String?
        var clinician: String?
        var location: String?
    }

    struct CancelRequest: Decodable { var reason: String }
    struct CompleteRequest: Decodable { var followUpDue: String? }
    struct EmptyRequest: Decodable {}

    struct AppointmentBody: Encodable, Sendable {
        enum CodingKeys: String, CodingKey { case id, version, patient, clinician, type, start, end, location, note, status, overbooked, cancelReason, followUpDue, label, banner }

        var id: String
        var version: Int64
        var patient: String
        var clinician: String
        var type: String
        var start: String
        var end: String
        var location: String
        var note: String?
        var status: String
        var overbooked: Bool
        var cancelReason: String?
        var followUpDue: String?
        var label: SecurityLabelForm
        var banner: String

        init(_ appointment: Appointment) {
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
            label = SecurityLabelForm(appointment.object.label)
            banner = appointment.object.label.banner
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(version, forKey: .version)
            try container.encode(patient, forKey: .patient)
            try container.encode(clinician, forKey: .clinician)
            try container.encode(type, forKey: .type)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(location, forKey: .location)
            try container.encode(note, forKey: .note)
            try container.encode(status, forKey: .status)
            try container.encode(overbooked, forKey: .overbooked)
            try container.encode(cancelReason, forKey: .cancelReason)
            try container.encode(followUpDue, forKey: .followUpDue)
            try container.encode(label, forKey: .label)
            try container.encode(banner, forKey: .banner)
        }
    }

    struct WaitlistRequest: Decodable {
        var patient: String
        var type: String
        var clinician: String?
        var preferredFrom: String?
        var preferredTo: String?
        var note: String?
    }

    struct WaitlistBody: Encodable, Sendable {
        enum CodingKeys: String, CodingKey { case id, patient, source, type, clinician, preferredFrom, preferredTo, dueDate, note, fromAppointment, banner }

        var id: String
        var patient: String
        var source: String
        var type: String
        var clinician: String?
        var preferredFrom: String?
        var preferredTo: String?
        var dueDate: String?
        var note: String?
        var fromAppointment: String?
        var banner: String

        init(_ entry: WaitlistEntry) {
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

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(patient, forKey: .patient)
            try container.encode(source, forKey: .source)
            try container.encode(type, forKey: .type)
            try container.encode(clinician, forKey: .clinician)
            try container.encode(preferredFrom, forKey: .preferredFrom)
            try container.encode(preferredTo, forKey: .preferredTo)
            try container.encode(dueDate, forKey: .dueDate)
            try container.encode(note, forKey: .note)
            try container.encode(fromAppointment, forKey: .fromAppointment)
            try container.encode(banner, forKey: .banner)
        }
    }

    struct ReminderBody: Encodable, Sendable {
        var id: String
        var appointment: String
        var patient: String
        var dueAt: String
        var textEn: String
        var textFr: String
        var status: String

        init(_ reminder: AppointmentReminder) {
            id = reminder.id
            appointment = reminder.appointmentID
            patient = reminder.patientID
            dueAt = Clock.iso8601(reminder.dueAt)
            textEn = reminder.textEN
            textFr = reminder.textFR
            status = reminder.status
        }
    }

    struct SlotBody: Encodable, Sendable {
        var start: String
        var end: String
    }

    struct DayBody: Encodable, Sendable {
        var date: String
        var weekday: Int
        var availability: [HoursBody]
        var exceptions: [ExceptionBody]
        var appointments: [AppointmentBody]
        var freeSlots: [SlotBody]
    }

    struct ScheduleBody: Encodable, Sendable {
        enum CodingKeys: String, CodingKey { case clinician, view, type, days }

        var clinician: ClinicianBody
        var view: String
        var type: String?
        var days: [DayBody]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(clinician, forKey: .clinician)
            try container.encode(view, forKey: .view)
            try container.encode(type, forKey: .type)
            try container.encode(days, forKey: .days)
        }
    }

    struct FeedBody: Encodable, Sendable { var url: String }

    // MARK: helpers

    static func instant(_ text: String, field: String) throws -> Int64 {
        guard let value = BrusselsTime.parseInstant(text) else {
            throw AppError.invalidField(field, reasonKey: "health.reason.instant")
        }
        return value
    }

    static func clinicianID(_ context: SignedInContext) throws -> String {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppointmentError.clinicianNotFound }
        return id
    }

    static func query(_ request: Request, _ name: String) -> String? {
        let value: String? = request.uri.queryParameters.get(name)
        return value.flatMap { $0.isEmpty ? nil : $0 }
    }

    func banner(_ objects: [LabelledObject]) -> String { chancery.objects.dominantLabel(of: objects).banner }

    // MARK: clinicians

    @Sendable func clinicians(_ request: Request, context: SignedInContext) async throws -> Response {
        let clinicians = try await chancery.appointments.clinicians(by: context.principal)
        return try JSONResponse.make(ItemsBody(items: clinicians.map { ClinicianBody($0) }))
    }

    @Sendable func addClinician(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(ClinicianRequest.self, from: request)
        let clinician = try await chancery.appointments.addClinician(
            userID: try FieldRules.text(body.userId, field: "userId", max: 64),
            displayName: try FieldRules.optionalText(body.displayName, field: "displayName", max: 120),
            specialty: try FieldRules.text(body.specialty, field: "specialty", max: 120),
            location: try FieldRules.text(body.location, field: "location", max: 200), by: context.principal)
        return try JSONResponse.make(ClinicianBody(clinician, hours: [], absences: []), status: .created)
    }

    @Sendable func clinician(_ request: Request, context: SignedInContext) async throws -> Response {
        let (clinician, hours, absences) = try await chancery.appointments.clinician(
            try Self.clinicianID(context), by: context.principal)
        return try JSONResponse.make(ClinicianBody(clinician, hours: hours, absences: absences))
    }

    @Sendable func setAvailability(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try Self.clinicianID(context)
        let (body, _) = try await JSONBody.decode(AvailabilityRequest.self, from: request)
        guard body.availability.count <= 50 else {
            throw AppError(.badRequest, type: "invalid-field", key: "field.tooMany", ["field": "availability", "count": "50"], field: "availability")
        }
        let hours = try body.availability.enumerated().map { index, window in
            Clinician.Hours(
                weekday: window.weekday, start: window.start, end: window.end,
                location: try FieldRules.optionalText(window.location, field: "availability[\(index)].location", max: 200))
        }
        let saved = try await chancery.appointments.setHours(id, hours, by: context.principal)
        return try JSONResponse.make(ItemsBody(items: saved.map(HoursBody.init)))
    }

    @Sendable func addException(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try Self.clinicianID(context)
        let (body, _) = try await JSONBody.decode(ExceptionRequest.self, from: request)
        guard let start = try FieldRules.date(body.startDate, field: "startDate") else { throw AppError.missingField("startDate") }
        guard let end = try FieldRules.date(body.endDate, field: "endDate") else { throw AppError.missingField("endDate") }
        let absence = try await chancery.appointments.addAbsence(
            id, from: start, to: end, kind: body.kind, note: try FieldRules.optionalText(body.note, field: "note", max: 500),
            by: context.principal)
        return try JSONResponse.make(ExceptionBody(absence), status: .created)
    }

    @Sendable func schedule(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try Self.clinicianID(context)
        let date = try FieldRules.date(Self.query(request, "date"), field: "date") ?? HeadquartersCalendar.day(Clock.nowMilliseconds())
        let view = Self.query(request, "view") ?? "day"
        guard view == "day" || view == "week" else { throw AppError.invalidQuery("view", reasonKey: "health.reason.view") }
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
                    exceptions: day.absences.map(ExceptionBody.init), appointments: day.appointments.map(AppointmentBody.init),
                    freeSlots: day.free.map {
                        SlotBody(start: BrusselsTime.isoWithOffset($0.start), end: BrusselsTime.isoWithOffset($0.end))
                    })
            })
        return try JSONResponse.make(body, banner: shown.isEmpty ? nil : banner(shown))
    }

    @Sendable func types(_ request: Request, context: SignedInContext) async throws -> Response {
        try AppointmentStore.requireStaff(context.principal)
        return try JSONResponse.make(ItemsBody(items: try await chancery.appointments.types().map(TypeBody.init)))
    }

    // MARK: appointments

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let pagination = try Pagination(request)
        var status: Appointment.Status?
        if let text = Self.query(request, "status") {
            guard let value = Appointment.Status(rawValue: text) else {
                throw AppError.invalidQuery("status", reason: Appointment.Status.allCases.map(\.rawValue).joined(separator: ", "))
            }
            status = value
        }
        let filter = AppointmentStore.Filter(
            date: try FieldRules.date(Self.query(request, "date"), field: "date"), clinicianID: Self.query(request, "clinician"),
            patientID: Self.query(request, "patient"), status: status)
        let page = try await chancery.appointments.list(
            filter, after: pagination.cursor, limit: pagination.limit, by: context.principal)
        return try JSONResponse.make(
            HealthListBody(items: page.items.map(AppointmentBody.init), next: Pagination.encode(page.nextCursor)),
            banner: banner(page.items.map(\.object)))
    }

    @Sendable func book(_ request: Request, context: SignedInContext) async throws -> Response {
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
        return try JSONResponse.make(
            AppointmentBody(appointment), status: .created, etag: appointment.object.etag,
            banner: appointment.object.label.banner)
    }

    @Sendable func appointment(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try RecordsController.id(context)
        guard let appointment = try await chancery.appointments.appointment(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return try JSONResponse.make(
            AppointmentBody(appointment), etag: appointment.object.etag, banner: appointment.object.label.banner)
    }

    @Sendable func reschedule(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try RecordsController.id(context)
        let version = try RecordsController.ifMatchVersion(request)
        let (body, _) = try await JSONBody.decode(RescheduleRequest.self, from: request)
        let appointment = try await chancery.appointments.reschedule(
            id, expectedVersion: version, start: try Self.instant(body.start, field: "start"),
            end: try body.end.map { try Self.instant($0, field: "end") },
            clinicianID: try FieldRules.optionalText(body.clinician, field: "clinician", max: 64),
            location: try FieldRules.optionalText(body.location, field: "location", max: 200), by: context.principal)
        return try JSONResponse.make(
            AppointmentBody(appointment), etag: appointment.object.etag, banner: appointment.object.label.banner)
    }

    func close(_ request: Request, _ context: SignedInContext, as status: Appointment.Status, reason: String? = nil,
               followUpDue: String? = nil) async throws -> Response {
        let id = try RecordsController.id(context)
        let version = try request.headers[.ifMatch] == nil ? nil : RecordsController.ifMatchVersion(request)
        let appointment = try await chancery.appointments.close(
            id, as: status, reason: reason, followUpDue: followUpDue, expectedVersion: version, by: context.principal)
        return try JSONResponse.make(
            AppointmentBody(appointment), etag: appointment.object.etag, banner: appointment.object.label.banner)
    }

    @Sendable func cancel(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(CancelRequest.self, from: request)
        return try await close(request, context, as: .cancelled, reason: try FieldRules.text(body.reason, field: "reason", max: 500))
    }

    @Sendable func noShow(_ request: Request, context: SignedInContext) async throws -> Response {
        try await close(request, context, as: .noshow)
    }

    @Sendable func complete(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(CompleteRequest.self, from: request)
        return try await close(
            request, context, as: .completed, followUpDue: try FieldRules.date(body.followUpDue, field: "followUpDue"))
    }

    // MARK: queues

    @Sendable func waitlist(_ request: Request, context: SignedInContext) async throws -> Response {
        try await entries(request, context, source: "waitlist")
    }

    @Sendable func toBook(_ request: Request, context: SignedInContext) async throws -> Response {
        try await entries(request, context, source: "follow-up")
    }

    func entries(_ request: Request, _ context: SignedInContext, source: String) async throws -> Response {
        let pagination = try Pagination(request)
        let page = try await chancery.appointments.waitlist(
            source: source, after: pagination.cursor, limit: pagination.limit, by: context.principal)
        return try JSONResponse.make(
            HealthListBody(items: page.items.map(WaitlistBody.init), next: Pagination.encode(page.nextCursor)),
            banner: banner(page.items.map(\.object)))
    }

    @Sendable func addToWaitlist(_ request: Request, context: SignedInContext) async throws -> Response {
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

    @Sendable func reminders(_ request: Request, context: SignedInContext) async throws -> Response {
        let reminders = try await chancery.appointments.reminders(
            dueOnly: try Pagination.flag(request, "due"), limit: try Pagination.limit(request), by: context.principal)
        return try JSONResponse.make(ItemsBody(items: reminders.map(ReminderBody.init)))
    }

    @Sendable func rotateFeed(_ request: Request, context: SignedInContext) async throws -> Response {
        let secret = try await chancery.appointments.rotateFeed(by: context.principal)
        return try JSONResponse.make(FeedBody(url: "/calendar/\(secret).ics"), status: .created)
    }

    @Sendable func revokeFeed(_ request: Request, context: SignedInContext) async throws -> Response {
        guard try await chancery.appointments.revokeFeed(by: context.principal) else { throw AppError.notFound }
        return Response(status: .noContent)
    }
}
