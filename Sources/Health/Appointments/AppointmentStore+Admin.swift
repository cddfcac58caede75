import ChanceryKit
import ChancerySpine
import SQLKit

/// Clinicians and appointment types as reference data: edited (at the version read) and deactivated from the
/// administration console by an administrator, or by the clerk or the medical advisor. Each change is audited in
/// its transaction. Diaries — hours, absences, appointments — stay the Health Office staff's.
extension AppointmentStore {
    /// What an edit of a clinician says: the name shown, the specialty, the usual room, and whether they are offered.
    public struct ClinicianChanges: Sendable {
        public var displayName: String
        public var specialty: String
        public var location: String
        public var active: Bool
    }

    /// What a new or edited appointment type says.
    public struct TypeDraft: Sendable {
        public var nameEN: String
        public var nameFR: String
        public var durationMinutes: Int
        public var kind: String
        public var active: Bool
    }

    /// Every clinician, in use or not, with the user name of their account, for the console.
    public func cliniciansForKeeping(by principal: Principal) async throws -> [(Clinician, String)] {
        try Self.requireKeeper(principal)
        return try await database.read { db in
            try await db.raw(
                """
                SELECT \(Clinician.columns), u.username FROM health_clinicians c JOIN users u ON u.id = c.user_id
                ORDER BY c.display_name, c.user_id
                """
            ).all().map { (try Clinician(row: $0), try $0.decode(column: "username", as: String.self)) }
        }
    }

    /// One clinician, for the console's form.
    public func clinicianForKeeping(_ id: String, by principal: Principal) async throws -> Clinician? {
        try Self.requireKeeper(principal)
        return try await database.read { db in try await self.clinician(id, on: db) }
    }

    /// One appointment type, in use or not, for whoever keeps them.
    public func typeForKeeping(_ code: String, by principal: Principal) async throws -> AppointmentType? {
        try Self.requireKeeper(principal)
        return try await database.read { db in try await self.type(code, on: db) }
    }

    /// Edits a clinician at `expectedVersion` (412 when someone saved first); nothing changed is no event.
    public func updateClinician(
        _ id: String, _ changes: ClinicianChanges, expectedVersion: Int64, by principal: Principal
    ) async throws -> Clinician {
        try Self.requireKeeper(principal)
        return try await database.transaction { db in
            guard var clinician = try await self.clinician(id, locking: true, on: db) else {
                throw AppointmentError.clinicianNotFound
            }
            guard clinician.version == expectedVersion else {
                throw AppError.stale(currentVersion: clinician.version)
            }
            var fields: [String] = []
            if changes.displayName != clinician.displayName { fields.append("displayName") }
            if changes.specialty != clinician.specialty { fields.append("specialty") }
            if changes.location != clinician.location { fields.append("location") }
            if changes.active != clinician.active { fields.append("active") }
            guard !fields.isEmpty else { return clinician }
            clinician.displayName = changes.displayName
            clinician.specialty = changes.specialty
            clinician.location = changes.location
            clinician.active = changes.active
            clinician.version += 1
            try await db.raw(
                """
                UPDATE health_clinicians SET display_name = \(bind: changes.displayName),
                    specialty = \(bind: changes.specialty), location = \(bind: changes.location),
                    active = \(bind: Int64(changes.active ? 1 : 0)), version = \(bind: clinician.version)
                WHERE user_id = \(bind: id)
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "health.clinician.update",
                    details: [
                        "clinician": id, "fields": fields.joined(separator: ","), "active": String(changes.active),
                        "version": String(clinician.version),
                    ]),
                on: db)
            return clinician
        }
    }

    /// Adds an appointment type; its code is new.
    public func addType(code: String, _ draft: TypeDraft, by principal: Principal) async throws -> AppointmentType {
        try Self.requireKeeper(principal)
        return try await database.transaction { db in
            guard try await self.type(code, on: db) == nil else { throw AppointmentError.typeExists(code) }
            try await db.raw(
                """
                INSERT INTO health_appointment_types (code, name_en, name_fr, duration_minutes, kind, active, version)
                VALUES (\(bind: code), \(bind: draft.nameEN), \(bind: draft.nameFR),
                        \(bind: Int64(draft.durationMinutes)), \(bind: draft.kind), 1, 1)
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "health.appointment-type.create",
                    details: [
                        "type": code, "duration": String(draft.durationMinutes), "kind": draft.kind,
                    ]),
                on: db)
            guard let type = try await self.type(code, on: db) else { throw AppointmentError.unknownType }
            return type
        }
    }

    /// Edits an appointment type at `expectedVersion` (412 when someone saved first). The appointments already made
    /// keep their times: a new duration applies to the next bookings.
    public func updateType(_ code: String, _ draft: TypeDraft, expectedVersion: Int64, by principal: Principal)
        async throws -> AppointmentType
    {
        try Self.requireKeeper(principal)
        return try await database.transaction { db in
            guard let type = try await self.type(code, on: db) else { throw AppointmentError.unknownType }
            guard type.version == expectedVersion else { throw AppError.stale(currentVersion: type.version) }
            var fields: [String] = []
            if draft.nameEN != type.nameEN { fields.append("nameEN") }
            if draft.nameFR != type.nameFR { fields.append("nameFR") }
            if draft.durationMinutes != type.durationMinutes { fields.append("durationMinutes") }
            if draft.kind != type.kind { fields.append("kind") }
            if draft.active != type.active { fields.append("active") }
            guard !fields.isEmpty else { return type }
            let updated = try await db.raw(
                """
                UPDATE health_appointment_types SET name_en = \(bind: draft.nameEN), name_fr = \(bind: draft.nameFR),
                    duration_minutes = \(bind: Int64(draft.durationMinutes)), kind = \(bind: draft.kind),
                    active = \(bind: Int64(draft.active ? 1 : 0)), version = version + 1
                WHERE code = \(bind: code) AND version = \(bind: expectedVersion)
                RETURNING version
                """
            ).first()
            guard updated != nil else { throw AppError.stale(currentVersion: expectedVersion + 1) }
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "health.appointment-type.update",
                    details: [
                        "type": code, "fields": fields.joined(separator: ","), "active": String(draft.active),
                        "version": String(expectedVersion + 1),
                    ]),
                on: db)
            guard let saved = try await self.type(code, on: db) else { throw AppointmentError.unknownType }
            return saved
        }
    }

    /// An appointment type's code: 1 to 32 lower-case letters, digits and hyphens, starting with a letter.
    package static func isValidTypeCode(_ code: String) -> Bool {
        (1...32).contains(code.count) && code.first?.isLetter == true
            && code.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }
}
