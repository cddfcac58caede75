import ChancerySpine
import SQLKit

/// A clinician's fitness decision about a patient for a purpose (medical approval before an appointment): fit or not
/// fit, the day, and the clinician's notes, which never leave the Health Office (`HealthFitnessAnswers`).
package struct CreateHealthFitnessDecisions: Migration {
    package let version = 9
    package let name = "CreateHealthFitnessDecisions"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE health_fitness_decisions (
                object_id TEXT PRIMARY KEY REFERENCES objects(id),
                patient_id TEXT NOT NULL REFERENCES health_patients(object_id),
                purpose TEXT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('fit', 'not-fit')),
                decided_on TEXT NOT NULL,
                clinician_id TEXT NOT NULL,
                notes TEXT NOT NULL
            )
            """,
            "CREATE INDEX health_fitness_decisions_patient ON health_fitness_decisions (patient_id, purpose, decided_on)",
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE health_fitness_decisions"])
    }
}
