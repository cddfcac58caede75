import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

extension HealthStore {
    /// Adds an entry to a patient's record: the principal must be able to write the record, and clinical
    /// opinions (notes, diagnostic reports) need a clinical role. The first version is kept like every later one.
    public func addEntry(
        to patientID: String, _ content: RecordEntry.Content, label: SecurityLabel?, by principal: Principal
    ) async throws -> RecordEntry {
        if content.type.isClinical, HealthOffice.clinical.isDisjoint(with: principal.roles) {
            throw HealthError.entryTypeForbidden(content.type.rawValue)
        }
        return try await database.transaction { db in
            try await self.addEntry(to: patientID, content, label: label, by: principal, on: db)
        }.get()
    }

    /// Adds an entry inside the caller's transaction (the demo adds a batch in one); the caller has checked that
    /// a clinical entry comes from a clinician.
    package func addEntry(
        to patientID: String, _ content: RecordEntry.Content, label: SecurityLabel?, by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> Checked<RecordEntry> {
        if content.type.isClinical, HealthOffice.clinical.isDisjoint(with: principal.roles) {
            return .refused(HealthError.entryTypeForbidden(content.type.rawValue))
        }
        return try await writablePatient(patientID, by: principal, on: db).then { patient in
            try await insertEntry(content, of: patient, label: label, by: principal, on: db)
        }
    }

    /// Writes a new entry of a patient whose record the caller may write, inside the caller's transaction: the
    /// object (through `insertPatientObject`), its row, its consent terms, its first kept version, its document.
    package func insertEntry(
        _ content: RecordEntry.Content, of patient: Patient, label: SecurityLabel?, by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> Checked<RecordEntry> {
        let patientID = patient.object.id
        let object: LabelledObject
        switch try await insertPatientObject(
            kind: RecordEntry.kind, title: content.summary, of: patient, label: label, by: principal,
            auditDetails: ["type": content.type.rawValue], on: db)
        {
        case .refused(let error): return .refused(error)
        case .done(let inserted): object = inserted
        }
        let entry = RecordEntry(object: object, patientID: patientID, content: content)
        try await db.raw(
            """
            INSERT INTO health_entries (object_id, patient_id, entry_type, entry_date, clinician_id, body, codes_json,
                                        correspondent, direction)
            VALUES (\(bind: object.id), \(bind: patientID), \(bind: content.type.rawValue), \(bind: content.date),
                    \(bind: content.clinicianID), \(bind: content.text), \(bind: Self.codedJSON(content)),
                    \(bind: content.correspondent), \(bind: content.direction))
            """
        ).run()
        if let terms = content.consent {
            try await db.raw(
                """
                INSERT INTO health_consents (entry_id, patient_id, recipient, scope, purpose, valid_from, valid_until)
                VALUES (\(bind: object.id), \(bind: patientID), \(bind: terms.recipient), \(bind: terms.scope),
                        \(bind: terms.purpose), \(bind: terms.validFrom), \(bind: terms.validUntil))
                """
            ).run()
        }
        try await keepVersion(object.id, version: 1, content, reason: nil, by: principal, at: object.createdAt, on: db)
        try await objects.search.refresh([object.id], on: db)
        return .done(entry)
    }

    package static func codedJSON(_ content: RecordEntry.Content) -> String {
        RecordEntry.encode(RecordEntry.Coded(codes: content.codes, observations: content.observations))
    }

    package func keepVersion(
        _ entryID: String, version: Int64, _ content: RecordEntry.Content, reason: String?, by principal: Principal,
        at time: Int64, on db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            INSERT INTO health_entry_versions (entry_id, version, content_json, reason, author, recorded_at)
            VALUES (\(bind: entryID), \(bind: version), \(bind: RecordEntry.encode(content)), \(bind: reason),
                    \(bind: principal.id), \(bind: time))
            """
        ).run()
    }

    /// The entries of a patient's record that the principal may read, newest first, optionally of one type.
    public func entries(
        of patientID: String, type: RecordEntry.EntryType?, after cursor: String?, limit: Int, by principal: Principal
    ) async throws -> Page<RecordEntry> {
        try await objects.page(
            RecordEntry.self, filter: Self.entryFilter(patientID, type), after: cursor, limit: limit, by: principal)
    }

    public func entryCount(of patientID: String, type: RecordEntry.EntryType?, by principal: Principal) async throws
        -> Int
    {
        try await objects.count(join: RecordEntry.join, filter: Self.entryFilter(patientID, type), by: principal)
    }

    package static func entryFilter(_ patientID: String, _ type: RecordEntry.EntryType?) -> SQLQueryString {
        var filter: SQLQueryString = " AND o.kind = \(bind: RecordEntry.kind) AND e.patient_id = \(bind: patientID)"
        if let type { filter += " AND e.entry_type = \(bind: type.rawValue)" }
        return filter
    }

    /// An entry of the patient with every version of it, if the principal may read it (an audited read).
    public func entry(_ id: String, of patientID: String, by principal: Principal) async throws
        -> (RecordEntry, [RecordEntry.Version])?
    {
        try await database.transaction { db in
            guard let entry = try await self.readEntry(id, of: patientID, by: principal, on: db) else { return nil }
            try await self.auditRead(entry.object, patientID: patientID, by: principal, on: db)
            return (entry, try await self.versions(of: id, on: db))
        }
    }

    package func readEntry(_ id: String, of patientID: String, by principal: Principal, on db: any SQLDatabase)
        async throws
        -> RecordEntry?
    {
        let entry = try await objects.readItem(RecordEntry.self, id, by: principal, auditingRead: false, on: db)
        // An entry asked for under another patient is not there (and says nothing of where it is).
        guard let entry, entry.patientID == patientID else { return nil }
        return entry
    }

    package func versions(of id: String, on db: any SQLDatabase) async throws -> [RecordEntry.Version] {
        try await db.raw(
            "SELECT version, content_json, reason, author, recorded_at FROM health_entry_versions WHERE entry_id = \(bind: id) ORDER BY version"
        ).all().map { try $0.decodeModel(RecordEntry.Version.self) }
    }

    /// Corrects an entry: the new content becomes the next version, the reason is kept with it, and the
    /// versions before stay readable. The type never changes; a revoked consent is not corrected.
    ///
    /// `content` gives the corrected content from the entry's type (known once the entry is read); it may refuse.
    public func correctEntry(
        _ id: String, of patientID: String, expectedVersion: Int64, reason: String, by principal: Principal,
        content makeContent: @escaping @Sendable (RecordEntry.EntryType) throws -> RecordEntry.Content
    ) async throws -> RecordEntry {
        try await database.transaction { db -> Checked<RecordEntry> in
            let current: RecordEntry
            switch try await self.writableEntry(
                id, of: patientID, expectedVersion: expectedVersion, by: principal, on: db)
            {
            case .refused(let error): return .refused(error)
            case .done(let entry): current = entry
            }
            var content = try makeContent(current.content.type)
            content.type = current.content.type
            if content.type.isClinical, HealthOffice.clinical.isDisjoint(with: principal.roles) {
                return .refused(HealthError.entryTypeForbidden(content.type.rawValue))
            }
            if current.consent?.isRevoked == true { return .refused(HealthError.consentRevoked) }
            guard content != current.content else { return .refused(HealthError.correctionUnchanged) }
            var edited = current
            edited.content = content
            edited.object.title = content.summary
            return try await self.objects.saveChange(
                edited.object, replacing: current.object, fields: ["content"], by: principal,
                action: "health.entry.correct", extra: ["reason": reason, "patient": patientID], on: db
            ).then { saved in
                edited.object = saved
                try await db.raw(
                    """
                    UPDATE health_entries SET entry_date = \(bind: content.date), clinician_id = \(bind: content.clinicianID),
                        body = \(bind: content.text), codes_json = \(bind: Self.codedJSON(content)),
                        correspondent = \(bind: content.correspondent), direction = \(bind: content.direction)
                    WHERE object_id = \(bind: id)
                    """
                ).run()
                if let terms = content.consent {
                    try await db.raw(
                        """
                        UPDATE health_consents SET recipient = \(bind: terms.recipient), scope = \(bind: terms.scope),
                            purpose = \(bind: terms.purpose), valid_from = \(bind: terms.validFrom),
                            valid_until = \(bind: terms.validUntil)
                        WHERE entry_id = \(bind: id)
                        """
                    ).run()
                }
                try await self.keepVersion(
                    id, version: saved.version, content, reason: reason, by: principal, at: saved.updatedAt, on: db)
                try await self.objects.search.refresh([id], on: db)
                return .done(edited)
            }
        }.get()
    }

    /// Revokes a consent from now on: releases relying on it are refused afterwards. Recorded as a new version.
    public func revokeConsent(_ id: String, of patientID: String, reason: String, by principal: Principal) async throws
        -> RecordEntry
    {
        try await database.transaction { db -> Checked<RecordEntry> in
            let current: RecordEntry
            switch try await self.writableEntry(id, of: patientID, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let entry): current = entry
            }
            guard let consent = current.consent else { return .refused(HealthError.notAConsent) }
            guard !consent.isRevoked else { return .refused(HealthError.consentRevoked) }
            var edited = current
            edited.object.state = "revoked"
            return try await self.objects.saveChange(
                edited.object, replacing: current.object, fields: ["revoked"], by: principal,
                action: "health.consent.revoke", extra: ["reason": reason, "patient": patientID], on: db
            ).then { saved in
                edited.object = saved
                edited.consent = RecordEntry.ConsentState(
                    revokedAt: saved.updatedAt, revokedBy: principal.id, revocationReason: reason)
                try await db.raw(
                    """
                    UPDATE health_consents SET revoked_at = \(bind: saved.updatedAt), revoked_by = \(bind: principal.id),
                        revocation_reason = \(bind: reason)
                    WHERE entry_id = \(bind: id)
                    """
                ).run()
                try await self.keepVersion(
                    id, version: saved.version, current.content, reason: reason, by: principal, at: saved.updatedAt,
                    on: db)
                return .done(edited)
            }
        }.get()
    }

    package func writableEntry(
        _ id: String, of patientID: String, expectedVersion: Int64? = nil, by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> Checked<RecordEntry> {
        try await objects.lockForWrite(id, on: db)
        guard let entry = try await readEntry(id, of: patientID, by: principal, on: db) else {
            return .refused(.objectNotFound(id))
        }
        if let refusal = try await objects.authorizeWrite(
            entry.object, expectedVersion: expectedVersion, requiredRoles: HealthOffice.staff, by: principal, on: db)
        {
            return .refused(refusal)
        }
        return .done(entry)
    }

    /// The consents of a patient that allow a release to `recipient` today and that the principal may read, for
    /// other parts of the office (releases), inside the caller's transaction. Trimmed like every read: a release
    /// never rests on a consent its requester, approver or releaser could not read, and a consent they may not read
    /// gets the same answer as no consent at all.
    ///
    /// On PostgreSQL those consents are share-locked first, so a revocation racing this release waits for it to
    /// commit (or the release sees the revocation): a consent revoked before the release commits is never relied
    /// on. SQLite transactions are serial already.
    package func validConsents(of patientID: String, recipient: String, by principal: Principal, on db: any SQLDatabase)
        async throws -> [RecordEntry]
    {
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        if database.engine == .postgres {
            _ = try await db.raw(
                """
                SELECT o.id FROM objects o JOIN health_consents c ON c.entry_id = o.id
                WHERE c.patient_id = \(bind: patientID) AND \(scope.readable()) ORDER BY o.id FOR SHARE OF o
                """
            ).all()
        }
        let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
        return try await db.raw(
            """
            SELECT \(LabelledObject.columns)\(RecordEntry.columns) FROM objects o \(RecordEntry.join)
            WHERE e.patient_id = \(bind: patientID) AND e.entry_type = 'consent' AND c.revoked_at IS NULL
              AND LOWER(c.recipient) = \(bind: recipient.lowercased())
              AND c.valid_from <= \(bind: today) AND c.valid_until >= \(bind: today)
              AND \(scope.readable())
            ORDER BY o.id DESC
            """
        ).all().map(RecordEntry.init(row:))
    }
}
