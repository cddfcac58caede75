import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A division's point-of-contact question about a staff member, and the Health Office's answers.
///
/// The request is deliberately *not* a medical object: the requester must read it and its answers, and they
/// carry nothing medical. It is NATO UNCLASSIFIED without special categories, owned by HEALTH but not open to
/// the unit, with two access entries: read for the requester, write for the unit HEALTH (so every Health Office
/// member sees and answers it, and nobody else sees it). What keeps medical content out is the answer's closed
/// form (a fitness status, restriction codes and dates), not the label. The patient the staff number belongs
/// to is resolved inside and never shown to the requester, who cannot even learn whether a record exists.
public struct PODRequest: StoredItem, Equatable, RowDecodable {
    public static let kind = "pod-request"

    public var object: LabelledObject
    public var requesterID: String
    public var staffNumber: String
    public var question: String
    public var purpose: String
    /// Every answer, oldest first; the last is the current one, the others are superseded.
    public var answers: [PODAnswer] = []

    /// open → answered (answers may follow, each superseding the one before) → closed.
    public enum Status: String, Sendable, CaseIterable {
        case open, answered, closed
    }

    public var status: Status { Status(rawValue: object.state) ?? .open }

    package static let columns: SQLQueryString = ", q.requester_id, q.staff_number, q.question, q.purpose"
    package static let join: SQLQueryString = "JOIN health_pod_requests q ON q.object_id = o.id"

    private enum CodingKeys: String, CodingKey {
        case object, requesterID, staffNumber, question, purpose  // `answers` are read from their own table
    }
}

/// A fitness-for-work answer: only a status, restriction codes and dates, never a diagnosis or record content.
public struct PODAnswer: Sendable, Equatable, RowEmbedded {
    public var id: String
    public var fitness: Fitness
    public var restrictions: [Restriction]
    public var from: String?
    public var until: String?
    public var reviewDate: String?
    public var answeredBy: String
    public var answeredAt: Int64
    public var superseded = false

    /// `superseded` is worked out from the order of a request's answers, not stored.
    private enum CodingKeys: String, CodingKey {
        case id, fitness, restrictions
        case from = "valid_from"
        case until = "valid_until"
        case reviewDate, answeredBy, answeredAt
    }

    public enum Fitness: String, Sendable, Codable, CaseIterable {
        case fit
        case fitWithRestrictions = "fit-with-restrictions"
        case unfit
        case underAssessment = "under-assessment"
    }

    /// The closed list of restrictions a division may be told of.
    public enum Restriction: String, Sendable, Codable, CaseIterable {
        case noNightWork = "no-night-work"
        case noHeavyLifting = "no-heavy-lifting"
        case noDriving = "no-driving"
        case reducedHours = "reduced-hours"
        case noDeployment = "no-deployment"
        case noFieldDuty = "no-field-duty"
        case noShiftWork = "no-shift-work"
        case adaptedWorkstation = "adapted-workstation"
    }

    /// The answer's content, as the form gives it, checked by `init`.
    public struct Form: Sendable {
        public var fitness: String
        public var restrictions: [String]
        public var from: String?
        public var until: String?
        public var reviewDate: String?
    }

    /// Checks a form: a known status, known restriction codes (only with `fit-with-restrictions`, which needs
    /// at least one), real dates, `from` not after `until`.
    package static func checked(_ form: Form) throws -> (Fitness, [Restriction], String?, String?, String?) {
        guard let fitness = Fitness(rawValue: form.fitness) else {
            throw HealthReleaseError.invalid("fitness", "fitness")
        }
        var restrictions: [Restriction] = []
        for (index, code) in form.restrictions.enumerated() {
            guard let restriction = Restriction(rawValue: code) else {
                throw HealthReleaseError.invalid("restrictions[\(index)]", "restriction")
            }
            if !restrictions.contains(restriction) { restrictions.append(restriction) }
        }
        if fitness == .fitWithRestrictions, restrictions.isEmpty {
            throw HealthReleaseError.invalid("restrictions", "restrictionsNeeded")
        }
        if fitness != .fitWithRestrictions, !restrictions.isEmpty {
            throw HealthReleaseError.invalid("restrictions", "restrictionsUnexpected")
        }
        let from = try FieldRules.date(form.from, field: "from")
        let until = try FieldRules.date(form.until, field: "until")
        let review = try FieldRules.date(form.reviewDate, field: "reviewDate")
        if let from, let until, from > until { throw HealthReleaseError.invalid("until", "untilBeforeFrom") }
        return (fitness, restrictions, from, until, review)
    }
}

extension HealthReleaseStore {
    /// Records a division's question about a staff member. Anyone signed in may ask; an unknown staff number is
    /// accepted like a known one (the requester learns nothing of whether a record exists).
    public func createPODRequest(staffNumber: String, question: String, purpose: String, by principal: Principal)
        async throws -> PODRequest
    {
        let now = Clock.nowMilliseconds()
        let object = LabelledObject(
            id: ObjectID.make(milliseconds: now), kind: PODRequest.kind,
            title: "POD request — staff number \(staffNumber)",
            label: .unclassified, owningUnit: HealthOffice.unit, openToUnit: false,
            state: PODRequest.Status.open.rawValue,
            createdBy: principal.id, at: now)
        let request = PODRequest(
            object: object, requesterID: principal.id, staffNumber: staffNumber, question: question, purpose: purpose)
        try await database.transaction { db in
            let patientID = try await db.raw(
                "SELECT object_id FROM health_patients WHERE staff_number = \(bind: staffNumber)"
            ).first()?.decode(column: "object_id", as: String.self)
            try await self.objects.insert(
                object,
                accessEntries: [
                    AccessEntry(grantee: .user(principal.id), permission: .read),
                    AccessEntry(grantee: .unit(HealthOffice.unit), permission: .write),
                ],
                auditDetails: ["staffNumber": staffNumber], on: db)
            try await db.raw(
                """
                INSERT INTO health_pod_requests (object_id, requester_id, staff_number, question, purpose, patient_id)
                VALUES (\(bind: object.id), \(bind: principal.id), \(bind: staffNumber), \(bind: question),
                        \(bind: purpose), \(bind: patientID))
                """
            ).run()
        }
        return request
    }

    /// The requests the principal may read (their own; every one for the Health Office), newest first, with answers.
    package static func podFilter(status: PODRequest.Status?) -> SQLQueryString {
        var filter: SQLQueryString = " AND o.kind = \(bind: PODRequest.kind)"
        if let status { filter += " AND o.state = \(bind: status.rawValue)" }
        return filter
    }

    /// A page of the requests list page, with their answers: sorted, paged or exported as `list` asks, in SQL,
    /// trimmed.
    package func podRequests(status: PODRequest.Status?, list: ListQuery, by principal: Principal)
        async throws -> (items: [PODRequest], hasMore: Bool)
    {
        var found = try await objects.listPage(
            PODRequest.self, filter: Self.podFilter(status: status), query: list, by: principal)
        let ids = found.items.map(\.object.id)
        let answers = try await database.read { db in try await self.answers(of: ids, on: db) }
        for index in found.items.indices { found.items[index].answers = answers[found.items[index].object.id] ?? [] }
        return found
    }

    /// How many requests the principal may read (trimmed like the list).
    package func podRequestCount(status: PODRequest.Status?, by principal: Principal) async throws -> Int {
        try await objects.count(join: PODRequest.join, filter: Self.podFilter(status: status), by: principal)
    }

    public func podRequests(status: PODRequest.Status?, after cursor: String?, limit: Int, by principal: Principal)
        async throws -> Page<PODRequest>
    {
        var filter: SQLQueryString = " AND o.kind = \(bind: PODRequest.kind)"
        if let status { filter += " AND o.state = \(bind: status.rawValue)" }
        var page = try await objects.page(PODRequest.self, filter: filter, after: cursor, limit: limit, by: principal)
        let ids = page.items.map(\.object.id)
        let answers = try await database.read { db in try await self.answers(of: ids, on: db) }
        for index in page.items.indices { page.items[index].answers = answers[page.items[index].object.id] ?? [] }
        return page
    }

    /// A request with its answers, if the principal may read it; and, for a Health Office member who may read
    /// the patient, the patient its staff number belongs to.
    public func podRequest(_ id: String, by principal: Principal) async throws -> (PODRequest, patientID: String?)? {
        try await database.transaction { db in
            guard
                var request = try await self.objects.readItem(PODRequest.self, id, by: principal, on: db)
            else { return nil }
            request.answers = try await self.answers(of: [id], on: db)[id] ?? []
            return (request, try await self.patientLink(of: id, by: principal, on: db))
        }
    }

    package func patientLink(of requestID: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> String?
    {
        guard !HealthOffice.staff.isDisjoint(with: principal.roles),
            let row = try await db.raw(
                "SELECT patient_id FROM health_pod_requests WHERE object_id = \(bind: requestID)"
            ).first(),
            let patientID = try row.decode(column: "patient_id", as: String?.self)
        else { return nil }
        let readable = try await objects.readItem(
            patientID, by: principal, auditingRead: false, auditingDenial: false, on: db
        ) { try LabelledObject(row: $0) }
        return readable?.id
    }

    /// A row of `health_pod_answers`: the answer and the request it answers.
    private struct AnswerRow: Decodable {
        var requestID: String
        var answer: PODAnswer
    }

    package func answers(of requestIDs: [String], on db: any SQLDatabase) async throws -> [String: [PODAnswer]] {
        guard !requestIDs.isEmpty else { return [:] }
        var result: [String: [PODAnswer]] = [:]
        for row in try await db.raw(
            """
            SELECT id, request_id, fitness, restrictions, valid_from, valid_until, review_date, answered_by, answered_at
            FROM health_pod_answers WHERE request_id IN (\(binds: requestIDs)) ORDER BY answered_at, id
            """
        ).all() {
            let answer = try row.decodeModel(AnswerRow.self)
            result[answer.requestID, default: []].append(answer.answer)
        }
        for key in result.keys {
            guard var list = result[key] else { continue }
            for index in list.indices.dropLast() { list[index].superseded = true }
            result[key] = list
        }
        return result
    }

    /// Answers a request (Health Office staff). Answers are final: a new one supersedes the last and both are kept.
    /// Nobody answers a request they made or one about themselves (four eyes; the refusal is audited).
    public func answerPODRequest(_ id: String, _ form: PODAnswer.Form, by principal: Principal) async throws
        -> PODRequest
    {
        try await database.transaction { db in try await self.answerPODRequest(id, form, by: principal, on: db) }.get()
    }

    /// Inside the caller's transaction (the demo loads a batch in one).
    package func answerPODRequest(_ id: String, _ form: PODAnswer.Form, by principal: Principal, on db: any SQLDatabase)
        async throws -> Checked<PODRequest>
    {
        try HealthOffice.require(HealthOffice.staff, principal)
        let (fitness, restrictions, from, until, review) = try PODAnswer.checked(form)
        let current: PODRequest
        switch try await self.writableRequest(id, by: principal, on: db) {
        case .refused(let error): return .refused(error)
        case .done(let request): current = request
        }
        guard current.status != .closed else { return .refused(HealthReleaseError.requestClosed) }
        // Four eyes: nobody answers a question they asked, nor certifies their own fitness for work.
        if let conflict = try await self.ownInterest(in: current, by: principal, on: db) {
            try await self.objects.auditSeparationOfDuties(
                of: id, action: "health.pod.answer", by: principal, details: ["conflict": conflict], on: db)
            return .refused(HealthReleaseError.ownPODRequest)
        }
        let now = Clock.nowMilliseconds()
        let codes = restrictions.map(\.rawValue)
        try await db.raw(
            """
            INSERT INTO health_pod_answers (id, request_id, fitness, restrictions, valid_from, valid_until, review_date,
                                            answered_by, answered_at)
            VALUES (\(bind: ObjectID.make(milliseconds: now)), \(bind: id), \(bind: fitness.rawValue),
                    \(bind: RecordEntry.encode(codes)), \(bind: from), \(bind: until), \(bind: review),
                    \(bind: principal.id), \(bind: now))
            """
        ).run()
        return try await self.move(
            current, to: .answered, fields: ["answer"], by: principal, action: "health.pod.answer",
            extra: ["fitness": fitness.rawValue, "restrictions": codes.joined(separator: ",")], on: db)
    }

    /// Closes a request without (further) answer, e.g. a staff number the Health Office does not know.
    public func closePODRequest(_ id: String, by principal: Principal) async throws -> PODRequest {
        try HealthOffice.require(HealthOffice.staff, principal)
        return try await database.transaction { db -> Checked<PODRequest> in
            let current: PODRequest
            switch try await self.writableRequest(id, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let request): current = request
            }
            guard current.status != .closed else { return .refused(HealthReleaseError.requestClosed) }
            return try await self.move(
                current, to: .closed, fields: ["status"], by: principal, action: "health.pod.close", on: db)
        }.get()
    }

    /// Saves the request in its new status (refused as stale when another change came first), with its answers
    /// read again, and audits the change in the same transaction.
    private func move(
        _ current: PODRequest, to status: PODRequest.Status, fields: [String], by principal: Principal,
        action: String, extra: [String: String] = [:], on db: any SQLDatabase
    ) async throws -> Checked<PODRequest> {
        var edited = current
        edited.object.state = status.rawValue
        return try await self.objects.saveChange(
            edited.object, replacing: current.object, fields: fields, by: principal, action: action, extra: extra,
            on: db
        ).then { saved in
            edited.object = saved
            edited.answers = try await self.answers(of: [saved.id], on: db)[saved.id] ?? []
            return .done(edited)
        }
    }

    /// Why the principal may not answer this request themselves: they asked it (`requester`), or it is about them
    /// (`patient`: the staff number is theirs); nil when they may.
    private func ownInterest(in request: PODRequest, by principal: Principal, on db: any SQLDatabase) async throws
        -> String?
    {
        if request.requesterID == principal.id { return "requester" }
        let subject = try await db.raw(
            """
            SELECT p.staff_user_id FROM health_pod_requests r JOIN health_patients p ON p.object_id = r.patient_id
            WHERE r.object_id = \(bind: request.object.id)
            """
        ).first()?.decode(column: "staff_user_id", as: String?.self)
        return subject == principal.id ? "patient" : nil
    }

    private func writableRequest(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> Checked<PODRequest>
    {
        try await objects.lockForWrite(id, on: db)
        guard
            let request = try await objects.readItem(PODRequest.self, id, by: principal, auditingRead: false, on: db)
        else { return .refused(.objectNotFound(id)) }
        if let refusal = try await objects.authorizeWrite(
            request.object, requiredRoles: HealthOffice.staff, by: principal, on: db)
        {
            return .refused(refusal)
        }
        return .done(request)
    }
}
