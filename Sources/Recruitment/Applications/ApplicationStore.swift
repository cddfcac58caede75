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

    /// The actor of the audit events of the public's writes: the spine's name for an unauthenticated caller.
    package static let actor = "anonymous"

    /// Records an application to a published vacancy, or refuses it: a vacancy that is not published (or does not
    /// exist) is `404` like a missing id; after its deadline, `deadline-passed`; a nationality outside the NATO
    /// member states, `not-eligible-nationality` (NATO notices are open to their nationals only); the same email, or
    /// the same name and date of birth, already applied, `duplicate-application`.
    package func apply(
        to vacancyID: String, _ form: ApplicationForm, address: String, at now: Int64 = Clock.nowMilliseconds()
    ) async throws -> ApplicationReceipt {
        try await database.transaction { db -> Checked<ApplicationReceipt> in
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
                    "vacancy": vacancyID, "reference": reference, "address": address,
                    "internal": form.internal ? "true" : "false",
                ], on: db)
            try await db.raw(
                """
                INSERT INTO recruitment_applications (object_id, vacancy_id, reference, family_name, given_names, email,
                    email_folded, name_folded, date_of_birth, nationality, languages, internal, submitted_at)
                VALUES (\(bind: id), \(bind: vacancyID), \(bind: reference), \(bind: form.familyName),
                    \(bind: form.givenNames), \(bind: form.email), \(bind: form.emailFolded),
                    \(bind: form.nameFolded), \(bind: form.dateOfBirth), \(bind: form.nationality),
                    \(bind: try VacancyStore.json(form.languages)), \(bind: Int64(form.internal ? 1 : 0)),
                    \(bind: now))
                """
            ).run()
            return .done(
                ApplicationReceipt(
                    id: id, reference: reference, vacancyId: vacancyID, submittedAt: Clock.iso8601(now)))
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
            filter: " AND o.kind = \(bind: Application.kind) AND a.vacancy_id = \(bind: vacancyID)", after: cursor,
            limit: limit, by: principal)
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
        ApplicationStore(database: database, objects: objects, vacancies: recruitment)
    }
}
