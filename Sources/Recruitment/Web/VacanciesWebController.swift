import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The office's pages: the vacancies list, the import of a pasted notice, and a vacancy with its state.
package struct VacanciesWebController: RecruitmentPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/recruitment/vacancies", use: list)
        group.get("/recruitment/vacancies/import", use: importPage)
        group.post("/recruitment/vacancies/import", use: importNotice)
        group.get("/recruitment/vacancies/{id}", use: vacancyPage)
        group.post("/recruitment/vacancies/{id}/edit", use: edit)
        group.post("/recruitment/vacancies/{id}/publish", use: publish)
        group.post("/recruitment/vacancies/{id}/state", use: move)
    }

    static func labels(_ t: Localizer) -> [String: String] {
        RecruitmentWebStrings.labels(t).merging(ScreeningStrings.labels(t)) { own, _ in own }
    }

    /// The notices a page may show after a redirect (`?done=imported`).
    static let notices = ["imported", "saved", "published", "closed", "cancelled", "filled"]

    static func notice(_ request: Request?, _ t: Localizer) -> String? {
        done(request, t, among: notices, prefix: "recruitment.done")
    }

    static func id(_ context: SignedInContext) throws -> String {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        return id
    }

    // MARK: the list

    /// The vacancies as a list: sortable, paged, filtered by state, and its CSV.
    package static let listSpec = ListSpec(
        name: "recruitment.vacancies", path: "/recruitment/vacancies",
        columns: [
            .init("number", "recruitment.vacancyNumber", order: ["v.vacancy_number"]),
            .init("title", "recruitment.title", order: ["LOWER(o.title)"]),
            .init("grade", "recruitment.grade", order: ["v.grade"]),
            .init("posts", "recruitment.posts", order: ["v.posts"]),
            .init("deadline", "recruitment.deadline", order: ["v.deadline_at"]),
            .init("state", "recruitment.state", order: ["o.state"]),
            .init("created", "recruitment.created", order: ["o.created_at"]),
        ],
        defaultSort: "created", defaultDescending: true, filters: ["state"])

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let list = try ListQuery(request, Self.listSpec)
        let state = try list.choice("state", as: Vacancy.State.self)
        let found = try await chancery.recruitment.vacancies(state: state, list: list, by: context.principal)
        let rows = found.items.map { vacancy in
            VacanciesListPage.Row(
                id: vacancy.object.id, vacancyNumber: vacancy.vacancyNumber ?? "", title: vacancy.title,
                grade: vacancy.grade ?? "", posts: vacancy.posts.map(String.init) ?? "",
                deadline: vacancy.deadlineAt.map { DayText.moment($0, t) } ?? "",
                state: t("recruitment.state.\(vacancy.state.rawValue)"),
                created: DayText.day(vacancy.object.createdAt, t))
        }
        let label = chancery.objects.dominantLabel(of: found.items.map(\.object))
        if list.isExport {
            return CSVTable(
                banner: t.banner(label), header: list.spec.columns.map { t($0.key) },
                rows: rows.map { [$0.vacancyNumber, $0.title, $0.grade, $0.posts, $0.deadline, $0.state, $0.created] }
            ).response(name: list.spec.name, label: label)
        }
        let total = try await chancery.recruitment.vacancyCount(state: state, by: context.principal)
        let states =
            [RecruitmentChoice(value: "", name: t("recruitment.anyState"), selected: state == nil)]
            + Vacancy.State.allCases.map {
                RecruitmentChoice(
                    value: $0.rawValue, name: t("recruitment.state.\($0.rawValue)"), selected: state == $0)
            }
        let model = page(
            request, context,
            VacanciesListPage(
                canImport: !RecruitmentOffice.assistants.isDisjoint(with: context.principal.roles),
                hasVacancies: !rows.isEmpty, vacancies: rows, headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t), states: states,
                sort: list.sort.id, order: list.descending ? "desc" : "asc"))
        return PageRenderer.response(
            "recruitment-vacancies", model,
            frame: frame(t("recruitment.vacanciesTitle"), label: label, path: "/recruitment/vacancies", context))
    }

    // MARK: importing

    @Sendable package func importPage(_ request: Request, context: SignedInContext) async throws -> Response {
        try importForm(context, text: "", errors: FormErrors())
    }

    func importForm(
        _ context: SignedInContext, text: String, errors: FormErrors, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        return PageRenderer.response(
            "recruitment-import", page(nil, context, errors: errors, VacancyImportPage(text: text)),
            frame: frame(
                context.localizer("recruitment.importTitle"), label: .unclassified,
                path: "/recruitment/vacancies/import", context),
            status: status)
    }

    /// Imports the pasted notice and shows the draft; a refused text comes back in the form with its sentence.
    @Sendable package func importNotice(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let text = fields["notice"] ?? ""
        do {
            let vacancy = try await chancery.recruitment.importNotice(text, by: context.principal)
            return .redirect(to: "/recruitment/vacancies/\(vacancy.object.id)?done=imported", type: .normal)
        } catch let error as AppError where error.status != .forbidden {
            var errors = FormErrors()
            errors.add(error, field: "notice", context.localizer)
            return try importForm(context, text: text, errors: errors, status: error.status)
        }
    }

    // MARK: a vacancy

    @Sendable package func vacancyPage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await vacancyView(try Self.id(context), request: request, context: context)
    }

    /// The vacancy's page; after a refused publication or move, every reason marked on the page and at the button.
    func vacancyView(
        _ id: String, request: Request?, context: SignedInContext, errors: FormErrors = FormErrors(),
        typed: [String: String]? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        guard let vacancy = try await chancery.recruitment.vacancy(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let isAssistant = !RecruitmentOffice.assistants.isDisjoint(with: context.principal.roles)
        let model = page(
            request, context, errors: errors,
            Self.content(vacancy, isAssistant: isAssistant, errors: errors, typed: typed, t))
        return PageRenderer.response(
            "recruitment-vacancy", model,
            frame: frame(vacancy.title, label: vacancy.object.label, path: "/recruitment/vacancies/\(id)", context),
            status: status)
    }

    static func content(
        _ vacancy: Vacancy, isAssistant: Bool, errors: FormErrors, typed: [String: String]? = nil, _ t: Localizer
    ) -> VacancyPage {
        let notice = vacancy.notice
        var fields = Self.fields(
            number: vacancy.vacancyNumber, title: vacancy.title, titleFrench: vacancy.titleFrench,
            organisation: notice.organisation, grade: vacancy.grade, posts: vacancy.posts,
            deadline: vacancy.deadlineAt, clearance: vacancy.clearance, notice: notice, t)
        for index in fields.indices {
            fields[index].error = errors.items.first { $0.field == "field-\(fields[index].id)" }?.message
        }
        let unrecognised = vacancy.unrecognised
        let moves = vacancy.state.next.filter { $0 != .published }.map {
            VacancyPage.Move(state: $0.rawValue, name: t("recruitment.move.\($0.rawValue)"))
        }
        return VacancyPage(
            id: vacancy.object.id, title: vacancy.title, state: t("recruitment.state.\(vacancy.state.rawValue)"),
            fields: fields, languages: notice.languages.map { language(of: $0, t) },
            hasLanguages: !notice.languages.isEmpty, essential: notice.essentialQualifications,
            hasEssential: !notice.essentialQualifications.isEmpty, desirable: notice.desirableQualifications,
            hasDesirable: !notice.desirableQualifications.isEmpty, unrecognised: unrecognised,
            hasUnrecognised: !unrecognised.isEmpty,
            importNotes: vacancy.importNotes.map { t("recruitment.note.\($0)") },
            hasImportNotes: !vacancy.importNotes.isEmpty,
            lines: lines(of: vacancy.original, unrecognised: unrecognised),
            canPublish: isAssistant && vacancy.state.allows(.published), moves: isAssistant ? moves : [],
            hasMoves: isAssistant && !moves.isEmpty,
            publicPage: vacancy.state == .published ? "/vacancies/\(vacancy.object.id)" : nil,
            edit: isAssistant && vacancy.state == .draft ? editForm(vacancy, typed: typed, t) : nil,
            applications: isAssistant && vacancy.state != .draft
                ? "/recruitment/vacancies/\(vacancy.object.id)/applications" : nil)
    }

    /// The draft's form: its values, or what was typed when the form comes back refused.
    static func editForm(_ vacancy: Vacancy, typed: [String: String]?, _ t: Localizer) -> VacancyPage.EditForm {
        let edit = vacancy.edit
        func value(_ name: String, _ stored: String?) -> String { typed.map { $0[name] ?? "" } ?? stored ?? "" }
        let clearance = value("clearance", edit.clearance)
        return VacancyPage.EditForm(
            version: String(vacancy.object.version), title: value("title", edit.title),
            titleFrench: value("titleFrench", edit.titleFrench),
            vacancyNumber: value("vacancyNumber", edit.vacancyNumber),
            posts: value("posts", edit.posts.map(String.init)), grade: value("grade", edit.grade),
            deadline: value("deadline", edit.deadlineAt.map(HeadquartersCalendar.day)),
            clearances: [RecruitmentChoice(value: "", name: t("recruitment.noClearance"), selected: clearance.isEmpty)]
                + Classification.allCases.map {
                    RecruitmentChoice(value: $0.marking, name: t.marking($0), selected: $0.marking == clearance)
                },
            location: value("location", edit.location),
            essential: value("essentialQualifications", edit.essentialQualifications.joined(separator: "\n")),
            desirable: value("desirableQualifications", edit.desirableQualifications.joined(separator: "\n")))
    }

    /// The fields of a notice as a page lists them, a missing one in words.
    static func fields(
        number: String?, title: String, titleFrench: String?, organisation: String?, grade: String?, posts: Int?,
        deadline: Int64?, clearance: String?, notice: Vacancy.Notice, _ t: Localizer
    ) -> [VacancyField] {
        func field(_ id: String, _ name: String, _ value: String?) -> VacancyField {
            let value = value?.trimmingCharacters(in: .whitespaces)
            let missing = value?.isEmpty ?? true
            return VacancyField(
                id: id, name: name, value: missing ? t("recruitment.notFound") : value ?? "", missing: missing)
        }
        let contract = [notice.contractType, notice.contractYears.map { t("recruitment.years", ["count": "\($0)"]) }]
            .compactMap { $0 }.joined(separator: ", ")
        return [
            field("vacancy-number", t("recruitment.vacancyNumber"), number),
            field("title", t("recruitment.title"), title),
            field("title-french", t("recruitment.titleFrench"), titleFrench),
            field("organisation", t("recruitment.organisation"), organisation),
            field("grade", t("recruitment.grade"), grade),
            field("posts", t("recruitment.posts"), posts.map(String.init)),
            field(
                "deadline", t("recruitment.deadline"),
                deadline.map { t("recruitment.brusselsTime", ["time": DayText.moment($0, t)]) }),
            field(
                "clearance", t("recruitment.clearance"),
                clearance.map { (try? Classification(parsing: $0)).map(t.marking) ?? $0 }),
            field("division", t("recruitment.division"), notice.division),
            field("section", t("recruitment.section"), notice.section),
            field("location", t("recruitment.location"), notice.location ?? notice.dutyStation),
            field("contract", t("recruitment.contract"), contract),
            field(
                "eligibility", t("recruitment.eligibility"),
                notice.memberStatesOnly ? t("recruitment.memberStatesOnly") : nil),
            field("competition", t("recruitment.competition"), notice.competition),
        ]
    }

    /// A language requirement in words: "English — III (Intermediate), essential".
    static func language(of requirement: LanguageRequirement, _ t: Localizer) -> String {
        let name = Locale(identifier: t.language == .fr ? "fr" : "en").localizedString(
            forLanguageCode: requirement.language)
        var text = "\(name ?? requirement.language) — \(requirement.level)"
        if let higher = requirement.higherLevelInOne { text += " (\(t("recruitment.higherInOne", ["level": higher])))" }
        return text + ", " + t(requirement.essential ? "recruitment.essential.short" : "recruitment.desirable.short")
    }

    /// The notice's lines as pasted, each flagged when the import listed it as unrecognised.
    static func lines(of original: String, unrecognised: [String]) -> [NoticeLine] {
        func folded(_ text: String) -> String {
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        // a line is compared without its markup (`<i>Original:</i>`), as the import read it
        func words(_ text: String) -> String {
            folded(text.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression))
        }
        let unread = unrecognised.map(words).filter { $0.count > 2 }
        var lines: [NoticeLine] = []
        for (index, line) in original.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
        {
            let text = folded(String(line))
            guard !text.isEmpty else { continue }
            let plain = words(text)
            lines.append(
                NoticeLine(number: index + 1, text: text, unrecognised: unread.contains { plain.contains($0) }))
        }
        return lines
    }

    // MARK: completing a draft

    /// Saves the draft's fields, every one checked at once; a refused form comes back with each error at its field and
    /// what was typed. A deadline left on the day it was is kept at its instant (a notice may give another zone's time).
    @Sendable package func edit(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try Self.id(context)
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let t = context.localizer
        var errors = FormErrors()
        func text(_ name: String) -> String { (fields[name] ?? "").trimmingCharacters(in: .whitespaces) }
        let title = errors.check("edit-title", label: t("recruitment.title"), t) {
            try FieldRules.text(text("title"), field: "title", max: VacancyStore.maximumTitle)
        }
        let titleFrench = errors.check("edit-title-french", label: t("recruitment.titleFrench"), t) {
            try FieldRules.optionalText(text("titleFrench"), field: "titleFrench", max: VacancyStore.maximumTitle)
        }
        let number = errors.check("edit-vacancy-number", label: t("recruitment.vacancyNumber"), t) {
            try FieldRules.optionalText(text("vacancyNumber"), field: "vacancyNumber", max: 100)
        }
        let posts = errors.check("edit-posts", label: t("recruitment.posts"), t) { () throws -> Int? in
            guard !text("posts").isEmpty else { return nil }
            guard let posts = Int(text("posts")) else {
                throw AppError.invalidField("posts", reasonKey: "recruitment.reason.posts")
            }
            return try Vacancy.Edit.posts(posts)
        }
        let grade = errors.check("edit-grade", label: t("recruitment.grade"), t) {
            try FieldRules.optionalText(text("grade"), field: "grade", max: 40)
        }
        let deadline = errors.check("edit-deadline", label: t("recruitment.deadline"), t) { () throws -> Int64? in
            guard !text("deadline").isEmpty else { return nil }
            guard text("deadline").wholeMatch(of: #/\d{4}-\d{2}-\d{2}/#) != nil else {
                throw AppError.invalidField("deadline", reasonKey: "recruitment.reason.deadline")
            }
            return try Vacancy.Edit.deadline(text("deadline"))
        }
        let clearance = errors.check("edit-clearance", label: t("recruitment.clearance"), t) { () throws -> String? in
            text("clearance").isEmpty ? nil : try Vacancy.Edit.clearance(text("clearance"))
        }
        let location = errors.check("edit-location", label: t("recruitment.location"), t) {
            try FieldRules.optionalText(text("location"), field: "location", max: 200)
        }
        func lines(_ name: String) -> [String] { (fields[name] ?? "").components(separatedBy: .newlines) }
        let essential = errors.check("edit-essential", label: t("recruitment.essential"), t) {
            try Vacancy.Edit.qualifications(lines("essentialQualifications"), field: "essentialQualifications")
        }
        let desirable = errors.check("edit-desirable", label: t("recruitment.desirable"), t) {
            try Vacancy.Edit.qualifications(lines("desirableQualifications"), field: "desirableQualifications")
        }
        guard errors.isEmpty, let title, let titleFrench, let number, let posts, let grade, let deadline, let clearance,
            let location, let essential, let desirable, let version = Int64(text("version"))
        else {
            return try await vacancyView(
                id, request: nil, context: context, errors: errors, typed: fields, status: .badRequest)
        }
        let day = text("deadline")
        do {
            _ = try await chancery.recruitment.update(id, expectedVersion: version, by: context.principal) { current in
                let kept = current.deadlineAt.map(HeadquartersCalendar.day) == day ? current.deadlineAt : deadline
                return Vacancy.Edit(
                    title: title, titleFrench: titleFrench, vacancyNumber: number, posts: posts, grade: grade,
                    deadlineAt: kept, clearance: clearance, location: location,
                    // a form without the field (an older page) leaves the qualifications as they are
                    essentialQualifications: fields["essentialQualifications"] == nil
                        ? current.essentialQualifications : essential,
                    desirableQualifications: fields["desirableQualifications"] == nil
                        ? current.desirableQualifications : desirable)
            }
            return .redirect(to: "/recruitment/vacancies/\(id)?done=saved", type: .normal)
        } catch let error as AppError where error.status == .conflict || error.status == .preconditionFailed {
            errors.add("edit-submit", error.detail(t))
            return try await vacancyView(
                id, request: nil, context: context, errors: errors, typed: fields, status: error.status)
        }
    }

    // MARK: changing the state

    /// Publishes the draft; refused, the page comes back with every reason marked (no deadline, or one already
    /// passed).
    @Sendable package func publish(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try await WebForm.verified(request, session: context.session)
        let id = try Self.id(context)
        do {
            _ = try await chancery.recruitment.publish(id, by: context.principal)
            return .redirect(to: "/recruitment/vacancies/\(id)?done=published", type: .normal)
        } catch let error as AppError where error.status == .conflict {
            var errors = FormErrors()
            if error.errors.isEmpty {
                errors.add("publish", error.detail(context.localizer))
            } else {
                for item in error.errors {
                    errors.add("field-\(Self.fieldID(item.field))", item.detail(context.localizer))
                }
                errors.add("publish", error.detail(context.localizer))
            }
            return try await vacancyView(id, request: nil, context: context, errors: errors, status: .conflict)
        }
    }

    /// The page's id of a field the API names.
    static func fieldID(_ field: String) -> String {
        field == "vacancyNumber" ? "vacancy-number" : field
    }

    @Sendable package func move(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try Self.id(context)
        guard let state = Vacancy.State(rawValue: fields["state"] ?? ""), state != .draft else {
            throw AppError.invalidField("state", reasonKey: "recruitment.reason.state")
        }
        do {
            _ = try await chancery.recruitment.move(id, to: state, by: context.principal)
            return .redirect(to: "/recruitment/vacancies/\(id)?done=\(state.rawValue)", type: .normal)
        } catch let error as AppError where error.status == .conflict {
            var errors = FormErrors()
            errors.add("vacancy-state", error.detail(context.localizer))
            return try await vacancyView(id, request: nil, context: context, errors: errors, status: .conflict)
        }
    }
}
