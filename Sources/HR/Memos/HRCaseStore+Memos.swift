import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

extension HRCaseError {
    /// Every field of a memo to correct, at once.
    package static func invalidMemo(_ items: [AppError.Item]) -> AppError {
        .fields(.badRequest, type: "invalid-memo", key: "hr.memos.error.invalid", items)
    }
}

extension HRCaseStore {
    /// Drafts a memo of a case the principal may write, from `template` in `language`: its text filled from the
    /// case (title, type, parties, contested decision, articles, deadlines), labelled as the case (LEGAL as well
    /// for legal advice and mediation notes — refused to an officer who does not hold LEGAL), kept from the same
    /// people as the case. One transaction with its `object.create` event.
    package func draftMemo(
        _ template: HRMemo.Template, language: Language, of caseID: String, deadlines: [String],
        by principal: Principal
    ) async throws -> HRMemo {
        try HROffice.require(HROffice.officers, principal)
        return try await database.transaction { db -> Checked<HRMemo> in
            // the case's exclusions are copied: no line manager may change (and miss this memo) meanwhile
            try await LineManagerStore.serialise(self.database, on: db)
            let hrCase: HRCase
            switch try await self.beginCaseWrite(caseID, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): hrCase = found
            }
            var label = hrCase.object.label
            if template.isLegal { label.categories.insert(HROffice.legalCategory) }
            guard canHold(label, principal) else { return .refused(.labelAboveYou) }
            let t = Localizer(language)
            let parties = try await self.parties(of: caseID, by: principal, on: db)
            let officer =
                try await UserStore.account(named: principal.username, on: db)?.displayName ?? principal.username
            let body = MemoText.draft(template, of: hrCase, parties: parties, deadlines: deadlines, officer: officer, t)
            let now = Clock.nowMilliseconds()
            let object = LabelledObject(
                id: ObjectID.make(milliseconds: now), kind: HRMemo.kind,
                title: t("hr.memo.template.\(template.rawValue)") + " — " + hrCase.title, label: label,
                owningUnit: HROffice.unit, openToUnit: true, state: "draft", createdBy: principal.id, at: now)
            try await self.objects.insert(
                object, auditDetails: ["template": template.rawValue, "case": caseID], on: db)
            try await db.raw(
                """
                INSERT INTO hr_memos (object_id, case_id, template, language, body)
                VALUES (\(bind: object.id), \(bind: caseID), \(bind: template.rawValue), \(bind: language.rawValue),
                    \(bind: body))
                """
            ).run()
            try await self.objects.setExclusions(
                of: object.id, to: try await self.objects.exclusions(of: caseID, on: db), by: principal, on: db)
            guard let memo = try await self.readMemo(object.id, by: principal, auditingRead: false, on: db) else {
                return .refused(.objectNotFound(object.id))
            }
            return .done(memo)
        }.get()
    }

    /// Saves a memo's text as the next version of the one read (`expectedVersion`), audited with the change.
    package func editMemo(_ id: String, body: String, expectedVersion: Int64, by principal: Principal)
        async throws -> HRMemo
    {
        try HROffice.require(HROffice.officers, principal)
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        var items: [AppError.Item] = []
        if text.isEmpty { items.append(.init(field: "body", code: "required", key: "hr.field.required")) }
        if HRText.hasControl(text) {
            items.append(.init(field: "body", code: "invalid", key: "hr.field.control"))
        } else if text.count > HRMemo.maximumBody {
            items.append(
                .init(field: "body", code: "too-long", key: "hr.field.tooLong", ["max": "\(HRMemo.maximumBody)"]))
        }
        guard items.isEmpty else { throw HRCaseError.invalidMemo(items) }
        return try await database.transaction { db -> Checked<HRMemo> in
            let current: LabelledObject
            switch try await self.objects.beginWrite(
                id, expectedVersion: expectedVersion, requiredRoles: HROffice.officers, by: principal, on: db)
            {
            case .refused(let error): return .refused(error)
            case .done(let object): current = object
            }
            guard current.kind == HRMemo.kind else { return .refused(.objectNotFound(id)) }
            guard let saved = try await self.objects.save(current, replacing: current, on: db) else {
                return .refused(.stale(currentVersion: expectedVersion + 1))
            }
            try await db.raw("UPDATE hr_memos SET body = \(bind: text) WHERE object_id = \(bind: id)").run()
            try await self.objects.auditUpdate(saved, previous: current, fields: ["body"], by: principal, on: db)
            guard let memo = try await self.readMemo(id, by: principal, auditingRead: false, on: db) else {
                return .refused(.objectNotFound(id))
            }
            return .done(memo)
        }.get()
    }

    /// The memo, if the principal may read it (LEGAL included); the read is audited. Nil when missing or hidden.
    package func memo(_ id: String, by principal: Principal) async throws -> HRMemo? {
        try await objects.readWritingOnlyIfAudited { db, audited in
            try await self.readMemo(id, by: principal, auditingRead: audited, on: db)
        }
    }

    func readMemo(_ id: String, by principal: Principal, auditingRead: Bool = true, on db: any SQLDatabase)
        async throws -> HRMemo?
    {
        try await objects.readItem(HRMemo.self, id, by: principal, auditingRead: auditingRead, on: db)
    }

    /// The memos of a case the principal may read, oldest first: trimmed in SQL, so a LEGAL memo is not even
    /// counted for an officer without LEGAL.
    package func memos(of caseID: String, by principal: Principal) async throws -> [HRMemo] {
        try await objects.page(
            HRMemo.self, filter: " AND o.kind = \(bind: HRMemo.kind) AND m.case_id = \(bind: caseID)", after: nil,
            limit: 200, by: principal
        ).items.sorted { $0.object.createdAt < $1.object.createdAt }
    }
}
