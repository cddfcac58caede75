import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The written tests' pages: sessions, their invitations, un-blinding and results for the assistants; the scripts to
/// mark and their marks form for the markers, which show a candidate code and never a candidate.
package struct WrittenTestsWebController: RecruitmentPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/recruitment/written-tests", use: list)
        group.get("/recruitment/written-tests/new", use: newForm)
        group.post("/recruitment/written-tests", use: create)
        group.get("/recruitment/written-tests/{id}", use: sessionPage)
        group.post("/recruitment/written-tests/{id}/edit", use: edit)
        group.post("/recruitment/written-tests/{id}/invitations", use: invite)
        group.post("/recruitment/written-tests/{id}/state", use: move)
        group.post("/recruitment/written-tests/{id}/unblind", use: unblind)
        group.get("/recruitment/written-tests/{id}/results", use: results)
        group.get("/recruitment/scripts", use: scripts)
        group.get("/recruitment/scripts/{id}", use: scriptPage)
        group.post("/recruitment/scripts/{id}/marks", use: mark)
    }

    static func labels(_ t: Localizer) -> [String: String] { WrittenTestStrings.labels(t) }

    static func notice(_ request: Request?, _ t: Localizer) -> String? {
        done(request, t, among: notices, prefix: "recruitment.test.done")
    }

    static let notices = ["scheduled", "saved", "invited", "held", "marked", "results-published", "unblinded", "marks"]

    var isAssistant: (SignedInContext) -> Bool {
        { !RecruitmentOffice.assistants.isDisjoint(with: $0.principal.roles) }
    }

    // MARK: sessions

    package static let listSpec = ListSpec(
        name: "recruitment.written-tests", path: "/recruitment/written-tests",
        columns: [
            .init("starts", "recruitment.test.starts", order: ["t.starts_at"]),
            .init("title", "recruitment.test.vacancy", order: ["LOWER(o.title)"]),
            .init("place", "recruitment.test.place", order: ["LOWER(t.place)"]),
            .init("state", "recruitment.test.state", order: ["o.state"]),
        ],
        defaultSort: "starts", defaultDescending: true, filters: ["state"])

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let list = try ListQuery(request, Self.listSpec)
        let state = try list.choice("state", as: WrittenTest.State.self)
        let found = try await chancery.writtenTests.sessions(state: state, list: list, by: context.principal)
        let named = try await chancery.recruitment.vacancies(found.items.map(\.vacancyId), by: context.principal)
        let rows = found.items.map {
            WrittenTestsListPage.Row(
                id: $0.object.id, title: $0.title(in: t.language, vacancy: named[$0.vacancyId]),
                starts: DayText.moment($0.startsAt, t),
                place: [$0.place, $0.room].joined(separator: ", "),
                state: t("recruitment.test.state.\($0.state.rawValue)"))
        }
        let label = chancery.objects.dominantLabel(of: found.items.map(\.object))
        if list.isExport {
            return CSVTable(
                banner: t.banner(label), header: list.spec.columns.map { t($0.key) },
                rows: rows.map { [$0.starts, $0.title, $0.place, $0.state] }
            ).response(name: list.spec.name, label: label)
        }
        let total = try await chancery.writtenTests.sessionCount(state: state, by: context.principal)
        let states =
            [RecruitmentChoice(value: "", name: t("recruitment.anyState"), selected: state == nil)]
            + WrittenTest.State.allCases.map {
                RecruitmentChoice(
                    value: $0.rawValue, name: t("recruitment.test.state.\($0.rawValue)"), selected: state == $0)
            }
        let model = page(
            request, context,
            WrittenTestsListPage(
                canSchedule: isAssistant(context), hasSessions: !rows.isEmpty, sessions: rows,
                headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t), states: states,
                sort: list.sort.id, order: list.descending ? "desc" : "asc"))
        return PageRenderer.response(
            "recruitment-written-tests", model,
            frame: frame(t("recruitment.test.listTitle"), label: label, path: "/recruitment/written-tests", context))
    }

    @Sendable package func newForm(_ request: Request, context: SignedInContext) async throws -> Response {
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let vacancy = request.uri.queryParameters["vacancy"].map(String.init) ?? ""
        return try await form(
            context, typed: ["vacancy": vacancy, "passMark": "", "questions": ""], errors: FormErrors())
    }

    /// The new session's form, with what was typed and every error at its field.
    func form(
        _ context: SignedInContext, typed: [String: String], errors: FormErrors, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let content = try await formContent(
            context, action: "/recruitment/written-tests", version: "", typed: typed)
        return PageRenderer.response(
            "recruitment-written-test-form", page(nil, context, errors: errors, content),
            frame: frame(
                t("recruitment.test.newTitle"), label: .unclassified, path: "/recruitment/written-tests/new", context),
            status: status)
    }

    func formContent(_ context: SignedInContext, action: String, version: String, typed: [String: String])
        async throws -> WrittenTestFormPage
    {
        let chosen = typed["vacancy"] ?? ""
        let vacancies =
            action == "/recruitment/written-tests"
            ? try await chancery.recruitment.vacancies(state: nil, after: nil, limit: 200, by: context.principal).items
                .filter { $0.state == .published || $0.state == .closed } : []
        return WrittenTestFormPage(
            action: action, isNew: version.isEmpty, version: version,
            vacancies: vacancies.map {
                RecruitmentChoice(
                    value: $0.object.id,
                    name: [$0.vacancyNumber, $0.title(in: context.localizer.language)].compactMap { $0 }.joined(
                        separator: " · "),
                    selected: $0.object.id == chosen)
            },
            startsAt: typed["startsAt"] ?? "", place: typed["place"] ?? "", room: typed["room"] ?? "",
            invigilators: typed["invigilators"] ?? "", markers: typed["markers"] ?? "",
            questions: typed["questions"] ?? "", passMark: typed["passMark"] ?? "")
    }

    /// The form's fields as the API's request: people separated by commas, one question a line ("label | maximum").
    static func request(_ fields: [String: String]) -> WrittenTestRequest {
        func people(_ text: String?) -> [String] {
            (text ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init)
        }
        let questions = (fields["questions"] ?? "").split(whereSeparator: \.isNewline).compactMap {
            line -> WrittenTestRequest.QuestionEntry? in
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            guard let bar = text.lastIndex(of: "|") else { return .init(label: text, maximum: nil) }
            return .init(
                label: String(text[..<bar]).trimmingCharacters(in: .whitespaces),
                maximum: Int(text[text.index(after: bar)...].trimmingCharacters(in: .whitespaces)))
        }
        let pass = (fields["passMark"] ?? "").trimmingCharacters(in: .whitespaces)
        return WrittenTestRequest(
            vacancyId: fields["vacancy"], startsAt: fields["startsAt"], place: fields["place"], room: fields["room"],
            invigilators: people(fields["invigilators"]), markers: people(fields["markers"]),
            questions: questions, passMark: pass.isEmpty ? nil : (Int(pass) ?? -1))
    }

    /// The page's field of an API field.
    static let fieldIDs = [
        "vacancyId": "test-vacancy", "startsAt": "test-starts", "place": "test-place", "room": "test-room",
        "invigilators": "test-invigilators", "markers": "test-markers", "questions": "test-questions",
        "passMark": "test-pass-mark",
    ]

    static func formErrors(_ error: AppError, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        if error.errors.isEmpty {
            errors.add("test-submit", error.detail(t))
        }
        for item in error.errors { errors.add(fieldIDs[item.field] ?? "test-submit", item.detail(t)) }
        return errors
    }

    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        do {
            let session = try await chancery.writtenTests.create(Self.request(fields), by: context.principal)
            return .redirect(to: "/recruitment/written-tests/\(session.object.id)?done=scheduled", type: .normal)
        } catch let error as AppError where error.status == .badRequest {
            return try await form(
                context, typed: fields, errors: Self.formErrors(error, context.localizer), status: .badRequest)
        }
    }

    @Sendable package func sessionPage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await sessionView(try VacanciesWebController.id(context), request: request, context: context)
    }

    func sessionView(
        _ id: String, request: Request?, context: SignedInContext, errors: FormErrors = FormErrors(),
        typed: [String: String]? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        guard let session = try await chancery.writtenTests.session(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let invitations = try await chancery.writtenTests.invitations(of: id, by: context.principal)
        let invitedIDs = Set(invitations.map(\.applicationId))
        var invitable: [WrittenTestPage.Candidate] = []
        if session.state == .planned {
            invitable = try await chancery.screening.applications(
                of: session.vacancyId, stage: .shortList, after: nil, limit: 500, by: context.principal
            ).items.filter { !invitedIDs.contains($0.object.id) }.map {
                .init(id: $0.object.id, reference: $0.reference, name: "\($0.familyName), \($0.givenNames)")
            }.sorted { $0.name < $1.name }
        }
        let names = try await self.names(session.invigilators + session.markers)
        var edit: WrittenTestFormPage?
        if session.state == .planned {
            let stored: [String: String] = [
                "startsAt": WrittenTestForm.brusselsText(session.startsAt), "place": session.place,
                "room": session.room,
                "invigilators": session.invigilators.compactMap { names[$0]?.username }.joined(separator: ", "),
                "markers": session.markers.compactMap { names[$0]?.username }.joined(separator: ", "),
                "questions": session.questions.map { "\($0.label) | \($0.maximum)" }.joined(separator: "\n"),
                "passMark": String(session.passMark),
            ]
            edit = try await formContent(
                context, action: "/recruitment/written-tests/\(id)/edit", version: String(session.object.version),
                typed: typed ?? stored)
        }
        let moves =
            session.state.next.map {
                [WrittenTestPage.Move(state: $0.rawValue, name: t("recruitment.test.move.\($0.rawValue)"))]
            } ?? []
        let title = session.title(
            in: t.language,
            vacancy: try await chancery.recruitment.vacancies([session.vacancyId], by: context.principal)[
                session.vacancyId])
        let content = WrittenTestPage(
            id: id, vacancyId: session.vacancyId, title: title,
            state: t("recruitment.test.state.\(session.state.rawValue)"),
            starts: t("recruitment.brusselsTime", ["time": DayText.moment(session.startsAt, t)]), place: session.place,
            room: session.room,
            invigilators: session.invigilators.compactMap { names[$0]?.displayName }.joined(separator: ", "),
            markers: session.markers.compactMap { names[$0]?.displayName }.joined(separator: ", "),
            questions: session.questions.map {
                t("recruitment.test.questionLine", ["label": $0.label, "max": String($0.maximum)])
            },
            maximum: session.maximum, passMark: session.passMark, invitedCount: invitations.count,
            invited: invitations.map {
                .init(id: $0.applicationId, reference: $0.reference, name: "\($0.familyName), \($0.givenNames)")
            }
            .sorted { $0.name < $1.name },
            hasInvited: !invitations.isEmpty, invitable: invitable, hasInvitable: !invitable.isEmpty,
            canInvite: session.state == .planned, moves: moves, hasMoves: !moves.isEmpty,
            canUnblind: session.unblindedAt == nil && (session.state == .marked || session.state == .published),
            unblinded: session.unblindedAt.map { t("recruitment.test.unblindedAt", ["time": DayText.moment($0, t)]) },
            edit: edit)
        let label = chancery.objects.dominantLabel(of: [session.object] + invitations.map(\.object))
        return PageRenderer.response(
            "recruitment-written-test", page(request, context, errors: errors, content),
            frame: frame(title, label: label, path: "/recruitment/written-tests/\(id)", context),
            status: status)
    }

    /// The accounts of the session's people, by id.
    func names(_ ids: [String]) async throws -> [String: UserAccount] {
        var accounts: [String: UserAccount] = [:]
        for id in Set(ids) { accounts[id] = try await chancery.users.find(id: id) }
        return accounts
    }

    @Sendable package func edit(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try VacanciesWebController.id(context)
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        do {
            _ = try await chancery.writtenTests.update(
                id, Self.request(fields), expectedVersion: Int64(fields["version"] ?? ""), by: context.principal)
            return .redirect(to: "/recruitment/written-tests/\(id)?done=saved", type: .normal)
        } catch let error as AppError where [.badRequest, .conflict, .preconditionFailed].contains(error.status) {
            return try await sessionView(
                id, request: nil, context: context, errors: Self.formErrors(error, context.localizer), typed: fields,
                status: error.status)
        }
    }

    /// Invites the ticked applications, all or none; a refusal comes back with every reason at the picker.
    @Sendable package func invite(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try VacanciesWebController.id(context)
        let chosen = fields.filter { $0.key.hasPrefix("application-") && $0.value == "on" }.map {
            String($0.key.dropFirst("application-".count))
        }.sorted()
        do {
            _ = try await chancery.writtenTests.invite(chosen, to: id, by: context.principal)
            return .redirect(to: "/recruitment/written-tests/\(id)?done=invited", type: .normal)
        } catch let error as AppError where [.badRequest, .conflict].contains(error.status) {
            var errors = FormErrors()
            for item in error.errors { errors.add("invite-submit", item.detail(context.localizer)) }
            if error.errors.isEmpty { errors.add("invite-submit", error.detail(context.localizer)) }
            return try await sessionView(id, request: nil, context: context, errors: errors, status: error.status)
        }
    }

    @Sendable package func move(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try VacanciesWebController.id(context)
        guard let state = WrittenTest.State(rawValue: fields["state"] ?? ""), state != .planned else {
            throw AppError.invalidField("state", reasonKey: "recruitment.test.reason.state")
        }
        do {
            _ = try await chancery.writtenTests.move(id, to: state, by: context.principal)
            return .redirect(to: "/recruitment/written-tests/\(id)?done=\(state.rawValue)", type: .normal)
        } catch let error as AppError where error.status == .conflict {
            var errors = FormErrors()
            errors.add("test-state", error.detail(context.localizer))
            return try await sessionView(id, request: nil, context: context, errors: errors, status: .conflict)
        }
    }

    @Sendable package func unblind(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try await WebForm.verified(request, session: context.session)
        let id = try VacanciesWebController.id(context)
        do {
            _ = try await chancery.writtenTests.unblind(id, by: context.principal)
            return .redirect(to: "/recruitment/written-tests/\(id)/results?done=unblinded", type: .normal)
        } catch let error as AppError where error.status == .conflict {
            var errors = FormErrors()
            errors.add("test-unblind", error.detail(context.localizer))
            return try await sessionView(id, request: nil, context: context, errors: errors, status: .conflict)
        }
    }

    @Sendable package func results(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let id = try VacanciesWebController.id(context)
        let exporting = request.uri.queryParameters["format"].map(String.init) == "csv"
        let (session, results) = try await chancery.writtenTests.results(
            of: id, exporting: exporting, by: context.principal)
        let revealed = session.unblindedAt != nil
        let rows = results.map { result in
            WrittenTestResultsPage.Row(
                rank: result.rank.map(String.init) ?? "", code: result.code, reference: result.names?.reference,
                name: result.names.map { "\($0.familyName), \($0.givenNames)" },
                marks: result.marks?.map(String.init).joined(separator: " · ") ?? "",
                total: result.total.map(String.init) ?? t("recruitment.test.notMarked"),
                outcome: result.passed.map { t($0 ? "recruitment.test.passed" : "recruitment.test.failed") } ?? "")
        }
        let label = chancery.objects.dominantLabel(of: [session.object] + results.map(\.invitation.object))
        if exporting {
            var header = [t("recruitment.test.rank"), t("recruitment.test.code")]
            if revealed { header += [t("recruitment.test.reference"), t("recruitment.test.name")] }
            header += [t("recruitment.test.marks"), t("recruitment.test.total"), t("recruitment.test.outcome")]
            return CSVTable(
                banner: t.banner(label), header: header,
                rows: rows.map {
                    [$0.rank, $0.code] + (revealed ? [$0.reference ?? "", $0.name ?? ""] : [])
                        + [$0.marks, $0.total, $0.outcome]
                }
            ).response(name: "recruitment.test-results", label: label)
        }
        let content = WrittenTestResultsPage(
            id: id,
            title: session.title(
                in: t.language,
                vacancy: try await chancery.recruitment.vacancies([session.vacancyId], by: context.principal)[
                    session.vacancyId]), state: t("recruitment.test.state.\(session.state.rawValue)"),
            passMark: session.passMark, maximum: session.maximum, revealed: revealed,
            canUnblind: !revealed && (session.state == .marked || session.state == .published), rows: rows,
            hasRows: !rows.isEmpty)
        return PageRenderer.response(
            "recruitment-written-test-results", page(request, context, content),
            frame: frame(
                t("recruitment.test.resultsTitle"), label: label, path: "/recruitment/written-tests/\(id)/results",
                context))
    }

    // MARK: the markers' pages

    package static let scriptsSpec = ListSpec(
        name: "recruitment.scripts", path: "/recruitment/scripts",
        columns: [
            .init("code", "recruitment.test.code", order: ["sc.code"]),
            .init("starts", "recruitment.test.starts", order: ["t.starts_at"]),
            .init("place", "recruitment.test.place", order: ["LOWER(t.place)"]),
            .init("state", "recruitment.test.scriptState", order: ["o.state"]),
            .init("total", "recruitment.test.total", order: ["sc.total"]),
        ],
        defaultSort: "starts", defaultDescending: true, filters: ["state"])

    /// The scripts the marker may read: all, those to mark now (`state=to-mark`), or those marked.
    @Sendable package func scripts(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let list = try ListQuery(request, Self.scriptsSpec)
        let toMark: Bool?
        switch list.filter("state") {
        case nil: toMark = nil
        case "to-mark"?: toMark = true
        case "marked"?: toMark = false
        default: throw AppError.invalidQuery("state", reasonKey: "list.reason.filter")
        }
        let found = try await chancery.writtenTests.scripts(toMark: toMark, list: list, by: context.principal)
        let rows = found.items.map { script in
            TestScriptsListPage.Row(
                id: script.object.id, code: script.code, starts: DayText.moment(script.startsAt, t),
                place: [script.place, script.room].joined(separator: ", "),
                state: t(script.isMarked ? "recruitment.test.script.marked" : "recruitment.test.script.toMark"),
                total: script.total.map { "\($0) / \(script.maximum)" } ?? "")
        }
        let label = chancery.objects.dominantLabel(of: found.items.map(\.object))
        if list.isExport {
            return CSVTable(
                banner: t.banner(label),
                header: list.spec.columns.map { t($0.key) } + [t("recruitment.test.marks")],
                rows: zip(rows, found.items).map {
                    [
                        $0.code, $0.starts, $0.place, $0.state, $1.total.map(String.init) ?? "",
                        $1.marks?.map(String.init).joined(separator: " · ") ?? "",
                    ]
                }
            ).response(name: list.spec.name, label: label)
        }
        let total = try await chancery.writtenTests.scriptCount(toMark: toMark, by: context.principal)
        let chosen = list.filter("state") ?? ""
        let states = [
            ("", "recruitment.test.script.any"), ("to-mark", "recruitment.test.script.toMarkNow"),
            ("marked", "recruitment.test.script.marked"),
        ].map {
            RecruitmentChoice(value: $0.0, name: t($0.1), selected: $0.0 == chosen)
        }
        let model = page(
            request, context,
            TestScriptsListPage(
                hasScripts: !rows.isEmpty, scripts: rows, headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t), states: states,
                sort: list.sort.id, order: list.descending ? "desc" : "asc"))
        return PageRenderer.response(
            "recruitment-scripts", model,
            frame: frame(t("recruitment.test.scriptsTitle"), label: label, path: "/recruitment/scripts", context))
    }

    @Sendable package func scriptPage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await scriptView(try VacanciesWebController.id(context), request: request, context: context)
    }

    func scriptView(
        _ id: String, request: Request?, context: SignedInContext, errors: FormErrors = FormErrors(),
        typed: [String: String]? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        guard let script = try await chancery.writtenTests.script(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let questions = script.questions.enumerated().map { index, question in
            let field = "mark-\(index)"
            return TestScriptPage.Question(
                index: index + 1, field: field,
                label: question.label, maximum: question.maximum,
                mark: typed?[field] ?? script.marks.map { String($0[index]) } ?? "",
                invalid: errors.items.contains { $0.field == field },
                error: errors.items.first { $0.field == field }?.message)
        }
        let content = TestScriptPage(
            id: id, code: script.code,
            starts: t("recruitment.brusselsTime", ["time": DayText.moment(script.startsAt, t)]), place: script.place,
            room: script.room, state: t("recruitment.test.state.\(script.stage)"), questions: questions,
            maximum: script.maximum, total: script.total.map(String.init),
            canMark: script.stage == WrittenTest.State.held.rawValue
                && context.principal.roles.contains(.recruitmentMarker))
        return PageRenderer.response(
            "recruitment-script", page(request, context, errors: errors, content),
            frame: frame(
                t("recruitment.test.scriptTitle", ["code": script.code]), label: script.object.label,
                path: "/recruitment/scripts/\(id)", context),
            status: status)
    }

    /// Records the marks; every mark out of bounds is marked at its question and the typed marks kept.
    @Sendable package func mark(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try VacanciesWebController.id(context)
        let t = context.localizer
        var marks: [Int] = []
        var errors = FormErrors()
        var index = 0
        while let text = fields["mark-\(index)"] {
            if let mark = Int(text.trimmingCharacters(in: .whitespaces)) {
                marks.append(mark)
            } else {
                marks.append(-1)
            }
            index += 1
        }
        do {
            _ = try await chancery.writtenTests.mark(id, marks: marks, by: context.principal)
            return .redirect(to: "/recruitment/scripts/\(id)?done=marks", type: .normal)
        } catch let error as AppError where [.badRequest, .conflict].contains(error.status) {
            for item in error.errors {
                let field =
                    item.field.hasPrefix("marks[")
                    ? "mark-" + item.field.dropFirst(6).dropLast() : "marks-submit"
                errors.add(String(field), item.detail(t))
            }
            if error.errors.isEmpty { errors.add("marks-submit", error.detail(t)) }
            return try await scriptView(
                id, request: nil, context: context, errors: errors, typed: fields, status: error.status)
        }
    }
}
