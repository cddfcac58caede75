import ChancerySpine
import SQLKit

/// The Health Office's appointments: clinicians with their weekly hours and absences, appointment types (with
/// defaults), appointments (objects of the patient), the waitlist and the follow-ups to book, the reminders queue
/// and the secret calendar feeds (only a digest of each secret is kept).
package struct CreateHealthAppointments: Migration {
    package let version = 2
    package let name = "CreateHealthAppointments"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE health_clinicians (
                user_id TEXT PRIMARY KEY REFERENCES users(id),
                display_name TEXT NOT NULL,
                specialty TEXT NOT NULL,
                location TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE health_clinician_hours (
                clinician_id TEXT NOT NULL REFERENCES health_clinicians(user_id),
                weekday BIGINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                start_time TEXT NOT NULL,
                end_time TEXT NOT NULL,
                location TEXT,
                CHECK (start_time < end_time)
            )
            """,
            "CREATE INDEX health_clinician_hours_clinician ON health_clinician_hours (clinician_id, weekday)",
            """
            CREATE TABLE health_clinician_exceptions (
                id TEXT PRIMARY KEY,
                clinician_id TEXT NOT NULL REFERENCES health_clinicians(user_id),
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('leave', 'holiday', 'training')),
                note TEXT,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                CHECK (start_date <= end_date)
            )
            """,
            "CREATE INDEX health_clinician_exceptions_clinician ON health_clinician_exceptions (clinician_id, start_date)",
            """
            CREATE TABLE health_appointment_types (
                code TEXT PRIMARY KEY,
                name_en TEXT NOT NULL,
                name_fr TEXT NOT NULL,
                duration_minutes BIGINT NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
                kind TEXT NOT NULL CHECK (kind IN ('consultation', 'procedure', 'follow-up'))
            )
            """,
            """
            INSERT INTO health_appointment_types (code, name_en, name_fr, duration_minutes, kind) VALUES
                ('consult', 'Consultation', 'Consultation', 20, 'consultation'),
                ('consult-long', 'Long consultation', 'Consultation longue', 40, 'consultation'),
                ('periodic', 'Periodic medical examination', 'Visite médicale périodique', 30, 'consultation'),
                ('vaccination', 'Vaccination', 'Vaccination', 10, 'procedure'),
                ('blood-test', 'Blood test', 'Prise de sang', 10, 'procedure'),
                ('ecg', 'Electrocardiogram', 'Électrocardiogramme', 20, 'procedure'),
                ('follow-up', 'Follow-up', 'Suivi', 15, 'follow-up')
            """,
            """
            CREATE TABLE health_appointments (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id),
                clinician_id TEXT NOT NULL REFERENCES health_clinicians(user_id),
                type_code TEXT NOT NULL REFERENCES health_appointment_types(code),
                starts_at BIGINT NOT NULL,
                ends_at BIGINT NOT NULL,
                location TEXT NOT NULL,
                note TEXT,
                status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'noshow', 'completed')),
                overbooked BIGINT NOT NULL DEFAULT 0 CHECK (overbooked IN (0, 1)),
                cancel_reason TEXT,
                follow_up_due TEXT,
                CHECK (starts_at < ends_at)
            )
            """,
            "CREATE INDEX health_appointments_clinician ON health_appointments (clinician_id, starts_at)",
            "CREATE INDEX health_appointments_patient ON health_appointments (patient_id, starts_at)",
            """
            CREATE TABLE health_waitlist (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id),
                source TEXT NOT NULL CHECK (source IN ('waitlist', 'follow-up')),
                type_code TEXT NOT NULL REFERENCES health_appointment_types(code),
                clinician_id TEXT REFERENCES health_clinicians(user_id),
                preferred_from TEXT,
                preferred_to TEXT,
                due_date TEXT,
                note TEXT,
                from_appointment TEXT,
                booked_appointment TEXT
            )
            """,
            "CREATE INDEX health_waitlist_patient ON health_waitlist (patient_id)",
            """
            CREATE TABLE health_reminders (
                id TEXT PRIMARY KEY,
                appointment_id TEXT NOT NULL REFERENCES health_appointments(object_id),
                due_at BIGINT NOT NULL,
                text_en TEXT NOT NULL,
                text_fr TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'cancelled')),
                created_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX health_reminders_due ON health_reminders (status, due_at)",
            "CREATE INDEX health_reminders_appointment ON health_reminders (appointment_id)",
            """
            CREATE TABLE health_calendar_feeds (
                user_id TEXT PRIMARY KEY REFERENCES users(id),
                secret_digest TEXT NOT NULL UNIQUE,
                created_at BIGINT NOT NULL
            )
            """,
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "DROP TABLE health_calendar_feeds", "DROP TABLE health_reminders", "DROP TABLE health_waitlist",
            "DROP TABLE health_appointments", "DROP TABLE health_appointment_types",
            "DROP TABLE health_clinician_exceptions", "DROP TABLE health_clinician_hours",
            "DROP TABLE health_clinicians",
        ])
    }
}
