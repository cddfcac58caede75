import ChanceryKit
import ChancerySpine
import SQLKit

/// A referral of a patient to an external provider, with its letter out and the provider's reply in (both filed as
/// correspondence entries of the patient's record).
public struct Referral: StoredItem, Equatable, RowDecodable {
    public static let kind = "referral"

    public var object: LabelledObject
    public var patientID: String
    public var provider: String
    public var providerAddress: String?
    public var specialty: String
    /// Clinical text: why the patient is referred.
    public var reason: String
    public var urgency: Urgency
    /// The user id of the referring clinician.
    public var referringClinician: String?
    /// `YYYY-MM-DD`: when the reply is expected.
    public var replyDue: String?
    public var sentDate: String?
    /// The outgoing letter (a correspondence entry, direction out).
    public var letterEntryID: String?
    public var replyDate: String?
    public var replySummary: String?
    /// The reply (a correspondence entry, direction in).
    public var replyEntryID: String?

    public enum Urgency: String, Sendable, Codable, CaseIterable {
        case routine, urgent, emergency
    }

    /// draft → sent → replied → closed, or cancelled before a reply.
    public enum Status: String, Sendable, Codable, CaseIterable {
        case draft, sent, replied, closed, cancelled
    }

    public var status: Status { Status(rawValue: object.state) ?? .draft }

    /// Sent, not replied, and the reply's due date has passed.
    public var isOverdue: Bool {
        guard status == .sent, let replyDue else { return false }
        return replyDue < HealthReleaseStore.today
    }

    package static let columns: SQLQueryString = """
        , f.patient_id, f.provider_name, f.provider_address, f.specialty, f.reason, f.urgency, f.referring_clinician,
        f.reply_due, f.sent_date, f.letter_entry_id, f.reply_date, f.reply_summary, f.reply_entry_id
        """
    package static let join: SQLQueryString = "JOIN health_referrals f ON f.object_id = o.id"

    private enum CodingKeys: String, CodingKey {
        case object, patientID
        case provider = "provider_name"
        case providerAddress, specialty, reason, urgency, referringClinician,
            replyDue, sentDate, letterEntryID, replyDate, replySummary, replyEntryID
    }

    package init(object: LabelledObject, patientID: String, draft: Draft) {
        self.object = object
        self.patientID = patientID
        provider = draft.provider
        providerAddress = draft.providerAddress
        specialty = draft.specialty
        reason = draft.reason
        urgency = draft.urgency
        referringClinician = draft.referringClinician
        replyDue = draft.replyDue
    }

    /// What a new referral says.
    public struct Draft: Sendable {
        public var provider: String
        public var providerAddress: String?
        public var specialty: String
        public var reason: String
        public var urgency: Urgency
        public var referringClinician: String?
        public var replyDue: String?
    }

    /// Which referrals a list shows.
    public struct Filter: Sendable {
        public var status: Status?
        public var overdue = false
        public var patientID: String?

        package var sql: SQLQueryString {
            var filter: SQLQueryString = " AND o.kind = \(bind: Referral.kind)"
            if let status { filter += " AND o.state = \(bind: status.rawValue)" }
            if overdue {
                filter +=
                    " AND o.state = 'sent' AND f.reply_due IS NOT NULL AND f.reply_due < \(bind: HealthReleaseStore.today)"
            }
            if let patientID { filter += " AND f.patient_id = \(bind: patientID)" }
            return filter
        }
    }
}

extension HealthReleaseStore {
    /// Creates a referral in draft for a patient whose record the principal may write.
    public func createReferral(for patientID: String, _ draft: Referral.Draft, by principal: Principal) async throws
        -> Referral
    {
        try await database.transaction { db in
            try await self.createReferral(for: patientID, draft, by: principal, on: db)
        }.get()
    }

    /// Inside the caller's transaction (the demo loads a batch in one).
    package func createReferral(
        for patientID: String, _ draft: Referral.Draft, by principal: Principal, on db: any SQLDatabase
    ) async throws -> Checked<Referral> {
        try HealthOffice.require(HealthOffice.staff, principal)
        return try await self.health.writablePatient(patientID, by: principal, on: db).then { patient in
            try await self.health.insertPatientObject(
                kind: Referral.kind, title: "\(draft.specialty) — \(draft.provider)", of: patient,
                state: Referral.Status.draft.rawValue,
                by: principal, auditDetails: ["urgency": draft.urgency.rawValue], on: db)
        }.then { object in
            try await insertReferral(draft, object: object, patientID: patientID, on: db)
        }
    }

    /// The referral's own row, for its object just inserted.
    private func insertReferral(
        _ draft: Referral.Draft, object: LabelledObject, patientID: String, on db: any SQLDatabase
    ) async throws -> Checked<Referral> {
        try await db.raw(
            """
            INSERT INTO health_referrals (object_id, patient_id, provider_name, provider_address, specialty, reason,
                                          urgency, referring_clinician, reply_due)
            VALUES (\(bind: object.id), \(bind: patientID), \(bind: draft.provider), \(bind: draft.providerAddress),
                    \(bind: draft.specialty), \(bind: draft.reason), \(bind: draft.urgency.rawValue),
                    \(bind: draft.referringClinician), \(bind: draft.replyDue))
            """
        ).run()
        return .done(Referral(object: object, patientID: patientID, draft: draft))
    }

    /// The referrals the principal may read, newest first.
    public func referrals(_ filter: Referral.Filter, after cursor: String?, limit: Int, by principal: Principal)
        async throws -> Page<Referral>
    {
        try await objects.page(Referral.self, filter: filter.sql, after: cursor, limit: limit, by: principal)
    }

    /// A page of the referrals list page: sorted, paged or exported as `list` asks, in SQL, trimmed.
    package func referrals(_ filter: Referral.Filter, list: ListQuery, by principal: Principal)
        async throws -> (items: [Referral], hasMore: Bool)
    {
        try await objects.listPage(Referral.self, filter: filter.sql, query: list, by: principal)
    }

    public func referralCount(_ filter: Referral.Filter, by principal: Principal) async throws -> Int {
        try await objects.count(join: Referral.join, filter: filter.sql, by: principal)
    }

    /// A referral if the principal may read it (an audited read, flagged when it rests on break-glass).
    public func referral(_ id: String, by principal: Principal) async throws -> Referral? {
        try await database.transaction { db in
            guard
                let referral = try await self.objects.readItem(
                    Referral.self, id, by: principal, auditingRead: false, on: db)
            else { return nil }
            try await self.health.auditRead(referral.object, patientID: referral.patientID, by: principal, on: db)
            return referral
        }
    }

    /// What a step of a referral does besides changing its state.
    public enum ReferralStep: Sendable {
        /// The letter went out on `date`: it is filed as correspondence out.
        case sent(date: String)
        /// The provider replied on `date`: the reply is filed as correspondence in.
        case reply(date: String, summary: String)
        case closure
        case cancellation

        package var from: Set<Referral.Status> {
            switch self {
            case .sent: [.draft]
            case .reply: [.sent]
            case .closure: [.replied]
            case .cancellation: [.draft, .sent]
            }
        }

        package var to: Referral.Status {
            switch self {
            case .sent: .sent
            case .reply: .replied
            case .closure: .closed
            case .cancellation: .cancelled
            }
        }
    }

    /// Moves a referral one step on; refused (409) from a state the step does not start from.
    public func advanceReferral(_ id: String, _ step: ReferralStep, by principal: Principal) async throws -> Referral {
        try await database.transaction { db in try await self.advanceReferral(id, step, by: principal, on: db) }.get()
    }

    /// Inside the caller's transaction (the demo loads a batch in one).
    package func advanceReferral(_ id: String, _ step: ReferralStep, by principal: Principal, on db: any SQLDatabase)
        async throws -> Checked<Referral>
    {
        try HealthOffice.require(HealthOffice.staff, principal)
        try await self.objects.lockForWrite(id, on: db)
        guard
            let current = try await self.objects.readItem(Referral.self, id, by: principal, auditingRead: false, on: db)
        else { return .refused(.objectNotFound(id)) }
        if let refusal = try await self.objects.authorizeWrite(
            current.object, requiredRoles: HealthOffice.staff, by: principal, on: db)
        {
            return .refused(refusal)
        }
        guard step.from.contains(current.status) else {
            return .refused(HealthReleaseError.wrongState("referral", state: current.status.rawValue))
        }
        var edited = current
        edited.object.state = step.to.rawValue
        switch try await self.fileLetter(of: &edited, step, by: principal, on: db) {
        case .refused(let error): return .refused(error)
        case .done: break
        }
        return try await self.objects.saveChange(
            edited.object, replacing: current.object, fields: ["status"], by: principal,
            action: "health.referral.\(step.to.rawValue)", extra: ["patient": current.patientID], on: db
        ).then { saved in
            edited.object = saved
            try await db.raw(
                """
                UPDATE health_referrals SET sent_date = \(bind: edited.sentDate), letter_entry_id = \(bind: edited.letterEntryID),
                    reply_date = \(bind: edited.replyDate), reply_summary = \(bind: edited.replySummary),
                    reply_entry_id = \(bind: edited.replyEntryID)
                WHERE object_id = \(bind: id)
                """
            ).run()
            return .done(edited)
        }
    }

    /// Files the letter a step sends or receives, and notes it on the referral.
    private func fileLetter(
        of referral: inout Referral, _ step: ReferralStep, by principal: Principal, on db: any SQLDatabase
    )
        async throws -> Checked<Bool>
    {
        let filed: (summary: String, text: String, date: String, direction: String)
        switch step {
        case .sent(let date):
            filed = ("Referral to \(referral.specialty)", referral.reason, date, "out")
        case .reply(let date, let summary):
            filed = ("Reply from \(referral.provider)", summary, date, "in")
        case .closure, .cancellation:
            return .done(false)
        }
        guard let patient = try await self.patient(of: referral.patientID, by: principal, on: db) else {
            return .refused(.objectNotFound(referral.object.id))
        }
        switch try await fileCorrespondence(
            of: patient, summary: filed.summary, text: filed.text, date: filed.date, correspondent: referral.provider,
            direction: filed.direction, by: principal, on: db)
        {
        case .refused(let error): return .refused(error)
        case .done(let entryID):
            if case .sent(let date) = step {
                referral.sentDate = date
                referral.letterEntryID = entryID
            } else {
                referral.replyDate = filed.date
                referral.replySummary = filed.text
                referral.replyEntryID = entryID
            }
        }
        return .done(true)
    }
}
