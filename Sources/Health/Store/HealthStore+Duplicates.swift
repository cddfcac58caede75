import ChanceryKit
import ChancerySpine
import SQLKit

/// A record that may be a second record of a person already on file (the same names and date of birth, or the same
/// staff number), linked to the record it matched for the medical advisor to merge or to dismiss.
///
/// Opening such a record is never refused: a refusal would tell the clerk that a record exists, even one they may
/// not read. The clerk's record is opened like any other and the link waits, unseen by them, in the advisor's queue.
public struct SuspectedDuplicate: Sendable, Equatable, RowDecodable {
    /// What the two records share.
    public enum Match: String, Sendable, Decodable {
        case identity
        case staffNumber = "staff-number"
    }

    /// The advisor's decision.
    public enum Resolution: String, Sendable, Decodable {
        /// The suspected duplicate was merged into the existing record.
        case merged
        /// Two people: both records stay.
        case distinct
    }

    public var id: String
    /// The newer record, the one that merges into the other.
    public var patientID: String
    /// The record it matched, which survives a merge.
    public var existingID: String
    public var matchedOn: Match
    public var flaggedBy: String
    public var flaggedAt: Int64
    public var resolution: Resolution?
    public var resolvedBy: String?
    public var resolvedAt: Int64?
    public var note: String?
    /// Each record, when the reader may read it (for the advisor to compare); nil otherwise.
    public var patient: Patient?
    public var existing: Patient?

    package static let columns: SQLQueryString = """
        d.id, d.patient_id, d.existing_id, d.matched_on, d.flagged_by, d.flagged_at, d.resolution, d.resolved_by,
        d.resolved_at, d.note
        """

    private enum CodingKeys: String, CodingKey {
        case id, patientID, existingID, matchedOn, flaggedBy, flaggedAt, resolution, resolvedBy, resolvedAt, note
        // `patient` and `existing` are filled in after the read, for a reader who may read them
    }
}

extension HealthStore {
    /// The state of a patient's record once merged into another: it keeps its details as history, and everything
    /// of it (entries, consents, appointments, referrals, releases) belongs to the surviving record.
    package static let mergedState = "merged"

    /// The patient tables whose rows follow a merged record to the surviving one. The break-glass openings, the QA
    /// audits' samples and the accounting of disclosures (append-only) stay as they were: they are history of what
    /// happened to the merged record, and the disclosures of a record include those of the records merged into it.
    package static let followingTables = [
        "health_patient_objects", "health_entries", "health_consents", "health_appointments", "health_waitlist",
        "health_referrals", "health_releases", "health_pod_requests", "health_fitness_decisions",
    ]

    // MARK: flagging

    /// The record, other than `id`, of a person with the same identity or staff number, read unfiltered (to
    /// de-duplicate): a record that is not itself awaiting review first, then the oldest; never a merged one, nor
    /// one the advisor already found to be someone else than `id`.
    package func duplicate(of details: Patient.Details, except id: String? = nil, on db: any SQLDatabase) async throws
        -> (id: String, match: SuspectedDuplicate.Match)?
    {
        var condition: SQLQueryString = "p.identity_key = \(bind: details.identityKey)"
        if let number = details.staffNumber { condition += " OR p.staff_number = \(bind: number)" }
        var query: SQLQueryString = """
            SELECT p.object_id, p.identity_key FROM health_patients p JOIN objects o ON o.id = p.object_id
            WHERE (\(condition)) AND o.state <> \(bind: Self.mergedState)
            """
        if let id {
            query += """
                 AND p.object_id <> \(bind: id) AND p.object_id NOT IN (
                    SELECT existing_id FROM health_patient_duplicates
                    WHERE patient_id = \(bind: id) AND resolution = 'distinct'
                    UNION SELECT patient_id FROM health_patient_duplicates
                    WHERE existing_id = \(bind: id) AND resolution = 'distinct')
                """
        }
        query += """
             ORDER BY (SELECT COUNT(*) FROM health_patient_duplicates w
                       WHERE w.patient_id = p.object_id AND w.resolved_at IS NULL),
                p.object_id LIMIT 1
            """
        guard let row = try await db.raw(query).first() else { return nil }
        let sameIdentity = try row.decode(column: "identity_key", as: String.self) == details.identityKey
        return (try row.decode(column: "object_id", as: String.self), sameIdentity ? .identity : .staffNumber)
    }

    /// Links a record to the one it seems to duplicate, for the advisor, inside the caller's transaction; nothing
    /// when it already waits for review, or when the pair waits already the other way round. The event is written on
    /// the existing record only, so that the trail of the new record (which its creator may read) says nothing of a
    /// record they may not.
    package func flagSuspectedDuplicate(
        _ patientID: String, of existing: (id: String, match: SuspectedDuplicate.Match), by principal: Principal,
        on db: any SQLDatabase
    ) async throws {
        let pending = try await db.raw(
            """
            SELECT id FROM health_patient_duplicates
            WHERE resolved_at IS NULL AND (patient_id = \(bind: patientID)
                OR (patient_id = \(bind: existing.id) AND existing_id = \(bind: patientID)))
            """
        ).first()
        guard pending == nil else { return }
        let now = Clock.nowMilliseconds()
        let id = ObjectID.make(milliseconds: now)
        try await db.raw(
            """
            INSERT INTO health_patient_duplicates (id, patient_id, existing_id, matched_on, flagged_by, flagged_at)
            VALUES (\(bind: id), \(bind: patientID), \(bind: existing.id), \(bind: existing.match.rawValue),
                    \(bind: principal.id), \(bind: now))
            """
        ).run()
        try await audit.append(
            AuditEntry(
                actor: principal.id, action: "health.patient.suspected-duplicate", objectID: existing.id,
                details: ["duplicate": patientID, "suspicion": id, "matchedOn": existing.match.rawValue]),
            on: db)
    }

    // MARK: the advisor's queue

    /// The medical advisor's queue of suspected duplicates, oldest first (every one, decided too, with `all`):
    /// those of records whose labels the advisor could read (clearance, nation, MEDICAL), each record shown only
    /// where they may read it (an audited read of the records shown).
    public func suspectedDuplicates(all: Bool, limit: Int, by principal: Principal) async throws -> [SuspectedDuplicate]
    {
        try await suspectedDuplicates(
            all: all, order: " ORDER BY d.flagged_at, d.id", limit: limit, offset: 0, export: nil, by: principal
        ).items
    }

    /// The suspicions waiting for a decision as the queue page's list asks: sorted, paged or exported in SQL, trimmed
    /// like `suspectedDuplicates`; an export is audited as `list.export` in the read's transaction.
    package func suspectedDuplicates(list: ListQuery, notFlaggedBy flagger: String? = nil, by principal: Principal)
        async throws -> (items: [SuspectedDuplicate], hasMore: Bool)
    {
        try await suspectedDuplicates(
            all: false, order: list.orderBy, limit: list.limit, offset: list.isExport ? 0 : list.offset,
            export: list.isExport ? list : nil, auditsRead: list.auditsRead, notFlaggedBy: flagger, by: principal)
    }

    private func suspectedDuplicates(
        all: Bool, order: SQLQueryString, limit: Int, offset: Int, export: ListQuery?, auditsRead: Bool = true,
        notFlaggedBy flagger: String? = nil, by principal: Principal
    ) async throws -> (items: [SuspectedDuplicate], hasMore: Bool) {
        try HealthOffice.require(HealthOffice.advisors, principal)
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        let own: SQLQueryString = flagger.map { id -> SQLQueryString in " AND d.flagged_by <> \(bind: id)" } ?? ""
        let filter: SQLQueryString = (all ? "" : " AND d.resolved_at IS NULL") + own
        return try await database.transaction { db in
            var items = try await db.raw(
                """
                SELECT \(SuspectedDuplicate.columns) FROM health_patient_duplicates d
                JOIN objects a ON a.id = d.patient_id AND \(scope.labelPermits("a"))
                JOIN objects b ON b.id = d.existing_id AND \(scope.labelPermits("b"))
                WHERE 1 = 1\(filter)\(order) LIMIT \(bind: limit + 1) OFFSET \(bind: offset)
                """
            ).all().map(SuspectedDuplicate.init(row:))
            let hasMore = items.count > limit
            if hasMore { items.removeLast() }
            let patients = try await self.readablePatients(
                Array(Set(items.flatMap { [$0.patientID, $0.existingID] })), scope: scope, on: db)
            for index in items.indices {
                items[index].patient = patients[items[index].patientID]
                items[index].existing = patients[items[index].existingID]
            }
            let shown = patients.values.map(\.object).filter(\.readIsAudited).map(\.id).sorted()
            if let export {
                try await self.audit.append(
                    ListExport.event(
                        export, count: items.count, objects: patients.keys.sorted(), by: principal),
                    on: db)
            } else if auditsRead, !shown.isEmpty {
                try await self.audit.append(
                    AuditEntry(
                        actor: principal.id, action: "object.list", relatedObjectIDs: shown,
                        details: ["count": String(shown.count), "list": "suspected-duplicates"]),
                    on: db)
            }
            return (items, hasMore)
        }
    }

    /// How many suspected duplicates wait for the advisor, and how many of them are the advisor's own (which
    /// another medical advisor must decide). A count shows nothing of the records: not an audited read.
    public func pendingDuplicateCounts(by principal: Principal) async throws -> (all: Int, own: Int) {
        try HealthOffice.require(HealthOffice.advisors, principal)
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        let row = try await database.read { db in
            try await db.raw(
                """
                SELECT COUNT(*) AS n,
                    COALESCE(SUM(CASE WHEN d.flagged_by = \(bind: principal.id) THEN 1 ELSE 0 END), 0) AS own
                FROM health_patient_duplicates d
                JOIN objects a ON a.id = d.patient_id AND \(scope.labelPermits("a"))
                JOIN objects b ON b.id = d.existing_id AND \(scope.labelPermits("b"))
                WHERE d.resolved_at IS NULL
                """
            ).first()
        }
        return (
            Int(try row?.decode(column: "n", as: Int64.self) ?? 0),
            Int(try row?.decode(column: "own", as: Int64.self) ?? 0)
        )
    }

    // MARK: deciding

    /// Merges a suspected duplicate into the record it matched, in one transaction: every object of the duplicate
    /// (entries, consents, appointments, referrals, releases…) moves to the surviving record and takes its access
    /// (never wider than it had); the duplicate keeps its details as history, marked merged, with the surviving
    /// record's access; suspicions that pointed at it now point at the survivor. Audited on both records and every
    /// object moved.
    public func mergeDuplicate(_ id: String, note: String?, by principal: Principal) async throws -> SuspectedDuplicate
    {
        try await decide(id, by: principal) { suspicion, db in
            let (duplicate, survivor) = (suspicion.patientID, suspicion.existingID)
            guard let duplicateObject = try await self.patientObject(duplicate, on: db),
                let survivorObject = try await self.patientObject(survivor, on: db),
                duplicateObject.state != Self.mergedState, survivorObject.state != Self.mergedState
            else { return .refused(HealthError.duplicateDecided) }
            let moved = try await db.raw(
                "SELECT object_id FROM health_patient_objects WHERE patient_id = \(bind: duplicate) ORDER BY object_id"
            ).all().map { try $0.decode(column: "object_id", as: String.self) }
            for objectID in moved {
                guard let object = try await self.patientObject(objectID, on: db) else { continue }
                _ = try await self.objects.conformAccess(of: object, to: survivorObject, by: principal.id, on: db)
            }
            for table in Self.followingTables {
                try await db.raw(
                    """
                    UPDATE \(unsafeRaw: table) SET patient_id = \(bind: survivor) WHERE patient_id = \(bind: duplicate)
                    """
                ).run()
            }
            _ = try await self.objects.conformAccess(
                of: duplicateObject, to: survivorObject, state: Self.mergedState, by: principal.id, on: db)
            try await db.raw(
                """
                UPDATE health_patient_duplicates SET resolution = 'merged', resolved_by = \(bind: principal.id),
                    resolved_at = \(bind: Clock.nowMilliseconds()), note = \(bind: note)
                WHERE id = \(bind: id)
                """
            ).run()
            // The suspicions that named the merged record now name the survivor.
            try await db.raw(
                """
                UPDATE health_patient_duplicates SET existing_id = \(bind: survivor)
                WHERE resolved_at IS NULL AND existing_id = \(bind: duplicate)
                """
            ).run()
            var details = ["duplicate": duplicate, "suspicion": id, "moved": String(moved.count)]
            if let note { details["note"] = note }
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "health.patient.merge", objectID: survivor,
                    relatedObjectIDs: [duplicate] + moved, details: details),
                on: db)
            return .done(())
        }
    }

    /// Records that the two records are of two people: both stay, and the suspicion leaves the queue. Audited on
    /// the existing record, like the suspicion.
    public func dismissDuplicate(_ id: String, note: String, by principal: Principal) async throws -> SuspectedDuplicate
    {
        try await decide(id, by: principal) { suspicion, db in
            try await db.raw(
                """
                UPDATE health_patient_duplicates SET resolution = 'distinct', resolved_by = \(bind: principal.id),
                    resolved_at = \(bind: Clock.nowMilliseconds()), note = \(bind: note)
                WHERE id = \(bind: id) AND resolved_at IS NULL
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "health.patient.distinct", objectID: suspicion.existingID,
                    details: ["duplicate": suspicion.patientID, "suspicion": id, "note": note]),
                on: db)
            return .done(())
        }
    }

    /// The checks every decision shares, then `apply`, in one transaction: the advisor's role in the Health
    /// Office, both records' labels within their reach (otherwise the suspicion is not there for them), the
    /// suspicion still pending, and four eyes (nobody decides a suspicion raised by a record they opened: the
    /// refusal is audited and changes nothing).
    private func decide(
        _ id: String, by principal: Principal,
        _ apply: @escaping @Sendable (SuspectedDuplicate, any SQLDatabase) async throws -> Checked<Void>
    ) async throws -> SuspectedDuplicate {
        try HealthOffice.require(HealthOffice.advisors, principal)
        try HealthOffice.requireUnit(principal)
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        return try await database.transaction { db -> Checked<SuspectedDuplicate> in
            let query: SQLQueryString = """
                SELECT \(SuspectedDuplicate.columns) FROM health_patient_duplicates d
                JOIN objects a ON a.id = d.patient_id AND \(scope.labelPermits("a"))
                JOIN objects b ON b.id = d.existing_id AND \(scope.labelPermits("b"))
                WHERE d.id = \(bind: id)
                """
            guard let found = try await db.raw(query).first().map(SuspectedDuplicate.init(row:)) else {
                return .refused(.notFound)
            }
            // Both records take turns with their other writers (in id order, so two merges never wait on each other).
            for record in [found.patientID, found.existingID].sorted() {
                try await self.objects.lockForWrite(record, on: db)
            }
            guard let suspicion = try await db.raw(query).first().map(SuspectedDuplicate.init(row:)),
                suspicion.resolvedAt == nil
            else { return .refused(HealthError.duplicateDecided) }
            guard suspicion.flaggedBy != principal.id else {
                try await self.objects.auditSeparationOfDuties(
                    of: suspicion.existingID, action: "health.patient.duplicate.decide", by: principal,
                    details: ["suspicion": id], on: db)
                return .refused(HealthError.ownDuplicate)
            }
            if case .refused(let error) = try await apply(suspicion, db) { return .refused(error) }
            guard let decided = try await db.raw(query).first().map(SuspectedDuplicate.init(row:)) else {
                return .refused(.notFound)
            }
            return .done(decided)
        }.get()
    }

    /// A patient's record or one of its objects, unfiltered: for a merge the advisor is entitled to make.
    private func patientObject(_ id: String, on db: any SQLDatabase) async throws -> LabelledObject? {
        try await db.raw("SELECT \(LabelledObject.columns) FROM objects o WHERE o.id = \(bind: id)").first()
            .map(LabelledObject.init(row:))
    }

    /// The record and every record merged into it, directly or through another merge (their disclosures are its
    /// disclosures).
    package static func mergedFamily(of patientID: String) -> SQLQueryString {
        """
        WITH RECURSIVE family(id) AS (
            SELECT \(bind: patientID)
            UNION SELECT d.patient_id FROM health_patient_duplicates d JOIN family f ON d.existing_id = f.id
            WHERE d.resolution = 'merged'
        )
        SELECT id FROM family
        """
    }
}
