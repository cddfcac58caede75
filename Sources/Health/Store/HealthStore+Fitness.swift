import ChanceryKit
import ChancerySpine
import SQLKit

extension HealthStore {
    /// Records a clinician's fitness decision in a patient's record: a clinical role and write access to the record
    /// (so MEDICAL and its need-to-know), a known purpose, a real day, notes. Audited with the record's objects.
    package func recordFitnessDecision(
        for patientID: String, purpose: FitnessPurpose, outcome: FitnessDecision.Outcome, decidedOn: String,
        notes: String, by principal: Principal
    ) async throws -> FitnessDecision {
        try HealthOffice.require(HealthOffice.clinical, principal)
        guard FitnessPurpose.named(purpose.name) != nil else {
            throw AppError.invalidField("purpose", reasonKey: "health.reason.fitnessPurpose")
        }
        guard let day = try FieldRules.date(decidedOn, field: "decidedOn") else {
            throw AppError.missingField("decidedOn")
        }
        return try await database.transaction { db -> Checked<FitnessDecision> in
            let patient: Patient
            switch try await self.writablePatient(patientID, roles: HealthOffice.clinical, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): patient = found
            }
            let object: LabelledObject
            switch try await self.insertPatientObject(
                kind: FitnessDecision.kind, title: "Fitness decision: \(purpose.name)", of: patient, by: principal,
                auditDetails: ["purpose": purpose.name, "outcome": outcome.rawValue], on: db)
            {
            case .refused(let error): return .refused(error)
            case .done(let inserted): object = inserted
            }
            try await db.raw(
                """
                INSERT INTO health_fitness_decisions (object_id, patient_id, purpose, outcome, decided_on, clinician_id,
                                                      notes)
                VALUES (\(bind: object.id), \(bind: patientID), \(bind: purpose.name), \(bind: outcome.rawValue),
                        \(bind: day), \(bind: principal.id), \(bind: notes))
                """
            ).run()
            return .done(
                FitnessDecision(
                    object: object, patientID: patientID, purpose: purpose.name, outcome: outcome, decidedOn: day,
                    clinicianID: principal.id, notes: notes))
        }.get()
    }

    /// A fitness decision with its notes, if the principal may read it (an audited read, like every medical object).
    package func fitnessDecision(_ id: String, by principal: Principal) async throws -> FitnessDecision? {
        try await database.transaction { db in
            guard
                let decision = try await self.objects.readItem(
                    FitnessDecision.self, id, by: principal, auditingRead: false, on: db)
            else { return nil }
            try await self.auditRead(decision.object, patientID: decision.patientID, by: principal, on: db)
            return decision
        }
    }

    /// The decision that stands for `purpose` about the person: the latest (by day, then by when it was recorded)
    /// of a record with the person's names and date of birth, and their staff number when both have one. Read
    /// unfiltered, because the asker may not read medical objects: only its outcome and day leave the office.
    package func standingFitnessDecision(of subject: FitnessSubject, for purpose: String, on db: any SQLDatabase)
        async throws -> (decisionID: String, patientID: String, outcome: FitnessDecision.Outcome, decidedOn: String)?
    {
        let identity = Patient.identityKey(
            familyName: subject.familyName, givenNames: subject.givenNames, dateOfBirth: subject.dateOfBirth)
        var query: SQLQueryString = """
            SELECT f.object_id, f.patient_id, f.outcome, f.decided_on FROM health_fitness_decisions f
            JOIN health_patients p ON p.object_id = f.patient_id
            WHERE f.purpose = \(bind: purpose) AND p.identity_key = \(bind: identity)
            """
        if let number = subject.staffNumber {
            query += " AND (p.staff_number IS NULL OR p.staff_number = \(bind: number))"
        }
        query += " ORDER BY f.decided_on DESC, f.object_id DESC LIMIT 1"
        guard let row = try await db.raw(query).first() else { return nil }
        return (
            try row.decode(column: "object_id", as: String.self), try row.decode(column: "patient_id", as: String.self),
            try row.decode(column: "outcome", as: FitnessDecision.Outcome.self),
            try row.decode(column: "decided_on", as: String.self)
        )
    }
}
