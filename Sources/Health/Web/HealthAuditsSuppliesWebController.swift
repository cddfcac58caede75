import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The Health Office's record QA audit pages and medical supplies pages.
package struct HealthAuditsSuppliesWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/health/audits", use: auditList)
        group.get("/health/audits/new", use: newAudit)
        group.post("/health/audits", use: startAudit)
        group.get("/health/audits/{id}", use: auditPage)
        group.post("/health/audits/{id}/items/{patientId}", use: answer)
        group.post("/health/audits/{id}/close", use: close)
        group.get("/health/supplies", use: supplyList)
        group.post("/health/supplies", use: createItem)
        group.get("/health/supplies/reorder", use: reorderPage)
        group.get("/health/supplies/{id}", use: supplyPage)
        group.post("/health/supplies/{id}/lots", use: addLot)
        group.post("/health/supplies/{id}/movements", use: recordMovement)
    }

    package static func labels(_ t: Localizer) -> [String: String] {
        Dictionary(uniqueKeysWithValues: HealthAuditsSuppliesWebStrings.pageKeys.map { ($0, t("hq.\($0)")) })
    }

    package static func notice(_ request: Request, _ t: Localizer) -> String? {
        guard let done = request.uri.queryParameters["done"].map(String.init),
            HealthAuditsSuppliesWebStrings.notices.contains(done)
        else { return nil }
        return t("hq.done.\(done)")
    }

    /// The page's model with the parts every audit and supply page shares.
    package func page<Content>(
        _ request: Request?, _ context: SignedInContext, error: AppError?, errors: FormErrors = FormErrors(),
        _ content: Content
    ) -> HealthQualityPage<Content> {
        let t = context.localizer
        return HealthQualityPage(
            HealthQualityPageParts(
                t: Self.labels(t), csrf: context.session.csrfToken, notice: request.flatMap { Self.notice($0, t) },
                error: error.map { $0.detail(t) }, errors: errors.model(t)),
            content)
    }

    package static func id(_ context: SignedInContext, _ name: String = "id") throws -> String {
        let id = try context.parameters.require(name)
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        return id
    }

    // MARK: audits

    /// The record QA audits as a list: sortable, paged, filtered by state (open or closed), and its CSV.
    package static let auditList = ListSpec(
        name: "health.audits", path: "/health/audits",
        columns: [
            .init("title", "hq.title", order: ["LOWER(o.title)"]),
            .init("state", "hq.state", order: ["CASE WHEN qa.closed_at IS NULL THEN 0 ELSE 1 END"]),
            .init("sampled", "hq.sampled"),
            .init("reviewed", "hq.reviewed"),
            .init("followUps", "hq.openFollowUps"),
            .init("created", "hq.created", order: ["o.created_at"]),
        ],
        defaultSort: "created", defaultDescending: true, filters: ["state"])

    @Sendable package func auditList(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let list = try ListQuery(request, Self.auditList)
        var closed: Bool?
        switch list.filter("state") {
        case nil: closed = nil
        case "open": closed = false
        case "closed": closed = true
        default: throw AppError.invalidQuery("state", reasonKey: "list.reason.filter")
        }
        let found = try await chancery.health.audits(closed: closed, list: list, by: context.principal)
        let audits = found.items
        let rows = audits.map { audit in
            HealthAuditsPage.Audit(
                id: audit.object.id, title: audit.object.title, state: t(audit.isClosed ? "hq.closed" : "hq.open"),
                sampled: audit.sampled, reviewed: audit.reviewed, openFollowUps: audit.openFollowUps,
                created: DayText.day(audit.object.createdAt, t))
        }
        let label = chancery.objects.dominantLabel(of: audits.map(\.object))
        if list.isExport {
            return list.csv(
                rows.map {
                    [$0.title, $0.state, String($0.sampled), String($0.reviewed), String($0.openFollowUps), $0.created]
                },
                label: label, t)
        }
        let total = try await chancery.health.auditCount(closed: closed, by: context.principal)
        let model = page(
            request, context, error: nil,
            HealthAuditsPage(
                canAudit: !HealthStore.auditors.isDisjoint(with: context.principal.roles), hasAudits: !rows.isEmpty,
                audits: rows, headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t),
                states: [
                    HealthChoice(value: "", name: t("hq.anyState"), selected: closed == nil),
                    HealthChoice(value: "open", name: t("hq.open"), selected: closed == false),
                    HealthChoice(value: "closed", name: t("hq.closed"), selected: closed == true),
                ],
                sort: list.sort.id, order: list.descending ? "desc" : "asc"))
        return PageRenderer.response(
            "health-audits", model, frame: frame(t("hq.auditsTitle"), label: label, path: "/health/audits", context))
    }

    @Sendable package func newAudit(_ request: Request, context: SignedInContext) async throws -> Response {
        try newAuditPage(context, fields: [:], errors: FormErrors())
    }

    package func newAuditPage(
        _ context: SignedInContext, fields: [String: String], errors: FormErrors, status: HTTPResponse.Status = .ok
    )
        throws -> Response
    {
        try HealthOffice.require(HealthStore.auditors, context.principal)
        let model = page(
            nil, context, error: nil, errors: errors,
            HealthNewAuditPage(
                title: fields["title"] ?? "", sampleSize: fields["sampleSize"] ?? "10", seed: fields["seed"] ?? ""))
        return PageRenderer.response(
            "health-audit-new", model,
            frame: frame(context.localizer("hq.newAudit"), label: .unclassified, path: "/health/audits/new", context),
            status: status)
    }

    /// Starts an audit from the form: only an auditor gets as far as the checks; the title, the sample's size and
    /// the seed are checked at once, and a refused form comes back with every error and what was typed.
    @Sendable package func startAudit(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        try HealthOffice.require(HealthStore.auditors, context.principal)
        let t = context.localizer
        var errors = FormErrors()
        let title = errors.check("audit-title", label: t("hq.title"), t) {
            try FieldRules.text(fields["title"] ?? "", field: "title", max: 200)
        }
        let size = errors.check("audit-size", label: t("hq.sampleSize"), t) { () throws -> Int in
            guard let size = Int(fields["sampleSize"] ?? ""), (1...QAAudit.maximumSample).contains(size) else {
                throw AppError.invalidField("sampleSize", reasonKey: "health.audit.reason.size")
            }
            return size
        }
        let seed = errors.check("audit-seed", label: t("hq.seed"), t) { () throws -> Int64 in
            guard let text = fields["seed"], !text.isEmpty else {
                return Int64.random(in: 0...QAAuditsController.maximumSeed)
            }
            guard let given = Int64(text), (0...QAAuditsController.maximumSeed).contains(given) else {
                throw AppError.invalidField("seed", reasonKey: "health.audit.reason.seed")
            }
            return given
        }
        guard errors.isEmpty, let title, let size, let seed else {
            return try newAuditPage(context, fields: fields, errors: errors, status: .badRequest)
        }
        do {
            let detail = try await chancery.health.startAudit(
                title: title, size: size, seed: seed, by: context.principal)
            return .redirect(to: "/health/audits/\(detail.audit.object.id)?done=started", type: .normal)
        } catch let error as AppError where error.status != .forbidden {
            errors.add(error, field: "audit-title", t)
            return try newAuditPage(context, fields: fields, errors: errors, status: error.status)
        }
    }

    @Sendable package func auditPage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await auditView(try Self.id(context), request: request, context: context)
    }

    /// A refused answer to one sampled record: what was typed, and the errors under the form's own names (`finding`,
    /// `followUp`…, or `item` for a refusal of the whole answer), placed on the record's form by the page.
    package struct RefusedAnswer {
        package var patientID: String
        package var fields: [String: String]
        package var errors: FormErrors
    }

    /// The name of a closed audit's "mark done" button, as a refusal of it is recorded on the row.
    static let markDone = "markDone"

    /// The element ids of a sampled record's answer form, by the form's names, at its place in the sample.
    package static func answerFieldID(_ name: String, position: Int) -> String {
        let prefix =
            switch name {
            case "followUp": "follow-up"
            case "followUpDue": "follow-up-due"
            case "followUpStatus": "follow-up-status"
            case markDone: "follow-up-done"
            default: name
            }
        return "\(prefix)-\(position)"
    }

    /// The audit's page; after a refused answer, the record's form marked with its errors and keeping what was
    /// typed; after a refused closing, `closeRefusal` in the summary and beside the button.
    package func auditView(
        _ id: String, request: Request?, context: SignedInContext, refused: RefusedAnswer? = nil,
        closeRefusal: AppError? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        guard let detail = try await chancery.health.qaAudit(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let audit = detail.audit
        let isAuditor = !HealthStore.auditors.isDisjoint(with: context.principal.roles)
        let canAnswer = !audit.isClosed && isAuditor
        func result(_ pass: Bool) -> String { t(pass ? "hq.pass" : "hq.fail") }
        func answer(_ value: Bool?) -> String { value.map(result) ?? t("hq.notAnswered") }
        let items = detail.items.map { item -> HealthAuditPage.Item in
            var row = HealthAuditPage.Item(
                position: item.position, readable: item.patient != nil, auditId: audit.object.id, canAnswer: canAnswer)
            guard let patient = item.patient, let automatic = item.automatic else { return row }
            row.patientId = patient.object.id
            row.patientName = patient.details.displayName
            row.completenessResult = result(automatic.completeness)
            row.consentResult = result(automatic.consent)
            row.codesResult = result(automatic.codes)
            row.signaturesResult = result(automatic.signatures)
            row.hasMissing = !automatic.missing.isEmpty
            row.missing = automatic.missing.joined(separator: ", ")
            let answers = item.answers
            row.completeness = .init(answers.completeness, text: answer(answers.completeness))
            row.consent = .init(answers.consent, text: answer(answers.consent))
            row.codes = .init(answers.codes, text: answer(answers.codes))
            row.signatures = .init(answers.signatures, text: answer(answers.signatures))
            row.finding = item.finding ?? ""
            row.followUp = item.followUp ?? ""
            row.followUpDue = item.followUpDue ?? ""
            row.statusOpen = item.followUpStatus == "open"
            row.statusDone = item.followUpStatus == "done"
            row.followUpStatusText = item.followUpStatus.map { t("hq.\($0)") } ?? ""
            row.canMarkDone = audit.isClosed && isAuditor && item.followUpStatus == "open"
            if let refused, refused.patientID == patient.object.id {
                if canAnswer {
                    Self.keep(refused, in: &row, answer: answer)
                } else if row.canMarkDone == true, let first = refused.errors.items.first {
                    // A closed audit shows no answer form: a refused "mark done" is on its button.
                    row.invalid[Self.markDone] = true
                    row.message[Self.markDone] = first.message
                }
            }
            return row
        }
        // The summary links only to fields on the page: the answer form's while the audit is open, the "mark done"
        // button once it is closed; with neither (the record not shown, its follow-up done meanwhile), a sentence.
        var errors = FormErrors()
        let row = refused.flatMap { refused in items.first { $0.patientId == refused.patientID } }
        for item in refused?.errors.items ?? [] {
            if let row, canAnswer {
                errors.add(Self.answerFieldID(item.field, position: row.position), item.message)
            } else if let row, row.canMarkDone == true {
                errors.add(Self.answerFieldID(Self.markDone, position: row.position), item.message)
            } else {
                errors.addFormLevel(item.message)
            }
        }
        var closeError: String?
        if let closeRefusal {
            closeError = closeRefusal.detail(t)
            errors.add(canAnswer ? "close-submit" : "audit-state", closeRefusal.detail(t))
        }
        let model = page(
            request, context, error: nil, errors: errors,
            HealthAuditPage(
                id: audit.object.id, title: audit.object.title, state: t(audit.isClosed ? "hq.closed" : "hq.open"),
                sampled: audit.sampled, reviewed: audit.reviewed, seed: String(audit.seed), canClose: canAnswer,
                items: items, closeError: closeError))
        return PageRenderer.response(
            "health-audit", model,
            frame: frame(audit.object.title, label: audit.object.label, path: "/health/audits/\(id)", context),
            status: status)
    }

    /// Shows on a record's form what was typed in the refused answer and each field's sentence.
    static func keep(_ refused: RefusedAnswer, in row: inout HealthAuditPage.Item, answer: (Bool?) -> String) {
        let fields = refused.fields
        func typed(_ name: String) -> HealthAuditPage.Item.Answer {
            let value: Bool? =
                switch fields[name] {
                case "pass": true
                case "fail": false
                default: nil
                }
            return .init(value, text: answer(value))
        }
        row.completeness = typed("completeness")
        row.consent = typed("consent")
        row.codes = typed("codes")
        row.signatures = typed("signatures")
        row.finding = fields["finding"] ?? ""
        row.followUp = fields["followUp"] ?? ""
        row.followUpDue = fields["followUpDue"] ?? ""
        row.statusOpen = fields["followUpStatus"] == "open"
        row.statusDone = fields["followUpStatus"] == "done"
        for item in refused.errors.items {
            row.invalid[item.field] = true
            row.message[item.field] = row.message[item.field] ?? item.message
        }
    }

    /// Checks every field of a record's answer at once, each refusal recorded under the form's name of its field.
    static func checkedAnswer(_ fields: [String: String], _ t: Localizer, errors: inout FormErrors) -> QAAudit.Answer? {
        func check(_ name: String) -> Bool? {
            switch fields[name] {
            case "pass": return true
            case "fail": return false
            case nil, "": return nil
            default:
                errors.add(name, t("form.error.choice"))
                return nil
            }
        }
        let checks = QAAudit.Checks(
            completeness: check("completeness"), consent: check("consent"), codes: check("codes"),
            signatures: check("signatures"))
        let finding = errors.check("finding", label: t("hq.finding"), t) {
            try QAAudit.Answer.finding(fields["finding"])
        }
        let followUp = errors.check("followUp", label: t("hq.followUp"), t) {
            try QAAudit.Answer.followUp(fields["followUp"])
        }
        let due = errors.check("followUpDue", label: t("hq.followUpDue"), t) {
            try QAAudit.Answer.followUpDue(fields["followUpDue"])
        }
        // Its radio buttons offer only the two states: another value is a choice the form did not offer.
        let status: String??
        do {
            status = try QAAudit.Answer.followUpStatus(fields["followUpStatus"])
        } catch {
            errors.add("followUpStatus", t("form.error.choice"))
            status = nil
        }
        guard errors.isEmpty, let finding, let followUp, let due, let status else { return nil }
        do {
            return try QAAudit.Answer.checked(
                checks: checks, finding: finding, followUp: followUp, due: due, status: status)
        } catch {
            // Marked on the field the rule names, the sentence quoting the form's label for it.
            var error = error
            let field = error.field ?? "followUp"
            error.arguments["field"] = t("hq.\(field)")
            errors.add(field, error.detail(t))
            return nil
        }
    }

    /// Records the answers to one sampled record: every field is checked at once before the store is asked, and a
    /// refusal comes back on the audit's page, the record's form marked with every error and keeping what was typed.
    @Sendable package func answer(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try Self.id(context)
        let patientID = try Self.id(context, "patientId")
        let t = context.localizer
        var errors = FormErrors()
        guard let answer = Self.checkedAnswer(fields, t, errors: &errors) else {
            return try await auditView(
                id, request: nil, context: context,
                refused: .init(patientID: patientID, fields: fields, errors: errors),
                status: .badRequest)
        }
        do {
            _ = try await chancery.health.answer(id, patient: patientID, answer, by: context.principal)
            return .redirect(to: "/health/audits/\(id)?done=answered", type: .normal)
        } catch let error as AppError where error.status != .notFound {
            errors.add(error.field ?? "item", error.detail(t))
            return try await auditView(
                id, request: nil, context: context,
                refused: .init(patientID: patientID, fields: fields, errors: errors),
                status: error.status)
        }
    }

    /// Closes the audit; a refusal (answers still missing, the audit closed meanwhile) comes back on the audit's page,
    /// in the summary and beside the button.
    @Sendable package func close(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try await WebForm.verified(request, session: context.session)
        let id = try Self.id(context)
        do {
            _ = try await chancery.health.closeAudit(id, by: context.principal)
            return .redirect(to: "/health/audits/\(id)?done=closed", type: .normal)
        } catch let error as AppError where error.status != .notFound {
            return try await auditView(id, request: nil, context: context, closeRefusal: error, status: error.status)
        }
    }

    // MARK: supplies

    package static func itemRow(_ item: SupplyItem, _ t: Localizer) -> HealthSupplyRow {
        HealthSupplyRow(
            id: item.object.id, name: t.term(item.name), form: t.term(item.form), unitOfIssue: t.term(item.unitOfIssue),
            location: t.term(item.location), onHand: item.onHand, reorderLevel: item.reorderLevel,
            needsReorder: item.needsReorder, suggested: item.suggestedQuantity)
    }

    /// The columns both supplies lists share, each sorted in SQL.
    static let supplyColumns: [ListSpec.Column] = [
        .init("name", "hq.name", order: ["LOWER(s.name)"]),
        .init("form", "hq.form", order: ["LOWER(s.form)"]),
        .init("unit", "hq.unitOfIssue", order: ["LOWER(s.unit_of_issue)"]),
        .init("location", "hq.location", order: ["LOWER(s.location)"]),
        // The columns the store's query computes (the stock on hand, the suggested order), sorted by their names.
        .init("onHand", "hq.onHand", order: ["on_hand"]),
        .init("level", "hq.reorderLevel", order: ["s.reorder_level"]),
    ]

    /// The supply items as a list: sortable, paged, filtered by name and by stock (`low`: at or under the reorder
    /// level), and its CSV.
    package static let supplyList = ListSpec(
        name: "health.supplies", path: "/health/supplies", columns: supplyColumns, defaultSort: "name",
        filters: ["q", "stock"])

    /// The items to reorder as a list, with the suggested order: sortable, paged, filtered by name, and its CSV.
    package static let reorderList = ListSpec(
        name: "health.supplies.reorder", path: "/health/supplies/reorder",
        columns: supplyColumns + [
            .init("suggested", "hq.suggested", order: ["suggested"])
        ],
        defaultSort: "name", filters: ["q"])

    /// The name filter of a supplies list, checked like any text field.
    static func nameFilter(_ list: ListQuery) throws -> String? {
        try FieldRules.optionalText(list.filter("q"), field: "q", max: 100)
    }

    /// A supplies list's CSV: the page's columns, in the reader's language, under the classification banner.
    static func supplyCSV(_ rows: [HealthSupplyRow], _ list: ListQuery, _ t: Localizer) -> Response {
        list.csv(
            rows.map { row in
                [row.name, row.form, row.unitOfIssue, row.location, String(row.onHand), String(row.reorderLevel)]
                    + (row.showSuggested == true ? [String(row.suggested)] : [])
            },
            label: HealthSupplyStore.label, t)
    }

    @Sendable package func supplyList(_ request: Request, context: SignedInContext) async throws -> Response {
        try await supplyListPage(request, context: context, list: try ListQuery(request, Self.supplyList))
    }

    package func supplyListPage(
        _ request: Request?, context: SignedInContext, list: ListQuery? = nil, errors: FormErrors = FormErrors(),
        values: [String: String] = [:], status: HTTPResponse.Status = .ok
    )
        async throws -> Response
    {
        let t = context.localizer
        try HealthSupplyStore.requireStaff(context.principal)
        let list = try list ?? ListQuery(fields: [:], Self.supplyList)
        let name = try Self.nameFilter(list)
        let low: Bool
        switch list.filter("stock") {
        case nil: low = false
        case "low": low = true
        default: throw AppError.invalidQuery("stock", reasonKey: "list.reason.filter")
        }
        let supplies = chancery.healthSupplies
        let found = try await supplies.items(reorderOnly: low, name: name, list: list, by: context.principal)
        let rows = found.items.map { Self.itemRow($0, t) }
        if list.isExport { return Self.supplyCSV(rows, list, t) }
        let total = try await supplies.count(reorderOnly: low, name: name, by: context.principal)
        let expiring = try await supplies.expiring(withinDays: 60, by: context.principal)
        let model = page(
            request, context, error: nil, errors: errors,
            HealthSuppliesPage(
                tableId: "supply-list", hasItems: !rows.isEmpty, items: rows, headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t),
                filter: .init(
                    path: Self.supplyList.path, name: name ?? "",
                    stocks: [
                        HealthChoice(value: "", name: t("hq.anyStock"), selected: !low),
                        HealthChoice(value: "low", name: t("hq.toReorder"), selected: low),
                    ], hasStocks: true, sort: list.sort.id, order: list.descending ? "desc" : "asc"),
                hasExpiring: !expiring.isEmpty,
                expiring: expiring.map { line in
                    .init(
                        itemId: line.item.object.id, name: t.term(line.item.name), lot: line.lot.lot,
                        expires: line.lot.expires,
                        expired: line.expired, onHand: line.lot.onHand)
                }, values: values))
        return PageRenderer.response(
            "health-supplies", model,
            frame: frame(t("hq.suppliesTitle"), label: HealthSupplyStore.label, path: "/health/supplies", context),
            status: status)
    }

    /// Adds an item from the list's form: only the Health staff get as far as the checks; every field is checked at
    /// once before anything is stored, and a refused form comes back with every error and what was typed.
    @Sendable package func createItem(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        try HealthSupplyStore.requireStaff(context.principal)
        let t = context.localizer
        var errors = FormErrors()
        func text(_ id: String, _ field: String, max: Int) -> String? {
            errors.check(id, label: t("hq.\(field)"), t) {
                try FieldRules.text(fields[field] ?? "", field: field, max: max)
            }
        }
        func number(_ id: String, _ field: String, from: Int, reason: String) -> Int? {
            errors.check(id, label: t("hq.\(field)"), t) { () throws -> Int in
                guard let value = Int(fields[field] ?? ""), (from...SuppliesController.maximumQuantity).contains(value)
                else { throw AppError.invalidField(field, reasonKey: reason) }
                return value
            }
        }
        let name = text("item-name", "name", max: 200)
        let form = text("item-form-field", "form", max: 60)
        let unit = text("item-unit", "unitOfIssue", max: 60)
        let level = number("item-level", "reorderLevel", from: 0, reason: "health.supply.reason.level")
        let quantity = number("item-quantity", "reorderQuantity", from: 1, reason: "health.supply.reason.quantity")
        let location = text("item-location", "location", max: 200)
        guard errors.isEmpty, let name, let form, let unit, let level, let quantity, let location else {
            return try await supplyListPage(nil, context: context, errors: errors, values: fields, status: .badRequest)
        }
        do {
            let item = try await chancery.healthSupplies.createItem(
                .init(
                    name: name, form: form, unitOfIssue: unit, reorderLevel: level, reorderQuantity: quantity,
                    location: location),
                by: context.principal)
            return .redirect(to: "/health/supplies/\(item.object.id)?done=item", type: .normal)
        } catch let error as AppError where error.status == .badRequest {
            errors.add(error, field: "item-name", t)
            return try await supplyListPage(nil, context: context, errors: errors, values: fields, status: error.status)
        }
    }

    @Sendable package func reorderPage(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        try HealthSupplyStore.requireStaff(context.principal)
        let list = try ListQuery(request, Self.reorderList)
        let name = try Self.nameFilter(list)
        let supplies = chancery.healthSupplies
        let found = try await supplies.items(reorderOnly: true, name: name, list: list, by: context.principal)
        let rows = found.items.map { item in
            var row = Self.itemRow(item, t)
            row.showSuggested = true
            return row
        }
        if list.isExport { return Self.supplyCSV(rows, list, t) }
        let total = try await supplies.count(reorderOnly: true, name: name, by: context.principal)
        let model = page(
            request, context, error: nil,
            HealthReorderPage(
                tableId: "reorder-list", hasItems: !rows.isEmpty, items: rows, headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t),
                filter: .init(
                    path: Self.reorderList.path, name: name ?? "", stocks: [], hasStocks: false, sort: list.sort.id,
                    order: list.descending ? "desc" : "asc")))
        return PageRenderer.response(
            "health-supplies-reorder", model,
            frame: frame(
                t("hq.reorderTitle"), label: HealthSupplyStore.label, path: "/health/supplies/reorder", context))
    }

    @Sendable package func supplyPage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await supplyView(try Self.id(context), request: request, context: context)
    }

    /// The item's page; after a refused lot or movement, `errors` in the summary and on the fields of the form
    /// refused, which keeps what was typed (`lot` or `movement` names the form).
    package func supplyView(
        _ id: String, request: Request?, context: SignedInContext, errors: FormErrors = FormErrors(),
        refused: (form: String, fields: [String: String])? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        guard let stock = try await chancery.healthSupplies.stock(of: id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let item = stock.item
        let typed = refused?.form == "movement" ? refused?.fields ?? [:] : [:]
        let model = page(
            request, context, error: nil, errors: errors,
            HealthSupplyPage(
                id: item.object.id, name: t.term(item.name), form: t.term(item.form),
                unitOfIssue: t.term(item.unitOfIssue), location: t.term(item.location), onHand: item.onHand,
                reorderLevel: item.reorderLevel, needsReorder: item.needsReorder, suggested: item.suggestedQuantity,
                reorderQuantity: item.reorderQuantity,
                hasLots: !stock.lots.isEmpty,
                // Lot numbers are free text: rows are identified by their place, so that element ids stay valid.
                lots: stock.lots.enumerated().map { index, lot in
                    .init(
                        index: index + 1, lot: lot.lot, expires: lot.expires, onHand: lot.onHand,
                        selected: typed["lot"] == lot.lot)
                },
                kinds: [SupplyItem.MovementKind.issue, .receipt, .adjustment, .disposal].map {
                    HealthChoice(
                        value: $0.rawValue, name: t("hq.\($0.rawValue)"), selected: typed["kind"] == $0.rawValue)
                },
                lotForm: refused?.form == "lot" ? refused?.fields ?? [:] : [:], movementForm: typed,
                hasMovements: !stock.movements.isEmpty,
                movements: stock.movements.map { movement in
                    .init(
                        recordedAt: DayText.moment(movement.recordedAt, t),
                        lot: movement.lot, kind: t("hq.\(movement.kind.rawValue)"), quantity: movement.quantity,
                        note: movement.note ?? "", actor: movement.actor)
                }))
        return PageRenderer.response(
            "health-supply", model,
            frame: frame(t.term(item.name), label: item.object.label, path: "/health/supplies/\(id)", context),
            status: status)
    }

    /// Adds a lot from the item's page: the lot number, its expiry and its quantity are checked at once before the
    /// store is asked, and a refused form comes back with every error and what was typed.
    @Sendable package func addLot(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try Self.id(context)
        try HealthSupplyStore.requireStaff(context.principal)
        let t = context.localizer
        var errors = FormErrors()
        let lot = errors.check("lot-name", label: t("hq.lot"), t) {
            try FieldRules.text(fields["lot"] ?? "", field: "lot", max: 60)
        }
        let expires = errors.check("lot-expires", label: t("hq.expires"), t) { () throws -> String in
            guard let expires = try FieldRules.date(fields["expires"], field: "expires") else {
                throw AppError.missingField("expires")
            }
            return expires
        }
        let quantity = errors.check("lot-quantity", label: t("hq.quantity"), t) { () throws -> Int in
            let text = fields["quantity"] ?? ""
            guard let quantity = text.isEmpty ? 0 : Int(text),
                (0...SuppliesController.maximumQuantity).contains(quantity)
            else { throw AppError.invalidField("quantity", reasonKey: "health.supply.reason.lotQuantity") }
            return quantity
        }
        let fieldIDs = ["lot": "lot-name", "expires": "lot-expires", "quantity": "lot-quantity"]
        if errors.isEmpty, let lot, let expires, let quantity {
            do {
                _ = try await chancery.healthSupplies.addLot(
                    to: id, lot: lot, expires: expires, quantity: quantity, by: context.principal)
                return .redirect(to: "/health/supplies/\(id)?done=lot", type: .normal)
            } catch let error as AppError where error.status != .notFound && error.status != .forbidden {
                errors.add(error.field.flatMap { fieldIDs[$0] } ?? "lot-name", error.detail(t))
                return try await supplyView(
                    id, request: nil, context: context, errors: errors, refused: ("lot", fields), status: error.status)
            }
        }
        return try await supplyView(
            id, request: nil, context: context, errors: errors, refused: ("lot", fields), status: .badRequest)
    }

    /// Records a movement from the item's page: the lot, the kind, the quantity and the note are checked at once
    /// before the store is asked (which refuses more than the lot holds), and a refused form comes back with every
    /// error and what was typed.
    @Sendable package func recordMovement(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try Self.id(context)
        try HealthSupplyStore.requireStaff(context.principal)
        let t = context.localizer
        var errors = FormErrors()
        let lot = errors.check("movement-lot", label: t("hq.lot"), t) {
            try FieldRules.text(fields["lot"] ?? "", field: "lot", max: 60)
        }
        let kind = SupplyItem.MovementKind(rawValue: fields["kind"] ?? "")
        if kind == nil { errors.add("movement-kind", t("form.error.choice")) }
        let quantity = errors.check("movement-quantity", label: t("hq.quantity"), t) { () throws -> Int in
            guard let quantity = Int(fields["quantity"] ?? "") else {
                throw AppError.invalidField("quantity", reasonKey: "health.supply.reason.quantity")
            }
            guard let kind else { return quantity }
            return try SuppliesController.movement(kind: kind.rawValue, quantity: quantity).1
        }
        let note = errors.check("movement-note", label: t("hq.note"), t) {
            try FieldRules.optionalText(fields["note"], field: "note", max: 500)
        }
        let fieldIDs = ["lot": "movement-lot", "kind": "movement-kind", "quantity": "movement-quantity"]
        if errors.isEmpty, let lot, let kind, let quantity, let note {
            do {
                _ = try await chancery.healthSupplies.recordMovement(
                    of: id, lot: lot, kind: kind, quantity: quantity, note: note, by: context.principal)
                return .redirect(to: "/health/supplies/\(id)?done=movement", type: .normal)
            } catch let error as AppError where error.status != .notFound && error.status != .forbidden {
                errors.add(error.field.flatMap { fieldIDs[$0] } ?? "movement-quantity", error.detail(t))
                return try await supplyView(
                    id, request: nil, context: context, errors: errors, refused: ("movement", fields),
                    status: error.status)
            }
        }
        return try await supplyView(
            id, request: nil, context: context, errors: errors, refused: ("movement", fields), status: .badRequest)
    }
}
