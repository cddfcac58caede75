import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// An appointment's own page, `/health/appointments/{id}`, and its check-in.
extension AppointmentsWebController {
    @Sendable package func appointment(_ request: Request, context: SignedInContext) async throws -> Response {
        try await appointmentPage(
            try Self.id(context), context, notice: request.uri.queryParameters["done"].map(String.init))
    }

    /// The version a form was shown at, so that a change made meanwhile by someone else is refused, not overwritten.
    package static func version(_ fields: [String: String]) -> Int64? { fields["version"].flatMap { Int64($0) } }

    /// `POST /health/appointments/{id}/check-in`: from the appointment's page (back to it), or from the day's list
    /// (`from=day`, back to the day).
    @Sendable package func checkIn(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try Self.id(context)
        let fields = try await WebForm.verified(request, session: context.session)
        let fromDay = fields["from"] == "day"
        do {
            let appointment = try await chancery.appointments.checkIn(
                id, expectedVersion: Self.version(fields), by: context.principal)
            let date = BrusselsTime.local(appointment.start).date
            return .redirect(
                to: fromDay
                    ? "/health/appointments?date=\(date)&done=checkedin" : "/health/appointments/\(id)?done=checkedin",
                type: .normal)
        } catch let error as AppError where error.status != .notFound && error.status != .forbidden {
            let day = fields["date"].flatMap { HeadquartersCalendar.isDate($0) ? $0 : nil } ?? Self.today()
            return fromDay
                ? try await dayPage(day, context, notice: nil, refused: (id, error), status: error.status)
                : try await appointmentPage(
                    id, context, notice: nil, errors: Self.changeRefused(error, context.localizer), status: error.status
                )
        }
    }

    /// A change of the page refused by the store, in the page's summary, linked to the changes.
    static func changeRefused(_ error: AppError, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        errors.add(changesField, error.detail(t))
        return errors
    }

    package func appointmentPage(
        _ id: String, _ context: SignedInContext, notice: String?, errors: FormErrors = FormErrors(),
        reason: String = "",
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        guard let dossier = try await chancery.appointments.dossier(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let a = dossier.appointment
        let start = BrusselsTime.local(a.start)
        let day = DayText.withWeekday(start.date, t)
        let names = try await chancery.users.displayNames(of: dossier.history.map(\.actor))
        let changes = Set(dossier.changes)
        let model = AppointmentPage(
            Self.parts(context),
            AppointmentDetailPage(
                id: a.object.id, version: a.object.version, notice: Self.notice(notice, t),
                errors: errors.model(t),
                heading: t("appt.title", ["day": day, "time": start.time]),
                patient: dossier.patient.map { "\($0.details.displayName) (\($0.details.dateOfBirth))" }
                    ?? t("appt.patientHidden"),
                chart: dossier.patient.map { "/health/patients/\($0.object.id)" },
                clinician: dossier.clinician?.displayName ?? a.clinicianID,
                specialty: dossier.clinician.map { t.term($0.specialty) },
                diary: "/health/appointments/diary/\(a.clinicianID)?date=\(start.date)&view=day",
                type: dossier.type?.name(t.language) ?? a.typeCode,
                when: "\(day), \(start.time)–\(BrusselsTime.local(a.end).time)", date: start.date,
                location: t.term(a.location), status: t("health.appt.status.\(a.status.rawValue)"),
                statusCode: a.status.rawValue, statusNote: Self.statusNote(a, t), overbooked: a.overbooked,
                note: a.note, canCheckIn: changes.contains(.checkIn), canReschedule: changes.contains(.reschedule),
                canCancel: changes.contains(.cancel), canNoShow: changes.contains(.noShow),
                hasChanges: !changes.isDisjoint(with: [.checkIn, .reschedule, .cancel, .noShow]), reason: reason,
                hasHistory: !dossier.history.isEmpty,
                history: dossier.history.map { event in
                    .init(
                        iso: event.occurredAt, when: Self.localTime(event.occurredAt),
                        who: names[event.actor] ?? event.actor, what: Self.describe(event, t))
                }))
        return PageRenderer.response(
            "health-appointment", model,
            frame: frame(
                t("appt.title", ["day": day, "time": start.time]), label: a.object.label,
                path: "/health/appointments/\(a.object.id)", context),
            status: status)
    }

    /// What the status line adds: the reason of a cancellation, the time of the arrival.
    package static func statusNote(_ appointment: Appointment, _ t: Localizer) -> String? {
        if appointment.status == .cancelled, let reason = appointment.cancelReason {
            return t("appt.cancelledFor", ["reason": reason])
        }
        guard let arrived = appointment.arrivedAt.map(BrusselsTime.local) else { return nil }
        return t("appt.arrivedAt", ["date": arrived.date, "time": arrived.time])
    }

    /// `YYYY-MM-DD HH:MM` in Brussels of an event's ISO 8601 time.
    package static func localTime(_ iso: String) -> String {
        guard let instant = BrusselsTime.parseInstant(iso) else { return iso }
        let local = BrusselsTime.local(instant)
        return "\(local.date) \(local.time)"
    }

    /// An event of the appointment's history as a sentence of the reader's language.
    package static func describe(_ event: StoredAuditEvent, _ t: Localizer) -> String {
        func at(_ key: String) -> [String: String] {
            guard let instant = event.details[key].flatMap(BrusselsTime.parseInstant) else { return [:] }
            let local = BrusselsTime.local(instant)
            return ["date": local.date, "time": local.time]
        }
        switch event.action {
        case "object.create": return t("appt.history.booked", at("start"))
        case Appointment.Change.reschedule.auditAction:
            let from = at("previousStart")
            return t(
                "appt.history.rescheduled",
                at("start").merging(["from": "\(from["date"] ?? "") \(from["time"] ?? "")"]) { own, _ in own })
        case Appointment.Change.cancel.auditAction:
            return t("appt.history.cancelled", ["reason": event.details["reason"] ?? ""])
        case Appointment.Change.noShow.auditAction: return t("appt.history.noshow")
        case Appointment.Change.complete.auditAction: return t("appt.history.completed")
        case Appointment.Change.checkIn.auditAction: return t("appt.history.checkedin")
        default: return event.action
        }
    }
}
