import ChanceryKit
import ChancerySpine
import SQLKit

extension Appointment {
    /// What staff may do to an appointment once it is booked; each is allowed in some states only.
    public enum Change: String, Sendable, CaseIterable {
        case checkIn = "check-in"
        case reschedule, cancel
        case noShow = "no-show"
        case complete

        /// The action of its audit event.
        package var auditAction: String {
            switch self {
            case .checkIn: "health.appointment.check-in"
            case .reschedule: "health.appointment.reschedule"
            case .cancel: "health.appointment.cancel"
            case .noShow: "health.appointment.no-show"
            case .complete: "health.appointment.complete"
            }
        }
    }

    /// Why the appointment's state does not allow the change, or nil when it does: the one rule the store refuses
    /// by and the pages offer their buttons by. A booked appointment may be moved, cancelled, marked as a no-show
    /// or checked in (from its day on: `today` is the Brussels date); a booked or checked-in one may be completed;
    /// a cancelled, no-show or completed one is closed.
    package func refusal(of change: Change, today: String) -> AppError? {
        switch change {
        case .complete:
            return status == .booked || status == .arrived ? nil : AppointmentError.closed(status)
        case .checkIn:
            guard status == .booked else { return AppointmentError.closed(status) }
            let day = BrusselsTime.local(start).date
            return day > today ? AppointmentError.notYet(day) : nil
        case .reschedule, .cancel, .noShow:
            return status == .booked ? nil : AppointmentError.closed(status)
        }
    }
}

extension AppointmentStore {
    /// Checks a booked appointment in: the patient has arrived. Refused when it is cancelled, a no-show, completed
    /// or already checked in (409 `appointment-closed`), or on a later day (409 `appointment-not-today`); by the
    /// same rule as cancelling (staff who may write the appointment). Its pending reminder is cancelled; audited as
    /// `health.appointment.check-in` in the same transaction.
    public func checkIn(_ id: String, expectedVersion: Int64? = nil, by principal: Principal) async throws
        -> Appointment
    {
        // No role check before the read: an appointment the principal may not read is answered 404, as missing.
        try await database.transaction { db -> Checked<Appointment> in
            let current: Appointment
            switch try await self.writable(
                id, for: .checkIn, expectedVersion: expectedVersion, by: principal, on: db)
            {
            case .refused(let error): return .refused(error)
            case .done(let found): current = found
            }
            let now = Clock.nowMilliseconds()
            var arrived = current
            arrived.status = .arrived
            arrived.object.state = Appointment.Status.arrived.rawValue
            arrived.arrivedAt = now
            return try await self.objects.saveChange(
                arrived.object, replacing: current.object, fields: ["status"], by: principal,
                action: Appointment.Change.checkIn.auditAction, extra: ["arrivedAt": Clock.iso8601(now)], on: db
            ).then { saved in
                arrived.object = saved
                try await db.raw(
                    """
                    UPDATE health_appointments SET status = \(bind: Appointment.Status.arrived.rawValue),
                        arrived_at = \(bind: now)
                    WHERE object_id = \(bind: id)
                    """
                ).run()
                try await self.cancelReminders(of: id, on: db)
                return .done(arrived)
            }
        }.get()
    }

    /// Whether the principal may change the appointment, by the decision the store's changes take
    /// (`ObjectStore.authorizeWrite`: label, write need-to-know, a Health Office role) but without recording a
    /// denial: a page asks it to choose its buttons. The access entries are read only when membership of the
    /// owning unit does not decide already (they can only add to it).
    package func mayChange(_ appointment: Appointment, by principal: Principal, on db: any SQLDatabase) async throws
        -> Bool
    {
        let write = Action.write(requiring: HealthOffice.staff)
        var protected = ProtectedObject(
            label: appointment.object.label, owningUnit: appointment.object.owningUnit,
            openToUnit: appointment.object.openToUnit)
        if decide(principal, write, protected) == .allow { return true }
        protected.accessEntries = try await objects.accessEntries(of: appointment.object.id, on: db)
        return decide(principal, write, protected) == .allow
    }

    /// Whether the principal may change the appointment (a form asks before it checks what was typed).
    package func mayChange(_ appointment: Appointment, by principal: Principal) async throws -> Bool {
        try await database.read { db in try await self.mayChange(appointment, by: principal, on: db) }
    }

    /// An appointment with what its page shows: the patient (when the principal may read their record), the
    /// clinician, the type, the history of its changes, and the changes the principal may make now.
    public struct Dossier: Sendable {
        public var appointment: Appointment
        /// Nil when the principal may not read the patient's record.
        public var patient: Patient?
        public var clinician: Clinician?
        public var type: AppointmentType?
        /// The audit events that changed the appointment, oldest first.
        public var history: [StoredAuditEvent]
        /// What the appointment's state allows and the principal may do (`refusal(of:today:)`, `mayChange`).
        public var changes: [Appointment.Change]
    }

    /// The audit actions of an appointment's history.
    package static let historyActions: Set<String> = Set(
        ["object.create"] + Appointment.Change.allCases.map(\.auditAction))

    /// The appointment and its page's parts, if the principal is Health Office staff and may read it (nil both when
    /// it does not exist and when it may not be read). The reads of the appointment and of its patient are audited.
    public func dossier(_ id: String, by principal: Principal) async throws -> Dossier? {
        try await database.transaction { db -> Dossier? in
            guard
                let appointment = try await self.objects.readItem(
                    Appointment.self, id, by: principal, auditingRead: false, on: db),
                Self.isStaff(principal)
            else { return nil }
            try await self.health.auditRead(appointment.object, patientID: appointment.patientID, by: principal, on: db)
            // The patient's record is shown only to whoever may read it; not being shown it is no refused request.
            let patient = try await self.objects.readItem(
                Patient.self, appointment.patientID, by: principal, auditingRead: false, auditingDenial: false, on: db)
            if let patient {
                try await self.health.auditRead(patient.object, patientID: patient.object.id, by: principal, on: db)
            }
            let history = try await self.audit.events(of: id, after: 0, limit: 500, on: db).filter {
                $0.objectID == id && Self.historyActions.contains($0.action)
            }
            let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
            let changes =
                try await self.mayChange(appointment, by: principal, on: db)
                ? Appointment.Change.allCases.filter { appointment.refusal(of: $0, today: today) == nil } : []
            return Dossier(
                appointment: appointment, patient: patient,
                clinician: try await self.clinician(appointment.clinicianID, on: db),
                type: try await self.type(appointment.typeCode, on: db), history: history, changes: changes)
        }
    }
}
