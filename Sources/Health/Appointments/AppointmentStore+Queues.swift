import ChanceryKit
import ChancerySpine
import SQLKit

extension AppointmentStore {
    // MARK: waitlist and follow-ups to book

    /// A patient to put on the waitlist.
    public struct WaitlistRequest: Sendable {
        public var patientID: String
        public var typeCode: String
        public var clinicianID: String?
        public var preferredFrom: String?
        public var preferredTo: String?
        public var note: String?
    }

    /// Puts a patient on the waitlist (an object of the patient).
    public func addToWaitlist(_ request: WaitlistRequest, by principal: Principal) async throws -> WaitlistEntry {
        try Self.requireStaff(principal)
        return try await database.transaction { db -> Checked<WaitlistEntry> in
            try await self.health.writablePatient(request.patientID, by: principal, on: db).then { patient in
                try await self.addWaitlistEntry(
                    request, source: "waitlist", dueDate: nil, fromAppointment: nil, patient: patient,
                    by: principal, on: db)
            }
        }.get()
    }

    package func addWaitlistEntry(
        _ request: WaitlistRequest, source: String, dueDate: String?, fromAppointment: String?, patient: Patient,
        by principal: Principal, on db: any SQLDatabase
    ) async throws -> Checked<WaitlistEntry> {
        guard try await type(request.typeCode, on: db) != nil else { return .refused(AppointmentError.unknownType) }
        if let clinicianID = request.clinicianID, try await clinician(clinicianID, on: db) == nil {
            return .refused(AppointmentError.clinicianNotFound)
        }
        let title = source == "follow-up" ? "Follow-up to book" : "Waitlist entry"
        let object: LabelledObject
        switch try await health.insertPatientObject(
            kind: WaitlistEntry.kind, title: title, of: patient, state: "open", by: principal,
            auditDetails: ["source": source, "type": request.typeCode], on: db)
        {
        case .refused(let error): return .refused(error)
        case .done(let inserted): object = inserted
        }
        try await db.raw(
            """
            INSERT INTO health_waitlist (object_id, patient_id, source, type_code, clinician_id, preferred_from, preferred_to,
                due_date, note, from_appointment)
            VALUES (\(bind: object.id), \(bind: patient.object.id), \(bind: source), \(bind: request.typeCode),
                    \(bind: request.clinicianID), \(bind: request.preferredFrom), \(bind: request.preferredTo),
                    \(bind: dueDate), \(bind: request.note), \(bind: fromAppointment))
            """
        ).run()
        guard
            let entry = try await db.raw(
                "SELECT \(LabelledObject.columns)\(WaitlistEntry.columns) FROM objects o \(WaitlistEntry.join) WHERE o.id = \(bind: object.id)"
            ).first().map(WaitlistEntry.init(row:))
        else { return .refused(.objectNotFound(object.id)) }
        return .done(entry)
    }

    /// The open entries the principal may read: the waitlist (`source` "waitlist") or the follow-ups to book.
    public func waitlist(source: String, after cursor: String?, limit: Int, by principal: Principal) async throws
        -> Page<WaitlistEntry>
    {
        try Self.requireStaff(principal)
        return try await objects.page(
            WaitlistEntry.self,
            filter: " AND o.kind = \(bind: WaitlistEntry.kind) AND o.state = 'open' AND w.source = \(bind: source)",
            after: cursor, limit: limit, by: principal)
    }

    /// Closes the waitlist entry or follow-up a booking answers (it must be the same patient's and still open).
    package func close(
        _ entryID: String, bookedAs appointment: Appointment, by principal: Principal, on db: any SQLDatabase
    )
        async throws -> AppError?
    {
        try await objects.lockForWrite(entryID, on: db)
        guard
            let entry = try await objects.readItem(
                WaitlistEntry.self, entryID, by: principal, auditingRead: false, on: db)
        else { return .objectNotFound(entryID) }
        guard entry.patientID == appointment.patientID, entry.object.state == "open" else {
            return AppointmentError.waitlistMismatch
        }
        if let refusal = try await objects.authorizeWrite(
            entry.object, requiredRoles: HealthOffice.staff, by: principal, on: db)
        {
            return refusal
        }
        var closed = entry.object
        closed.state = "booked"
        guard let saved = try await objects.save(closed, replacing: entry.object, on: db) else {
            return .stale(currentVersion: entry.object.version + 1)
        }
        try await db.raw(
            "UPDATE health_waitlist SET booked_appointment = \(bind: appointment.object.id) WHERE object_id = \(bind: entryID)"
        ).run()
        try await objects.auditUpdate(
            saved, previous: entry.object, fields: ["state"], by: principal, action: "health.waitlist.booked",
            extra: ["appointment": appointment.object.id], on: db)
        return nil
    }

    // MARK: reminders

    /// How long before an appointment its reminder is due.
    package static let reminderLead: Int64 = 24 * 3_600_000

    package func queueReminder(for appointment: Appointment, on db: any SQLDatabase) async throws {
        let now = Clock.nowMilliseconds()
        let text = AppointmentReminder.texts(start: appointment.start, location: appointment.location)
        try await db.raw(
            """
            INSERT INTO health_reminders (id, appointment_id, due_at, text_en, text_fr, status, created_at)
            VALUES (\(bind: ObjectID.make(milliseconds: now)), \(bind: appointment.object.id),
                    \(bind: appointment.start - Self.reminderLead), \(bind: text.en), \(bind: text.fr), 'pending', \(bind: now))
            """
        ).run()
    }

    package func cancelReminders(of appointmentID: String, on db: any SQLDatabase) async throws {
        try await db.raw(
            "UPDATE health_reminders SET status = 'cancelled' WHERE appointment_id = \(bind: appointmentID) AND status = 'pending'"
        ).run()
    }

    /// The reminders of appointments the principal may read: pending ones (only those due now with `dueOnly`),
    /// by due time.
    public func reminders(dueOnly: Bool, limit: Int, by principal: Principal) async throws -> [AppointmentReminder] {
        try Self.requireStaff(principal)
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        let due: SQLQueryString = dueOnly ? " AND r.due_at <= \(bind: Clock.nowMilliseconds())" : ""
        return try await database.read { db in
            try await db.raw(
                """
                SELECT r.id AS reminder_id, r.appointment_id, ap.patient_id, r.due_at, r.text_en, r.text_fr, r.status
                FROM health_reminders r JOIN health_appointments ap ON ap.object_id = r.appointment_id
                JOIN objects o ON o.id = ap.object_id
                WHERE r.status = 'pending'\(due) AND \(scope.readable())
                ORDER BY r.due_at, r.id LIMIT \(bind: limit)
                """
            ).all().map(AppointmentReminder.init(row:))
        }
    }

    /// Every reminder of one appointment (for tests and the appointment's page), if the principal may read it.
    package func reminders(of appointmentID: String, on db: any SQLDatabase) async throws -> [(
        status: String, en: String, fr: String
    )] {
        try await db.raw(
            "SELECT status, text_en, text_fr FROM health_reminders WHERE appointment_id = \(bind: appointmentID) ORDER BY id"
        ).all().map {
            (
                try $0.decode(column: "status", as: String.self), try $0.decode(column: "text_en", as: String.self),
                try $0.decode(column: "text_fr", as: String.self)
            )
        }
    }

    // MARK: calendar feeds

    /// Creates (or replaces) the principal's secret calendar feed and returns the secret; only its SHA-256 is kept.
    public func rotateFeed(by principal: Principal) async throws -> String {
        try Self.requireStaff(principal)
        let secret = SecretToken.make()
        try await database.transaction { db in
            let existed =
                try await db.raw(
                    "DELETE FROM health_calendar_feeds WHERE user_id = \(bind: principal.id) RETURNING user_id"
                )
                .first() != nil
            try await db.raw(
                """
                INSERT INTO health_calendar_feeds (user_id, secret_digest, created_at)
                VALUES (\(bind: principal.id), \(bind: SecretToken.digest(secret)), \(bind: Clock.nowMilliseconds()))
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: existed ? "health.calendar-feed.rotate" : "health.calendar-feed.create"
                ),
                on: db)
        }
        return secret
    }

    /// Revokes the principal's feed; false when there was none.
    @discardableResult
    public func revokeFeed(by principal: Principal) async throws -> Bool {
        try await database.transaction { db in
            let existed =
                try await db.raw(
                    "DELETE FROM health_calendar_feeds WHERE user_id = \(bind: principal.id) RETURNING user_id"
                ).first() != nil
            if existed {
                try await self.audit.append(
                    AuditEntry(actor: principal.id, action: "health.calendar-feed.revoke"), on: db)
            }
            return existed
        }
    }

    /// One event of a calendar feed: times and place only.
    public struct FeedEvent: Sendable, Equatable, Decodable {
        public var id: String
        public var start: Int64
        public var end: Int64
        public var location: String
        public var updatedAt: Int64

        private enum CodingKeys: String, CodingKey {
            case id
            case start = "starts_at"
            case end = "ends_at"
            case location, updatedAt
        }
    }

    /// The feed of a secret: the owner's language and the appointments they see as clinician, read with their
    /// current principal (an owner who lost MEDICAL, or their Health Office role, gets an empty calendar). Nil when
    /// the secret is unknown or revoked. The fetch is audited as a list read of the appointments it shows.
    public func feed(secret: String) async throws -> (language: Language, events: [FeedEvent])? {
        let digest = SecretToken.digest(secret)
        let since = Clock.nowMilliseconds() - 30 * 86_400_000
        return try await database.transaction { db -> (language: Language, events: [FeedEvent])? in
            guard
                let owner = try await db.raw(
                    """
                    SELECT \(UserAccount.columns) FROM users u JOIN health_calendar_feeds f ON f.user_id = u.id
                    WHERE f.secret_digest = \(bind: digest)
                    """
                ).first().map(UserAccount.init(row:))
            else { return nil }
            let language = owner.language ?? .en
            guard !owner.disabled, Self.isStaff(owner.principal) else { return (language: language, events: []) }
            let scope = SecurityScope(principal: owner.principal, catalog: self.catalog, engine: self.database.engine)
            let events = try await db.raw(
                """
                SELECT o.id, o.updated_at, ap.starts_at, ap.ends_at, ap.location FROM objects o \(Appointment.join)
                WHERE ap.clinician_id = \(bind: owner.id) AND ap.status IN \(Appointment.Status.occupying)
                  AND ap.ends_at >= \(bind: since) AND \(scope.readable())
                ORDER BY ap.starts_at LIMIT 2000
                """
            ).all().map { try $0.decodeModel(FeedEvent.self) }
            try await self.audit.append(
                AuditEntry(
                    actor: owner.id, action: "health.calendar-feed.read", relatedObjectIDs: events.map(\.id),
                    details: ["count": String(events.count)]),
                on: db)
            return (language: language, events: events)
        }
    }
}

extension AppointmentStore {
    /// One line of the day's agenda: the appointment with its patient's name (both readable by the principal).
    public struct AgendaLine: Sendable {
        public var appointment: Appointment
        public var patientName: String
        /// Whether the principal may change the appointment (`mayChange`), whatever its state allows.
        public var mayChange: Bool
    }

    /// The appointments of a Brussels date the principal may read (with their patients' names, the patient record
    /// being readable too), by start time; audited as a list read.
    public func agenda(date: String, clinicianID: String? = nil, by principal: Principal) async throws -> [AgendaLine] {
        try await agenda(
            date: date, clinicianID: clinicianID, order: " ORDER BY ap.starts_at, o.id", limit: 500, offset: 0,
            export: nil, by: principal
        ).lines
    }

    /// The day's agenda as the day page's list asks: sorted, paged or exported in SQL, trimmed on the appointment
    /// and its patient alike.
    package func agenda(date: String, status: Appointment.Status?, list: ListQuery, by principal: Principal)
        async throws -> (lines: [AgendaLine], hasMore: Bool)
    {
        try await agenda(
            date: date, clinicianID: nil, status: status, order: list.orderBy, limit: list.limit,
            offset: list.isExport ? 0 : list.offset, export: list.isExport ? list : nil, by: principal)
    }

    /// How many appointments of the day the principal may read (trimmed like the agenda).
    package func agendaCount(date: String, status: Appointment.Status?, by principal: Principal) async throws -> Int {
        try Self.requireStaff(principal)
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        let filter: SQLQueryString =
            "\(try Self.sql(Filter(date: date, status: status))) AND \(scope.readable("po"))"
        let row = try await database.read { db in
            try await db.raw(
                """
                SELECT COUNT(*) AS n FROM objects o \(Appointment.join) JOIN objects po ON po.id = ap.patient_id
                WHERE \(scope.readable(lookup: scope.countLookup))\(filter)
                """
            ).first()
        }
        return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
    }

    private func agenda(
        date: String, clinicianID: String?, status: Appointment.Status? = nil, order: SQLQueryString, limit: Int,
        offset: Int, export: ListQuery?, by principal: Principal
    ) async throws -> (lines: [AgendaLine], hasMore: Bool) {
        try Self.requireStaff(principal)
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        let filter: SQLQueryString =
            "\(try Self.sql(Filter(date: date, clinicianID: clinicianID, status: status))) AND \(scope.readable("po"))"
        return try await database.transaction { db in
            var rows = try await db.raw(
                """
                SELECT \(LabelledObject.columns)\(Appointment.columns), p.family_name, p.given_names
                FROM objects o \(Appointment.join)
                JOIN objects po ON po.id = ap.patient_id JOIN health_patients p ON p.object_id = ap.patient_id
                WHERE \(scope.readable())\(filter)\(order)
                LIMIT \(bind: limit + 1) OFFSET \(bind: offset)
                """
            ).all()
            let hasMore = rows.count > limit
            if hasMore { rows.removeLast() }
            var lines: [AgendaLine] = []
            for row in rows {
                let appointment = try Appointment(row: row)
                let family = try row.decode(column: "family_name", as: String.self).uppercased()
                lines.append(
                    AgendaLine(
                        appointment: appointment,
                        patientName: "\(family), \(try row.decode(column: "given_names", as: String.self))",
                        mayChange: try await self.mayChange(appointment, by: principal, on: db)))
            }
            let shown = lines.map(\.appointment.object.id) + Set(lines.map(\.appointment.patientID)).sorted()
            if let export {
                try await self.audit.append(
                    ListExport.event(export, count: lines.count, objects: shown, by: principal), on: db)
            } else if !lines.isEmpty {
                try await self.audit.append(
                    AuditEntry(
                        actor: principal.id, action: "object.list", relatedObjectIDs: shown,
                        details: ["count": String(lines.count)]),
                    on: db)
            }
            return (lines, hasMore)
        }
    }
}
