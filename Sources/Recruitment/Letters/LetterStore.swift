import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The one owner of the letter tables: the templates (every save a new version, audited), the letters produced for
/// an application (each a labelled object like its application, read trimmed), and their sent log (audited).
package struct LetterStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let audit: AuditLog
    package let vacancies: VacancyStore

    /// Who may read and edit the templates: an assistant holding RECRUITMENT (the templates carry no personal data,
    /// but they are the office's, and nobody else's business).
    static func requireTemplateEditor(_ principal: Principal) throws {
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        guard principal.categories.contains(RecruitmentOffice.category) else {
            throw AppError.roleRequired(RecruitmentOffice.assistants)
        }
    }

    // MARK: templates

    /// The current version of every template, by kind then language.
    package func templates(by principal: Principal) async throws -> [LetterTemplate] {
        try Self.requireTemplateEditor(principal)
        return try await database.read { db in
            try await db.raw(
                """
                SELECT \(LetterTemplate.columns) FROM recruitment_letter_templates t
                WHERE version = (SELECT MAX(version) FROM recruitment_letter_templates c
                    WHERE c.kind = t.kind AND c.language = t.language)
                ORDER BY kind, language
                """
            ).all().map(LetterTemplate.init(row:))
        }.sorted { ($0.kind.order, $0.language.rawValue) < ($1.kind.order, $1.language.rawValue) }
    }

    /// Every version of one template, newest first.
    package func history(_ kind: LetterKind, _ language: LetterLanguage, by principal: Principal) async throws
        -> [LetterTemplate]
    {
        try Self.requireTemplateEditor(principal)
        return try await database.read { db in
            try await db.raw(
                """
                SELECT \(LetterTemplate.columns) FROM recruitment_letter_templates
                WHERE kind = \(bind: kind.rawValue) AND language = \(bind: language.rawValue) ORDER BY version DESC
                """
            ).all().map(LetterTemplate.init(row:))
        }
    }

    static func current(_ kind: LetterKind, _ language: LetterLanguage, on db: any SQLDatabase) async throws
        -> LetterTemplate?
    {
        try await db.raw(
            """
            SELECT \(LetterTemplate.columns) FROM recruitment_letter_templates
            WHERE kind = \(bind: kind.rawValue) AND language = \(bind: language.rawValue) ORDER BY version DESC LIMIT 1
            """
        ).first().map(LetterTemplate.init(row:))
    }

    /// Saves a new version of a template, at the version the caller read; a placeholder Chancery does not know is
    /// refused with its sentence, and nothing is written. The save and its audit event are one transaction.
    package func saveTemplate(
        _ kind: LetterKind, _ language: LetterLanguage, expectedVersion: Int64, subject: String, body: String,
        by principal: Principal, at now: Int64 = Clock.nowMilliseconds()
    ) async throws -> LetterTemplate {
        try Self.requireTemplateEditor(principal)
        let text = try LetterTemplate.check(subject: subject, body: body)
        return try await database.transaction { db -> Checked<LetterTemplate> in
            guard let current = try await Self.current(kind, language, on: db) else {
                return .refused(LetterError.noTemplate("\(kind.rawValue)/\(language.rawValue)"))
            }
            guard current.version == expectedVersion else { return .refused(.stale(currentVersion: current.version)) }
            let saved = LetterTemplate(
                kind: kind, language: language, version: current.version + 1, subject: text.subject, body: text.body,
                savedBy: principal.id, savedAt: now)
            try await db.raw(
                """
                INSERT INTO recruitment_letter_templates (kind, language, version, subject, body, saved_by, saved_at)
                VALUES (\(bind: kind.rawValue), \(bind: language.rawValue), \(bind: saved.version),
                    \(bind: saved.subject), \(bind: saved.body), \(bind: principal.id), \(bind: now))
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "recruitment.letter-template.save",
                    details: [
                        "kind": kind.rawValue, "language": language.rawValue, "version": String(saved.version),
                        "fields": [
                            current.subject != saved.subject ? "subject" : nil,
                            current.body != saved.body ? "body" : nil,
                        ].compactMap { $0 }.joined(separator: ","),
                    ]),
                on: db)
            return .done(saved)
        }.get()
    }

    // MARK: letters

    /// The application, for an assistant who may read it; nil-as-404 otherwise.
    func application(_ id: String, by principal: Principal) async throws -> StoredApplication {
        guard
            let application = try await objects.readWritingOnlyIfAudited({ db, audited in
                try await self.objects.readItem(
                    StoredApplication.self, id, by: principal, auditingRead: audited, on: db)
            })
        else { throw AppError.objectNotFound(id) }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        return application
    }

    /// The letters of an application, newest first, each with its sent log (trimmed: a principal without RECRUITMENT
    /// gets the application's 404, never a count).
    package func letters(of applicationID: String, by principal: Principal) async throws
        -> (application: StoredApplication, letters: [(letter: Letter, sent: [LetterSending])])
    {
        let application = try await application(applicationID, by: principal)
        let letters = try await objects.page(
            Letter.self, filter: " AND o.kind = \(bind: Letter.kind) AND l.application_id = \(bind: applicationID)",
            after: nil, limit: 200, by: principal
        ).items
        let sendings = try await sent(letters.map(\.object.id))
        return (application, letters.map { letter in (letter, sendings.filter { $0.letterId == letter.object.id }) })
    }

    /// The sent log of letters the caller has read, oldest first.
    func sent(_ letterIDs: [String]) async throws -> [LetterSending] {
        guard !letterIDs.isEmpty else { return [] }
        var list: SQLQueryString = ""
        for (index, id) in letterIDs.enumerated() { list += index == 0 ? "\(bind: id)" : ", \(bind: id)" }
        let query: SQLQueryString = """
            SELECT letter_id, sent_at, sent_by, channel FROM recruitment_letter_sends
            WHERE letter_id IN (\(list)) ORDER BY sent_at
            """
        return try await database.read { db in try await db.raw(query).all().map(LetterSending.init(row:)) }
    }

    /// One letter, if the principal may read it (audited like every RECRUITMENT read); nil otherwise.
    package func letter(_ id: String, by principal: Principal) async throws -> Letter? {
        let letter = try await objects.readWritingOnlyIfAudited { db, audited in
            try await self.objects.readItem(Letter.self, id, by: principal, auditingRead: audited, on: db)
        }
        guard let letter, !RecruitmentOffice.assistants.isDisjoint(with: principal.roles) else { return nil }
        return letter
    }

    /// Produces a letter for an application from the current template of its kind, in the language asked or the
    /// candidate's: the HTML is kept, with the template version it came from, on a new object labelled like the
    /// application. Written with its audit event in one transaction.
    package func produce(
        _ order: LetterOrder, for applicationID: String, by principal: Principal,
        at now: Int64 = Clock.nowMilliseconds()
    ) async throws -> Letter {
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        return try await database.transaction { db -> Checked<Letter> in
            try await self.objects.lockForWrite(applicationID, on: db)
            guard
                let application = try await self.objects.readItem(
                    StoredApplication.self, applicationID, by: principal, auditingRead: false, on: db)
            else { return .refused(.objectNotFound(applicationID)) }
            if let refusal = try await self.objects.authorizeWrite(
                application.object, requiredRoles: RecruitmentOffice.assistants, by: principal, on: db)
            {
                return .refused(refusal)
            }
            let language = order.language ?? LetterLanguage.chosen(by: application.languages)
            guard let template = try await Self.current(order.kind, language, on: db) else {
                return .refused(LetterError.noTemplate("\(order.kind.rawValue)/\(language.rawValue)"))
            }
            let selection = try await SelectionStore.row(of: applicationID, on: db)
            if order.kind == .reserve, selection?.reserveUntil == nil { return .refused(LetterError.notOnReserve) }
            // an offer from the reserve list is for the other vacancy
            let vacancyID =
                order.kind == .offer
                ? selection?.offerVacancyId ?? application.vacancyId
                : application.vacancyId
            let vacancy = try await self.vacancies.readVacancy(vacancyID, by: principal, auditingRead: false, on: db)
            let values = Self.values(
                application, vacancy, selection, order, language, today: HeadquartersCalendar.day(now))
            let html = LetterDocument.html(template, values)
            let subject = LetterDocument.subject(template, values)
            let id = ObjectID.make(milliseconds: now)
            let object = LabelledObject(
                id: id, kind: Letter.kind, title: String(subject.prefix(300)), label: application.object.label,
                owningUnit: application.object.owningUnit, openToUnit: application.object.openToUnit,
                state: Letter.State.produced.rawValue, createdBy: principal.id, at: now)
            try await self.objects.insert(
                object,
                auditDetails: [
                    "application": applicationID, "letter": order.kind.rawValue, "language": language.rawValue,
                    "templateVersion": String(template.version),
                ], on: db)
            try await db.raw(
                """
                INSERT INTO recruitment_letters (object_id, application_id, kind, language, template_version, subject,
                    html, produced_at, produced_by)
                VALUES (\(bind: id), \(bind: applicationID), \(bind: order.kind.rawValue), \(bind: language.rawValue),
                    \(bind: template.version), \(bind: subject), \(bind: html), \(bind: now), \(bind: principal.id))
                """
            ).run()
            guard
                let letter = try await self.objects.readItem(
                    Letter.self, id, by: principal, auditingRead: false, on: db)
            else { return .refused(.objectNotFound(id)) }
            return .done(letter)
        }.get()
    }

    /// The placeholders' values for one letter.
    static func values(
        _ application: StoredApplication, _ vacancy: Vacancy?, _ selection: Selection?, _ order: LetterOrder,
        _ language: LetterLanguage, today: String
    ) -> LetterDocument.Values {
        let title = language == .fr ? vacancy?.titleFrench ?? vacancy?.title : vacancy?.title
        return LetterDocument.Values(
            candidateName: "\(application.givenNames) \(application.familyName)", givenNames: application.givenNames,
            familyName: application.familyName, email: application.email, reference: application.reference,
            vacancyTitle: title ?? "", vacancyNumber: vacancy?.vacancyNumber ?? "", vacancyGrade: vacancy?.grade ?? "",
            vacancyLocation: vacancy?.notice.location ?? vacancy?.notice.dutyStation ?? "",
            date: LetterDocument.longDay(today, language), invitationWhen: order.invitationWhen,
            invitationPlace: order.invitationPlace,
            reserveUntil: selection?.reserveUntil.map { LetterDocument.longDay($0, language) } ?? "")
    }

    /// Records that a letter was sent (when, by whom, how): one line of its log, the letter's state `sent`, and the
    /// audit event, in one transaction.
    package func markSent(
        _ letterID: String, channel: LetterChannel, by principal: Principal, at now: Int64 = Clock.nowMilliseconds()
    ) async throws -> Letter {
        try await database.transaction { db -> Checked<Letter> in
            try await self.objects.lockForWrite(letterID, on: db)
            guard
                let letter = try await self.objects.readItem(
                    Letter.self, letterID, by: principal, auditingRead: false, on: db)
            else { return .refused(.objectNotFound(letterID)) }
            if let refusal = try await self.objects.authorizeWrite(
                letter.object, requiredRoles: RecruitmentOffice.assistants, by: principal, on: db)
            {
                return .refused(refusal)
            }
            try await db.raw(
                """
                INSERT INTO recruitment_letter_sends (letter_id, sent_at, sent_by, channel)
                VALUES (\(bind: letterID), \(bind: now), \(bind: principal.id), \(bind: channel.rawValue))
                """
            ).run()
            var sent = letter.object
            sent.state = Letter.State.sent.rawValue
            guard let saved = try await self.objects.save(sent, replacing: letter.object, on: db) else {
                return .refused(.stale(currentVersion: letter.object.version + 1))
            }
            try await self.objects.auditUpdate(
                saved, previous: letter.object, fields: ["sent"], by: principal, action: "recruitment.letter.sent",
                extra: ["channel": channel.rawValue, "application": letter.applicationId], on: db)
            var updated = letter
            updated.object = saved
            return .done(updated)
        }.get()
    }
}

extension LetterKind {
    /// The order the lists show: as a competition goes.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

extension Chancery {
    /// Recruitment's letters and their templates.
    package var letters: LetterStore {
        LetterStore(database: database, objects: objects, audit: audit, vacancies: recruitment)
    }
}
