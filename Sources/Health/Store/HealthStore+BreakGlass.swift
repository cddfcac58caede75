import ChanceryKit
import ChancerySpine
import SQLKit

/// A clinician's emergency opening of a record outside their need-to-know: who, which patient, why, until when,
/// and the medical advisor's review.
public struct BreakGlassOpening: Sendable, Equatable, Decodable {
    public var id: String
    public var patientID: String
    /// The patient's name, when the reader may read the patient; nil otherwise.
    public var patientName: String?
    public var userID: String
    public var reason: String
    public var openedAt: Int64
    public var expiresAt: Int64
    public var reviewedBy: String?
    public var reviewedAt: Int64?
    public var reviewNote: String?
    /// The patient's label, read with the advisor's queue (whose openings are of records whose label the advisor
    /// could read) so that the queue and its CSV are marked as the patients they name; nil elsewhere.
    public var patientLabel: SecurityLabel? = nil

    /// The patient's name is the readable object's `title`, NULL when the reader may not read the patient.
    private enum CodingKeys: String, CodingKey {
        case id, patientID
        case patientName = "title"
        case userID, reason, openedAt, expiresAt, reviewedBy, reviewedAt, reviewNote
        case patientLabel = "patient_label_json"
    }
}

extension HealthStore {
    /// Opens a patient's record to a clinician for a limited time, stating a reason. Allowed only where the
    /// label would let them read it (clearance, nation, MEDICAL) and only need-to-know is missing. The opening is
    /// a flagged audit event and waits in the medical advisor's review queue.
    public func breakGlass(_ patientID: String, reason: String, by principal: Principal) async throws
        -> BreakGlassOpening
    {
        try HealthOffice.require([.healthClinician], principal)
        return try await database.transaction { db -> Checked<BreakGlassOpening> in
            try await self.objects.lockForWrite(patientID, on: db)
            guard let protected = try await self.objects.protectedObject(patientID, on: db),
                try await db.raw("SELECT 1 AS x FROM health_patients WHERE object_id = \(bind: patientID)").first()
                    != nil,
                canHold(protected.label, principal)
            else {
                try await self.objects.auditDenial(of: patientID, action: .read, by: principal, on: db)
                return .refused(.objectNotFound(patientID))
            }
            if decide(principal, .read, protected) == .allow { return .refused(HealthError.breakGlassNeedless) }
            let now = Clock.nowMilliseconds()
            let opening = BreakGlassOpening(
                id: ObjectID.make(milliseconds: now), patientID: patientID, userID: principal.id, reason: reason,
                openedAt: now, expiresAt: now + HealthOffice.breakGlassMilliseconds)
            try await db.raw(
                """
                INSERT INTO health_break_glass (id, patient_id, user_id, reason, opened_at, expires_at)
                VALUES (\(bind: opening.id), \(bind: patientID), \(bind: principal.id), \(bind: reason), \(bind: now),
                        \(bind: opening.expiresAt))
                """
            ).run()
            // The patient and every object of theirs, for the time of the opening.
            let ids =
                [patientID]
                + (try await db.raw(
                    "SELECT object_id FROM health_patient_objects WHERE patient_id = \(bind: patientID)"
                ).all().map { try $0.decode(column: "object_id", as: String.self) })
            for id in ids {
                try await db.raw(
                    """
                    INSERT INTO object_acl (object_id, grantee_kind, grantee, permission, granted_by, granted_at, expires_at)
                    VALUES (\(bind: id), 'user', \(bind: principal.id), 'read', \(bind: principal.id), \(bind: now),
                            \(bind: opening.expiresAt))
                    ON CONFLICT (object_id, grantee_kind, grantee) DO UPDATE SET expires_at = excluded.expires_at,
                        granted_at = excluded.granted_at
                    WHERE object_acl.expires_at IS NOT NULL
                    """
                ).run()
            }
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "health.break-glass", objectID: patientID,
                    details: [
                        "breakGlass": opening.id, "reason": reason, "expiresAt": Clock.iso8601(opening.expiresAt),
                        "flag": "break-glass",
                    ]),
                on: db)
            return .done(opening)
        }.get()
    }

    /// The opening the principal's access to a patient rests on right now, if any.
    package func activeBreakGlass(patientID: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> String?
    {
        try await db.raw(
            """
            SELECT id FROM health_break_glass
            WHERE user_id = \(bind: principal.id) AND patient_id = \(bind: patientID) AND expires_at > \(bind: Clock.nowMilliseconds())
            ORDER BY opened_at DESC LIMIT 1
            """
        ).first()?.decode(column: "id", as: String.self)
    }

    /// The medical advisor's review queue (openings not yet reviewed, oldest first), or every opening with `all`.
    public func breakGlassOpenings(all: Bool, limit: Int, by principal: Principal) async throws -> [BreakGlassOpening] {
        try HealthOffice.require(HealthOffice.advisors, principal)
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        // The advisor reviews openings of records whose label they could read (clearance, nation, MEDICAL): the
        // reason often says something clinical. The patient's name only where they may read the record itself.
        let filter: SQLQueryString = all ? "" : " AND b.reviewed_at IS NULL"
        let rows = try await database.read { db in
            try await db.raw(
                """
                SELECT b.id, b.patient_id, b.user_id, b.reason, b.opened_at, b.expires_at, b.reviewed_by, b.reviewed_at,
                       b.review_note, r.title, p.label_json AS patient_label_json
                FROM health_break_glass b JOIN objects p ON p.id = b.patient_id AND \(scope.labelPermits("p"))
                LEFT JOIN objects r ON r.id = b.patient_id AND \(scope.readable("r"))
                WHERE 1 = 1\(filter) ORDER BY b.opened_at LIMIT \(bind: limit)
                """
            ).all()
        }
        return try rows.map(Self.opening(row:))
    }

    /// The openings waiting for review as the queue page's list asks: sorted, paged or exported in SQL, trimmed to
    /// the records whose label the advisor could read (as `breakGlassOpenings`); an export is audited in the read's
    /// transaction.
    package func breakGlassOpenings(list: ListQuery, notOpenedBy opener: String? = nil, by principal: Principal)
        async throws -> (items: [BreakGlassOpening], hasMore: Bool)
    {
        let own: SQLQueryString = opener.map { id -> SQLQueryString in " AND b.user_id <> \(bind: id)" } ?? ""
        try HealthOffice.require(HealthOffice.advisors, principal)
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        let limit = list.limit
        let audit = objects.audit
        var items = try await database.transaction { db in
            let items = try await db.raw(
                """
                SELECT b.id, b.patient_id, b.user_id, b.reason, b.opened_at, b.expires_at, b.reviewed_by, b.reviewed_at,
                       b.review_note, r.title, p.label_json AS patient_label_json
                FROM health_break_glass b JOIN objects p ON p.id = b.patient_id AND \(scope.labelPermits("p"))
                LEFT JOIN objects r ON r.id = b.patient_id AND \(scope.readable("r"))
                WHERE b.reviewed_at IS NULL\(own)\(list.orderBy)
                LIMIT \(bind: limit + 1) OFFSET \(bind: list.isExport ? 0 : list.offset)
                """
            ).all().map(Self.opening(row:))
            if list.isExport {
                let shown = items.prefix(limit)
                try await audit.append(
                    ListExport.event(
                        list, count: shown.count, objects: Set(shown.map(\.patientID)).sorted(), by: principal),
                    on: db)
            }
            return items
        }
        let hasMore = items.count > limit
        if hasMore { items.removeLast() }
        return (items, hasMore)
    }

    /// How many openings wait for the principal's review (trimmed like the queue).
    package func breakGlassOpeningCount(notOpenedBy opener: String? = nil, by principal: Principal) async throws
        -> Int
    {
        let own: SQLQueryString = opener.map { id -> SQLQueryString in " AND b.user_id <> \(bind: id)" } ?? ""
        try HealthOffice.require(HealthOffice.advisors, principal)
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        let row = try await database.read { db in
            try await db.raw(
                """
                SELECT COUNT(*) AS n FROM health_break_glass b
                JOIN objects p ON p.id = b.patient_id AND \(scope.labelPermits("p"))
                WHERE b.reviewed_at IS NULL\(own)
                """
            ).first()
        }
        return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
    }

    package static func opening(row: any SQLRow) throws -> BreakGlassOpening {
        try row.decodeModel()
    }

    /// The advisor's review of an opening: justified or not, with a note. Once only, and never by the advisor who
    /// opened it (four eyes): their own opening waits for another medical advisor, and the attempt is audited.
    public func reviewBreakGlass(_ id: String, note: String, by principal: Principal) async throws -> BreakGlassOpening
    {
        try HealthOffice.require(HealthOffice.advisors, principal)
        try HealthOffice.requireUnit(principal)
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        return try await database.transaction { db -> Checked<BreakGlassOpening> in
            let now = Clock.nowMilliseconds()
            // An opening of a record whose label the advisor could not read is not there for them.
            let visible = try await db.raw(
                """
                SELECT b.patient_id, b.user_id FROM health_break_glass b
                JOIN objects p ON p.id = b.patient_id AND \(scope.labelPermits("p"))
                WHERE b.id = \(bind: id)
                """
            ).first()
            guard let visible else { return .refused(.notFound) }
            if try visible.decode(column: "user_id", as: String.self) == principal.id {
                try await self.objects.auditSeparationOfDuties(
                    of: try visible.decode(column: "patient_id", as: String.self), action: "health.break-glass.review",
                    by: principal, details: ["breakGlass": id], on: db)
                return .refused(HealthError.ownBreakGlass)
            }
            let updated = try await db.raw(
                """
                UPDATE health_break_glass SET reviewed_by = \(bind: principal.id), reviewed_at = \(bind: now),
                    review_note = \(bind: note)
                WHERE id = \(bind: id) AND reviewed_at IS NULL
                RETURNING id
                """
            ).first()
            let row = try await db.raw(
                """
                SELECT b.id, b.patient_id, b.user_id, b.reason, b.opened_at, b.expires_at, b.reviewed_by, b.reviewed_at,
                       b.review_note, NULL AS title, NULL AS patient_label_json
                FROM health_break_glass b WHERE b.id = \(bind: id)
                """
            ).first()
            guard let row else { return .refused(.notFound) }
            guard updated != nil else { return .refused(HealthError.alreadyReviewed) }
            let opening = try Self.opening(row: row)
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "health.break-glass.review", objectID: opening.patientID,
                    details: ["breakGlass": id, "note": note]),
                on: db)
            return .done(opening)
        }.get()
    }
}

extension HealthStore {
    /// When the principal's break-glass access to a patient ends, if they read the patient through one now.
    public func breakGlassExpiry(patientID: String, by principal: Principal) async throws -> Int64? {
        try await database.read { db in
            try await db.raw(
                """
                SELECT MAX(expires_at) AS until FROM health_break_glass
                WHERE user_id = \(bind: principal.id) AND patient_id = \(bind: patientID) AND expires_at > \(bind: Clock.nowMilliseconds())
                """
            ).first()?.decode(column: "until", as: Int64?.self)
        }
    }

    /// The id of the patient with this staff number, unfiltered: for a clinician's break-glass request only (the
    /// opening that follows is itself checked, audited and reviewed).
    package func patientID(staffNumber: String, by principal: Principal) async throws -> String? {
        // Asked only by a clinician, or the answer (found or not) would tell anyone who has a record.
        try HealthOffice.require([.healthClinician], principal)
        return try await database.read { db in
            try await db.raw("SELECT object_id FROM health_patients WHERE staff_number = \(bind: staffNumber)")
                .first()?.decode(column: "object_id", as: String.self)
        }
    }
}
