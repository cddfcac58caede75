import ChancerySpine
import SQLKit

/// A record opened for a person already on file is no longer refused (the refusal told the clerk that a record
/// they may not read exists): it is kept as a *suspected duplicate*, linked to the record it matched, for the
/// medical advisor to merge or to dismiss. So the same names and date of birth, or the same staff number, may now
/// be on two records (a pending suspicion, or two people the advisor found distinct): the uniqueness of
/// `identity_key` and `staff_number` becomes a plain index, and the links have their own table.
package struct FlagSuspectedDuplicatePatients: Migration {
    package let version = 6
    package let name = "FlagSuspectedDuplicatePatients"
    /// SQLite drops a UNIQUE column constraint only by rebuilding the table, with foreign keys off meanwhile.
    package let rebuildsTables = true

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        switch engine {
        case .sqlite: try await db.run(Self.rebuild(unique: false))
        case .postgres:
            try await db.run([
                "ALTER TABLE health_patients DROP CONSTRAINT health_patients_identity_key_key",
                "ALTER TABLE health_patients DROP CONSTRAINT health_patients_staff_number_key",
            ])
        }
        try await db.run([
            "CREATE INDEX health_patients_identity ON health_patients (identity_key)",
            "CREATE INDEX health_patients_staff_number ON health_patients (staff_number)",
            """
            CREATE TABLE health_patient_duplicates (
                id TEXT PRIMARY KEY,
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id),
                existing_id TEXT NOT NULL REFERENCES health_patients(object_id),
                matched_on TEXT NOT NULL CHECK (matched_on IN ('identity', 'staff-number')),
                flagged_by TEXT NOT NULL,
                flagged_at BIGINT NOT NULL,
                resolution TEXT CHECK (resolution IN ('merged', 'distinct')),
                resolved_by TEXT,
                resolved_at BIGINT,
                note TEXT,
                CHECK (patient_id <> existing_id),
                CHECK ((resolution IS NULL) = (resolved_at IS NULL))
            )
            """,
            // One pending suspicion per record at a time.
            """
            CREATE UNIQUE INDEX health_patient_duplicates_pending ON health_patient_duplicates (patient_id)
            WHERE resolved_at IS NULL
            """,
            "CREATE INDEX health_patient_duplicates_queue ON health_patient_duplicates (resolved_at, flagged_at)",
            "CREATE INDEX health_patient_duplicates_existing ON health_patient_duplicates (existing_id)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "DROP TABLE health_patient_duplicates", "DROP INDEX health_patients_identity",
            "DROP INDEX health_patients_staff_number",
        ])
        switch engine {
        case .sqlite: try await db.run(Self.rebuild(unique: true))
        case .postgres:
            try await db.run([
                "ALTER TABLE health_patients ADD CONSTRAINT health_patients_identity_key_key UNIQUE (identity_key)",
                "ALTER TABLE health_patients ADD CONSTRAINT health_patients_staff_number_key UNIQUE (staff_number)",
            ])
        }
    }

    /// SQLite's way to change a column constraint: a new table, the rows copied, the old one dropped and the new
    /// one renamed (the other tables' foreign keys name `health_patients`, and find it again).
    package static func rebuild(unique: Bool) -> [SQLQueryString] {
        let columns = """
            object_id, family_name, given_names, date_of_birth, sex, identity_key, staff_number, staff_user_id, staff_unit,
            nationality, phone, email, address, emergency_name, emergency_phone, insurer, insurer_number, restricted
            """
        let constraint = unique ? " UNIQUE" : ""
        return [
            """
            CREATE TABLE health_patients_rebuilt (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                family_name TEXT NOT NULL,
                given_names TEXT NOT NULL,
                date_of_birth TEXT NOT NULL,
                sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
                identity_key TEXT NOT NULL\(unsafeRaw: constraint),
                staff_number TEXT\(unsafeRaw: constraint),
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
            "INSERT INTO health_patients_rebuilt (\(unsafeRaw: columns)) SELECT \(unsafeRaw: columns) FROM health_patients",
            "DROP TABLE health_patients",
            "ALTER TABLE health_patients_rebuilt RENAME TO health_patients",
            "CREATE INDEX health_patients_name ON health_patients (family_name, given_names)",
        ]
    }
}
