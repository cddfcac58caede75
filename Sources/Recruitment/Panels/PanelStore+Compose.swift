import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

extension PanelStore {
    /// Composes a vacancy's panel: its members and seats, the candidates chosen among the vacancy's applications, and
    /// the competencies they are scored on (the vacancy's, unless a list is given). Only who may change the vacancy
    /// (its recruitment assistants) may; the panel, its members and its candidates are written with their audit events
    /// in one transaction, or nothing is.
    package func compose(_ request: PanelRequest, by principal: Principal) async throws -> Panel {
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        try RecruitmentOffice.requireUnit(principal)
        guard canHold(Panel.label, principal) else { throw AppError.labelAboveYou }
        let vacancyID = request.vacancyId?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !vacancyID.isEmpty else {
            throw PanelError.invalid([.init(field: "vacancyId", code: "required", key: "recruitment.panel.required")])
        }
        return try await database.transaction { db -> Checked<Panel> in
            let vacancy: Vacancy
            switch try await self.vacancies.writableVacancy(vacancyID, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): vacancy = found
            }
            var items: [AppError.Item] = []
            let members = try await self.checkedMembers(request.members ?? [], items: &items, on: db)
            let candidates = try await self.checkedApplications(
                request.candidates ?? [], of: vacancyID, by: principal, items: &items, on: db)
            let competencies = Self.checkedCompetencies(
                request.competencies ?? vacancy.notice.competencies.map(\.name), items: &items)
            guard items.isEmpty else { return .refused(PanelError.invalid(items)) }

            let now = Clock.nowMilliseconds()
            let title = [vacancy.vacancyNumber, vacancy.title].compactMap { $0 }.joined(separator: " ")
            let object = LabelledObject(
                id: ObjectID.make(milliseconds: now), kind: Panel.kind, title: String(title.prefix(300)),
                label: Panel.label, owningUnit: RecruitmentOffice.unit, openToUnit: false, state: "composed",
                createdBy: principal.id, at: now)
            try await self.objects.insert(
                object,
                accessEntries: members.map { AccessEntry(grantee: .user($0.id), permission: .read) },
                auditDetails: [
                    "vacancy": vacancyID,
                    "members": members.map { "\($0.username):\($0.role.rawValue)" }.joined(separator: ","),
                    "candidates": String(candidates.count), "competencies": String(competencies.count),
                ], on: db)
            try await db.raw(
                """
                INSERT INTO recruitment_panels (object_id, vacancy_id, competencies, expected_scores, report_state)
                VALUES (\(bind: object.id), \(bind: vacancyID), \(bind: try VacancyStore.json(competencies)),
                    \(bind: Int64(candidates.count * competencies.count)), \(bind: Panel.ReportState.none.rawValue))
                """
            ).run()
            for member in members {
                try await db.raw(
                    """
                    INSERT INTO recruitment_panel_members (panel_id, member_id, role)
                    VALUES (\(bind: object.id), \(bind: member.id), \(bind: member.role.rawValue))
                    """
                ).run()
            }
            for application in candidates {
                try await self.insertCandidate(application, panel: object.id, grantees: [], by: principal, on: db)
            }
            guard let panel = try await self.readPanel(object.id, by: principal, on: db) else {
                return .refused(.objectNotFound(object.id))
            }
            return .done(panel)
        }.get()
    }

    /// Adds a candidate, chosen among the vacancy's applications, to a panel whose report is not signed: the members
    /// who have declared no conflict may read it at once.
    package func addCandidate(_ applicationID: String, to panelID: String, by principal: Principal) async throws
        -> PanelCandidate
    {
        try await database.transaction { db -> Checked<PanelCandidate> in
            let panel: Panel
            switch try await self.writablePanel(panelID, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): panel = found
            }
            var items: [AppError.Item] = []
            let found = try await self.checkedApplications(
                [applicationID], of: panel.vacancyId, by: principal, items: &items, on: db, field: "applicationId")
            guard items.isEmpty, let application = found.first else { return .refused(PanelError.invalid(items)) }
            let existing = try await self.candidates(of: panelID, by: principal, on: db)
            guard !existing.contains(where: { $0.applicationId == application.id }) else {
                return .refused(
                    PanelError.invalid([
                        .init(field: "applicationId", code: "duplicate", key: "recruitment.panel.candidate")
                    ]))
            }
            let signed = try await self.members(of: panelID, by: principal, on: db).filter(\.seesCandidates)
            let id = try await self.insertCandidate(
                application, panel: panelID, grantees: signed.map(\.memberId), by: principal, on: db)
            try await db.raw(
                """
                UPDATE recruitment_panels SET expected_scores = expected_scores + \(bind: Int64(panel.competencies.count))
                WHERE object_id = \(bind: panelID)
                """
            ).run()
            guard
                let candidate = try await self.candidates(of: panelID, by: principal, on: db).first(where: {
                    $0.object.id == id
                })
            else { return .refused(.objectNotFound(id)) }
            return .done(candidate)
        }.get()
    }

    /// The panel, locked, if the principal may change it: one who may change its vacancy, before the report is signed.
    func writablePanel(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws -> Checked<Panel> {
        try await objects.lockForWrite(id, on: db)
        guard let panel = try await readPanel(id, by: principal, on: db) else { return .refused(.objectNotFound(id)) }
        guard !RecruitmentOffice.assistants.isDisjoint(with: principal.roles) else {
            return .refused(.roleRequired(RecruitmentOffice.assistants))
        }
        if case .refused(let error) = try await vacancies.writableVacancy(panel.vacancyId, by: principal, on: db) {
            return .refused(error)
        }
        guard panel.reportState != .signed else { return .refused(PanelError.reportSigned) }
        return .done(panel)
    }

    /// A member as composed: the account and the seat.
    struct ComposedMember {
        var id: String
        var username: String
        var role: PanelRole
    }

    /// The members checked: each an account holding `recruitment.panel`, once, in a known seat; one chair and one
    /// secretary; at most twelve.
    func checkedMembers(_ entries: [PanelRequest.MemberEntry], items: inout [AppError.Item], on db: any SQLDatabase)
        async throws -> [ComposedMember]
    {
        var members: [ComposedMember] = []
        for (index, entry) in entries.enumerated() {
            let username = entry.username?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard let role = entry.role.flatMap(PanelRole.init(rawValue:)) else {
                items.append(.init(field: "members.\(index).role", code: "invalid", key: "recruitment.panel.role"))
                continue
            }
            guard !username.isEmpty, username.count <= 100,
                let account = try await users.find(username: username, on: db), !account.disabled,
                account.roles.contains(.recruitmentPanel), !members.contains(where: { $0.id == account.id })
            else {
                items.append(
                    .init(field: "members.\(index).username", code: "invalid", key: "recruitment.panel.member"))
                continue
            }
            members.append(ComposedMember(id: account.id, username: account.username, role: role))
        }
        let chairs = members.filter { $0.role == .chair }.count
        let secretaries = members.filter { $0.role == .secretary }.count
        if items.isEmpty, chairs != 1 || secretaries != 1 || entries.count > Self.maximumMembers {
            items.append(.init(field: "members", code: "seats", key: "recruitment.panel.seats"))
        }
        return members
    }

    /// An application as a panel takes it: its id, reference and the candidate's names.
    struct ChosenApplication {
        var id: String
        var reference: String
        var familyName: String
        var givenNames: String
    }

    /// The applications checked: each a short-listed application to the vacancy that the principal may read, once.
    func checkedApplications(
        _ ids: [String], of vacancyID: String, by principal: Principal, items: inout [AppError.Item],
        on db: any SQLDatabase, field: String = "candidates"
    ) async throws -> [ChosenApplication] {
        var chosen: [ChosenApplication] = []
        let scope = scope(principal)
        for (index, id) in ids.enumerated() {
            // locked as screening locks it: a move off the short list waits for this panel, or wins
            if ObjectID.isWellFormed(id) { try await objects.lockForWrite(id, on: db) }
            let row =
                ObjectID.isWellFormed(id) && !chosen.contains(where: { $0.id == id })
                ? try await db.raw(
                    """
                    SELECT o.id, a.reference, a.family_name, a.given_names,
                        \(unsafeRaw: ScreenedApplication.stageExpression) AS screening_stage
                    FROM objects o JOIN recruitment_applications a ON a.object_id = o.id
                    LEFT JOIN recruitment_screening s ON s.application_id = o.id
                    WHERE o.id = \(bind: id) AND a.vacancy_id = \(bind: vacancyID) AND \(scope.readable())
                    """
                ).first() : nil
            let itemField = ids.count == 1 && field != "candidates" ? field : "\(field).\(index)"
            guard let row else {
                items.append(.init(field: itemField, code: "invalid", key: "recruitment.panel.candidate"))
                continue
            }
            // only the short list is interviewed
            let stage = try row.decode(column: "screening_stage", as: String.self)
            guard stage == ScreeningStage.shortList.rawValue else {
                items.append(
                    .init(
                        field: itemField, code: "not-short-listed", key: "recruitment.panel.notShortListed",
                        ["reference": try row.decode(column: "reference", as: String.self)],
                        localizing: ["stage": "recruitment.stage.\(stage)"]))
                continue
            }
            chosen.append(
                ChosenApplication(
                    id: id, reference: try row.decode(column: "reference", as: String.self),
                    familyName: try row.decode(column: "family_name", as: String.self),
                    givenNames: try row.decode(column: "given_names", as: String.self)))
        }
        return chosen
    }

    /// The competencies checked: one to twelve, each one to 200 characters, without repeats.
    static func checkedCompetencies(_ list: [String], items: inout [AppError.Item]) -> [String] {
        var competencies: [String] = []
        for name in list.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        where !name.isEmpty && !competencies.contains(name) {
            competencies.append(name)
        }
        if competencies.isEmpty || competencies.count > maximumCompetencies
            || competencies.contains(where: { $0.count > 200 })
        {
            items.append(.init(field: "competencies", code: "invalid", key: "recruitment.panel.competencies"))
        }
        return competencies
    }

    /// Writes a candidate object (no unit access: entries only) and its row; the grantees may read it at once.
    @discardableResult
    func insertCandidate(
        _ application: ChosenApplication, panel panelID: String, grantees: [String], by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> String {
        let now = Clock.nowMilliseconds()
        let object = LabelledObject(
            id: ObjectID.make(milliseconds: now), kind: PanelCandidate.kind, title: application.reference,
            label: Panel.label, owningUnit: RecruitmentOffice.unit, openToUnit: false, state: "before-panel",
            createdBy: principal.id, at: now)
        try await objects.insert(
            object, accessEntries: grantees.map { AccessEntry(grantee: .user($0), permission: .read) },
            auditDetails: ["panel": panelID, "application": application.id], on: db)
        try await db.raw(
            """
            INSERT INTO recruitment_panel_candidates (object_id, panel_id, application_id, reference, family_name,
                given_names)
            VALUES (\(bind: object.id), \(bind: panelID), \(bind: application.id), \(bind: application.reference),
                \(bind: application.familyName), \(bind: application.givenNames))
            """
        ).run()
        return object.id
    }
}
