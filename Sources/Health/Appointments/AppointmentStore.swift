import ChanceryKit
import ChancerySpine
import SQLKit

extension Chancery {
    /// The Health Office's appointments, clinicians, waitlist, reminders and calendar feeds.
    public var appointments: AppointmentStore {
        AppointmentStore(database: database, objects: objects, audit: audit, health: health, catalog: catalog)
    }
}

/// The one owner of the appointment tables: clinicians and their hours and absences, appointment types,
/// appointments, the waitlist and follow-ups to book, reminders and calendar feeds.
///
/// Clinicians' hours and absences are configuration, not labelled objects: only Health Office staff briefed for
/// MEDICAL may read them, and every change is audited. Appointments and waitlist entries are objects of the
/// patient, created through `HealthStore.insertPatientObject`, and every query that returns them is
/// security-trimmed.
public struct AppointmentStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let audit: AuditLog
    package let health: HealthStore
    package let catalog: CategoryCatalog

    /// Who may book and see schedules: a Health Office role and the MEDICAL category.
    package static func requireStaff(_ principal: Principal) throws {
        try HealthOffice.require(HealthOffice.staff, principal)
        guard principal.categories.contains(HealthOffice.category) else { throw AppointmentError.medicalRequired }
    }

    /// Who may register and edit clinicians and appointment types: the clerk or the medical advisor (briefed for
    /// MEDICAL), or an administrator from the console — names, specialties, rooms and durations, never a diary.
    package static func requireKeeper(_ principal: Principal) throws {
        if principal.has(.admin) { return }
        try requireScheduler(principal)
    }

    /// Who may manage clinicians' hours and absences: the clerk or the medical advisor.
    package static func requireScheduler(_ principal: Principal) throws {
        try requireStaff(principal)
        try HealthOffice.require([.healthClerk, .healthAdvisor], principal)
    }

    package static func isStaff(_ principal: Principal) -> Bool {
        (try? requireStaff(principal)) != nil
    }

    // MARK: clinicians

    /// Registers an account holding `health.clinician` as a clinician who can be booked.
    public func addClinician(
        userID: String, displayName: String?, specialty: String, location: String, by principal: Principal
    ) async throws -> Clinician {
        try Self.requireKeeper(principal)
        return try await database.transaction { db -> Checked<Clinician> in
            guard
                let account = try await db.raw(
                    "SELECT \(UserAccount.columns) FROM users u WHERE u.id = \(bind: userID) OR u.username = \(bind: userID.lowercased())"
                ).first().map(UserAccount.init(row:)), account.roles.contains(.healthClinician), !account.disabled
            else { return .refused(AppointmentError.notAClinician) }
            if try await db.raw("SELECT user_id FROM health_clinicians WHERE user_id = \(bind: account.id)").first()
                != nil
            {
                return .refused(AppointmentError.clinicianExists)
            }
            let clinician = Clinician(
                userID: account.id, displayName: displayName ?? account.displayName, specialty: specialty,
                location: location)
            try await db.raw(
                """
                INSERT INTO health_clinicians (user_id, display_name, specialty, location, created_by, created_at)
                VALUES (\(bind: clinician.userID), \(bind: clinician.displayName), \(bind: specialty), \(bind: location),
                        \(bind: principal.id), \(bind: Clock.nowMilliseconds()))
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "health.clinician.create",
                    details: ["clinician": account.id, "specialty": specialty, "location": location]),
                on: db)
            return .done(clinician)
        }.get()
    }

    /// The clinicians offered for booking: those in use.
    public func bookableClinicians(by principal: Principal) async throws -> [Clinician] {
        try await clinicians(by: principal).filter(\.active)
    }

    /// Every clinician, in use or not (their diaries keep the appointments made).
    public func clinicians(by principal: Principal) async throws -> [Clinician] {
        try Self.requireStaff(principal)
        return try await database.read { db in
            try await db.raw("SELECT \(Clinician.columns) FROM health_clinicians c ORDER BY c.display_name, c.user_id")
                .all().map(Clinician.init(row:))
        }
    }

    /// A clinician with their weekly hours and absences (from `since`, a date, when given).
    public func clinician(_ id: String, by principal: Principal) async throws
        -> (Clinician, [Clinician.Hours], [Clinician.Absence])
    {
        try Self.requireStaff(principal)
        return try await database.read { db in
            guard let clinician = try await self.clinician(id, on: db) else { throw AppointmentError.clinicianNotFound }
            return (clinician, try await self.hours(of: id, on: db), try await self.absences(of: id, on: db))
        }
    }

    package func clinician(_ id: String, locking: Bool = false, on db: any SQLDatabase) async throws -> Clinician? {
        // The clinician's row is the lock of their diary: two bookings of one clinician take turns (PostgreSQL;
        // SQLite transactions are serial already).
        let lock: SQLQueryString = locking && database.engine == .postgres ? " FOR UPDATE" : ""
        return try await db.raw(
            "SELECT \(Clinician.columns) FROM health_clinicians c WHERE c.user_id = \(bind: id)\(lock)"
        ).first().map(Clinician.init(row:))
    }

    package func hours(of id: String, on db: any SQLDatabase) async throws -> [Clinician.Hours] {
        try await db.raw(
            """
            SELECT weekday, start_time AS start, end_time AS "end", location FROM health_clinician_hours
            WHERE clinician_id = \(bind: id) ORDER BY weekday, start_time
            """
        ).all().map { try $0.decodeModel(Clinician.Hours.self) }
    }

    package func absences(of id: String, on db: any SQLDatabase) async throws -> [Clinician.Absence] {
        try await db.raw(
            """
            SELECT id, start_date, end_date, kind, note FROM health_clinician_exceptions
            WHERE clinician_id = \(bind: id) ORDER BY start_date, id
            """
        ).all().map { try $0.decodeModel(Clinician.Absence.self) }
    }

    /// Replaces a clinician's weekly hours (windows of one day must not overlap).
    public func setHours(_ id: String, _ hours: [Clinician.Hours], by principal: Principal) async throws
        -> [Clinician.Hours]
    {
        try Self.requireScheduler(principal)
        for (index, window) in hours.enumerated() {
            guard (1...7).contains(window.weekday) else {
                throw AppError.invalidField("availability[\(index)].weekday", reasonKey: "health.reason.weekday")
            }
            guard let start = BrusselsTime.minutes(window.start), let end = BrusselsTime.minutes(window.end),
                start < end
            else {
                throw AppError.invalidField("availability[\(index)]", reasonKey: "health.reason.hours")
            }
            for other in hours[..<index] where other.weekday == window.weekday {
                if let s = BrusselsTime.minutes(other.start), let e = BrusselsTime.minutes(other.end), s < end,
                    start < e
                {
                    throw AppError.invalidField("availability[\(index)]", reasonKey: "health.reason.hoursOverlap")
                }
            }
        }
        return try await database.transaction { db in
            guard try await self.clinician(id, locking: true, on: db) != nil else {
                throw AppointmentError.clinicianNotFound
            }
            try await db.raw("DELETE FROM health_clinician_hours WHERE clinician_id = \(bind: id)").run()
            for window in hours {
                try await db.raw(
                    """
                    INSERT INTO health_clinician_hours (clinician_id, weekday, start_time, end_time, location)
                    VALUES (\(bind: id), \(bind: Int64(window.weekday)), \(bind: window.start), \(bind: window.end),
                            \(bind: window.location))
                    """
                ).run()
            }
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "health.clinician.hours",
                    details: [
                        "clinician": id,
                        "hours": hours.map { "\($0.weekday) \($0.start)-\($0.end)" }.joined(separator: ", "),
                    ]),
                on: db)
            return try await self.hours(of: id, on: db)
        }
    }

    /// Records a period when the clinician sees nobody.
    public func addAbsence(
        _ id: String, from startDate: String, to endDate: String, kind: String, note: String?, by principal: Principal
    ) async throws -> Clinician.Absence {
        try Self.requireScheduler(principal)
        guard startDate <= endDate else { throw AppError.invalidField("endDate", reasonKey: "health.reason.dateOrder") }
        guard Clinician.Absence.kinds.contains(kind) else {
            throw AppError.invalidField("kind", reasonKey: "health.reason.absenceKind")
        }
        let absence = Clinician.Absence(
            id: ObjectID.make(milliseconds: Clock.nowMilliseconds()), startDate: startDate, endDate: endDate,
            kind: kind,
            note: note)
        try await database.transaction { db in
            guard try await self.clinician(id, locking: true, on: db) != nil else {
                throw AppointmentError.clinicianNotFound
            }
            try await db.raw(
                """
                INSERT INTO health_clinician_exceptions (id, clinician_id, start_date, end_date, kind, note, created_by, created_at)
                VALUES (\(bind: absence.id), \(bind: id), \(bind: startDate), \(bind: endDate), \(bind: kind), \(bind: note),
                        \(bind: principal.id), \(bind: Clock.nowMilliseconds()))
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "health.clinician.absence",
                    details: ["clinician": id, "from": startDate, "to": endDate, "kind": kind]),
                on: db)
        }
        return absence
    }

    // MARK: appointment types

    /// The types offered for booking: those in use.
    public func bookableTypes() async throws -> [AppointmentType] {
        try await types().filter(\.active)
    }

    /// Every type, in use or not (an appointment of an inactive type still names it).
    public func types() async throws -> [AppointmentType] {
        try await database.read { db in
            try await db.raw(
                "SELECT \(AppointmentType.columns) FROM health_appointment_types ORDER BY code"
            )
            .all().map(AppointmentType.init(row:))
        }
    }

    package func type(_ code: String, on db: any SQLDatabase) async throws -> AppointmentType? {
        try await db.raw(
            "SELECT \(AppointmentType.columns) FROM health_appointment_types WHERE code = \(bind: code)"
        ).first().map(AppointmentType.init(row:))
    }

    // MARK: the diary

    /// One day of a clinician's diary.
    public struct Day: Sendable {
        public var date: String
        public var weekday: Int
        public var hours: [Clinician.Hours]
        public var absences: [Clinician.Absence]
        /// The appointments of the day that the principal may read.
        public var appointments: [Appointment]
        /// Free slots of the requested type: `(start, end)` in milliseconds.
        public var free: [(start: Int64, end: Int64)]
    }

    /// A clinician's diary for `days` days from `date`: hours, absences, the readable appointments, and the free
    /// slots of `typeCode` when given (busy times of appointments the principal cannot read count, unnamed).
    public func schedule(
        of id: String, from date: String, days: Int, typeCode: String?, by principal: Principal
    ) async throws -> (Clinician, [Day]) {
        try Self.requireStaff(principal)
        let scope = SecurityScope(principal: principal, catalog: catalog, engine: database.engine)
        return try await database.transaction { db in
            guard let clinician = try await self.clinician(id, on: db) else { throw AppointmentError.clinicianNotFound }
            var duration: Int64?
            if let typeCode {
                guard let type = try await self.type(typeCode, on: db) else { throw AppointmentError.unknownType }
                duration = Int64(type.durationMinutes) * 60_000
            }
            let hours = try await self.hours(of: id, on: db)
            let absences = try await self.absences(of: id, on: db)
            guard let last = BrusselsTime.adding(days: days, to: date),
                let from = BrusselsTime.instant(date: date, time: "00:00"),
                let to = BrusselsTime.instant(date: last, time: "00:00")
            else { throw AppError.invalidQuery("date", reasonKey: "health.reason.date") }
            let readable = try await db.raw(
                """
                SELECT \(LabelledObject.columns)\(Appointment.columns) FROM objects o \(Appointment.join)
                WHERE ap.clinician_id = \(bind: id) AND ap.starts_at < \(bind: to) AND ap.ends_at > \(bind: from)
                  AND \(scope.readable())
                ORDER BY ap.starts_at
                """
            ).all().map(Appointment.init(row:))
            if !readable.isEmpty {
                try await self.audit.append(
                    AuditEntry(
                        actor: principal.id, action: "object.list", relatedObjectIDs: readable.map(\.object.id),
                        details: ["count": String(readable.count)]),
                    on: db)
            }
            let busy = try await self.busyTimes(of: id, from: from, to: to, on: db)
            var result: [Day] = []
            var day = date
            for _ in 0..<days {
                guard let noon = BrusselsTime.instant(date: day, time: "12:00") else { break }
                let weekday = BrusselsTime.local(noon).weekday
                let windows = hours.filter { $0.weekday == weekday }
                let away = absences.filter { $0.startDate <= day && day <= $0.endDate }
                var free: [(start: Int64, end: Int64)] = []
                if let duration, away.isEmpty {
                    free = Self.freeSlots(on: day, windows: windows, busy: busy, duration: duration)
                }
                result.append(
                    Day(
                        date: day, weekday: weekday, hours: windows, absences: away,
                        appointments: readable.filter { BrusselsTime.local($0.start).date == day }, free: free))
                day = BrusselsTime.adding(days: 1, to: day) ?? day
            }
            return (clinician, result)
        }
    }

    /// When the clinician is busy between two instants: the times (start, end) of their booked, checked-in and
    /// completed appointments, readable or not — a time, never an appointment.
    package func busyTimes(of id: String, from: Int64, to: Int64, on db: any SQLDatabase) async throws
        -> [(Int64, Int64)]
    {
        try await db.raw(
            """
            SELECT starts_at, ends_at FROM health_appointments
            WHERE clinician_id = \(bind: id) AND status IN \(Appointment.Status.occupying)
              AND starts_at < \(bind: to) AND ends_at > \(bind: from)
            """
        ).all().map {
            (try $0.decode(column: "starts_at", as: Int64.self), try $0.decode(column: "ends_at", as: Int64.self))
        }
    }

    /// The slots of `duration` on a grid from the start of each of the day's windows that overlap no busy time.
    package static func freeSlots(
        on day: String, windows: [Clinician.Hours], busy: [(Int64, Int64)], duration: Int64
    ) -> [(start: Int64, end: Int64)] {
        var free: [(start: Int64, end: Int64)] = []
        for window in windows.sorted(by: { $0.start < $1.start }) {
            guard var slot = BrusselsTime.instant(date: day, time: window.start),
                let close = BrusselsTime.instant(date: day, time: window.end)
            else { continue }
            while slot + duration <= close {
                let end = slot + duration
                if !busy.contains(where: { $0.0 < end && $0.1 > slot }) { free.append((slot, end)) }
                slot = end
            }
        }
        return free
    }
}
