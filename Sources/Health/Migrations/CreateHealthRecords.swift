import ChancerySpine
import SQLKit

/// The Health Office's patients, the objects that belong to each (so that access follows the patient), their
/// record entries (with every version kept), consents, and break-glass
/// openings; and access entries that expire (a break-glass opening grants read access for a limited time).
package struct CreateHealthRecords: Migration {
    package let version = 1
    package let name = "CreateHealthRecords"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            // The expiry of access entries (care teams, break-glass) is the spine's: AddSpineColumns.
            """
            CREATE TABLE health_patients (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                family_name TEXT NOT NULL,
                given_names TEXT NOT NULL,
                date_of_birth TEXT NOT NULL,
                sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
                identity_key TEXT NOT NULL UNIQUE,
                staff_number TEXT UNIQUE,
                staff_user_id TEXT,
                staff_unit TEXT,
                nationality TEXT NOT NULL,
                phone TEXT,
                email TEXT,
                address TEXT,
                emergency_name TEXT,
                emergency_phone TEXT,
                insurer TEXT,
                insurer_number TEXT,
                restricted BIGINT NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1))
            )
            """,
            "CREATE INDEX health_patients_name ON health_patients (family_name, given_names)",
            """
            CREATE TABLE health_patient_objects (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id)
            )
            """,
            "CREATE INDEX health_patient_objects_patient ON health_patient_objects (patient_id)",
            """
            CREATE TABLE health_entries (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id),
                entry_type TEXT NOT NULL,
                entry_date TEXT NOT NULL,
                clinician_id TEXT,
                body TEXT NOT NULL,
                codes_json TEXT NOT NULL,
                correspondent TEXT,
                direction TEXT
            )
            """,
            "CREATE INDEX health_entries_patient ON health_entries (patient_id, entry_date)",
            """
            CREATE TABLE health_entry_versions (
                entry_id TEXT NOT NULL REFERENCES health_entries(object_id),
                version BIGINT NOT NULL,
                content_json TEXT NOT NULL,
                reason TEXT,
                author TEXT NOT NULL,
                recorded_at BIGINT NOT NULL,
                PRIMARY KEY (entry_id, version)
            )
            """,
            """
            CREATE TABLE health_consents (
                entry_id TEXT PRIMARY KEY REFERENCES health_entries(object_id),
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id),
                recipient TEXT NOT NULL,
                scope TEXT NOT NULL,
                purpose TEXT NOT NULL,
                valid_from TEXT NOT NULL,
                valid_until TEXT NOT NULL,
                revoked_at BIGINT,
                revoked_by TEXT,
                revocation_reason TEXT
            )
            """,
            "CREATE INDEX health_consents_patient ON health_consents (patient_id)",
            """
            CREATE TABLE health_break_glass (
                id TEXT PRIMARY KEY,
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id),
                user_id TEXT NOT NULL,
                reason TEXT NOT NULL,
                opened_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL,
                reviewed_by TEXT,
                reviewed_at BIGINT,
                review_note TEXT
            )
            """,
            "CREATE INDEX health_break_glass_open ON health_break_glass (reviewed_at, opened_at)",
            "CREATE INDEX health_break_glass_user ON health_break_glass (user_id, patient_id, expires_at)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "DROP TABLE health_break_glass", "DROP TABLE health_consents", "DROP TABLE health_entry_versions",
            "DROP TABLE health_entries", "DROP TABLE health_patient_objects", "DROP TABLE health_patients",
        ])
    }
}
