import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The registry's pages: the desk with its work queues, registration, the record page with its actions,
/// queues, the printable cover sheet, and everyone's receipts.
package struct RegistryWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/registry", use: desk)
        group.get("/registry/register", use: registerForm)
        group.post("/registry/register", use: register)
        group.get("/registry/records", use: records)
        group.get("/registry/queues/{queue}", use: queue)
        group.post("/registry/distribute-selected", use: distributeSelected)
        group.get("/registry/records/{id}", use: record)
        group.get("/registry/records/{id}/cover", use: cover)
        group.get("/registry/records/{id}/attachments/{attachmentId}", use: download)
        group.get("/registry/records/{id}/attachments/{attachmentId}/searchable-pdf", use: downloadSearchablePDF)
        group.post("/registry/records/{id}/upload", use: upload)
        group.post("/registry/records/{id}/{action}", use: act)
        group.get("/registry/key-material", use: keyRegister)
        group.post("/registry/key-material/{id}/update", use: recordKeyUpdate)
        group.get("/registry/muster", use: musterPage)
        group.get("/receipts", use: receipts)
        group.post("/receipts/{copyId}/acknowledge", use: acknowledge)
        group.get("/receipts/{copyId}/print", use: printReceipt)
    }

    /// The localised labels every registry page uses.
    package static func labels(_ t: Localizer) -> [String: String] {
        Dictionary(uniqueKeysWithValues: RegistryWebStrings.pageKeys.map { ($0, t("reg.\($0)")) })
    }

    /// The sentence of a `?done=` notice, only for the notices the pages know (the parameter is user input).
    package static func notice(_ done: String?, _ t: Localizer) -> String? {
        guard let done, RegistryWebStrings.notices.contains(done) else { return nil }
        return t("reg.done.\(done)")
    }

    /// The parts every registry page shares; `csrf` for the pages with forms.
    package static func parts(_ context: SignedInContext, csrf: Bool = true, canRegister: Bool? = nil)
        -> RegistryPageParts
    {
        RegistryPageParts(
            t: labels(context.localizer), csrf: csrf ? context.session.csrfToken : nil,
            canRegister: canRegister ?? isRegistrar(context.principal))
    }

    package static func isRegistrar(_ principal: Principal) -> Bool {
        !RecordStore.registrars.isDisjoint(with: principal.roles)
    }

    // MARK: desk and queues

    @Sendable package func desk(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let principal = context.principal
        var queues: [RegistryDeskPage.Queue] = []
        for queue in RecordStore.Filter.Queue.allCases {
            let count = try await chancery.records.count(.init(queue: queue), by: principal)
            let task = [RecordStore.Filter.Queue.toVerify: "verify", .toDistribute: "distribute"][queue]
            queues.append(
                .init(
                    id: queue.rawValue, name: t("reg.queue.\(queue.rawValue)"), count: count,
                    href: "/registry/queues/\(queue.rawValue)",
                    work: Self.isRegistrar(principal) ? task.map { "/work?task=registry.\($0)" } : nil))
        }
        // Counts only: they show nothing of the items, so they are not audited as reads.
        let receipts = try await chancery.records.outstandingReceiptCount(by: principal)
        queues.append(.init(id: "receipts", name: t("reg.queue.receipts"), count: receipts, href: "/receipts"))
        let keys = try await chancery.keyMaterial.count(dueOnly: true, by: principal)
        queues.append(
            .init(
                id: "key-updates", name: t("reg.queue.key-updates"), count: keys,
                href: "/registry/key-material?due=\(Self.dueNow)"))
        let latest = try await chancery.records.list(.init(), after: nil, limit: 20, by: principal).items
        let rows = Self.rows(latest, t)
        let ocr = principal.roles.contains(.registrySupervisor) ? try await ocrFigures(principal, t) : nil
        let model = RegistryPage(
            Self.parts(context, csrf: false),
            RegistryDeskPage(hasRecords: !rows.isEmpty, records: rows, queues: queues, ocr: ocr))
        let label = chancery.objects.dominantLabel(of: latest.map(\.object))
        return PageRenderer.response(
            "registry-desk", model, frame: frame(t("reg.deskTitle"), label: label, path: "/registry", context))
    }

    /// The columns of the registry's lists: the records page and each queue.
    package static func recordList(path: String, name: String, filters: [String] = []) -> ListSpec {
        ListSpec(
            name: name, path: path,
            columns: [
                .init("reference", "reg.reference", order: ["r.series", "r.year", "r.seq"]),
                .init("title", "reg.title", order: ["LOWER(o.title)"]),
                .init("classification", "reg.classification", order: ["o.classification"]),
                .init("state", "reg.state", order: ["o.state"]),
                .init("received", "reg.received", order: ["r.received_date"]),
            ],
            defaultSort: "received", defaultDescending: true, filters: filters)
    }

    package static let allRecords = recordList(
        path: "/registry/records", name: "registry.records", filters: ["series", "state", "year"])

    /// Every record the principal may read, filtered by series, state and year.
    @Sendable package func records(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let list = try ListQuery(request, Self.allRecords)
        var filter = RecordStore.Filter()
        filter.series = list.filter("series")
        filter.state = try list.choice("state", as: RecordState.self)
        if let text = list.filter("year") {
            guard let year = Int(text), (1900...2999).contains(year) else {
                throw AppError.invalidQuery("year", reasonKey: "list.reason.filter")
            }
            filter.year = year
        }
        let series = try await chancery.referenceSeries.all()
        var model = try await listModel(filter, list, title: t("reg.recordsTitle"), context)
        model.filters = RegistryRecordsFilters(
            series: [RegistryChoice(value: "", name: t("reg.any"), selected: filter.series == nil)]
                + series.map {
                    RegistryChoice(value: $0.code, name: "\($0.code) — \($0.title)", selected: filter.series == $0.code)
                },
            states: [RegistryChoice(value: "", name: t("reg.any"), selected: filter.state == nil)]
                + RecordState.allCases.map {
                    RegistryChoice(
                        value: $0.rawValue, name: t("registry.state.\($0.rawValue)"), selected: filter.state == $0)
                },
            year: filter.year.map(String.init) ?? "", sort: list.sort.id, order: list.descending ? "desc" : "asc")
        return try await listResponse(model, list, context)
    }

    @Sendable package func queue(_ request: Request, context: SignedInContext) async throws -> Response {
        guard let queue = RecordStore.Filter.Queue(rawValue: try context.parameters.require("queue")) else {
            throw AppError.notFound
        }
        let query = request.uri.queryParameters
        var notice: String?
        if query["done"] == "batch" {
            notice = context.localizer(
                "reg.done.batch",
                ["distributed": String(query["distributed"] ?? "0"), "refused": String(query["refused"] ?? "0")])
        }
        return try await queuePage(
            queue, list: try ListQuery(request, Self.queueList(queue)), notice: notice, context)
    }

    /// The columns of a work queue's list.
    static func queueList(_ queue: RecordStore.Filter.Queue) -> ListSpec {
        recordList(path: "/registry/queues/\(queue.rawValue)", name: "registry.queue.\(queue.rawValue)")
    }

    /// A work queue; the queue of items to distribute carries the batch form for a registrar, which a refused batch
    /// comes back in: its errors in the summary and on its fields, the items ticked and the list chosen kept.
    private func queuePage(
        _ queue: RecordStore.Filter.Queue, list: ListQuery, notice: String?, errors: FormErrors = FormErrors(),
        ticked: Set<String> = [], chosenList: String? = nil, listQuery: String? = nil, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        var model = try await listModel(
            RecordStore.Filter(queue: queue), list, title: t("reg.queue.\(queue.rawValue)"), context)
        if list.isExport { return try await listResponse(model, list, context) }
        if queue == .toDistribute, Self.isRegistrar(context.principal), !model.records.isEmpty {
            let lists = try await chancery.distributionLists.all()
            if !lists.isEmpty {
                model.batch = true
                model.lists = lists.map {
                    RegistryListChoice(id: $0.id, name: t.listTerm($0.name), selected: chosenList == $0.id)
                }
                model.listQuery = listQuery ?? ""
                for index in model.records.indices where ticked.contains(model.records[index].id) {
                    model.records[index].checked = true
                }
            }
        }
        model.notice = notice
        model.errors = Self.batchErrors(errors, formShown: model.batch == true, queueEmpty: model.records.isEmpty, t)
            .model(t)
        return try await listResponse(model, list, context, status: status)
    }

    /// A refused batch's errors as the queue can show them: on the batch form's fields while it is there; once the
    /// queue is empty (its items distributed meanwhile by someone else) one sentence saying so, linked to nothing;
    /// otherwise (no list to distribute to) the sentences without their links.
    static func batchErrors(_ errors: FormErrors, formShown: Bool, queueEmpty: Bool, _ t: Localizer) -> FormErrors {
        guard !formShown, !errors.isEmpty else { return errors }
        guard queueEmpty else { return errors.placed { _ in false } }
        var emptied = FormErrors()
        emptied.addFormLevel(t("reg.error.queueEmptied"))
        return emptied
    }

    /// The rows of a records list as `list` asks (an export carries every row), with its headers and pager.
    private func listModel(
        _ filter: RecordStore.Filter, _ list: ListQuery, title: String, _ context: SignedInContext
    ) async throws -> RegistryQueuePage {
        let t = context.localizer
        let page = try await chancery.records.list(filter, list: list, by: context.principal)
        let total = list.isExport ? page.items.count : try await chancery.records.count(filter, by: context.principal)
        let rows = Self.rows(page.items, t)
        return RegistryQueuePage(
            hasRecords: !rows.isEmpty, records: rows, queueName: title,
            label: chancery.objects.dominantLabel(of: page.items.map(\.object)), headers: list.headers(t),
            pager: list.pager(shown: rows.count, hasMore: page.hasMore, total: total, t))
    }

    /// The page of a records list, or its CSV.
    private func listResponse(
        _ model: RegistryQueuePage, _ list: ListQuery, _ context: SignedInContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        if list.isExport {
            return list.csv(
                model.records.map { [$0.reference, $0.title, $0.banner, $0.state, $0.received] },
                label: model.label, t)
        }
        let template = list.spec.path == Self.allRecords.path ? "registry-records" : "registry-queue"
        return PageRenderer.response(
            template, RegistryPage(Self.parts(context, csrf: model.batch == true), model),
            frame: frame(model.queueName, label: model.label, path: list.spec.path, context), status: status)
    }

    package static func rows(_ records: [RegistryRecord], _ t: Localizer) -> [RegistryRecordRow] {
        records.map { record in
            RegistryRecordRow(
                id: record.object.id, reference: record.reference, title: record.object.title,
                banner: t.banner(record.object.label),
                bannerClass: PageRenderer.bannerClass(record.object.label.classification),
                state: t("registry.state.\(record.object.state)"),
                received: DayText.withWeekday(record.details.receivedDate, t))
        }
    }

    // MARK: registration

    @Sendable package func registerForm(_ request: Request, context: SignedInContext) async throws -> Response {
        try await registerPage(context, values: [:], errors: FormErrors(), status: .ok)
    }

    /// Registers an item from the form: every field is checked before anything is stored, and a refused form comes
    /// back with every error at once and what was typed; only a registrar may send it.
    @Sendable package func register(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        guard Self.isRegistrar(context.principal) else { throw AppError.roleRequired(RecordStore.registrars) }
        var errors = FormErrors()
        let values = fields.filter { RegisterForm.textFields.contains($0.key) || $0.key.hasPrefix("category.") }
        guard
            let draft = RegisterForm(fields: fields).draft(
                catalog: chancery.catalog, errors: &errors, context.localizer)
        else {
            return try await registerPage(context, values: values, errors: errors, status: .badRequest)
        }
        do {
            let principal = context.principal
            let records = chancery.records
            let record = try await chancery.database.transaction { db in
                try await records.register(draft, by: principal, on: db)
            }
            return .redirect(to: "/registry/records/\(record.object.id)?done=registered", type: .normal)
        } catch let error as AppError {
            errors.add(error, field: "form", context.localizer)
            return try await registerPage(context, values: values, errors: errors, status: error.status)
        }
    }

    private func registerPage(
        _ context: SignedInContext, values: [String: String], errors: FormErrors, status: HTTPResponse.Status
    ) async throws -> Response {
        let t = context.localizer
        guard Self.isRegistrar(context.principal) else { throw AppError.roleRequired(RecordStore.registrars) }
        let series = try await chancery.referenceSeries.all().filter(\.active)
        let chosenClassification = values["classification"] ?? "NU"
        var shownValues = values
        if values["releasableTo"] == nil { shownValues = values.merging(["releasableTo": "NATO"]) { own, _ in own } }
        let model = RegistryRegisterPage(
            errors: errors.model(t), values: shownValues,
            series: series.map { .init(code: $0.code, title: $0.title, selected: values["series"] == $0.code) },
            directions: RegistryRecord.Direction.allCases.map {
                RegistryChoice(
                    value: $0.rawValue, name: t("reg.direction.\($0.rawValue)"),
                    selected: (values["direction"] ?? "incoming") == $0.rawValue)
            },
            types: RecordTypes.all.map {
                RegistryChoice(
                    value: $0, name: t("reg.type.\($0)"), selected: (values["recordType"] ?? "message") == $0)
            },
            classifications: Classification.allCases.filter { $0 <= context.principal.clearance }.map {
                RegistryChoice(
                    value: $0.abbreviation, name: t.marking($0), selected: chosenClassification == $0.abbreviation)
            },
            markings: Classification.allCases.map {
                RegistryChoice(
                    value: $0.abbreviation, name: t.marking($0), selected: values["contentMarking"] == $0.abbreviation)
            },
            categories: context.principal.categories.sorted().map {
                .init(name: $0, label: t.category($0), checked: values["category.\($0)"] != nil)
            })
        return PageRenderer.response(
            "registry-register", RegistryPage(Self.parts(context, canRegister: true), model),
            frame: frame(t("reg.registerTitle"), label: .unclassified, path: "/registry/register", context),
            status: status)
    }

    /// The queue of items to distribute: the selected ones go to one list in one step. Only a registrar gets as far
    /// as the checks; the items ticked and the list are checked before the store is asked, and a refused batch comes
    /// back with both errors at once, nothing distributed.
    @Sendable package func distributeSelected(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        guard Self.isRegistrar(context.principal) else { throw AppError.roleRequired(RecordStore.registrars) }
        let t = context.localizer
        var errors = FormErrors()
        let picked = fields.filter { $0.key.hasPrefix("record.") }.map { String($0.key.dropFirst("record.".count)) }
        let ids = picked.filter(ObjectID.isWellFormed).sorted()
        if picked.isEmpty {
            errors.add(Self.batchRecordsField, t("reg.error.noneTicked"))
        } else if ids.count != picked.count {
            errors.add(Self.batchRecordsField, t("form.error.choice"))
        }
        let list = Self.chosenList(
            fields, among: try await chancery.distributionLists.all(), field: Self.batchListField, errors: &errors, t)
        guard let list, errors.isEmpty else {
            return try await queuePage(
                .toDistribute, list: try ListQuery(fields: [:], Self.queueList(.toDistribute)), notice: nil,
                errors: errors, ticked: Set(ids), chosenList: fields["list"], listQuery: fields["listQuery"], context,
                status: .badRequest)
        }
        let outcomes = try await chancery.records.distribute(ids, to: list, by: context.principal)
        let distributed = outcomes.filter { if case .distributed = $0.outcome { true } else { false } }.count
        return .redirect(
            to:
                "/registry/queues/to-distribute?done=batch&distributed=\(distributed)&refused=\(outcomes.count - distributed)",
            type: .normal)
    }

    /// The batch form's fields: the items ticked (their group) and the list.
    static let batchRecordsField = "batch-records"
    static let batchListField = "batch-list"
}
