import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

extension HealthReleaseStore {
    /// Requests a release of part of a patient's record (Health Office staff who may write the record). Refused
    /// (409 `consent-required`) unless a consent of the patient that the requester may read names the recipient and
    /// is valid today.
    public func requestRelease(of patientID: String, _ request: ReleaseOfInformation.Request, by principal: Principal)
        async throws -> ReleaseOfInformation
    {
        try await database.transaction { db in
            try await self.requestRelease(of: patientID, request, by: principal, on: db)
        }.get()
    }

    /// Inside the caller's transaction (the demo loads a batch in one).
    package func requestRelease(
        of patientID: String, _ request: ReleaseOfInformation.Request, by principal: Principal, on db: any SQLDatabase
    ) async throws -> Checked<ReleaseOfInformation> {
        try HealthOffice.require(HealthOffice.staff, principal)
        return try await self.health.writablePatient(patientID, by: principal, on: db).then { patient in
            guard
                let consent = try await self.health.validConsents(
                    of: patientID, recipient: request.recipient, by: principal, on: db
                ).first
            else { return .refused(HealthReleaseError.consentRequired(request.recipient)) }
            return try await self.health.insertPatientObject(
                kind: ReleaseOfInformation.kind, title: "Release to \(request.recipient)", of: patient,
                state: ReleaseOfInformation.Status.requested.rawValue, by: principal,
                auditDetails: ["recipient": request.recipient, "consent": consent.object.id], on: db
            ).then { object in
                try await insertRelease(
                    request, object: object, patientID: patientID, consent: consent, by: principal, on: db)
            }
        }
    }

    /// The release's own row, for its object just inserted.
    private func insertRelease(
        _ request: ReleaseOfInformation.Request, object: LabelledObject, patientID: String, consent: RecordEntry,
        by principal: Principal, on db: any SQLDatabase
    ) async throws -> Checked<ReleaseOfInformation> {
        try await db.raw(
            """
            INSERT INTO health_releases (object_id, patient_id, recipient, purpose, entry_types, period_from,
                                         period_until, consent_id, requested_by)
            VALUES (\(bind: object.id), \(bind: patientID), \(bind: request.recipient), \(bind: request.purpose),
                    \(bind: RecordEntry.encode(request.entryTypes.map(\.rawValue))), \(bind: request.from),
                    \(bind: request.until), \(bind: consent.object.id), \(bind: principal.id))
            """
        ).run()
        return .done(
            ReleaseOfInformation(
                object: object, patientID: patientID, request: request, consentID: consent.object.id,
                requestedBy: principal.id))
    }

    package static func releaseFilter(status: ReleaseOfInformation.Status?, patientID: String?) -> SQLQueryString {
        var filter: SQLQueryString = " AND o.kind = \(bind: ReleaseOfInformation.kind)"
        if let status { filter += " AND o.state = \(bind: status.rawValue)" }
        if let patientID { filter += " AND r.patient_id = \(bind: patientID)" }
        return filter
    }

    /// The releases the principal may read, newest first.
    public func releases(
        status: ReleaseOfInformation.Status?, patientID: String?, after cursor: String?, limit: Int,
        by principal: Principal
    ) async throws -> Page<ReleaseOfInformation> {
        try await objects.page(
            ReleaseOfInformation.self, filter: Self.releaseFilter(status: status, patientID: patientID), after: cursor,
            limit: limit, by: principal)
    }

    /// A page of the releases list page: sorted, paged or exported as `list` asks, in SQL, trimmed.
    package func releases(status: ReleaseOfInformation.Status?, list: ListQuery, by principal: Principal)
        async throws -> (items: [ReleaseOfInformation], hasMore: Bool)
    {
        try await objects.listPage(
            ReleaseOfInformation.self, filter: Self.releaseFilter(status: status, patientID: nil), query: list,
            by: principal)
    }

    public func releaseCount(status: ReleaseOfInformation.Status?, patientID: String?, by principal: Principal)
        async throws -> Int
    {
        try await objects.count(
            join: ReleaseOfInformation.join, filter: Self.releaseFilter(status: status, patientID: patientID),
            by: principal)
    }

    /// A release if the principal may read it, with whether a consent they may read still allows it today (an
    /// audited read).
    public func release(_ id: String, by principal: Principal) async throws -> (
        ReleaseOfInformation, consentValid: Bool
    )? {
        try await database.transaction { db in
            guard let release = try await self.readRelease(id, by: principal, on: db) else { return nil }
            try await self.health.auditRead(release.object, patientID: release.patientID, by: principal, on: db)
            // Valid as the reader sees it: a consent they may not read counts as none, as it would for their approval.
            let valid = try await self.health.validConsents(
                of: release.patientID, recipient: release.recipient, by: principal, on: db)
            return (release, !valid.isEmpty)
        }
    }

    package func readRelease(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> ReleaseOfInformation?
    {
        try await objects.readItem(ReleaseOfInformation.self, id, by: principal, auditingRead: false, on: db)
    }

    /// Approves a requested release: the medical advisor only, and not the one who requested it (four eyes: the
    /// refusal is audited as a denial); a consent the advisor may read must still be valid.
    public func approveRelease(_ id: String, by principal: Principal) async throws -> ReleaseOfInformation {
        try await database.transaction { db in try await self.approveRelease(id, by: principal, on: db) }.get()
    }

    /// Inside the caller's transaction (the demo loads a batch in one).
    package func approveRelease(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws -> Checked<
        ReleaseOfInformation
    > {
        try HealthOffice.require(HealthOffice.advisors, principal)
        let current: ReleaseOfInformation
        switch try await self.writableRelease(id, roles: HealthOffice.advisors, by: principal, on: db) {
        case .refused(let error): return .refused(error)
        case .done(let release): current = release
        }
        guard current.status == .requested else {
            return .refused(HealthReleaseError.wrongState("release", state: current.status.rawValue))
        }
        guard current.requestedBy != principal.id else {
            try await self.objects.auditSeparationOfDuties(
                of: id, action: "health.release.approve", by: principal, on: db)
            return .refused(HealthReleaseError.ownRelease)
        }
        guard
            let consent = try await self.health.validConsents(
                of: current.patientID, recipient: current.recipient, by: principal, on: db
            ).first
        else { return .refused(HealthReleaseError.consentRequired(current.recipient)) }
        var edited = current
        edited.object.state = ReleaseOfInformation.Status.approved.rawValue
        edited.approvedBy = principal.id
        edited.consentID = consent.object.id
        return try await self.objects.saveChange(
            edited.object, replacing: current.object, fields: ["status"], by: principal,
            action: "health.release.approve", extra: ["patient": current.patientID, "consent": consent.object.id],
            on: db
        ).then { saved in
            edited.object = saved
            edited.approvedAt = saved.updatedAt
            try await db.raw(
                """
                UPDATE health_releases SET approved_by = \(bind: principal.id), approved_at = \(bind: saved.updatedAt),
                    consent_id = \(bind: consent.object.id)
                WHERE object_id = \(bind: id)
                """
            ).run()
            return .done(edited)
        }
    }

    /// Releases an approved release: checks the consent again, as the releaser may read it (revoked, expired or
    /// out of their reach: refused), builds the package of the requested entries the releaser may read, and appends
    /// the disclosure to the accounting.
    public func performRelease(_ id: String, by principal: Principal) async throws -> ReleaseOfInformation {
        try await database.transaction { db in try await self.performRelease(id, by: principal, on: db) }.get()
    }

    /// Inside the caller's transaction (the demo loads a batch in one).
    package func performRelease(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws -> Checked<
        ReleaseOfInformation
    > {
        try HealthOffice.require(HealthOffice.staff, principal)
        let current: ReleaseOfInformation
        switch try await self.writableRelease(id, roles: HealthOffice.staff, by: principal, on: db) {
        case .refused(let error): return .refused(error)
        case .done(let release): current = release
        }
        guard current.status == .approved else {
            return .refused(HealthReleaseError.wrongState("release", state: current.status.rawValue))
        }
        guard
            let consent = try await self.health.validConsents(
                of: current.patientID, recipient: current.recipient, by: principal, on: db
            ).first
        else { return .refused(HealthReleaseError.consentRequired(current.recipient)) }
        guard let patient = try await self.patient(of: current.patientID, by: principal, on: db) else {
            return .refused(.objectNotFound(id))
        }
        let entries = try await self.packagedEntries(of: current, by: principal, on: db)
        let now = Clock.nowMilliseconds()
        let package = Self.package(current, patient: patient, entries: entries, at: now, by: principal)
        var edited = current
        edited.object.state = ReleaseOfInformation.Status.released.rawValue
        edited.consentID = consent.object.id
        return try await self.objects.saveChange(
            edited.object, replacing: current.object, fields: ["status"], by: principal,
            action: "health.release.release", extra: ["patient": current.patientID, "consent": consent.object.id],
            on: db
        ).then { saved in
            edited.object = saved
            edited.releasedBy = principal.id
            edited.releasedAt = now
            try await db.raw(
                """
                UPDATE health_releases SET released_by = \(bind: principal.id), released_at = \(bind: now),
                    consent_id = \(bind: consent.object.id), package_json = \(bind: package.json)
                WHERE object_id = \(bind: id)
                """
            ).run()
            try await self.appendDisclosure(of: edited, entries: entries, at: now, by: principal, on: db)
            return .done(edited)
        }
    }

    private func writableRelease(_ id: String, roles: Set<Role>, by principal: Principal, on db: any SQLDatabase)
        async throws -> Checked<ReleaseOfInformation>
    {
        try await objects.lockForWrite(id, on: db)
        guard let release = try await readRelease(id, by: principal, on: db) else {
            return .refused(.objectNotFound(id))
        }
        if let refusal = try await objects.authorizeWrite(release.object, requiredRoles: roles, by: principal, on: db) {
            return .refused(refusal)
        }
        return .done(release)
    }

    /// The requested entries (types, dates) that the principal may read, oldest first.
    package func packagedEntries(of release: ReleaseOfInformation, by principal: Principal, on db: any SQLDatabase)
        async throws
        -> [RecordEntry]
    {
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        var filter: SQLQueryString = "e.patient_id = \(bind: release.patientID)"
        let types = release.entryTypes.map(\.rawValue)
        if !types.isEmpty { filter += " AND e.entry_type IN (\(binds: types))" }
        if let from = release.from { filter += " AND e.entry_date >= \(bind: from)" }
        if let until = release.until { filter += " AND e.entry_date <= \(bind: until)" }
        return try await db.raw(
            """
            SELECT \(LabelledObject.columns)\(RecordEntry.columns) FROM objects o \(RecordEntry.join)
            WHERE o.kind = \(bind: RecordEntry.kind) AND \(filter) AND \(scope.readable())
            ORDER BY e.entry_date, o.id
            """
        ).all().map(RecordEntry.init(row:))
    }

    package static func package(
        _ release: ReleaseOfInformation, patient: Patient, entries: [RecordEntry], at time: Int64,
        by principal: Principal
    ) -> ReleaseOfInformation.Package {
        let label =
            (try? SecurityLabel.dominant(
                of: [patient.object.label, release.object.label] + entries.map(\.object.label)))
            ?? release.object.label
        return ReleaseOfInformation.Package(
            banner: label.banner, label: SecurityLabelForm(label), releaseId: release.object.id,
            patient: .init(
                id: patient.object.id, name: patient.details.displayName, dateOfBirth: patient.details.dateOfBirth,
                staffNumber: patient.details.staffNumber),
            recipient: release.recipient, purpose: release.purpose, releasedAt: Clock.iso8601(time),
            releasedBy: principal.id,
            entries: entries.map { entry in
                .init(
                    id: entry.object.id, type: entry.content.type.rawValue, date: entry.content.date,
                    summary: entry.content.summary, text: entry.content.text, codes: entry.content.codes,
                    observations: entry.content.observations, correspondent: entry.content.correspondent,
                    direction: entry.content.direction, banner: entry.object.label.banner)
            },
            bannerEnd: label.banner)
    }

    private func appendDisclosure(
        of release: ReleaseOfInformation, entries: [RecordEntry], at time: Int64, by principal: Principal,
        on db: any SQLDatabase
    ) async throws {
        let id = ObjectID.make(milliseconds: time)
        let types =
            release.entryTypes.isEmpty ? "all entry types" : release.entryTypes.map(\.rawValue).joined(separator: ", ")
        let period = "\(release.from ?? "…") – \(release.until ?? "…")"
        let description = "\(entries.count) entries (\(types); \(period))"
        try await db.raw(
            """
            INSERT INTO health_disclosures (id, patient_id, release_id, disclosed_at, recipient, description, entry_ids,
                                            purpose, released_by)
            VALUES (\(bind: id), \(bind: release.patientID), \(bind: release.object.id), \(bind: time),
                    \(bind: release.recipient), \(bind: description), \(bind: RecordEntry.encode(entries.map(\.object.id))),
                    \(bind: release.purpose), \(bind: principal.id))
            """
        ).run()
        try await audit.append(
            AuditEntry(
                actor: principal.id, action: "health.disclosure", objectID: release.object.id,
                relatedObjectIDs: entries.map(\.object.id),
                details: [
                    "patient": release.patientID, "disclosure": id, "recipient": release.recipient,
                    "entries": String(entries.count),
                ]),
            on: db)
    }

    /// The package of a released release, if the principal may read the release and every part of the package.
    public func package(of id: String, by principal: Principal) async throws -> ReleaseOfInformation.Package? {
        try await database.transaction { db in
            guard let release = try await self.readRelease(id, by: principal, on: db),
                let row = try await db.raw("SELECT package_json FROM health_releases WHERE object_id = \(bind: id)")
                    .first(),
                let text = try row.decode(column: "package_json", as: String?.self)
            else { return nil }
            let package = try JSONDecoder().decode(ReleaseOfInformation.Package.self, from: Data(text.utf8))
            // The package may hold entries labelled above the release: a reader must be able to hold them all.
            guard let label = try? package.label.storedLabel(), canHold(label, principal) else { return nil }
            try await self.health.auditRead(release.object, patientID: release.patientID, by: principal, on: db)
            return package
        }
    }

    /// The accounting of disclosures of a patient the principal may read (an audited read of the patient), oldest
    /// first, with those of the records merged into theirs; nil when the patient may not be read.
    public func disclosures(of patientID: String, by principal: Principal) async throws -> (Patient, [Disclosure])? {
        try await database.transaction { db in
            guard let patient = try await self.health.readPatient(patientID, by: principal, on: db) else { return nil }
            let rows = try await db.raw(
                """
                SELECT id, patient_id, release_id, disclosed_at, recipient, description, entry_ids, purpose, released_by
                FROM health_disclosures WHERE patient_id IN (\(HealthStore.mergedFamily(of: patientID)))
                ORDER BY disclosed_at, id
                """
            ).all().map(Disclosure.init(row:))
            return (patient, rows)
        }
    }
}
