import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

extension PanelStore {
    /// The reader's seat on a panel they may read, locked with the panel; refused (404) when they may not read it,
    /// and `panel-seat-required` when they do not sit on it in one of `seats`.
    func seat(
        on panelID: String, in seats: Set<PanelRole> = Set(PanelRole.allCases), by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> Checked<(Panel, PanelMember)> {
        try await objects.lockForWrite(panelID, on: db)
        guard let panel = try await readPanel(panelID, by: principal, on: db) else {
            return .refused(.objectNotFound(panelID))
        }
        guard
            let seat = try await members(of: panelID, by: principal, on: db).first(where: {
                $0.memberId == principal.id
            }),
            seats.contains(seat.role)
        else { return .refused(PanelError.notYourSeat) }
        return .done((panel, seat))
    }

    /// A member signs their conflict-of-interest declaration, once. "No conflict" opens the panel's candidates to
    /// them (an access entry on each, in the same transaction); "conflict declared" (with a note) keeps them closed.
    package func declare(_ request: DeclarationRequest, on panelID: String, by principal: Principal) async throws
        -> PanelMember
    {
        try await database.transaction { db -> Checked<PanelMember> in
            let (panel, seat): (Panel, PanelMember)
            switch try await self.seat(on: panelID, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): (panel, seat) = found
            }
            guard panel.reportState != .signed else { return .refused(PanelError.reportSigned) }
            guard seat.declaration == nil else { return .refused(PanelError.alreadyDeclared) }
            var items: [AppError.Item] = []
            let note = request.note?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let declaration = request.declaration.flatMap(PanelDeclaration.init(rawValue:))
            if declaration == nil {
                items.append(.init(field: "declaration", code: "invalid", key: "recruitment.panel.declaration"))
            }
            if declaration == .conflictDeclared, note.isEmpty {
                items.append(.init(field: "note", code: "required", key: "recruitment.panel.conflictNote"))
            }
            if note.count > Self.maximumNote {
                items.append(
                    .init(
                        field: "note", code: "too-long", key: "recruitment.panel.tooLong",
                        ["max": String(Self.maximumNote)]))
            }
            guard items.isEmpty, let declaration else { return .refused(PanelError.invalid(items)) }
            let now = Clock.nowMilliseconds()
            try await db.raw(
                """
                UPDATE recruitment_panel_members SET declaration = \(bind: declaration.rawValue),
                    declaration_note = \(bind: note.isEmpty ? nil : note), declared_at = \(bind: now)
                WHERE panel_id = \(bind: panelID) AND member_id = \(bind: principal.id) AND declaration IS NULL
                """
            ).run()
            var opened = 0
            if declaration == .noConflict {
                for id in try await self.candidateIDs(of: panelID, by: principal, on: db) {
                    try await self.objects.grant(
                        AccessEntry(grantee: .user(principal.id), permission: .read), on: id, by: principal.id, at: now,
                        on: db)
                    opened += 1
                }
            }
            try await self.objects.audit.append(
                AuditEntry(
                    actor: principal.id, action: "recruitment.panel.declaration", objectID: panelID,
                    details: [
                        "declaration": declaration.rawValue, "seat": seat.role.rawValue,
                        "candidatesOpened": String(opened),
                    ]), on: db)
            var signed = seat
            signed.declaration = declaration
            signed.declarationNote = note.isEmpty ? nil : note
            signed.declaredAt = now
            return .done(signed)
        }.get()
    }

    /// Every candidate object of a panel, for the entries a declaration grants: read once the declarer's seat on the
    /// panel is established, the ids never leave the store.
    func candidateIDs(of panelID: String, by principal: Principal, on db: any SQLDatabase) async throws -> [String] {
        try await db.raw(
            """
            SELECT c.object_id FROM recruitment_panel_candidates c JOIN objects o ON o.id = c.panel_id \(Panel.join)
            WHERE c.panel_id = \(bind: panelID) AND \(Self.readable(panel: scope(principal)))
            ORDER BY c.object_id
            """
        ).all().map { try $0.decode(column: "object_id", as: String.self) }
    }

    /// Schedules an interview of one of the panel's candidates: by who may change the panel.
    package func schedule(_ form: SlotForm, on panelID: String, by principal: Principal) async throws -> PanelSlot {
        try await database.transaction { db -> Checked<PanelSlot> in
            if case .refused(let error) = try await self.writablePanel(panelID, by: principal, on: db) {
                return .refused(error)
            }
            guard
                try await self.candidates(of: panelID, by: principal, on: db).contains(where: {
                    $0.object.id == form.candidateId
                })
            else {
                return .refused(
                    PanelError.invalid([
                        .init(field: "candidateId", code: "invalid", key: "recruitment.panel.candidate")
                    ]))
            }
            let id = ObjectID.make(milliseconds: Clock.nowMilliseconds())
            try await db.raw(
                """
                INSERT INTO recruitment_panel_slots (id, panel_id, candidate_id, starts_at, ends_at, place, video_link)
                VALUES (\(bind: id), \(bind: panelID), \(bind: form.candidateId), \(bind: form.startsAt),
                    \(bind: form.endsAt), \(bind: form.place), \(bind: form.videoLink))
                """
            ).run()
            try await self.objects.audit.append(
                AuditEntry(
                    actor: principal.id, action: "recruitment.panel.slot", objectID: panelID,
                    relatedObjectIDs: [form.candidateId],
                    details: ["slot": id, "start": Clock.iso8601(form.startsAt), "end": Clock.iso8601(form.endsAt)]),
                on: db)
            guard let slot = try await self.slots(of: panelID, by: principal, on: db).first(where: { $0.id == id })
            else {
                return .refused(.objectNotFound(panelID))
            }
            return .done(slot)
        }.get()
    }

    /// A member's scorecard for one candidate: their scores replace their earlier ones on the same competencies.
    /// Only a member who declared no conflict, for a candidate of the panel, before the report is signed.
    package func score(
        _ request: ScorecardRequest, candidate candidateID: String, on panelID: String, by principal: Principal
    ) async throws -> [PanelScore] {
        try await database.transaction { db -> Checked<[PanelScore]> in
            let (panel, seat): (Panel, PanelMember)
            switch try await self.seat(on: panelID, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): (panel, seat) = found
            }
            guard panel.reportState != .signed else { return .refused(PanelError.reportSigned) }
            guard seat.seesCandidates else { return .refused(PanelError.declarationFirst) }
            guard
                try await self.candidates(of: panelID, by: principal, on: db).contains(where: {
                    $0.object.id == candidateID
                })
            else { return .refused(.objectNotFound(candidateID)) }
            let form: ScorecardForm
            do { form = try ScorecardForm(request, competencies: panel.competencies) } catch let error as AppError {
                return .refused(error)
            }
            let now = Clock.nowMilliseconds()
            for entry in form.entries {
                try await db.raw(
                    """
                    DELETE FROM recruitment_panel_scores WHERE candidate_id = \(bind: candidateID)
                        AND member_id = \(bind: principal.id) AND competency = \(bind: entry.competency)
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO recruitment_panel_scores (panel_id, candidate_id, member_id, competency, score, note,
                        scored_at)
                    VALUES (\(bind: panelID), \(bind: candidateID), \(bind: principal.id), \(bind: entry.competency),
                        \(bind: Int64(entry.score)), \(bind: entry.note), \(bind: now))
                    """
                ).run()
            }
            try await StageHistory.record(
                selecting: """
                    SELECT pc.application_id, a.vacancy_id FROM recruitment_panel_candidates pc
                    JOIN recruitment_applications a ON a.object_id = pc.application_id
                    WHERE pc.object_id = \(bind: candidateID)
                    """, entered: .interviewed, at: now, by: principal.id, on: db)
            try await self.objects.audit.append(
                AuditEntry(
                    actor: principal.id, action: "recruitment.panel.score", objectID: candidateID,
                    relatedObjectIDs: [panelID],
                    details: [
                        "competencies": form.entries.map(\.competency).joined(separator: "|"),
                        "scores": form.entries.map { String($0.score) }.joined(separator: ","),
                    ]), on: db)
            let mine = try await self.readScores(of: panelID, by: principal, on: db).scores.filter {
                $0.memberId == principal.id
            }
            // what "My work" compares with the panel's expected number of scores
            try await db.raw(
                """
                UPDATE recruitment_panel_members SET scores_given = \(bind: Int64(mine.count))
                WHERE panel_id = \(bind: panelID) AND member_id = \(bind: principal.id)
                """
            ).run()
            return .done(mine.filter { $0.candidateId == candidateID })
        }.get()
    }

    /// Where the scoring of a panel stands.
    package struct Progress: Sendable, Equatable {
        package var undeclared: Int
        package var scorers: Int
        package var candidates: Int
        package var competencies: Int
        package var scored: Int

        /// Every member has declared, and every member who declared no conflict has scored every candidate on every
        /// competency.
        package var isComplete: Bool {
            undeclared == 0 && scorers > 0 && candidates > 0 && scored == scorers * candidates * competencies
        }
    }

    /// The scoring's progress of a panel the principal may read (nil otherwise).
    func progress(of panel: Panel, by principal: Principal, on db: any SQLDatabase) async throws -> Progress? {
        let row = try await db.raw(
            """
            SELECT
                (SELECT COUNT(*) FROM recruitment_panel_members m
                    WHERE m.panel_id = o.id AND m.declaration IS NULL) AS undeclared,
                (SELECT COUNT(*) FROM recruitment_panel_members m
                    WHERE m.panel_id = o.id AND m.declaration = 'no-conflict') AS scorers,
                (SELECT COUNT(*) FROM recruitment_panel_candidates c WHERE c.panel_id = o.id) AS candidates,
                (SELECT COUNT(*) FROM recruitment_panel_scores s JOIN recruitment_panel_members m
                    ON m.panel_id = s.panel_id AND m.member_id = s.member_id AND m.declaration = 'no-conflict'
                    WHERE s.panel_id = o.id) AS scored
            FROM objects o \(Panel.join)
            WHERE o.id = \(bind: panel.object.id) AND \(Self.readable(panel: scope(principal)))
            """
        ).first()
        guard let row else { return nil }
        func count(_ column: String) throws -> Int { Int(try row.decode(column: column, as: Int64.self)) }
        return Progress(
            undeclared: try count("undeclared"), scorers: try count("scorers"), candidates: try count("candidates"),
            competencies: panel.competencies.count, scored: try count("scored"))
    }

    /// Whether the reader sees every member's scores: once scoring is complete, the chair and the secretary (having
    /// declared no conflict) and the vacancy's assistants; before, each member sees their own only.
    func seesAllScores(_ panel: Panel, _ progress: Progress, by principal: Principal, on db: any SQLDatabase)
        async throws -> Bool
    {
        guard progress.isComplete else { return false }
        let seat = try await members(of: panel.object.id, by: principal, on: db).first { $0.memberId == principal.id }
        if let seat { return seat.seesCandidates && (seat.role == .chair || seat.role == .secretary) }
        return try await vacancies.readVacancy(panel.vacancyId, by: principal, auditingRead: false, on: db) != nil
            && !RecruitmentOffice.assistants.isDisjoint(with: principal.roles)
    }

    /// The scores the principal may see of a panel, with the progress: theirs until scoring is complete, then all
    /// of them for the chair, the secretary and the assistants. Trimmed by the candidates they may read.
    package func readScores(of panelID: String, by principal: Principal, on db: any SQLDatabase) async throws
        -> (scores: [PanelScore], progress: Progress, all: Bool)
    {
        guard let panel = try await readPanel(panelID, by: principal, on: db),
            let progress = try await progress(of: panel, by: principal, on: db)
        else { throw AppError.objectNotFound(panelID) }
        let all = try await seesAllScores(panel, progress, by: principal, on: db)
        let mine: SQLQueryString = all ? "" : " AND s.member_id = \(bind: principal.id)"
        let scores = try await db.raw(
            """
            SELECT s.candidate_id, s.member_id, s.competency, s.score, s.note, s.scored_at
            FROM recruitment_panel_scores s JOIN recruitment_panel_candidates c ON c.object_id = s.candidate_id
                JOIN objects co ON co.id = c.object_id
            WHERE s.panel_id = \(bind: panelID) AND \(Self.readable(candidate: scope(principal)))\(mine)
            ORDER BY s.candidate_id, s.member_id, s.competency
            """
        ).all().map(PanelScore.init(row:))
        return (scores, progress, all)
    }

    /// `readScores` in its own transaction (a miss is an audited denial).
    package func scores(of panelID: String, by principal: Principal) async throws
        -> (scores: [PanelScore], progress: Progress, all: Bool)
    {
        try await database.transaction { db in try await self.readScores(of: panelID, by: principal, on: db) }
    }

    /// The consolidated ranking, best overall average first: only for who sees every score, once scoring is
    /// complete.
    package func ranking(of panelID: String, by principal: Principal) async throws -> (Panel, [PanelRankingRow]) {
        try await database.transaction { db -> Checked<(Panel, [PanelRankingRow])> in
            let (scores, progress, all) = try await self.readScores(of: panelID, by: principal, on: db)
            guard let panel = try await self.readPanel(panelID, by: principal, on: db) else {
                return .refused(.objectNotFound(panelID))
            }
            guard progress.isComplete else { return .refused(PanelError.scoringIncomplete) }
            guard all else { return .refused(PanelError.notYourSeat) }
            let candidates = try await self.candidates(of: panelID, by: principal, on: db)
            return .done((panel, Self.rank(candidates, scores, competencies: panel.competencies)))
        }.get()
    }

    /// Averages per competency and overall (the mean of the competencies' averages), best first, then by name.
    static func rank(_ candidates: [PanelCandidate], _ scores: [PanelScore], competencies: [String])
        -> [PanelRankingRow]
    {
        candidates.map { candidate in
            var averages: [String: Double] = [:]
            for competency in competencies {
                let given = scores.filter { $0.candidateId == candidate.object.id && $0.competency == competency }
                if !given.isEmpty {
                    averages[competency] = Double(given.map(\.score).reduce(0, +)) / Double(given.count)
                }
            }
            let overall = averages.isEmpty ? 0 : averages.values.reduce(0, +) / Double(averages.count)
            return PanelRankingRow(candidate: candidate, averages: averages, overall: overall)
        }.sorted { ($0.overall, $1.candidate.familyName) > ($1.overall, $0.candidate.familyName) }
    }
}
