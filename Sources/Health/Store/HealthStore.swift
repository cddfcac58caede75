import ChanceryKit
import ChancerySpine
import SQLKit

/// The one owner of the Health Office's patient tables: patients, the objects that belong to each patient, their
/// record entries and versions, consents and break-glass openings. Other parts of the office (appointments,
/// referrals, releases…) create their objects through `insertPatientObject`, so that access follows the patient.
public struct HealthStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let attachments: AttachmentStore
    package let audit: AuditLog

    // MARK: patients

    /// Opens a record for a new patient. When the same person (names and date of birth, or staff number) seems to be
    /// on file already, the record is opened all the same, as a suspected duplicate for the medical advisor to merge
    /// or dismiss: the answer is the same either way, so it tells nobody whether a record they may not read exists.
    public func createPatient(
        _ details: Patient.Details, label requested: SecurityLabel?, careTeam: [String], by principal: Principal
    ) async throws -> Patient {
        let (patient, team) = try newPatient(details, label: requested, careTeam: careTeam, by: principal)
        return try await database.transaction { db in
            try await self.insertPatient(patient, careTeam: team, by: principal, on: db)
        }.get()
    }

    /// Opens a record for a new patient inside the caller's transaction (the demo opens a batch in one).
    package func createPatient(
        _ details: Patient.Details, label requested: SecurityLabel?, careTeam: [String], by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> Patient {
        let (patient, team) = try newPatient(details, label: requested, careTeam: careTeam, by: principal)
        return try await insertPatient(patient, careTeam: team, by: principal, on: db).get()
    }

    /// The new patient and their care team, once the principal's role, unit and the label are checked.
    private func newPatient(
        _ details: Patient.Details, label requested: SecurityLabel?, careTeam: [String], by principal: Principal
    ) throws -> (Patient, [String]) {
        try HealthOffice.require(HealthOffice.staff, principal)
        try HealthOffice.requireUnit(principal)
        let label = HealthOffice.label(requested)
        guard canHold(label, principal) else { throw AppError.labelAboveYou }
        let now = Clock.nowMilliseconds()
        let patient = Patient(
            object: LabelledObject(
                id: ObjectID.make(milliseconds: now), kind: Patient.kind, title: details.displayName, label: label,
                owningUnit: HealthOffice.unit, openToUnit: !details.restricted, state: "active",
                createdBy: principal.id,
                at: now),
            details: details)
        // A restricted record is open to its care team (and to its creator, who must be able to go on working).
        let team = details.restricted ? Array(Set(careTeam + [principal.id])).sorted() : []
        return (patient, team)
    }

    private func insertPatient(
        _ patient: Patient, careTeam team: [String], by principal: Principal, on db: any SQLDatabase
    ) async throws -> Checked<Patient> {
        try await serialiseIdentityChanges(on: db)
        let existing = try await duplicate(of: patient.details, on: db)
        try await objects.insert(
            patient.object, accessEntries: team.map { AccessEntry(grantee: .user($0), permission: .write) },
            auditDetails: ["restricted": patient.details.restricted ? "true" : "false"], on: db)
        try await writeDetails(of: patient, inserting: true, on: db)
        if let existing {
            try await flagSuspectedDuplicate(patient.object.id, of: existing, by: principal, on: db)
        }
        try await objects.search.refresh([patient.object.id], on: db)
        return .done(patient)
    }

    /// Makes identity checks and writes take turns (on PostgreSQL; SQLite is serial): two clerks opening a record
    /// for the same person at once get two records, the second linked to the first as a suspected duplicate.
    package func serialiseIdentityChanges(on db: any SQLDatabase) async throws {
        guard database.engine == .postgres else { return }
        try await db.raw("SELECT pg_advisory_xact_lock(7341015)").run()
    }

    package func writeDetails(of patient: Patient, inserting: Bool, on db: any SQLDatabase) async throws {
        let d = patient.details
        if inserting {
            try await db.raw(
                """
                INSERT INTO health_patients (object_id, family_name, given_names, date_of_birth, sex, identity_key,
                    staff_number, staff_user_id, staff_unit, nationality, phone, email, address, emergency_name,
                    emergency_phone, insurer, insurer_number, restricted)
                VALUES (\(bind: patient.object.id), \(bind: d.familyName), \(bind: d.givenNames), \(bind: d.dateOfBirth),
                    \(bind: d.sex), \(bind: d.identityKey), \(bind: d.staffNumber), \(bind: d.staffUserID),
                    \(bind: d.staffUnit), \(bind: d.nationality), \(bind: d.phone), \(bind: d.email), \(bind: d.address),
                    \(bind: d.emergencyName), \(bind: d.emergencyPhone), \(bind: d.insurer), \(bind: d.insurerNumber),
                    \(bind: Int64(d.restricted ? 1 : 0)))
                """
            ).run()
        } else {
            try await db.raw(
                """
                UPDATE health_patients SET family_name = \(bind: d.familyName), given_names = \(bind: d.givenNames),
                    date_of_birth = \(bind: d.dateOfBirth), sex = \(bind: d.sex), identity_key = \(bind: d.identityKey),
                    staff_number = \(bind: d.staffNumber), staff_user_id = \(bind: d.staffUserID),
                    staff_unit = \(bind: d.staffUnit), nationality = \(bind: d.nationality), phone = \(bind: d.phone),
                    email = \(bind: d.email), address = \(bind: d.address), emergency_name = \(bind: d.emergencyName),
                    emergency_phone = \(bind: d.emergencyPhone), insurer = \(bind: d.insurer),
                    insurer_number = \(bind: d.insurerNumber)
                WHERE object_id = \(bind: patient.object.id)
                """
            ).run()
        }
    }

    /// The patient if the principal may read them; the read is audited (flagged when it rests on break-glass).
    public func patient(_ id: String, by principal: Principal) async throws -> Patient? {
        try await database.transaction { db in try await self.readPatient(id, by: principal, on: db) }
    }

    /// `patient(_:by:)` inside the caller's transaction.
    package func readPatient(_ id: String, by principal: Principal, auditingRead: Bool = true, on db: any SQLDatabase)
        async throws -> Patient?
    {
        guard
            let patient = try await objects.readItem(Patient.self, id, by: principal, auditingRead: false, on: db)
        else { return nil }
        if auditingRead { try await auditRead(patient.object, patientID: id, by: principal, on: db) }
        return patient
    }

    /// The `object.read` event of a medical object, naming the break-glass opening the read rests on, if any.
    package func auditRead(_ object: LabelledObject, patientID: String, by principal: Principal, on db: any SQLDatabase)
        async throws
    {
        var details = ["kind": object.kind]
        if let opening = try await activeBreakGlass(patientID: patientID, by: principal, on: db) {
            details["breakGlass"] = opening
        }
        try await audit.append(
            AuditEntry(actor: principal.id, action: "object.read", objectID: object.id, details: details), on: db)
    }

    /// Patients the principal may read, by name: `query` matches the start of a family or given name, or a staff
    /// number exactly.
    public func patients(matching query: String?, after cursor: String?, limit: Int, by principal: Principal)
        async throws -> Page<Patient>
    {
        try await objects.page(
            Patient.self, filter: Self.patientFilter(query), after: cursor, limit: limit, by: principal)
    }

    /// A page of the patients list (`/health/patients`): sorted, paged or exported as `list` asks, in SQL, trimmed.
    package func patients(matching query: String?, list: ListQuery, by principal: Principal) async throws
        -> (items: [Patient], hasMore: Bool)
    {
        try await objects.listPage(Patient.self, filter: Self.patientFilter(query), query: list, by: principal)
    }

    /// The names of those of `ids` the principal may read (trimmed in SQL, audited like any list of patients), by
    /// id: a list of other objects shows a patient's name only to whoever may read the patient.
    package func patientNames(_ ids: Set<String>, by principal: Principal) async throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        let patients = try await objects.page(
            Patient.self, filter: " AND o.kind = \(bind: Patient.kind) AND o.id IN (\(binds: ids.sorted()))",
            after: nil, limit: ids.count, by: principal)
        return Dictionary(patients.items.map { ($0.object.id, $0.details.displayName) }) { first, _ in first }
    }

    public func patientCount(matching query: String?, by principal: Principal) async throws -> Int {
        try await objects.count(join: Patient.join, filter: Self.patientFilter(query), by: principal)
    }

    package static func patientFilter(_ query: String?) -> SQLQueryString {
        // A merged record is history: its patient is found under the surviving record.
        var filter: SQLQueryString = " AND o.kind = \(bind: Patient.kind) AND o.state <> \(bind: mergedState)"
        if let query, !query.isEmpty {
            let prefix = query.lowercased().replacingOccurrences(of: "%", with: "").replacingOccurrences(
                of: "_", with: "")
            filter += """
                 AND (LOWER(p.family_name) LIKE \(bind: prefix + "%") OR LOWER(p.given_names) LIKE \(bind: prefix + "%")
                      OR p.staff_number = \(bind: query))
                """
        }
        return filter
    }

    /// Changes a patient's details (not the restriction, which is an access decision, nor the label): `change`
    /// gives the new details from the current ones, and may refuse.
    public func updatePatient(
        _ id: String, expectedVersion: Int64, by principal: Principal,
        change: @escaping @Sendable (Patient.Details) throws -> Patient.Details
    ) async throws -> Patient {
        try await database.transaction { db -> Checked<Patient> in
            let current: Patient
            switch try await self.writablePatient(id, expectedVersion: expectedVersion, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let patient): current = patient
            }
            var details = try change(current.details)
            details.restricted = current.details.restricted
            try await self.serialiseIdentityChanges(on: db)
            // A changed identity that matches another record is saved, and waits for the advisor like a new record.
            let identityChanged =
                details.identityKey != current.details.identityKey || details.staffNumber != current.details.staffNumber
            let existing = identityChanged ? try await self.duplicate(of: details, except: id, on: db) : nil
            let fields = Self.changedFields(current.details, details)
            guard !fields.isEmpty else {
                try await self.auditRead(current.object, patientID: id, by: principal, on: db)
                return .done(current)
            }
            var edited = current
            edited.details = details
            edited.object.title = details.displayName
            return try await self.objects.saveChange(
                edited.object, replacing: current.object, fields: fields, by: principal,
                action: "health.patient.update", on: db
            ).then { saved in
                edited.object = saved
                try await self.writeDetails(of: edited, inserting: false, on: db)
                try await self.objects.search.refresh([id], on: db)
                if let existing { try await self.flagSuspectedDuplicate(id, of: existing, by: principal, on: db) }
                return .done(edited)
            }
        }.get()
    }

    package static func changedFields(_ a: Patient.Details, _ b: Patient.Details) -> [String] {
        let pairs: [(String, Bool)] = [
            ("familyName", a.familyName != b.familyName), ("givenNames", a.givenNames != b.givenNames),
            ("dateOfBirth", a.dateOfBirth != b.dateOfBirth), ("sex", a.sex != b.sex),
            ("staffNumber", a.staffNumber != b.staffNumber), ("staffUserId", a.staffUserID != b.staffUserID),
            ("staffUnit", a.staffUnit != b.staffUnit), ("nationality", a.nationality != b.nationality),
            ("phone", a.phone != b.phone), ("email", a.email != b.email), ("address", a.address != b.address),
            ("emergencyName", a.emergencyName != b.emergencyName),
            ("emergencyPhone", a.emergencyPhone != b.emergencyPhone),
            ("insurer", a.insurer != b.insurer), ("insurerNumber", a.insurerNumber != b.insurerNumber),
        ]
        return pairs.filter(\.1).map(\.0)
    }

    /// The patient if the principal may change their record now (row locked, a Health Office role, write
    /// need-to-know, the expected version when given), inside the caller's transaction. Refusals are audited.
    package func writablePatient(
        _ id: String, expectedVersion: Int64? = nil, roles: Set<Role> = HealthOffice.staff, by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> Checked<Patient> {
        try await objects.lockForWrite(id, on: db)
        guard let patient = try await readPatient(id, by: principal, auditingRead: false, on: db) else {
            return .refused(.objectNotFound(id))
        }
        if patient.object.state == Self.mergedState { return .refused(HealthError.merged(into: patient.mergedInto)) }
        if let refusal = try await objects.authorizeWrite(
            patient.object, expectedVersion: expectedVersion, requiredRoles: roles, by: principal, on: db)
        {
            return .refused(refusal)
        }
        return .done(patient)
    }

    // MARK: objects of a patient

    /// Inserts an object that belongs to a patient (an entry, an appointment, a referral…), inside the caller's
    /// transaction: it carries the patient's label (or the higher one given), is owned by the Health Office, is
    /// open to it only when the patient's record is, and has the patient's current access entries.
    package func insertPatientObject(
        kind: String, title: String, of patient: Patient, label requested: SecurityLabel? = nil,
        state: String = "active",
        by principal: Principal, at time: Int64 = Clock.nowMilliseconds(), auditDetails: [String: String] = [:],
        on db: any SQLDatabase
    ) async throws -> Checked<LabelledObject> {
        var label = patient.object.label
        if let requested {
            let raised = HealthOffice.label(requested)
            if let refusal = ObjectStore.labelRaiseRefusal(from: label, to: raised, by: principal) {
                return .refused(refusal)
            }
            label = raised
        }
        let object = LabelledObject(
            id: ObjectID.make(milliseconds: time), kind: kind, title: title, label: label,
            owningUnit: HealthOffice.unit,
            openToUnit: patient.object.openToUnit, state: state, createdBy: principal.id, at: time)
        let inherited = try await db.raw(
            """
            SELECT grantee_kind, grantee, permission, expires_at FROM object_acl
            WHERE object_id = \(bind: patient.object.id) AND (expires_at IS NULL OR expires_at > \(bind: time))
            """
        ).all()
        try await objects.insert(
            object, auditDetails: auditDetails.merging(["patient": patient.object.id]) { own, _ in own }, on: db)
        try await db.raw(
            "INSERT INTO health_patient_objects (object_id, patient_id) VALUES (\(bind: object.id), \(bind: patient.object.id))"
        ).run()
        for row in inherited {
            try await db.raw(
                """
                INSERT INTO object_acl (object_id, grantee_kind, grantee, permission, granted_by, granted_at, expires_at)
                VALUES (\(bind: object.id), \(bind: try row.decode(column: "grantee_kind", as: String.self)),
                        \(bind: try row.decode(column: "grantee", as: String.self)),
                        \(bind: try row.decode(column: "permission", as: String.self)), \(bind: principal.id), \(bind: time),
                        \(bind: try row.decode(column: "expires_at", as: Int64?.self)))
                """
            ).run()
        }
        return .done(object)
    }
}
