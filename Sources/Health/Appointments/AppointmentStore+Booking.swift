import ChanceryKit
import ChancerySpine
import SQLKit

extension AppointmentStore {
    /// What the clerk asks for when booking.
    public struct Booking: Sendable {
        public var patientID: String
        public var clinicianID: String
        public var typeCode: String
        public var start: Int64
        /// Nil: the type's duration after `start`.
        public var end: Int64?
        public var note: String?
        public var location: String?
        /// The waitlist entry or follow-up this booking answers (closed by it).
        public var waitlistEntry: String?
    }

    /// Books an appointment. Refused (409, a sentence) outside the clinician's hours, during their absence, or on
    /// top of another appointment of the clinician or of the patient, unless the principal holds
    /// `health.overbook` (double bookings only: hours and absences hold for everyone). The clinician's row is
    /// locked first, then the patient's, so that two bookings of one slot take turns and the second sees the first.
    public func book(_ booking: Booking, by principal: Principal) async throws -> Appointment {
        try Self.requireStaff(principal)
        return try await database.transaction { db in try await self.book(booking, by: principal, on: db) }.get()
    }

    /// The booking inside the caller's transaction (the demo books a batch of appointments in one); the caller
    /// has checked the principal's role (`requireStaff`).
    package func book(_ booking: Booking, by principal: Principal, on db: any SQLDatabase) async throws
        -> Checked<Appointment>
    {
        guard let type = try await self.type(booking.typeCode, on: db) else {
            return .refused(AppointmentError.unknownType)
        }
        guard type.active else { return .refused(AppointmentError.inactiveType) }
        guard let clinician = try await self.clinician(booking.clinicianID, locking: true, on: db) else {
            return .refused(AppointmentError.clinicianNotFound)
        }
        guard clinician.active else { return .refused(AppointmentError.inactiveClinician(clinician.displayName)) }
        return try await self.health.writablePatient(booking.patientID, by: principal, on: db).then { patient in
            try await self.book(booking, type: type, clinician: clinician, patient: patient, by: principal, on: db)
        }
    }

    /// The booking of a type and a clinician both in use, for a patient whose record the principal may write.
    private func book(
        _ booking: Booking, type: AppointmentType, clinician: Clinician, patient: Patient, by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> Checked<Appointment> {
        let end = booking.end ?? booking.start + Int64(type.durationMinutes) * 60_000
        guard booking.start < end else { return .refused(AppointmentError.endBeforeStart) }
        let overbooked: Bool
        switch try await self.check(
            clinician, patientID: patient.object.id, start: booking.start, end: end, excluding: nil, by: principal,
            on: db)
        {
        case .refused(let error): return .refused(error)
        case .done(let over): overbooked = over
        }
        let location = booking.location ?? clinician.location
        var details = [
            "clinician": clinician.userID, "type": type.code, "start": Clock.iso8601(booking.start),
            "end": Clock.iso8601(end),
        ]
        if overbooked { details["overbooked"] = "true" }
        let object: LabelledObject
        switch try await self.health.insertPatientObject(
            kind: Appointment.kind, title: Self.title(booking.start), of: patient,
            state: Appointment.Status.booked.rawValue,
            by: principal, auditDetails: details, on: db)
        {
        case .refused(let error): return .refused(error)
        case .done(let inserted): object = inserted
        }
        let appointment = Appointment(
            object: object, patientID: patient.object.id, clinicianID: clinician.userID, typeCode: type.code,
            start: booking.start, end: end, location: location, note: booking.note, overbooked: overbooked)
        try await db.raw(
            """
            INSERT INTO health_appointments (object_id, patient_id, clinician_id, type_code, starts_at, ends_at, location,
                note, status, overbooked)
            VALUES (\(bind: object.id), \(bind: appointment.patientID), \(bind: appointment.clinicianID),
                    \(bind: appointment.typeCode), \(bind: appointment.start), \(bind: appointment.end),
                    \(bind: location), \(bind: booking.note), 'booked', \(bind: Int64(overbooked ? 1 : 0)))
            """
        ).run()
        try await self.queueReminder(for: appointment, on: db)
        if let entry = booking.waitlistEntry {
            if let refusal = try await self.close(entry, bookedAs: appointment, by: principal, on: db) {
                return .refused(refusal)
            }
        }
        return .done(appointment)
    }

    /// The neutral title of an appointment object (lists of objects show it): when, not who or why.
    package static func title(_ start: Int64) -> String {
        let local = BrusselsTime.local(start)
        return "Appointment \(local.date) \(local.time)"
    }

    /// Whether a slot may be booked: `.done(true)` when it double-books and the principal may overbook.
    package func check(
        _ clinician: Clinician, patientID: String, start: Int64, end: Int64, excluding: String?,
        by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> Checked<Bool> {
        let first = BrusselsTime.local(start)
        let last = BrusselsTime.local(end - 1)
        let windows = try await hours(of: clinician.userID, on: db).filter { $0.weekday == first.weekday }
        let within =
            first.date == last.date
            && windows.contains { window in
                guard let open = BrusselsTime.instant(date: first.date, time: window.start),
                    let close = BrusselsTime.instant(date: first.date, time: window.end)
                else { return false }
                return open <= start && end <= close
            }
        guard within else {
            let hours = windows.map { "\($0.start)–\($0.end)" }.joined(separator: ", ")
            return .refused(AppointmentError.outsideHours(clinician.displayName, date: first.date, hours: hours))
        }
        if let absence = try await absences(of: clinician.userID, on: db).first(where: {
            $0.startDate <= last.date && first.date <= $0.endDate
        }) {
            return .refused(AppointmentError.absent(clinician.displayName, absence))
        }
        let exclusion: SQLQueryString = excluding.map { " AND object_id <> \(bind: $0)" } ?? ""
        let overlap: SQLQueryString = """
            status IN \(Appointment.Status.occupying) AND starts_at < \(bind: end) AND ends_at > \(bind: start)\(exclusion)
            """
        let overbook = principal.has(.healthOverbook)
        var doubleBooked = false
        if let busy = try await db.raw(
            "SELECT starts_at, ends_at FROM health_appointments WHERE clinician_id = \(bind: clinician.userID) AND \(overlap) ORDER BY starts_at"
        ).first() {
            guard overbook else {
                return .refused(
                    AppointmentError.clinicianBusy(
                        clinician.displayName, start: try busy.decode(column: "starts_at", as: Int64.self),
                        end: try busy.decode(column: "ends_at", as: Int64.self)))
            }
            doubleBooked = true
        }
        if let busy = try await db.raw(
            "SELECT starts_at, ends_at FROM health_appointments WHERE patient_id = \(bind: patientID) AND \(overlap) ORDER BY starts_at"
        ).first() {
            guard overbook else {
                return .refused(
                    AppointmentError.patientBusy(
                        start: try busy.decode(column: "starts_at", as: Int64.self),
                        end: try busy.decode(column: "ends_at", as: Int64.self)))
            }
            doubleBooked = true
        }
        return .done(doubleBooked)
    }

    /// The appointment if the principal may read it and is Health Office staff; the read is audited (flagged when it
    /// rests on break-glass). Nil both when it does not exist and when it may not be read.
    public func appointment(_ id: String, by principal: Principal) async throws -> Appointment? {
        try await database.transaction { db in
            guard
                let appointment = try await self.objects.readItem(
                    Appointment.self, id, by: principal, auditingRead: false, on: db)
            else { return nil }
            guard Self.isStaff(principal) else { return nil }
            try await self.health.auditRead(appointment.object, patientID: appointment.patientID, by: principal, on: db)
            return appointment
        }
    }

    /// Filters of the appointment list.
    public struct Filter: Sendable {
        public var date: String?
        public var clinicianID: String?
        public var patientID: String?
        public var status: Appointment.Status?
    }

    /// The appointments the principal may read, newest booking first.
    public func list(_ filter: Filter, after cursor: String?, limit: Int, by principal: Principal) async throws
        -> Page<Appointment>
    {
        try Self.requireStaff(principal)
        return try await objects.page(
            Appointment.self, filter: try Self.sql(filter), after: cursor, limit: limit, by: principal)
    }

    public func count(_ filter: Filter, by principal: Principal) async throws -> Int {
        try Self.requireStaff(principal)
        return try await objects.count(join: Appointment.join, filter: try Self.sql(filter), by: principal)
    }

    package static func sql(_ filter: Filter) throws -> SQLQueryString {
        var sql: SQLQueryString = " AND o.kind = \(bind: Appointment.kind)"
        if let date = filter.date {
            guard let from = BrusselsTime.instant(date: date, time: "00:00"),
                let next = BrusselsTime.adding(days: 1, to: date),
                let to = BrusselsTime.instant(date: next, time: "00:00")
            else { throw AppError.invalidQuery("date", reasonKey: "health.reason.date") }
            sql += " AND ap.starts_at >= \(bind: from) AND ap.starts_at < \(bind: to)"
        }
        if let clinician = filter.clinicianID { sql += " AND ap.clinician_id = \(bind: clinician)" }
        if let patient = filter.patientID { sql += " AND ap.patient_id = \(bind: patient)" }
        if let status = filter.status { sql += " AND ap.status = \(bind: status.rawValue)" }
        return sql
    }

    // MARK: changes

    /// The appointment, locked, if the principal may change it (staff, write need-to-know, version when given)
    /// and its state allows the change (`Appointment.refusal(of:today:)`). Not found for whoever may not read it or
    /// is not Health Office staff briefed for MEDICAL.
    package func writable(
        _ id: String, for change: Appointment.Change, expectedVersion: Int64?, by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> Checked<Appointment> {
        try await objects.lockForWrite(id, on: db)
        guard
            let appointment = try await objects.readItem(
                Appointment.self, id, by: principal, auditingRead: false, on: db)
        else { return .refused(.objectNotFound(id)) }
        // Outside the staff, an appointment is not found, as when read (`appointment(_:by:)`); the denial is recorded.
        guard Self.isStaff(principal) else {
            try await objects.auditDenial(
                of: id, action: .write(requiring: HealthOffice.staff), by: principal, on: db)
            return .refused(.objectNotFound(id))
        }
        if let refusal = try await objects.authorizeWrite(
            appointment.object, expectedVersion: expectedVersion, requiredRoles: HealthOffice.staff, by: principal,
            on: db)
        {
            return .refused(refusal)
        }
        if let refusal = appointment.refusal(of: change, today: HeadquartersCalendar.day(Clock.nowMilliseconds())) {
            return .refused(refusal)
        }
        return .done(appointment)
    }

    /// Moves an appointment (time, and clinician when given), with the same checks as a booking.
    public func reschedule(
        _ id: String, expectedVersion: Int64, start: Int64, end: Int64?, clinicianID: String?, location: String?,
        by principal: Principal
    ) async throws -> Appointment {
        // No role check before the read: an appointment the principal may not read is answered 404, as missing.
        try await database.transaction { db -> Checked<Appointment> in
            let current: Appointment
            switch try await self.writable(
                id, for: .reschedule, expectedVersion: expectedVersion, by: principal, on: db)
            {
            case .refused(let error): return .refused(error)
            case .done(let found): current = found
            }
            guard let clinician = try await self.clinician(clinicianID ?? current.clinicianID, locking: true, on: db)
            else {
                return .refused(AppointmentError.clinicianNotFound)
            }
            // A new clinician must be in use; the appointment's own clinician may be moved within their diary.
            if clinicianID != nil, clinician.userID != current.clinicianID, !clinician.active {
                return .refused(AppointmentError.inactiveClinician(clinician.displayName))
            }
            try await self.objects.lockForWrite(current.patientID, on: db)
            let duration = current.end - current.start
            let newEnd = end ?? start + duration
            guard start < newEnd else { return .refused(AppointmentError.endBeforeStart) }
            let overbooked: Bool
            switch try await self.check(
                clinician, patientID: current.patientID, start: start, end: newEnd, excluding: id, by: principal, on: db
            )
            {
            case .refused(let error): return .refused(error)
            case .done(let over): overbooked = over
            }
            var moved = current
            moved.start = start
            moved.end = newEnd
            moved.clinicianID = clinician.userID
            if clinicianID != nil && clinicianID != current.clinicianID && location == nil {
                moved.location = clinician.location
            }
            if let location { moved.location = location }
            moved.overbooked = overbooked
            moved.object.title = Self.title(start)
            var extra = [
                "previousStart": Clock.iso8601(current.start), "start": Clock.iso8601(start),
                "end": Clock.iso8601(newEnd), "clinician": moved.clinicianID,
            ]
            if overbooked { extra["overbooked"] = "true" }
            return try await self.objects.saveChange(
                moved.object, replacing: current.object, fields: ["start", "end", "clinician", "location"],
                by: principal, action: "health.appointment.reschedule", extra: extra, on: db
            ).then { saved in
                moved.object = saved
                try await db.raw(
                    """
                    UPDATE health_appointments SET starts_at = \(bind: start), ends_at = \(bind: newEnd),
                        clinician_id = \(bind: moved.clinicianID), location = \(bind: moved.location),
                        overbooked = \(bind: Int64(overbooked ? 1 : 0))
                    WHERE object_id = \(bind: id)
                    """
                ).run()
                try await self.cancelReminders(of: id, on: db)
                try await self.queueReminder(for: moved, on: db)
                return .done(moved)
            }
        }.get()
    }

    /// Closes an appointment: a booked one cancelled (with a reason) or a no-show, a booked or checked-in one
    /// completed (with an optional follow-up due date, which puts a follow-up on the to-book list). Pending reminders
    /// are cancelled.
    public func close(
        _ id: String, as status: Appointment.Status, reason: String? = nil, followUpDue: String? = nil,
        expectedVersion: Int64? = nil, by principal: Principal
    ) async throws -> Appointment {
        try await database.transaction { db in
            try await self.close(
                id, as: status, reason: reason, followUpDue: followUpDue, expectedVersion: expectedVersion,
                by: principal, on: db)
        }.get()
    }

    /// The closing inside the caller's transaction (the demo closes a batch of past appointments in one).
    package func close(
        _ id: String, as status: Appointment.Status, reason: String? = nil, followUpDue: String? = nil,
        expectedVersion: Int64? = nil, by principal: Principal, on db: any SQLDatabase
    ) async throws -> Checked<Appointment> {
        let change: Appointment.Change
        switch status {
        case .cancelled: change = .cancel
        case .noshow: change = .noShow
        case .completed: change = .complete
        // Not a closing: booking and checking in have their own methods.
        case .booked, .arrived: return .refused(AppointmentError.closed(status))
        }
        let current: Appointment
        switch try await self.writable(id, for: change, expectedVersion: expectedVersion, by: principal, on: db) {
        case .refused(let error): return .refused(error)
        case .done(let found): current = found
        }
        var closed = current
        closed.status = status
        closed.object.state = status.rawValue
        closed.cancelReason = reason
        closed.followUpDue = followUpDue
        guard let saved = try await self.objects.save(closed.object, replacing: current.object, on: db) else {
            return .refused(.stale(currentVersion: current.object.version + 1))
        }
        closed.object = saved
        try await db.raw(
            """
            UPDATE health_appointments SET status = \(bind: status.rawValue), cancel_reason = \(bind: reason),
                follow_up_due = \(bind: followUpDue)
            WHERE object_id = \(bind: id)
            """
        ).run()
        try await self.cancelReminders(of: id, on: db)
        var extra: [String: String] = [:]
        if let reason { extra["reason"] = reason }
        if let followUpDue {
            extra["followUpDue"] = followUpDue
            let entry = try await self.health.writablePatient(current.patientID, by: principal, on: db).then {
                patient in
                try await self.addWaitlistEntry(
                    .init(
                        patientID: patient.object.id, typeCode: "follow-up", clinicianID: current.clinicianID,
                        preferredFrom: nil, preferredTo: nil, note: nil),
                    source: "follow-up", dueDate: followUpDue, fromAppointment: id, patient: patient, by: principal,
                    on: db)
            }
            switch entry {
            case .refused(let error): return .refused(error)
            case .done(let entry): extra["toBook"] = entry.object.id
            }
        }
        // Audited last: the event names the follow-up put on the to-book list.
        try await self.objects.auditUpdate(
            saved, previous: current.object, fields: ["status"], by: principal, action: change.auditAction,
            extra: extra, on: db)
        return .done(closed)
    }
}
