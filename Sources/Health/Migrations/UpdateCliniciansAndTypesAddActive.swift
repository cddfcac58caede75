import ChancerySpine
import SQLKit

/// Clinicians and appointment types can be edited and deactivated from the administration console: each gets a
/// version (two administrators editing one never overwrite each other) and an `active` flag. An inactive clinician
/// or type is no longer offered for booking; the appointments already made keep them.
package struct UpdateCliniciansAndTypesAddActive: Migration {
    package let version = 8
    package let name = "UpdateCliniciansAndTypesAddActive"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "ALTER TABLE health_clinicians ADD COLUMN active BIGINT NOT NULL DEFAULT 1",
            "ALTER TABLE health_clinicians ADD COLUMN version BIGINT NOT NULL DEFAULT 1",
            "ALTER TABLE health_appointment_types ADD COLUMN active BIGINT NOT NULL DEFAULT 1",
            "ALTER TABLE health_appointment_types ADD COLUMN version BIGINT NOT NULL DEFAULT 1",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "ALTER TABLE health_appointment_types DROP COLUMN version",
            "ALTER TABLE health_appointment_types DROP COLUMN active",
            "ALTER TABLE health_clinicians DROP COLUMN version", "ALTER TABLE health_clinicians DROP COLUMN active",
        ])
    }
}
