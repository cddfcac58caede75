import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The one owner of `recruitment_applications`. A candidate's application arrives without sign-in: it is written,
/// with its audit event (actor `anonymous`, as the spine names an unauthenticated caller), in one transaction, or
/// refused with nothing written.
package struct ApplicationStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let vacancies: VacancyStore
    package let attachments: AttachmentStore

    /// The actor of the audit events of the public's writes: the spine's name for an unauthenticated caller.
    package static let actor = "anonymous"

    /// Records an application to a published vacancy, or refuses it: a vacancy that is not published (or does not
    /// exist) is `404` like a missing id; after its deadline, `deadline-passed`; a nationality outside the NATO
    /// member states, `not-eligible-nationality` (NATO notices are open to their nationals only); the same email, or
    /// the same name and date of birth, already applied, `duplicate-application`.
    /// With `documents`, the files staged from the public form are recorded on the application in the same
    /// transaction (the caller discards them when the application is refused). With `documentsToken`, the receipt
    /// carries a one-time secret with which the candidate (and nobody else) may attach them through the API for
    /// `documentsWindow` milliseconds.
    package func apply(
        to vacancyID: String, _ form: ApplicationForm, address: String, documents: [StagedDocument] = [],
        documentsToken: Bool = false, at now: Int64 = Clock.nowMilliseconds()
    ) async throws -> ApplicationReceipt {
        let token = documentsToken ? SecretToken.make() : nil
        return try await database.transaction { db -> Checked<ApplicationReceipt> in
            // the vacancy's row lock serialises the duplicate check with another application arriving at once
            try await self.objects.lockForWrite(vacancyID, on: db)
            guard let vacancy = try await self.vacancies.publishedVacancy(vacancyID, on: db) else {
                return .refused(.objectNotFound(vacancyID))
            }
            if let deadline = vacancy.deadlineAt, now >= deadline + 1000 {
                let instant = Date(timeIntervalSince1970: Double(deadline) / 1000)
                return .refused(ApplicationError.deadlinePassed(BrusselsTime.rfc3339(instant)))
            }
            guard ReleasabilityCodes.memberNationsInBitOrder.contains(form.nationality) else {
                return .refused(ApplicationError.notEligible(form.nationality))
            }
            if try await self.isDuplicate(form, of: vacancyID, on: db) { return .refused(ApplicationError.duplicate) }

            let id = ObjectID.make(milliseconds: now)
            let reference = Self.reference(number: vacancy.vacancyNumber, id: id)
            let object = LabelledObject(
                id: id, kind: Application.kind, title: reference, label: RecruitmentOffice.label(),
                owningUnit: RecruitmentOffice.unit, openToUnit: true, state: Application.state,
                createdBy: Self.actor, at: now)
            try await self.objects.insert(
                object,
                auditDetails: [
                    // the address as a pseudonym: the trail outlives the retention of the candidate's data
                    "vacancy": vacancyID, "reference": reference,
                    "addressPseudonym": self.objects.audit.pseudonym(address, purpose: "public-address"),
                    "internal": form.internal ? "true" : "false",
                ], on: db)
            try await db.raw(
                """
                INSERT INTO recruitment_applications (object_id, vacancy_id, reference, family_name, given_names, email,
                    email_folded, name_folded, date_of_birth, nationality, languages, internal, submitted_at,
                    staff_number, education, experience, documents_token, documents_until, gender, source)
                VALUES (\(bind: id), \(bind: vacancyID), \(bind: reference), \(bind: form.familyName),
                    \(bind: form.givenNames), \(bind: form.email), \(bind: form.emailFolded),
                    \(bind: form.nameFolded), \(bind: form.dateOfBirth), \(bind: form.nationality),
                    \(bind: try VacancyStore.json(form.languages)), \(bind: Int64(form.internal ? 1 : 0)),
                    \(bind: now), \(bind: form.internal ? form.staffNumber : nil),
                    \(bind: try VacancyStore.json(form.education)), \(bind: try VacancyStore.json(form.experience)),
                    \(bind: token.map(SecretToken.digest)), \(bind: token == nil ? nil : now + Self.documentsWindow),
                    \(bind: form.gender.rawValue), \(bind: form.source.rawValue))
                """
            ).run()
            try await StageHistory.record(
                id, of: vacancyID, entered: FunnelStage.applied.rawValue, at: now, by: Self.actor, on: db)
            if !documents.isEmpty {
                let candidate = Self.candidate(form.nationality)
                for document in documents {
                    var file = document.file
                    file.name = document.kind.fileName(file.type)
                    _ = try await self.attachments.record(file, label: nil, on: object, by: candidate, db: db)
                }
                try await self.objects.search.refresh([id], on: db)
            }
            return .done(
                ApplicationReceipt(
                    id: id, reference: reference, vacancyId: vacancyID, submittedAt: Clock.iso8601(now),
                    documentsToken: token, documentsUntil: token.map { _ in Clock.iso8601(now + Self.documentsWindow) })
            )
        }.get()
    }

    /// The applications to a vacancy, newest first, for a recruitment assistant who may read the vacancy: trimmed
    /// like every list (a principal without RECRUITMENT gets the vacancy's `404`, never a count).
    package func applications(of vacancyID: String, after cursor: String?, limit: Int, by principal: Principal)
        async throws -> Page<StoredApplication>
    {
        guard try await vacancies.vacancy(vacancyID, by: principal) != nil else {
            throw AppError.objectNotFound(vacancyID)
        }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        return try await objects.page(
            StoredApplication.self,
            filter: Self.filter(vacancyID, ListFilter()), after: cursor,
            limit: limit, by: principal)
    }

    /// The applications of a vacancy as the assistant's list page shows them (sorted, filtered, paged or exported in
    /// SQL, trimmed); merged duplicates are not among them.
    package func applications(
        of vacancyID: String, filter: ListFilter, list: ListQuery, by principal: Principal
    ) async throws -> (items: [StoredApplication], hasMore: Bool) {
        try await requireVacancy(vacancyID, by: principal)
        return try await objects.listPage(
            StoredApplication.self, filter: Self.filter(vacancyID, filter), query: list, by: principal)
    }

    /// How many applications of the vacancy the principal may read, as the list page filters them.
    package func applicationCount(of vacancyID: String, filter: ListFilter, by principal: Principal) async throws -> Int
    {
        try await objects.count(
            join: StoredApplication.join, filter: Self.filter(vacancyID, filter), by: principal)
    }

    /// The filters of the assistant's list: nationality (alpha-3) and internal or external.
    package struct ListFilter: Sendable {
        package var nationality: String?
        package var `internal`: Bool?

        package init(nationality: String? = nil, internal: Bool? = nil) {
            self.nationality = nationality
            self.internal = `internal`
        }
    }

    static func filter(_ vacancyID: String, _ filter: ListFilter) -> SQLQueryString {
        var sql: SQLQueryString = """
             AND o.kind = \(bind: Application.kind) AND a.vacancy_id = \(bind: vacancyID) AND a.merged_into IS NULL
            """
        if let nationality = filter.nationality { sql += " AND a.nationality = \(bind: nationality)" }
        if let isInternal = filter.internal { sql += " AND a.internal = \(bind: Int64(isInternal ? 1 : 0))" }
        return sql
    }

    /// Refuses a vacancy the principal may not read (`404`, as a missing one) or a principal who is not an assistant.
    func requireVacancy(_ vacancyID: String, by principal: Principal) async throws {
        guard try await vacancies.vacancy(vacancyID, by: principal) != nil else {
            throw AppError.objectNotFound(vacancyID)
        }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
    }

    /// One application with its documents, for an assistant: nil (a `404` like a missing id) for anyone who may not
    /// read it; the read is audited as the label asks.
    package func application(_ id: String, by principal: Principal) async throws
        -> (application: StoredApplication, documents: [Attachment])?
    {
        let found = try await database.transaction { db -> (StoredApplication, [Attachment])? in
            guard
                let application = try await self.objects.readItem(StoredApplication.self, id, by: principal, on: db),
                application.object.kind == Application.kind
            else { return nil }
            return (application, try await self.attachments.list(of: id, by: principal, on: db))
        }
        guard let found else { return nil }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        return found
    }

    /// How long after applying the candidate may attach documents with the receipt's secret: thirty minutes.
    package static let documentsWindow: Int64 = 30 * 60 * 1000

    /// The candidate as the attachment store records their documents: an unauthenticated caller (`anonymous` in the
    /// audit) who may hold exactly the label of an application, nothing above it.
    static func candidate(_ nationality: String) -> Principal {
        Principal(
            id: actor, username: actor, clearance: .natoUnclassified, nationality: nationality,
            categories: [RecruitmentOffice.category])
    }

    /// Whether the same person has already applied to the vacancy: the same email, or the same folded names and date
    /// of birth. Only a yes or no leaves this function, never a row.
    func isDuplicate(_ form: ApplicationForm, of vacancyID: String, on db: any SQLDatabase) async throws -> Bool {
        try await db.raw(
            """
            SELECT object_id FROM recruitment_applications
            WHERE vacancy_id = \(bind: vacancyID) AND (email_folded = \(bind: form.emailFolded)
                OR (name_folded = \(bind: form.nameFolded) AND date_of_birth = \(bind: form.dateOfBirth)))
            LIMIT 1
            """
        ).first() != nil
    }

    /// The acknowledgement's reference: the vacancy number (letters and digits kept) and eight characters of the
    /// application's random identifier, e.g. `260901-7KQ2M9XA`.
    static func reference(number: String?, id: String) -> String {
        let prefix = String(
            (number ?? "").uppercased().unicodeScalars.filter { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
                .prefix(20).map(Character.init))
        return (prefix.isEmpty ? "APP" : prefix) + "-" + String(id.suffix(8))
    }
}

extension Chancery {
    /// Recruitment's applications.
    package var applications: ApplicationStore {
        ApplicationStore(database: database, objects: objects, vacancies: recruitment, attachments: attachments)
    }
}
