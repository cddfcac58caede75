import ChancerySpine
import SQLKit

/// A booked appointment may be checked in when the patient arrives: the status `arrived` joins the allowed ones,
/// and `arrived_at` keeps when (it stays once the appointment is completed).
package struct AddAppointmentCheckIn: Migration {
    package let version = 7
    package let name = "AddAppointmentCheckIn"
    /// SQLite changes a CHECK constraint only by rebuilding the table, with foreign keys off meanwhile (the
    /// reminders refer to the appointments).
    package let rebuildsTables = true

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        switch engine {
        case .sqlite: try await db.run(Self.rebuild(checkIn: true))
        case .postgres:
            try await db.run([
                "ALTER TABLE health_appointments DROP CONSTRAINT health_appointments_status_check",
                """
                ALTER TABLE health_appointments ADD CONSTRAINT health_appointments_status_check
                    CHECK (status IN ('booked', 'arrived', 'cancelled', 'noshow', 'completed'))
                """,
                "ALTER TABLE health_appointments ADD COLUMN arrived_at BIGINT",
                """
                ALTER TABLE health_appointments ADD CONSTRAINT health_appointments_arrived_check
                    CHECK (arrived_at IS NULL OR status IN ('arrived', 'completed'))
                """,
            ])
        }
    }

    /// Back to the statuses before check-in: an appointment checked in and not yet completed is booked again.
    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "UPDATE health_appointments SET status = 'booked', arrived_at = NULL WHERE status = 'arrived'"
        ])
        switch engine {
        case .sqlite: try await db.run(Self.rebuild(checkIn: false))
        case .postgres:
            try await db.run([
                "ALTER TABLE health_appointments DROP CONSTRAINT health_appointments_arrived_check",
                "ALTER TABLE health_appointments DROP COLUMN arrived_at",
                "ALTER TABLE health_appointments DROP CONSTRAINT health_appointments_status_check",
                """
                ALTER TABLE health_appointments ADD CONSTRAINT health_appointments_status_check
                    CHECK (status IN ('booked', 'cancelled', 'noshow', 'completed'))
                """,
            ])
        }
    }

    /// SQLite's way to change a constraint: a new table, the rows copied, the old one dropped and the new one
    /// renamed (the reminders' foreign key names `health_appointments`, and finds it again), its indexes made again.
    package static func rebuild(checkIn: Bool) -> [SQLQueryString] {
        let columns = """
            object_id, patient_id, clinician_id, type_code, starts_at, ends_at, location, note, status, overbooked,
            cancel_reason, follow_up_due
            """
        let statuses =
            checkIn
            ? "'booked', 'arrived', 'cancelled', 'noshow', 'completed'" : "'booked', 'cancelled', 'noshow', 'completed'"
        // SQLite wants every column before the table's constraints.
        let arrivedColumn = checkIn ? " arrived_at BIGINT," : ""
        let arrivedCheck = checkIn ? ", CHECK (arrived_at IS NULL OR status IN ('arrived', 'completed'))" : ""
        return [
            """
            CREATE TABLE health_appointments_rebuilt (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id),
                clinician_id TEXT NOT NULL REFERENCES health_clinicians(user_id),
                type_code TEXT NOT NULL REFERENCES health_appointment_types(code),
                starts_at BIGINT NOT NULL,
                ends_at BIGINT NOT NULL,
                location TEXT NOT NULL,
                note TEXT,
                status TEXT NOT NULL CHECK (status IN (\(unsafeRaw: statuses))),
                overbooked BIGINT NOT NULL DEFAULT 0 CHECK (overbooked IN (0, 1)),
                cancel_reason TEXT,
                follow_up_due TEXT,\(unsafeRaw: arrivedColumn)
                CHECK (starts_at < ends_at)\(unsafeRaw: arrivedCheck)
            )
            """,
            "INSERT INTO health_appointments_rebuilt (\(unsafeRaw: columns)) SELECT \(unsafeRaw: columns) FROM health_appointments",
            "DROP TABLE health_appointments",
            "ALTER TABLE health_appointments_rebuilt RENAME TO health_appointments",
            "CREATE INDEX health_appointments_clinician ON health_appointments (clinician_id, starts_at)",
            "CREATE INDEX health_appointments_patient ON health_appointments (patient_id, starts_at)",
        ]
    }
}
