import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

extension HealthStore {
    /// Who may run record QA audits: clinicians and the medical advisor.
    package static let auditors = HealthOffice.clinical

    /// Starts an audit: draws `size` records at random among the patients the principal may read (the draw is
    /// security-trimmed in SQL, then ordered by `seed`), and keeps the sample. Refused when no record is readable.
    public func startAudit(title: String, size: Int, seed: Int64, by principal: Principal) async throws
        -> QAAudit.Detail
    {
        try HealthOffice.require(Self.auditors, principal)
        try HealthOffice.requireUnit(principal)
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        return try await database.transaction { db -> Checked<QAAudit.Detail> in
            let readable = try await db.raw(
                """
                SELECT o.id FROM objects o
                WHERE o.kind = \(bind: Patient.kind) AND o.state <> \(bind: Self.mergedState) AND \(scope.readable("o"))
                """
            ).all().map { try $0.decode(column: "id", as: String.self) }
            let sample = QAAudit.sample(readable, size: size, seed: seed)
            guard !sample.isEmpty else { return .refused(QAAuditError.nothingToSample) }
            let patients = try await self.readablePatients(sample, scope: scope, on: db)
            guard let dominant = try? SecurityLabel.dominant(of: patients.values.map(\.object.label)) else {
                return .refused(QAAuditError.nothingToSample)
            }
            let now = Clock.nowMilliseconds()
            let object = LabelledObject(
                id: ObjectID.make(milliseconds: now), kind: QAAudit.kind, title: title,
                label: HealthOffice.label(dominant),
                owningUnit: HealthOffice.unit, openToUnit: true, state: "open", createdBy: principal.id, at: now)
            try await self.objects.insert(
                object,
                auditDetails: ["seed": String(seed), "requestedSize": String(size), "sampled": String(sample.count)],
                on: db)
            try await db.raw(
                """
                INSERT INTO health_audits (object_id, seed, requested_size)
                VALUES (\(bind: object.id), \(bind: seed), \(bind: Int64(size)))
                """
            ).run()
            for (position, patientID) in sample.enumerated() {
                try await db.raw(
                    """
                    INSERT INTO health_audit_items (audit_id, patient_id, position)
                    VALUES (\(bind: object.id), \(bind: patientID), \(bind: Int64(position + 1)))
                    """
                ).run()
            }
            // Which records were drawn is part of "who has looked at this patient's file".
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "health.audit.sample", objectID: object.id, relatedObjectIDs: sample,
                    details: ["seed": String(seed)]),
                on: db)
            guard let detail = try await self.auditDetail(object.id, by: principal, auditingRead: false, on: db) else {
                return .refused(.objectNotFound(object.id))
            }
            return .done(detail)
        }.get()
    }

    /// The audits the principal may read, newest first.
    public func audits(after cursor: String?, limit: Int, by principal: Principal) async throws -> Page<QAAudit> {
        try await objects.page(
            QAAudit.self, filter: " AND o.kind = \(bind: QAAudit.kind)", after: cursor, limit: limit, by: principal)
    }

    package static func auditFilter(closed: Bool?) -> SQLQueryString {
        var filter: SQLQueryString = " AND o.kind = \(bind: QAAudit.kind)"
        if let closed { filter += closed ? " AND qa.closed_at IS NOT NULL" : " AND qa.closed_at IS NULL" }
        return filter
    }

    /// A page of the audits list page: sorted, paged or exported as `list` asks, in SQL, trimmed.
    package func audits(closed: Bool?, list: ListQuery, by principal: Principal)
        async throws -> (items: [QAAudit], hasMore: Bool)
    {
        try await objects.listPage(QAAudit.self, filter: Self.auditFilter(closed: closed), query: list, by: principal)
    }

    /// How many audits, open or closed, the principal may read.
    package func auditCount(closed: Bool?, by principal: Principal) async throws -> Int {
        try await objects.count(join: QAAudit.join, filter: Self.auditFilter(closed: closed), by: principal)
    }

    /// How many audits the principal may read.
    public func auditCount(by principal: Principal) async throws -> Int {
        try await objects.count(join: QAAudit.join, filter: " AND o.kind = \(bind: QAAudit.kind)", by: principal)
    }

    /// An audit with its checklist, if the principal may read it: an audited MEDICAL read that names the patients
    /// it shows. Items of patients the principal may not read show nothing but their place in the sample.
    public func qaAudit(_ id: String, by principal: Principal) async throws -> QAAudit.Detail? {
        try await database.transaction { db in try await self.auditDetail(id, by: principal, on: db) }
    }

    package func readAudit(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws -> QAAudit? {
        try await objects.readItem(QAAudit.self, id, by: principal, auditingRead: false, on: db)
    }

    package func auditDetail(_ id: String, by principal: Principal, auditingRead: Bool = true, on db: any SQLDatabase)
        async throws -> QAAudit.Detail?
    {
        guard let audit = try await readAudit(id, by: principal, on: db) else { return nil }
        var items = try await db.raw(
            """
            SELECT position, patient_id, completeness, consent, codes, signatures, finding, follow_up, follow_up_due,
                   follow_up_status, reviewed_by, reviewed_at
            FROM health_audit_items WHERE audit_id = \(bind: id) ORDER BY position
            """
        ).all().map(QAAudit.Item.init(row:))
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        let patients = try await readablePatients(items.map(\.patientID), scope: scope, on: db)
        let facts = try await entryFacts(Array(patients.keys), scope: scope, on: db)
        for index in items.indices {
            guard let patient = patients[items[index].patientID] else { continue }
            items[index].patient = patient
            items[index].automatic = .of(patient.details, entries: facts[patient.object.id] ?? [])
        }
        if auditingRead {
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "object.read", objectID: id,
                    relatedObjectIDs: items.compactMap { $0.patient?.object.id }, details: ["kind": QAAudit.kind]),
                on: db)
        }
        return QAAudit.Detail(audit: audit, items: items)
    }

    /// The patients among `ids` that the principal may read, by id (trimmed in SQL).
    package func readablePatients(_ ids: [String], scope: SecurityScope, on db: any SQLDatabase) async throws
        -> [String:
        Patient]
    {
        guard !ids.isEmpty else { return [:] }
        let rows = try await db.raw(
            """
            SELECT \(LabelledObject.columns)\(Patient.columns) FROM objects o \(Patient.join)
            WHERE o.id IN (\(binds: ids)) AND \(scope.readable("o"))
            """
        ).all()
        var patients: [String: Patient] = [:]
        for row in rows {
            let patient = try Patient(row: row)
            patients[patient.object.id] = patient
        }
        return patients
    }

    /// What the checklist needs of the entries of these patients that the principal may read.
    package func entryFacts(_ patientIDs: [String], scope: SecurityScope, on db: any SQLDatabase) async throws
        -> [String: [QAAudit.EntryFacts]]
    {
        guard !patientIDs.isEmpty else { return [:] }
        let rows = try await db.raw(
            """
            SELECT e.patient_id, e.entry_type, e.clinician_id, e.codes_json, c.revoked_at
            FROM objects o JOIN health_entries e ON e.object_id = o.id LEFT JOIN health_consents c ON c.entry_id = e.object_id
            WHERE e.patient_id IN (\(binds: patientIDs)) AND \(scope.readable("o"))
            """
        ).all()
        var facts: [String: [QAAudit.EntryFacts]] = [:]
        for row in rows {
            let stored = try row.decodeModel(EntryFactRow.self)
            // An entry type this build does not know, or codes it cannot read, count as no fact rather than failing.
            guard let type = RecordEntry.EntryType(rawValue: stored.entryType) else { continue }
            let coded = try? JSONDecoder().decode(RecordEntry.Coded.self, from: Data(stored.codesJson.utf8))
            let fact = QAAudit.EntryFacts(
                type: type, clinicianID: stored.clinicianID,
                isCoded: !(coded?.codes.isEmpty ?? true) || !(coded?.observations.isEmpty ?? true),
                revoked: stored.revokedAt != nil)
            facts[stored.patientID, default: []].append(fact)
        }
        return facts
    }

    /// The audit, locked, if the principal may change it now (an auditor's role, write need-to-know, still open
    /// unless `allowClosed`).
    package func writableAudit(_ id: String, allowClosed: Bool = false, by principal: Principal, on db: any SQLDatabase)
        async throws -> Checked<QAAudit>
    {
        try await objects.lockForWrite(id, on: db)
        guard let audit = try await readAudit(id, by: principal, on: db) else { return .refused(.objectNotFound(id)) }
        if let refusal = try await objects.authorizeWrite(
            audit.object, requiredRoles: Self.auditors, by: principal, on: db)
        {
            return .refused(refusal)
        }
        if audit.isClosed, !allowClosed { return .refused(QAAuditError.closed) }
        return .done(audit)
    }

    /// Records the auditor's answers for one sampled record (replacing earlier ones). The principal must still
    /// be able to read the patient; otherwise the record is not there for them (404). Nobody answers the checklist
    /// of a record in which they wrote or signed an entry (403 separation-of-duties, audited). Once the audit is
    /// closed, only a follow-up's status may still change (a follow-up is often done after the audit closes).
    public func answer(_ auditID: String, patient patientID: String, _ answer: QAAudit.Answer, by principal: Principal)
        async throws -> QAAudit.Item
    {
        try await database.transaction { db -> Checked<QAAudit.Item> in
            let audit: QAAudit
            switch try await self.writableAudit(auditID, allowClosed: true, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): audit = found
            }
            let scope = SecurityScope(principal: principal, catalog: self.objects.catalog, engine: self.database.engine)
            let sampled = try await db.raw(
                "SELECT patient_id FROM health_audit_items WHERE audit_id = \(bind: auditID) AND patient_id = \(bind: patientID)"
            ).first()
            let readable = try await self.readablePatients([patientID], scope: scope, on: db)
            guard sampled != nil, !readable.isEmpty else { return .refused(.objectNotFound(patientID)) }
            // Four eyes: nobody audits their own documentation; another auditor answers this record's checklist.
            let authored = try await db.raw(
                """
                SELECT e.object_id FROM health_entries e JOIN objects o ON o.id = e.object_id
                WHERE e.patient_id = \(bind: patientID)
                    AND (o.created_by = \(bind: principal.id) OR e.clinician_id = \(bind: principal.id))
                LIMIT 1
                """
            ).first()
            if authored != nil {
                try await self.objects.auditSeparationOfDuties(
                    of: auditID, action: "health.audit.answer", by: principal, details: ["patient": patientID], on: db)
                return .refused(QAAuditError.ownRecord)
            }
            if audit.isClosed {
                let current = try await db.raw(
                    """
                    SELECT position, patient_id, completeness, consent, codes, signatures, finding, follow_up,
                           follow_up_due, follow_up_status, reviewed_by, reviewed_at
                    FROM health_audit_items WHERE audit_id = \(bind: auditID) AND patient_id = \(bind: patientID)
                    """
                ).first().map(QAAudit.Item.init(row:))
                guard let current, current.followUp != nil, current.answers == answer.checks,
                    current.finding == answer.finding, current.followUp == answer.followUp,
                    current.followUpDue == answer.followUpDue
                else { return .refused(QAAuditError.closed) }
            }
            func flag(_ value: Bool?) -> Int64? { value.map { $0 ? 1 : 0 } }
            let now = Clock.nowMilliseconds()
            let checks = answer.checks
            try await db.raw(
                """
                UPDATE health_audit_items SET completeness = \(bind: flag(checks.completeness)),
                    consent = \(bind: flag(checks.consent)), codes = \(bind: flag(checks.codes)),
                    signatures = \(bind: flag(checks.signatures)), finding = \(bind: answer.finding),
                    follow_up = \(bind: answer.followUp), follow_up_due = \(bind: answer.followUpDue),
                    follow_up_status = \(bind: answer.followUpStatus), reviewed_by = \(bind: principal.id),
                    reviewed_at = \(bind: now)
                WHERE audit_id = \(bind: auditID) AND patient_id = \(bind: patientID)
                """
            ).run()
            var extra = ["patient": patientID]
            if let status = answer.followUpStatus { extra["followUpStatus"] = status }
            return try await self.objects.saveChange(
                audit.object, replacing: audit.object, fields: ["item"], by: principal, action: "health.audit.answer",
                extra: extra, on: db
            ).then { _ in
                guard let detail = try await self.auditDetail(auditID, by: principal, auditingRead: false, on: db),
                    let item = detail.items.first(where: { $0.patientID == patientID })
                else { return .refused(.objectNotFound(patientID)) }
                return .done(item)
            }
        }.get()
    }

    /// Closes an audit once every sampled record has been answered; a closed audit no longer changes.
    public func closeAudit(_ id: String, by principal: Principal) async throws -> QAAudit.Detail {
        try await database.transaction { db -> Checked<QAAudit.Detail> in
            let audit: QAAudit
            switch try await self.writableAudit(id, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): audit = found
            }
            let pending = audit.sampled - audit.reviewed
            guard pending == 0 else { return .refused(QAAuditError.unanswered(pending)) }
            var closed = audit.object
            closed.state = "closed"
            return try await self.objects.saveChange(
                closed, replacing: audit.object, fields: ["state"], by: principal, action: "health.audit.close",
                extra: ["openFollowUps": String(audit.openFollowUps)], on: db
            ).then { saved in
                try await db.raw(
                    """
                    UPDATE health_audits SET closed_at = \(bind: saved.updatedAt), closed_by = \(bind: principal.id)
                    WHERE object_id = \(bind: id)
                    """
                ).run()
                guard let detail = try await self.auditDetail(id, by: principal, auditingRead: false, on: db) else {
                    return .refused(.objectNotFound(id))
                }
                return .done(detail)
            }
        }.get()
    }
}

/// The refusals of record QA audits, each a sentence in the localisation table.
package enum QAAuditError {
    package static let nothingToSample = AppError(.conflict, type: "nothing-to-sample", key: "health.audit.error.empty")
    package static let closed = AppError(.conflict, type: "audit-closed", key: "health.audit.error.closed")
    /// The auditor wrote or signed an entry of this record: another auditor answers its checklist.
    package static let ownRecord = AppError(
        .forbidden, type: "separation-of-duties", key: "health.audit.error.ownRecord")

    package static func unanswered(_ count: Int) -> AppError {
        AppError(.conflict, type: "audit-unanswered", key: "health.audit.error.unanswered", ["count": String(count)])
    }
}

/// An entry's columns as the automatic checks read them.
private struct EntryFactRow: Decodable {
    var patientID: String
    var entryType: String
    var clinicianID: String?
    var codesJson: String
    var revokedAt: Int64?
}
