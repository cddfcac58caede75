import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The one owner of the written tests' tables. The assistants read sessions and invitations (RECRUITMENT); the
/// markers read only the scripts their access entries open to them (no RECRUITMENT), trimmed in SQL like every read.
/// Every change writes its audit event in the same transaction; a refusal writes nothing but its denial.
package struct WrittenTestStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let vacancies: VacancyStore
    package let users: UserStore

    /// The most candidates one session takes (the results are one page).
    package static let maximumCandidates = 500

    static let sessionLabel = RecruitmentOffice.label(SecurityLabel(classification: .natoRestricted))
    /// A script carries no personal data and no RECRUITMENT: its markers are not briefed for candidates' files.
    static let scriptLabel = SecurityLabel(classification: .natoRestricted)

    // MARK: sessions

    /// Schedules a session for a vacancy the assistant may read, with its people resolved from their user names.
    package func create(_ request: WrittenTestRequest, by principal: Principal) async throws -> WrittenTest {
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        try RecruitmentOffice.requireUnit(principal)
        guard canHold(Self.sessionLabel, principal) else { throw AppError.labelAboveYou }
        let now = Clock.nowMilliseconds()
        return try await database.transaction { db -> Checked<WrittenTest> in
            let form = try await self.checked(request, by: principal, on: db)
            let object = LabelledObject(
                id: ObjectID.make(milliseconds: now), kind: WrittenTest.kind, title: form.title,
                label: Self.sessionLabel, owningUnit: RecruitmentOffice.unit, openToUnit: true,
                state: WrittenTest.State.planned.rawValue, createdBy: principal.id, at: now)
            try await self.objects.insert(object, auditDetails: ["vacancy": form.form.vacancyId], on: db)
            try await db.raw(
                """
                INSERT INTO recruitment_written_tests (object_id, vacancy_id, starts_at, place, room, invigilators,
                    markers, questions, pass_mark, stage)
                VALUES (\(bind: object.id), \(bind: form.form.vacancyId), \(bind: form.form.startsAt),
                    \(bind: form.form.place), \(bind: form.form.room), \(bind: try VacancyStore.json(form.invigilators)),
                    \(bind: try VacancyStore.json(form.markers)), \(bind: try VacancyStore.json(form.form.questions)),
                    \(bind: Int64(form.form.passMark)), \(bind: WrittenTest.State.planned.rawValue))
                """
            ).run()
            return try await self.reread(object.id, by: principal, on: db)
        }.get()
    }

    /// Changes a planned session (at the version read); a change of markers moves the access entries of its scripts.
    package func update(
        _ id: String, _ request: WrittenTestRequest, expectedVersion: Int64?, by principal: Principal
    ) async throws -> WrittenTest {
        try await database.transaction { db -> Checked<WrittenTest> in
            let session: WrittenTest
            switch try await self.writable(id, expectedVersion: expectedVersion, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): session = found
            }
            guard session.state == .planned else {
                return .refused(WrittenTestError.state(session.state, action: "edit"))
            }
            var request = request
            request.vacancyId = session.vacancyId
            let form = try await self.checked(request, by: principal, on: db)
            var edited = session.object
            edited.title = form.title
            guard let saved = try await self.objects.save(edited, replacing: session.object, on: db) else {
                return .refused(.stale(currentVersion: session.object.version + 1))
            }
            try await db.raw(
                """
                UPDATE recruitment_written_tests SET starts_at = \(bind: form.form.startsAt),
                    place = \(bind: form.form.place), room = \(bind: form.form.room),
                    invigilators = \(bind: try VacancyStore.json(form.invigilators)),
                    markers = \(bind: try VacancyStore.json(form.markers)),
                    questions = \(bind: try VacancyStore.json(form.form.questions)),
                    pass_mark = \(bind: Int64(form.form.passMark))
                WHERE object_id = \(bind: id)
                """
            ).run()
            if form.markers != session.markers {
                let scripts = try await self.invitations(of: id, by: principal, on: db).map(\.scriptId)
                try await self.grantMarking(scripts, to: form.markers, by: principal.id, on: db)
            }
            try await self.objects.auditUpdate(
                saved, previous: session.object,
                fields: ["startsAt", "place", "room", "invigilators", "markers", "questions", "passMark"],
                by: principal, action: "recruitment.test.update", on: db)
            return try await self.reread(id, by: principal, on: db)
        }.get()
    }

    /// Moves a session to the state that follows its own: held once sat, marked once every script is marked,
    /// results published once the names are shown.
    package func move(_ id: String, to target: WrittenTest.State, by principal: Principal) async throws -> WrittenTest {
        try await database.transaction { db -> Checked<WrittenTest> in
            let session: WrittenTest
            switch try await self.writable(id, expectedVersion: nil, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): session = found
            }
            guard session.state.next == target else {
                return .refused(WrittenTestError.transition(from: session.state, to: target))
            }
            if target == .marked {
                let unmarked = try await self.invitations(of: id, by: principal, on: db).filter { $0.total == nil }
                if !unmarked.isEmpty { return .refused(WrittenTestError.stillToMark(unmarked.count)) }
            }
            if target == .published, session.unblindedAt == nil { return .refused(WrittenTestError.blind) }
            var moved = session.object
            moved.state = target.rawValue
            guard let saved = try await self.objects.save(moved, replacing: session.object, on: db) else {
                return .refused(.stale(currentVersion: session.object.version + 1))
            }
            try await db.raw(
                "UPDATE recruitment_written_tests SET stage = \(bind: target.rawValue) WHERE object_id = \(bind: id)"
            ).run()
            try await self.objects.auditUpdate(
                saved, previous: session.object, fields: ["state"], by: principal,
                action: "recruitment.test.\(target.rawValue)", on: db)
            return try await self.reread(id, by: principal, on: db)
        }.get()
    }

    /// Shows the names beside the codes, once marking is complete: an explicit, audited act of an assistant.
    package func unblind(_ id: String, by principal: Principal) async throws -> WrittenTest {
        try await database.transaction { db -> Checked<WrittenTest> in
            let session: WrittenTest
            switch try await self.writable(id, expectedVersion: nil, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): session = found
            }
            guard session.state == .marked || session.state == .published else {
                return .refused(WrittenTestError.state(session.state, action: "unblind"))
            }
            guard session.unblindedAt == nil else { return .refused(WrittenTestError.alreadyUnblinded) }
            guard let saved = try await self.objects.save(session.object, replacing: session.object, on: db) else {
                return .refused(.stale(currentVersion: session.object.version + 1))
            }
            try await db.raw(
                """
                UPDATE recruitment_written_tests SET unblinded_at = \(bind: saved.updatedAt),
                    unblinded_by = \(bind: principal.id)
                WHERE object_id = \(bind: id)
                """
            ).run()
            try await self.objects.auditUpdate(
                saved, previous: session.object, fields: ["unblinded"], by: principal,
                action: "recruitment.test.unblind", on: db)
            return try await self.reread(id, by: principal, on: db)
        }.get()
    }

    /// The session, if the principal may read it (an assistant: RECRUITMENT); nil when missing or not theirs.
    package func session(_ id: String, by principal: Principal) async throws -> WrittenTest? {
        try await objects.readWritingOnlyIfAudited { db, audited in
            try await self.objects.readItem(WrittenTest.self, id, by: principal, auditingRead: audited, on: db)
        }
    }

    static func filter(vacancy: String?, state: WrittenTest.State?) -> SQLQueryString {
        var filter: SQLQueryString = " AND o.kind = \(bind: WrittenTest.kind)"
        if let vacancy { filter += " AND t.vacancy_id = \(bind: vacancy)" }
        if let state { filter += " AND o.state = \(bind: state.rawValue)" }
        return filter
    }

    /// The sessions the principal may read, newest first.
    package func sessions(
        vacancy: String?, state: WrittenTest.State?, after cursor: String?, limit: Int, by principal: Principal
    ) async throws -> Page<WrittenTest> {
        try await objects.page(
            WrittenTest.self, filter: Self.filter(vacancy: vacancy, state: state), after: cursor, limit: limit,
            by: principal)
    }

    /// A page of the sessions list page, trimmed, sorted and paged in SQL.
    package func sessions(state: WrittenTest.State?, list: ListQuery, by principal: Principal) async throws
        -> (items: [WrittenTest], hasMore: Bool)
    {
        try await objects.listPage(
            WrittenTest.self, filter: Self.filter(vacancy: nil, state: state), query: list, by: principal)
    }

    /// How many sessions, optionally in one state, the principal may read.
    package func sessionCount(state: WrittenTest.State?, by principal: Principal) async throws -> Int {
        try await objects.count(join: WrittenTest.join, filter: Self.filter(vacancy: nil, state: state), by: principal)
    }

    // MARK: invitations

    /// Invites short-listed applications of the session's vacancy, all or none: each gets a random candidate code, an
    /// anonymised script for the session's markers and an invitation that maps the code to the application
    /// (RECRUITMENT). Only the short list sits a test: an application still to screen, eligible, on the long list or
    /// rejected is refused with its reference and its stage.
    package func invite(_ applicationIDs: [String], to id: String, by principal: Principal) async throws
        -> [TestInvitation]
    {
        try await database.transaction { db -> Checked<[TestInvitation]> in
            let session: WrittenTest
            switch try await self.writable(id, expectedVersion: nil, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): session = found
            }
            guard session.state == .planned else {
                return .refused(WrittenTestError.state(session.state, action: "invite"))
            }
            let existing = try await self.invitations(of: id, by: principal, on: db)
            var items: [AppError.Item] = []
            var wanted: [ScreenedApplication] = []
            var seen: Set<String> = []
            let ids = applicationIDs.filter { seen.insert($0).inserted }
            if ids.isEmpty { items.append(.init(field: "applications", key: "recruitment.test.invite.none")) }
            if existing.count + ids.count > Self.maximumCandidates {
                items.append(
                    .init(
                        field: "applications", key: "recruitment.test.invite.tooMany",
                        ["max": String(Self.maximumCandidates)]))
            }
            for applicationID in ids.prefix(Self.maximumCandidates) {
                // locked as screening locks it: a move off the short list waits for this invitation, or wins
                if ObjectID.isWellFormed(applicationID) { try await self.objects.lockForWrite(applicationID, on: db) }
                let application =
                    ObjectID.isWellFormed(applicationID)
                    ? try await self.objects.readItem(
                        ScreenedApplication.self, applicationID, by: principal, auditingRead: false, on: db) : nil
                guard let application, application.vacancyId == session.vacancyId else {
                    items.append(
                        .init(
                            field: "applications", key: "recruitment.test.invite.notOfVacancy",
                            ["id": String(applicationID.prefix(40))]))
                    continue
                }
                if existing.contains(where: { $0.applicationId == applicationID }) {
                    items.append(
                        .init(
                            field: "applications", key: "recruitment.test.invite.already",
                            ["reference": application.reference]))
                    continue
                }
                guard application.stage == .shortList else {
                    items.append(
                        .init(
                            field: "applications", code: "not-short-listed",
                            key: "recruitment.test.invite.notShortListed",
                            ["reference": application.reference],
                            localizing: ["stage": "recruitment.stage.\(application.stage.rawValue)"]))
                    continue
                }
                wanted.append(application)
            }
            guard items.isEmpty else { return .refused(WrittenTestError.invitations(items)) }
            var codes = Set(existing.map(\.code))
            let now = Clock.nowMilliseconds()
            for application in wanted {
                var code = CandidateCode.make()
                while codes.contains(code) { code = CandidateCode.make() }
                codes.insert(code)
                try await self.invite(application, code: code, to: session, by: principal, at: now, on: db)
            }
            try await self.objects.auditUpdate(
                session.object, previous: session.object, fields: [], by: principal,
                action: "recruitment.test.invite", extra: ["count": String(wanted.count)], on: db)
            let invited = Set(wanted.map(\.object.id))
            return .done(
                try await self.invitations(of: id, by: principal, on: db).filter { invited.contains($0.applicationId) })
        }.get()
    }

    private func invite(
        _ application: ScreenedApplication, code: String, to session: WrittenTest, by principal: Principal,
        at now: Int64, on db: any SQLDatabase
    ) async throws {
        let script = LabelledObject(
            id: ObjectID.make(milliseconds: now), kind: TestScript.kind, title: code, label: Self.scriptLabel,
            owningUnit: RecruitmentOffice.unit, openToUnit: false, state: "to-mark", createdBy: principal.id, at: now)
        try await objects.insert(
            script, accessEntries: session.markers.map { AccessEntry(grantee: .user($0), permission: .write) },
            auditDetails: ["session": session.object.id], on: db)
        try await db.raw(
            """
            INSERT INTO recruitment_test_scripts (object_id, session_id, code)
            VALUES (\(bind: script.id), \(bind: session.object.id), \(bind: code))
            """
        ).run()
        let invitation = LabelledObject(
            id: ObjectID.make(milliseconds: now), kind: TestInvitation.kind, title: code, label: Self.sessionLabel,
            owningUnit: RecruitmentOffice.unit, openToUnit: true, state: "invited", createdBy: principal.id, at: now)
        try await objects.insert(
            invitation,
            auditDetails: ["session": session.object.id, "application": application.object.id, "code": code], on: db)
        try await db.raw(
            """
            INSERT INTO recruitment_test_invitations (object_id, session_id, application_id, script_id, code)
            VALUES (\(bind: invitation.id), \(bind: session.object.id), \(bind: application.object.id),
                \(bind: script.id), \(bind: code))
            """
        ).run()
    }

    /// The invitations of a session with their marks (the code → application mapping): for the assistants only,
    /// trimmed on the invitation and on the application both; an audited read.
    package func invitations(of id: String, by principal: Principal) async throws -> [TestInvitation] {
        try await database.transaction { db in
            try await self.invitations(of: id, by: principal, auditing: true, on: db)
        }
    }

    /// `invitations(of:by:)` inside the caller's transaction; `auditing` false when the caller's own event names them.
    func invitations(of id: String, by principal: Principal, auditing: Bool = false, on db: any SQLDatabase)
        async throws -> [TestInvitation]
    {
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        let query: SQLQueryString = """
            SELECT \(LabelledObject.columns)\(TestInvitation.columns) FROM objects o \(TestInvitation.join)
            WHERE \(scope.readable()) AND \(scope.readable("ao")) AND o.kind = \(bind: TestInvitation.kind)
                AND i.session_id = \(bind: id)
            ORDER BY i.code LIMIT \(bind: Self.maximumCandidates)
            """
        let items = try await db.raw(query).all().map(TestInvitation.init(row:))
        let shown = items.map(\.object).filter(\.readIsAudited).map(\.id)
        if auditing, !shown.isEmpty {
            try await objects.audit.append(
                AuditEntry(
                    actor: principal.id, action: "object.list", relatedObjectIDs: shown,
                    details: ["count": String(shown.count)]),
                on: db)
        }
        return items
    }

    /// The session and its results (ranked; names only once un-blinded), for the assistants. An export is one
    /// `list.export` event naming every invitation it carries, in the read's transaction.
    package func results(of id: String, exporting: Bool = false, by principal: Principal) async throws
        -> (WrittenTest, [WrittenTestResult])
    {
        guard let session = try await session(id, by: principal) else { throw AppError.objectNotFound(id) }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        let invitations = try await database.transaction { db in
            let invitations = try await self.invitations(of: id, by: principal, auditing: !exporting, on: db)
            if exporting {
                try await self.objects.audit.append(
                    AuditEntry(
                        actor: principal.id, action: ListExport.action,
                        relatedObjectIDs: [id] + invitations.map(\.object.id),
                        details: [
                            "list": "recruitment.test.results", "count": String(invitations.count),
                            "names": session.unblindedAt == nil ? "false" : "true",
                        ]),
                    on: db)
            }
            return invitations
        }
        return (session, WrittenTestResult.results(of: invitations, in: session))
    }

    // MARK: marking

    /// The scripts of a list: all, those to mark now (`true`: the session held, no marks yet), or those marked.
    static func scriptFilter(toMark: Bool?) -> SQLQueryString {
        var filter: SQLQueryString = " AND o.kind = \(bind: TestScript.kind)"
        switch toMark {
        case true?: filter += " AND t.stage = \(bind: WrittenTest.State.held.rawValue) AND sc.marks IS NULL"
        case false?: filter += " AND sc.marks IS NOT NULL"
        case nil: break
        }
        return filter
    }

    /// The scripts the principal may read (a marker: those of the sessions they mark), newest first.
    package func scripts(toMark: Bool?, after cursor: String?, limit: Int, by principal: Principal) async throws
        -> Page<TestScript>
    {
        try await objects.page(
            TestScript.self, filter: Self.scriptFilter(toMark: toMark), after: cursor, limit: limit, by: principal)
    }

    /// A page of the scripts list page, trimmed, sorted and paged in SQL.
    package func scripts(toMark: Bool?, list: ListQuery, by principal: Principal) async throws
        -> (items: [TestScript], hasMore: Bool)
    {
        try await objects.listPage(
            TestScript.self, filter: Self.scriptFilter(toMark: toMark), query: list, by: principal)
    }

    /// How many scripts the principal may read (to mark only, when asked).
    package func scriptCount(toMark: Bool?, by principal: Principal) async throws -> Int {
        try await objects.count(join: TestScript.join, filter: Self.scriptFilter(toMark: toMark), by: principal)
    }

    /// The script, if the principal may read it; nil when missing or not theirs.
    package func script(_ id: String, by principal: Principal) async throws -> TestScript? {
        try await objects.readWritingOnlyIfAudited { db, audited in
            try await self.objects.readItem(TestScript.self, id, by: principal, auditingRead: audited, on: db)
        }
    }

    /// Records a marker's marks for a script of a held session, one per question, each within its maximum.
    package func mark(_ id: String, marks: [Int], by principal: Principal) async throws -> TestScript {
        try await database.transaction { db -> Checked<TestScript> in
            try await self.objects.lockForWrite(id, on: db)
            guard
                let script = try await self.objects.readItem(
                    TestScript.self, id, by: principal, auditingRead: false, on: db),
                script.object.kind == TestScript.kind
            else { return .refused(.objectNotFound(id)) }
            if let refusal = try await self.objects.authorizeWrite(
                script.object, requiredRoles: [.recruitmentMarker], by: principal, on: db)
            {
                return .refused(refusal)
            }
            guard script.stage == WrittenTest.State.held.rawValue else {
                return .refused(
                    WrittenTestError.state(WrittenTest.State(rawValue: script.stage) ?? .planned, action: "mark"))
            }
            if let refusal = Self.marksRefusal(marks, for: script.questions) { return .refused(refusal) }
            var marked = script.object
            marked.state = "marked"
            guard let saved = try await self.objects.save(marked, replacing: script.object, on: db) else {
                return .refused(.stale(currentVersion: script.object.version + 1))
            }
            let total = marks.reduce(0, +)
            try await db.raw(
                """
                UPDATE recruitment_test_scripts SET marks = \(bind: try VacancyStore.json(marks)),
                    total = \(bind: Int64(total)), marked_by = \(bind: principal.id), marked_at = \(bind: saved.updatedAt)
                WHERE object_id = \(bind: id)
                """
            ).run()
            try await StageHistory.record(
                selecting: """
                    SELECT i.application_id, a.vacancy_id FROM recruitment_test_invitations i
                    JOIN recruitment_applications a ON a.object_id = i.application_id WHERE i.script_id = \(bind: id)
                    """, entered: .tested, at: saved.updatedAt, by: principal.id, on: db)
            try await self.objects.auditUpdate(
                saved, previous: script.object, fields: ["marks"], by: principal, action: "recruitment.test.mark",
                extra: ["total": String(total)], on: db)
            guard
                let read = try await self.objects.readItem(
                    TestScript.self, id, by: principal, auditingRead: false, on: db)
            else { return .refused(.objectNotFound(id)) }
            return .done(read)
        }.get()
    }

    /// Why marks may not be recorded against these questions (every question at once), or nil.
    package static func marksRefusal(_ marks: [Int?], for questions: [WrittenTest.Question]) -> AppError? {
        var items: [AppError.Item] = []
        if marks.count != questions.count {
            items.append(.init(field: "marks", key: "recruitment.test.marks.count", ["count": String(questions.count)]))
        } else {
            for (index, (mark, question)) in zip(marks, questions).enumerated() {
                guard let mark, mark >= 0, mark <= question.maximum else {
                    items.append(
                        .init(
                            field: "marks[\(index)]", key: "recruitment.test.marks.bound",
                            ["number": String(index + 1), "max": String(question.maximum)]))
                    continue
                }
            }
        }
        return items.isEmpty ? nil : WrittenTestError.invalidMarks(items)
    }

    package static func marksRefusal(_ marks: [Int], for questions: [WrittenTest.Question]) -> AppError? {
        marksRefusal(marks.map { Optional($0) }, for: questions)
    }

    // MARK: helpers

    /// The session, locked, if an assistant may change it; 404 when it is not there for them.
    func writable(_ id: String, expectedVersion: Int64?, by principal: Principal, on db: any SQLDatabase) async throws
        -> Checked<WrittenTest>
    {
        try await objects.lockForWrite(id, on: db)
        guard
            let session = try await objects.readItem(WrittenTest.self, id, by: principal, auditingRead: false, on: db),
            session.object.kind == WrittenTest.kind
        else { return .refused(.objectNotFound(id)) }
        if let refusal = try await objects.authorizeWrite(
            session.object, expectedVersion: expectedVersion, requiredRoles: RecruitmentOffice.assistants,
            by: principal, on: db)
        {
            return .refused(refusal)
        }
        return .done(session)
    }

    func reread(_ id: String, by principal: Principal, on db: any SQLDatabase) async throws -> Checked<WrittenTest> {
        guard let session = try await objects.readItem(WrittenTest.self, id, by: principal, auditingRead: false, on: db)
        else { return .refused(.objectNotFound(id)) }
        return .done(session)
    }

    /// Replaces the markers' access entries of the scripts (the assistant's read of the invitations names them).
    func grantMarking(_ scripts: [String], to markers: [String], by actor: String, on db: any SQLDatabase) async throws
    {
        let now = Clock.nowMilliseconds()
        for script in scripts {
            try await db.raw("DELETE FROM object_acl WHERE object_id = \(bind: script)").run()
            for marker in markers {
                try await objects.grant(
                    AccessEntry(grantee: .user(marker), permission: .write), on: script, by: actor, at: now, on: db)
            }
        }
    }

    /// A request checked: the fields, the vacancy (readable by the principal) and the people (accounts, markers
    /// holding the marker's role), every problem at once; the people as account ids.
    func checked(_ request: WrittenTestRequest, by principal: Principal, on db: any SQLDatabase) async throws
        -> (form: WrittenTestForm, invigilators: [String], markers: [String], title: String)
    {
        var items: [AppError.Item] = []
        let form = WrittenTestForm.check(request, items: &items)
        var title = ""
        if !form.vacancyId.isEmpty {
            if ObjectID.isWellFormed(form.vacancyId),
                let vacancy = try await vacancies.readVacancy(
                    form.vacancyId, by: principal, auditingRead: false, on: db)
            {
                title = String(
                    ([vacancy.vacancyNumber, vacancy.title].compactMap { $0 }.joined(separator: " · ")).prefix(300))
            } else {
                items.append(.init(field: "vacancyId", code: "unknown", key: "recruitment.test.vacancy.unknown"))
            }
        }
        let invigilators = try await accounts(form.invigilators, "invigilators", marker: false, &items, on: db)
        let markers = try await accounts(form.markers, "markers", marker: true, &items, on: db)
        guard items.isEmpty else { throw WrittenTestError.invalid(items) }
        return (form, invigilators, markers, title)
    }

    private func accounts(
        _ names: [String], _ field: String, marker: Bool, _ items: inout [AppError.Item], on db: any SQLDatabase
    ) async throws -> [String] {
        var ids: [String] = []
        var unknown: [String] = []
        var notMarkers: [String] = []
        for name in names {
            guard let account = try await users.find(username: name, on: db), !account.disabled else {
                unknown.append(name)
                continue
            }
            if marker, !account.roles.contains(.recruitmentMarker) { notMarkers.append(name) }
            ids.append(account.id)
        }
        if !unknown.isEmpty {
            items.append(
                .init(
                    field: field, code: "unknown", key: "recruitment.test.people.unknown",
                    ["names": unknown.joined(separator: ", ")]))
        }
        if !notMarkers.isEmpty {
            items.append(
                .init(
                    field: field, code: "not-marker", key: "recruitment.test.markers.notMarker",
                    ["names": notMarkers.joined(separator: ", ")]))
        }
        return ids
    }
}

extension Chancery {
    /// Recruitment's written tests.
    package var writtenTests: WrittenTestStore {
        WrittenTestStore(database: database, objects: objects, vacancies: recruitment, users: users)
    }
}
